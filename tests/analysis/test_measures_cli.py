"""The measures' CLI commands and report section on a real DuckDB file (click's CliRunner)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from measures_data import add_event, add_roll_call, fill_votes

from realpolitik.cli import cli
from realpolitik.report._measures import section
from realpolitik.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "measures.duckdb"
    with Store(path) as store:
        fill_votes(store)
        for i, year in enumerate(range(2001, 2011)):  # a series with a shift in 2006
            same = year >= 2006
            add_roll_call(store, f"undl:{100 + i}", f"{year}-10-01",
                          {"USA": "Y", "RUS": "Y" if same else "N", "PRK": "N"})  # fmt: skip
        for i in range(25):  # a year with enough shared roll calls for the default --min-votes
            add_roll_call(store, f"undl:{200 + i}", "2011-10-01",
                          {"USA": "Y", "RUS": "Y", "PRK": "N" if i % 5 else "Y"})  # fmt: skip
        store.con.execute(
            "INSERT INTO arms_transfers (supplier, recipient, delivery_year, tiv) VALUES"
            " ('RUS', 'VNM', 2012, 90), ('BLR', 'VNM', 2012, 10), ('RUS', 'VNM', 2021, 30),"
            " ('ISR', 'VNM', 2022, 70)"
        )
        store.con.execute(
            "INSERT INTO alliance_dyad_years (state_a, state_b, year, defense, consultation)"
            " VALUES ('PRK', 'CHN', 2000, 1, 0), ('CHN', 'PRK', 2000, 1, 0),"
            " ('PRK', 'RUS', 2000, 0, 1), ('RUS', 'PRK', 2000, 0, 1)"
        )
        store.con.execute(
            "INSERT INTO trade_flows (reporter, partner, year, flow, value, origin) VALUES"
            " ('CHN', 'PRK', 2020, 'export', 90, 'baci'), ('PRK', 'CHN', 2020, 'export', 10,"
            " 'baci'), ('CHN', 'USA', 2020, 'export', 900, 'baci')"
        )
        add_event(store, source_country="RUS", target_country="PRK", quad_class=2,
                  goldstein=7.0, date="2023-09-13", source_name="Kim <b>Jong</b> Un")  # fmt: skip
    return path


def run(db: Path, *args: str) -> tuple[int, str, str]:
    if args and args[0] in ("align", "isolation", "network", "changepoints"):
        args = (*args, "--min-votes", "1")  # the fixture has a handful of roll calls a year
    result = CliRunner().invoke(cli, ["--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def test_align_table_csv_jsonl_and_plot(db: Path, tmp_path: Path) -> None:
    code, out, err = run(db, "align", "USA", "RUS", "--since", "2000", "--until", "2000")
    assert code == 0, err
    assert "0.625" in out and "0.250" in out
    assert "Source: United Nations Digital Library" in out
    code, out, err = run(db, "align", "USA", "RUS", "--since", "2000", "--until", "2000",
                         "--format", "csv")  # fmt: skip
    assert code == 0
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert float(row["agree"]) == pytest.approx(0.625) and row["n"] == "4"
    assert "Source:" in err and "Source:" not in out
    svg = tmp_path / "align.svg"
    code, out, _ = run(db, "align", "USA", "PRK", "--absent", "no", "--format", "jsonl",
                       "--plot", str(svg))  # fmt: skip
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["year"] == 2000 and rows[0]["agree"] == pytest.approx(0.375)
    assert "<svg" in svg.read_text(encoding="utf-8")


def test_align_partners_isolation_and_errors(db: Path) -> None:
    code, out, _ = run(db, "align", "RUS", "--since", "2000", "--until", "2000",
                       "--format", "jsonl")  # fmt: skip
    assert [json.loads(x)["b"] for x in out.splitlines()] == ["USA", "PRK"]
    code, out, _ = run(db, "isolation", "--since", "2000", "--until", "2000", "--format", "jsonl")
    assert [json.loads(x)["state"] for x in out.splitlines()] == ["PRK", "RUS", "USA"]
    code, _, err = run(db, "align", "RUS", "Atlantis")
    assert code == 1 and "E905" in err
    code, _, err = run(db, "align", "RUS", "USA", "--since", "20x0")
    assert code == 2 and "not a date" in err
    code, _, err = run(Path(db.parent / "missing.duckdb"), "isolation", "RUS")
    assert code == 1 and "E018" in err


def test_depend_allies_dyad(db: Path, tmp_path: Path) -> None:
    code, out, _ = run(db, "depend", "Vietnam", "--layer", "arms", "--windows",
                       "2010-2014,2020-2023", "--format", "jsonl")  # fmt: skip
    assert code == 0, out
    rows = {json.loads(x)["supplier"]: json.loads(x) for x in out.splitlines()}
    assert rows["RUS"]["share_2010-2014"] == pytest.approx(0.9)
    assert rows["RUS"]["change"] == pytest.approx(0.3 - 0.9)
    code, out, _ = run(db, "depend", "VNM", "--layer", "arms", "--windows", "2010-2014,2020-2023",
                       "--plot", str(tmp_path / "arms.png"))  # fmt: skip
    assert code == 0 and "HHI" not in out and "hhi" in out and "SIPRI" in out
    assert (tmp_path / "arms.png").read_bytes()[:4] == b"\x89PNG"
    code, out, _ = run(db, "depend", "PRK", "--layer", "trade", "--format", "jsonl")
    (row,) = [json.loads(x) for x in out.splitlines()]
    assert row["partner"] == "CHN" and row["d_ij"] == 1.0 and row["d_ji"] == pytest.approx(0.1)
    code, out, _ = run(db, "allies", "PRK", "--year", "2000", "--weights", "consultation=0.35")
    assert code == 0 and "CHN" in out and "0.350" in out and "ATOP" in out
    code, _, err = run(db, "allies", "PRK", "--year", "2000", "--weights", "love=1")
    assert code == 1 and "E907" in err and "--weights" in err
    code, out, _ = run(db, "relations", "RUS", "PRK", "--format", "csv", "--period", "year")
    assert code == 0 and "2023,RUS,PRK,1,0,1,0,0,7.0" in out


def test_network_graph_changepoints(db: Path, tmp_path: Path) -> None:
    code, out, _ = run(db, "network", "--layer", "votes", "--year", "2000")
    assert code == 0 and "pagerank" in out and "3 states" in out
    target = tmp_path / "votes.gexf"
    code, out, _ = CliRunner().invoke(cli, ["--db", str(db), "graph", "--layer", "alliances",
                                            "--year", "2000", "-o", str(target)]).exit_code, "", ""  # fmt: skip
    assert code == 0 and target.exists()
    graph = nx.read_gexf(target)
    assert set(graph.nodes) == {"PRK", "CHN", "RUS"}
    code, out, _ = run(db, "changepoints", "--dyad", "USA,RUS", "--since", "2001", "--format",
                       "jsonl", "--plot", str(tmp_path / "cp.svg"))  # fmt: skip
    assert code == 0, out
    rows = [json.loads(x) for x in out.splitlines()]
    assert [r["start"] for r in rows] == [2001, 2006]
    assert rows[1]["mean"] == pytest.approx(1.0)
    code, _, err = run(db, "changepoints", "--dyad", "USA")
    assert code == 1 and "A,B" in err


def test_report_section(db: Path, tmp_path: Path) -> None:
    with Store(db, read_only=True) as store:
        html = section(store)
    assert html is not None
    for text in ("UN voting alignment", "Isolation", "Arms dependence", "Trade dependence",
                 "Alliances", "Event dyads", "Network centrality", "<svg", "SIPRI", "ATOP"):  # fmt: skip
        assert text in html, text
    with Store(tmp_path / "empty.duckdb") as empty:
        assert section(empty) is None


def test_cli_in_a_subprocess(db: Path) -> None:
    done = subprocess.run(
        [str(Path(sys.executable).with_name("realpolitik")), "--db", str(db), "isolation", "USA",
         "--since", "2011", "--until", "2011", "--format", "jsonl"],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    row = json.loads(done.stdout)
    assert (row["state"], row["states"], row["partners"]) == ("USA", 3, 2)
