"""Every measure command is a thin layer: its JSON Lines are the rows of its Python twin on the
same store, and the producer to cite goes to stderr, never into the data."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conventions_store import build

from realpolitik import analysis
from realpolitik.cli import cli
from realpolitik.store import Store, queries

Twin = Callable[[Store], Any]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("twins") / "twins.duckdb")


def normal(rows: Any) -> list[dict[str, Any]]:
    """Rows as JSON would carry them (dates as text, tuples as lists)."""
    if hasattr(rows, "to_pylist"):
        rows = rows.to_pylist()
    return [json.loads(json.dumps(r, default=str)) for r in rows]


def rounded(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: round(v, 9) if isinstance(v, float) else v for k, v in r.items()} for r in rows]


CASES: dict[str, tuple[list[str], Twin]] = {
    "align": (
        ["align", "USA", "CHN", "--min-votes", "1"],
        lambda s: analysis.agreement(s, "USA", "CHN", min_votes=1),
    ),
    "isolation": (
        ["isolation", "RUS", "--min-votes", "1"],
        lambda s: analysis.isolation(s, "RUS", min_votes=1),
    ),
    "allies": (["allies", "PRK", "--year", "2018"], lambda s: analysis.allies(s, "PRK", 2018)),
    "allies-defence": (
        ["allies", "PRK", "--year", "2018", "--type", "defense"],
        lambda s: analysis.allies(s, "PRK", 2018, types=["defense"]),
    ),
    "relations": (
        ["relations", "RUS", "PRK"],
        lambda s: analysis.event_dyads(s, "RUS", "PRK", period="all"),  # a row each way
    ),
    "events": (
        ["events", "--factuality", "all"],
        lambda s: queries.events(s, factuality=None),
    ),
    "events-actor": (
        ["events", "--actor", "North Korea", "--factuality", "all"],
        lambda s: queries.events(s, actor="PRK", factuality=None),
    ),
    "isolation-kappa": (
        ["isolation", "RUS", "--measure", "kappa", "--min-votes", "1"],
        lambda s: analysis.isolation(s, "RUS", measure="kappa", min_votes=1),
    ),
    "relations-month": (
        ["relations", "RUS", "PRK", "--period", "month"],
        lambda s: analysis.event_dyads(s, "RUS", "PRK", period="month"),
    ),
    "depend-trade": (  # data rows and the shares stated in documents
        ["depend", "PRK", "--layer", "trade"],
        lambda s: analysis.trade_dependence(s, "PRK").rows,
    ),
    "depend-arms": (
        ["depend", "VNM", "--layer", "arms"],
        lambda s: analysis.arms_dependence(s, "VNM").rows,
    ),
    "network-votes": (
        ["network", "--layer", "votes", "--year", "2023", "--min-votes", "1"],
        lambda s: analysis.network_table(s, "votes", 2023, min_votes=1)[0],
    ),
    "changepoints": (
        ["changepoints", "--dyad", "USA,CHN", "--min-votes", "1"],
        lambda s: [
            {"series": "USA-CHN", "measure": "agree", **r}
            for r in analysis.series_breaks(analysis.dyad_series(s, "USA", "CHN", min_votes=1))
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_command_prints_its_twins_rows(db: Path, case: str) -> None:
    args, twin = CASES[case]
    result = CliRunner().invoke(cli, ["--db", str(db), *args, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    with Store(db, read_only=True) as store:
        expected = normal(twin(store))
    assert printed, case  # each case has data in the store
    assert rounded(printed) == rounded(expected)  # eigenvector centrality has float noise
    assert "Source:" not in result.stdout  # the citation is for people: stderr


def test_the_summary_is_the_summary_query(db: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(db), "summary", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    (printed,) = [json.loads(line) for line in result.stdout.splitlines()]
    with Store(db, read_only=True) as store:
        expected = json.loads(json.dumps(queries.summary(store), default=str))
    assert printed["documents"] == expected["documents"] == 7
    assert printed["events"] == expected["events"]
    assert printed["top_dyads"] == expected["top_dyads"]
    assert printed["strongest_ties"] == expected["strongest_ties"]


def test_csv_and_jsonl_carry_the_same_rows(db: Path) -> None:
    args = ["--db", str(db), "allies", "PRK", "--year", "2018"]
    as_jsonl = CliRunner().invoke(cli, [*args, "--format", "jsonl"])
    as_csv = CliRunner().invoke(cli, [*args, "--format", "csv"])
    assert as_jsonl.exit_code == 0 and as_csv.exit_code == 0, as_csv.output
    header, *lines = as_csv.stdout.splitlines()
    rows = [json.loads(line) for line in as_jsonl.stdout.splitlines()]
    assert header.split(",") == list(rows[0])
    assert [line.split(",")[1] for line in lines] == [r["partner"] for r in rows]
    assert len(lines) == len(rows) == 2


def test_the_panel_file_is_the_panel_table(db: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    out = tmp_path / "panel.parquet"
    args = ["--db", str(db), "panel", "--since", "2022", "--until", "2023", "--with",
            "agreement,alliance", "-o", str(out)]  # fmt: skip
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    written = pq.read_table(out)
    with Store(db, read_only=True) as store:
        expected = analysis.dyad_year_panel(
            store, since=2022, until=2023, columns="agreement,alliance"
        )
    assert written.num_rows == expected.num_rows > 0
    assert rounded(written.to_pylist()) == rounded(expected.to_pylist())
    assert (
        written.schema.metadata[b"realpolitik.layers"]
        == expected.schema.metadata[b"realpolitik.layers"]
    )


@pytest.mark.parametrize("query", ["sanction", "19", "military aid"])
def test_codes_are_the_ontology_search(query: str) -> None:
    from realpolitik import ontology

    result = CliRunner().invoke(cli, ["codes", query, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    found = ontology.search(query)
    assert printed and [r["code"] for r in printed] == [c.code for c in found]
    for row, code in zip(printed, found, strict=True):
        assert (row["name"], row["goldstein"], row["quad_class"], row["plover"], row["mode"]) == (
            code.name, code.goldstein, code.quad_class, code.plover, code.mode,
        )  # fmt: skip


def test_plover_types_are_the_ontology_types() -> None:
    from realpolitik import ontology

    result = CliRunner().invoke(cli, ["codes", "--plover", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    printed = [json.loads(line) for line in result.stdout.splitlines()]
    types = ontology.plover_types()
    assert [(r["plover"], r["quad_class"], r["default_cameo"]) for r in printed] == [
        (t.name, t.quad_class, t.default_cameo) for t in types
    ]
    assert [r["modes"] for r in printed] == ["|".join(t.mode_names) for t in types]


def test_data_sources_and_data_list_are_their_twins(db: Path) -> None:
    from dataclasses import asdict

    from realpolitik import datasets

    sources = CliRunner().invoke(cli, ["data", "sources", "--format", "jsonl"])
    assert sources.exit_code == 0, sources.output
    assert [json.loads(x) for x in sources.stdout.splitlines()] == datasets.list_sources()
    listed = CliRunner().invoke(cli, ["--db", str(db), "data", "list", "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    printed = [json.loads(x) for x in listed.stdout.splitlines()]
    with Store(db, read_only=True) as store:
        loaded = datasets.list_loaded(store)
    assert printed and len(printed) == len(loaded)
    for row, entry in zip(printed, loaded, strict=True):
        want = asdict(entry)
        assert {k: row[k] for k in want} == want
        assert row["active"] == ("yes" if entry.active else f"replaced by {entry.replaced_by}")
