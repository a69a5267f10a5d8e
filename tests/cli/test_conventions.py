"""The interface conventions (README "Conventions"), one test per inconsistency of issue 13 that
each failed on the earlier behaviour: dates, states, output, charts, options that did nothing."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conventions_store import FORMULA, build

from realpolitik.cli import cli

EXE = str(Path(sys.executable).with_name("realpolitik"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("conventions") / "conventions.duckdb")


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def jsonl(result: Result) -> list[dict[str, object]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# -- dates: YYYY, YYYY-MM and YYYY-MM-DD everywhere -------------------------------------------
def test_a_year_a_month_and_a_day_bound_the_events(db: Path) -> None:
    by_year = jsonl(run(db, "events", "--since", "2024", "--until", "2024", "--format", "jsonl"))
    by_day = jsonl(run(db, "events", "--since", "2024-01-01", "--until", "2024-12-31",
                       "--format", "jsonl"))  # fmt: skip
    assert by_year == by_day and len(by_year) == 6
    june = jsonl(run(db, "events", "--since", "2024-06", "--until", "2024-06", "--format", "jsonl"))
    assert {r["date"] for r in june} == {"2024-06-19"}  # --until 2024-06 includes 30 June


def test_a_month_bound_is_used_by_dyads_not_rounded_to_a_year(db: Path) -> None:
    rows = jsonl(run(db, "relations", "RUS", "PRK", "--since", "2024-07", "--period", "month",
                     "--format", "jsonl"))  # fmt: skip
    assert [r["period"] for r in rows] == ["2024-10"]  # June's events are before July


def test_yearly_measures_refuse_a_bound_inside_a_year(db: Path) -> None:
    result = run(db, "align", "USA", "RUS", "--since", "2023-06")
    assert result.exit_code == 1
    assert "--since" in result.stderr and "whole years" in result.stderr and "2023" in result.stderr
    bad = run(db, "events", "--since", "June")
    assert bad.exit_code == 2 and "YYYY, YYYY-MM or YYYY-MM-DD" in bad.output
    reversed_ = run(db, "events", "--since", "2025", "--until", "2024")
    assert reversed_.exit_code == 1 and "E904" in reversed_.stderr


# -- states: codes, names, aliases, capitals; unknown ones are errors -------------------------
@pytest.mark.parametrize("name", ["PRK", "North Korea", "DPRK", "Pyongyang", "prk"])
def test_every_way_of_naming_a_state(db: Path, name: str) -> None:
    rows = jsonl(run(db, "events", "--actor", name, "--format", "jsonl", "--factuality", "all"))
    assert len(rows) == 4
    assert all("PRK" in (r["source_country"], r["target_country"]) for r in rows)


def test_an_actor_code_keeps_its_sector_and_a_leader_names_the_government(db: Path) -> None:
    gov = jsonl(run(db, "events", "--actor", "RUSGOV", "--format", "jsonl"))
    assert [r["source_code"] for r in gov] == ["RUSGOV"]
    assert jsonl(run(db, "events", "--actor", "the Kremlin", "--format", "jsonl")) == gov


def test_an_unknown_state_is_an_error_with_close_matches(db: Path) -> None:
    result = run(db, "events", "--actor", "Nort Korea")
    assert result.exit_code == 1
    assert "E905" in result.stderr and "--actor" in result.stderr
    assert "North Korea" in result.stderr  # did you mean ...
    dyad = run(db, "align", "Atlantis", "USA")
    assert dyad.exit_code == 1 and "E905" in dyad.stderr and "'Atlantis'" in dyad.stderr


def test_an_organisation_is_not_a_state(db: Path) -> None:
    result = run(db, "allies", "NATO", "--year", "2018")
    assert result.exit_code == 1 and "E906" in result.stderr and "IGOWSTNAT" in result.stderr


def test_aliases_work_in_the_measures(db: Path) -> None:
    rows = jsonl(run(db, "align", "the US", "Russian Federation", "--since", "2022",
                     "--until", "2022", "--format", "jsonl"))  # fmt: skip
    assert [(r["a"], r["b"], r["year"]) for r in rows] == [("USA", "RUS", 2022)]


# -- output -------------------------------------------------------------------------------------
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(db: Path) -> None:
    out = run(db, "events", "--actor", "UKR", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    formula = next(r for r in rows if "HYPERLINK" in r["evidence_sentence"])
    assert formula["evidence_sentence"] == "'" + FORMULA and formula["title"] == "'@SUM(A1)"
    assert formula["goldstein"] == "-4.4"  # numbers are numbers, never prefixed
    raw = run(db, "events", "--actor", "UKR", "--format", "csv", "--raw").stdout
    kept = next(
        r for r in csv.DictReader(io.StringIO(raw)) if "HYPERLINK" in r["evidence_sentence"]
    )
    assert kept["evidence_sentence"] == FORMULA


def test_a_piped_table_is_not_wrapped(db: Path) -> None:
    out = subprocess.run([EXE, "codes", "19"], capture_output=True, text=True, check=True).stdout
    widest = max(len(line) for line in out.splitlines())
    assert widest > 160  # descriptions stay on their line
    assert not any(line.strip().startswith(("│ ", "| ")) for line in out.splitlines()[3:])


def test_parquet_is_refused_on_a_terminal(tmp_path: Path, db: Path) -> None:
    master, slave = pty.openpty()
    proc = subprocess.Popen([EXE, "--db", str(db), "events", "--format", "parquet"],
                            stdout=slave, stderr=subprocess.PIPE)  # fmt: skip
    os.close(slave)
    _, err = proc.communicate(timeout=120)
    os.close(master)
    assert proc.returncode == 1 and b"E909" in err


def test_summary_csv_and_idealpoints_rows(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(run(db, "summary", "--format", "csv").stdout)))
    assert {"what": "documents", "value": "7"} in rows
    points = jsonl(run(db, "idealpoints", "--stored", "--states", "Vietnam", "--format", "jsonl"))
    assert [(p["iso3"], p["year"]) for p in points] == [("VNM", 2021), ("VNM", 2022), ("VNM", 2023)]


# -- charts: --plot FILE.png|svg means the same everywhere --------------------------------------
@pytest.mark.parametrize(
    ("args", "suffix"),
    [
        (["network", "--layer", "alliances", "--year", "2018"], ".png"),
        (["allies", "RUS", "--year", "2018"], ".svg"),
        (["events", "--factuality", "all"], ".png"),
        (["dyads"], ".svg"),
        (["relations", "RUS", "PRK", "--period", "month"], ".png"),
        (["isolation", "RUS", "--since", "2022", "--until", "2023"], ".svg"),
    ],
)
def test_commands_with_a_chart_draw_it(
    db: Path, tmp_path: Path, args: list[str], suffix: str
) -> None:
    target = tmp_path / f"chart{suffix}"
    result = run(db, *args, "--plot", str(target))
    assert result.exit_code == 0, result.output
    head = target.read_bytes()[:200]
    assert head.startswith(b"\x89PNG") if suffix == ".png" else b"<svg" in target.read_bytes()
    assert f"Wrote {target}" in result.stderr


def test_a_plot_file_must_be_png_or_svg(db: Path, tmp_path: Path) -> None:
    result = run(
        db, "network", "--layer", "votes", "--year", "2023", "--plot", str(tmp_path / "g.pdf")
    )
    assert result.exit_code == 2 and "FILE.png or FILE.svg" in result.output


# -- layers, origins, factuality; options that would do nothing are errors ----------------------
def test_origin_and_factuality_on_events_dyads_and_network(db: Path) -> None:
    text_only = jsonl(run(db, "dyads", "--origin", "text", "--format", "jsonl"))
    assert {r["origins"] for r in text_only} == {"text"}
    every = jsonl(run(db, "dyads", "--factuality", "all", "--format", "jsonl"))
    factual = jsonl(run(db, "dyads", "--format", "jsonl"))
    assert sum(int(r["events"]) for r in every) > sum(int(r["events"]) for r in factual)
    net = run(db, "network", "--layer", "events", "--year", "2024", "--origin", "text",
              "--factuality", "asserted", "--format", "jsonl")  # fmt: skip
    assert net.exit_code == 0 and jsonl(net)
    counts = run(db, "events", "--origin", "icews-counts")
    assert counts.exit_code == 1 and "E908" in counts.stderr and "dyads" in counts.stderr


def test_an_option_a_layer_does_not_use_is_an_error(db: Path) -> None:
    result = run(db, "network", "--layer", "alliances", "--year", "2018", "--origin", "text")
    assert result.exit_code == 1 and "E908" in result.stderr and "--origin" in result.stderr
    votes = run(db, "network", "--layer", "arms", "--year", "2021", "--min-votes", "3")
    assert votes.exit_code == 1 and "--min-votes" in votes.stderr


def test_depend_uses_since_until_as_one_window(db: Path) -> None:
    rows = jsonl(run(db, "depend", "VNM", "--layer", "arms", "--since", "2010", "--until", "2014",
                     "--format", "jsonl"))  # fmt: skip
    assert {k for k in rows[0] if k.startswith("share_")} == {"share_2010-2014"}
    rus = next(r for r in rows if r["supplier"] == "RUS")
    assert rus["share_2010-2014"] == pytest.approx(140 / 200)
    both = run(db, "depend", "VNM", "--layer", "arms", "--since", "2010", "--windows", "2020-2023")
    assert both.exit_code == 1 and "--windows" in both.stderr and "E908" in both.stderr
    votes = run(db, "depend", "VNM", "--layer", "votes")
    assert votes.exit_code == 1 and "arms and trade" in votes.stderr


def test_a_wrong_output_file_names_the_option_and_the_choices(db: Path, tmp_path: Path) -> None:
    result = run(
        db, "graph", "--layer", "alliances", "--year", "2018", "-o", str(tmp_path / "a.png")
    )
    assert result.exit_code == 1
    assert "-o/--output" in result.stderr and "FILE.gexf, FILE.graphml" in result.stderr


# -- sql ----------------------------------------------------------------------------------------
def test_sql_reads_and_only_reads(db: Path, tmp_path: Path) -> None:
    rows = jsonl(run(db, "sql", "SELECT count(*) AS n FROM documents", "--format", "jsonl"))
    assert rows == [{"n": 7}]
    for statement in ("DELETE FROM events", f"COPY (SELECT 1) TO '{tmp_path}/x.csv'",
                      "ATTACH 'other.duckdb'", "CREATE TABLE t (x INT)"):  # fmt: skip
        result = run(db, "sql", statement)
        assert result.exit_code == 1 and "E106" in result.stderr, statement
    assert not (tmp_path / "x.csv").exists()
    files = run(db, "sql", "SELECT * FROM read_csv('/etc/hostname')")
    assert files.exit_code == 1 and "E105" in files.stderr
    typo = run(db, "sql", "SELECT nope FROM events")
    assert typo.exit_code == 1 and "E105" in typo.stderr and "nope" in typo.stderr
    assert (
        jsonl(run(db, "sql", "SELECT count(*) AS n FROM events", "--format", "jsonl"))[0]["n"] == 9
    )
