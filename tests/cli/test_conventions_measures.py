"""Outputs that must not mislead (issue 13): coverage stated, the data actually used cited,
rankings that make sense, alliances by obligation, UN votes by issue with enough shared votes,
and progress shown only on a terminal."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from cli_inprocess import run_cli
from click.testing import CliRunner, Result
from conventions_store import ATOP_CHN_PRK, ATOP_PRK_RUS, build

from realpolitik.cli import cli

EXE = str(Path(sys.executable).with_name("realpolitik"))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("measures") / "conventions.duckdb")


def run(db: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--db", str(db), *args])


def jsonl(result: Result) -> list[dict[str, object]]:
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


# -- coverage is part of the answer ------------------------------------------------------------
def test_a_year_outside_atop_says_where_atop_ends(db: Path) -> None:
    result = run(db, "allies", "PRK", "--year", "2024")
    assert result.exit_code == 1
    assert "E910" in result.stderr and "ATOP" in result.stderr and "2000–2018" in result.stderr
    network = run(db, "network", "--layer", "alliances", "--year", "2024")
    assert network.exit_code == 1 and "E910" in network.stderr


def test_trade_in_a_product_subset_is_not_called_total_trade(db: Path) -> None:
    result = run(db, "depend", "PRK", "--layer", "trade", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert "share of trade in 1 product(s), not total trade" in result.stderr
    table = run(db, "depend", "PRK", "--layer", "trade")
    assert "not total trade" in table.stdout


def test_a_partial_year_is_flagged(db: Path) -> None:
    rows = jsonl(run(db, "align", "RUS", "PRK", "--since", "2023", "--until", "2024",
                     "--min-votes", "1", "--format", "jsonl"))  # fmt: skip
    notes = {r["year"]: r["note"] for r in rows}
    assert notes[2023] is None
    assert "partial year: the loaded votes end 2024-02-13" in str(notes[2024])
    assert "4 roll call(s)" in str(notes[2024])
    table = run(db, "align", "RUS", "PRK", "--since", "2024", "--until", "2024", "--min-votes", "1")
    assert "Note: 2024: partial year" in table.stdout


# -- citations name the data actually used -----------------------------------------------------
def test_events_cite_only_the_sources_in_the_result(db: Path) -> None:
    recent = run(db, "dyads", "--since", "2024")
    assert "realpolitik" in recent.stdout and "GDELT" not in recent.stdout  # no GDELT rows in 2024
    everything = run(db, "dyads")
    assert "GDELT" in everything.stdout


def test_votes_cite_the_source_the_result_comes_from(db: Path) -> None:
    default = run(db, "align", "USA", "RUS", "--since", "2022", "--until", "2023")
    assert "United Nations Digital Library" in default.stdout and "Voeten" not in default.stdout
    by_issue = run(db, "align", "USA", "RUS", "--since", "2022", "--until", "2023", "--issue", "nu",
                   "--min-votes", "5")  # fmt: skip
    assert by_issue.exit_code == 0, by_issue.output
    assert "Voeten" in by_issue.stdout and "Digital Library" not in by_issue.stdout


# -- network rankings --------------------------------------------------------------------------
def test_networks_rank_by_strength_unless_told_otherwise(db: Path) -> None:
    rows = jsonl(run(db, "network", "--layer", "votes", "--year", "2023", "--format", "jsonl"))
    strengths = [float(r["strength"]) for r in rows]  # type: ignore[arg-type]
    assert strengths == sorted(strengths, reverse=True) and rows[0]["rank"] == 1
    by_rank = jsonl(run(db, "network", "--layer", "votes", "--year", "2023", "--sort", "pagerank",
                        "--format", "jsonl"))  # fmt: skip
    ranks = [float(r["pagerank"]) for r in by_rank]  # type: ignore[arg-type]
    assert ranks == sorted(ranks, reverse=True)
    assert "ranked by strength" in run(db, "network", "--layer", "votes", "--year", "2023").stdout


# -- alliances: by obligation, with ATOP ids and what they are, defence first -------------------
def test_allies_by_type_with_ids_and_defence_first(db: Path) -> None:
    rows = jsonl(run(db, "allies", "North Korea", "--year", "2018", "--format", "jsonl"))
    assert [r["partner"] for r in rows] == ["CHN", "RUS"]
    assert rows[0]["atopids"] == str(ATOP_CHN_PRK) and rows[1]["atopids"] == str(ATOP_PRK_RUS)
    assert rows[0]["alliances"] == f"ATOP {ATOP_CHN_PRK}: CHN, PRK (1961–)"
    defence = jsonl(run(db, "allies", "PRK", "--year", "2018", "--type", "defense", "--format",
                        "jsonl"))  # fmt: skip
    assert [r["partner"] for r in defence] == ["CHN"]
    consult = jsonl(run(db, "allies", "PRK", "--year", "2018", "--type", "consult", "--format",
                        "jsonl"))  # fmt: skip
    assert [r["partner"] for r in consult] == ["CHN", "RUS"]
    heavy = jsonl(run(db, "allies", "RUS", "--year", "2018", "--weights",
                      "consultation=0.95,defense=0.5", "--format", "jsonl"))  # fmt: skip
    assert [(r["partner"], r["weight"]) for r in heavy] == [("BLR", 0.5), ("PRK", 0.95)]
    bad = run(db, "allies", "PRK", "--year", "2018", "--type", "love")
    assert bad.exit_code == 2 and "defense, offense, neutral, nonagg, consult" in bad.output


# -- UN votes by issue, and enough shared votes ------------------------------------------------
def test_min_votes_keeps_thin_pairs_out_by_default(db: Path) -> None:
    partners = jsonl(run(db, "align", "RUS", "--since", "2023", "--until", "2023", "--format",
                         "jsonl"))  # fmt: skip
    assert "CUB" not in {r["b"] for r in partners}  # 13 shared roll calls < 20
    thin = jsonl(run(db, "align", "RUS", "--since", "2023", "--until", "2023", "--min-votes", "10",
                     "--format", "jsonl"))  # fmt: skip
    cuba = next(r for r in thin if r["b"] == "CUB")
    assert cuba["n"] == 13 and cuba["agree"] == 1.0


def test_issue_selects_the_roll_calls(db: Path) -> None:
    nuclear = jsonl(run(db, "isolation", "USA", "--since", "2022", "--until", "2022", "--issue", "nu",
                        "--min-votes", "5", "--format", "jsonl"))  # fmt: skip
    rights = jsonl(run(db, "isolation", "USA", "--since", "2022", "--until", "2022", "--issue", "hr",
                       "--min-votes", "5", "--format", "jsonl"))  # fmt: skip
    assert nuclear[0]["mean"] != rights[0]["mean"]
    unknown = run(db, "align", "USA", "RUS", "--issue", "xx")
    assert unknown.exit_code == 2 and "me, nu, di, hr, co, ec" in unknown.output
    stored = run(db, "idealpoints", "--stored", "--issue", "xx")
    assert stored.exit_code == 2


# -- progress: a bar on a terminal, nothing when piped ------------------------------------------
def _on_a_terminal(args: list[str]) -> tuple[int, bytes]:
    master, slave = pty.openpty()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=slave)
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(timeout=120)
    os.close(master)
    return proc.returncode, seen


@pytest.mark.slow
def test_report_shows_progress_on_a_terminal_only(db: Path, tmp_path: Path) -> None:
    code, seen = _on_a_terminal([EXE, "--db", str(db), "report", "-o", str(tmp_path / "a.html")])
    from realpolitik.report import STEPS

    total = f"/{len(STEPS)}".encode()
    assert code == 0 and b"report" in seen and total in seen  # a bar with its total of steps
    # piped: the same command in this process (cli_inprocess), whose stderr is no terminal
    piped = run_cli("--db", db, "report", "-o", tmp_path / "b.html")
    assert piped.returncode == 0 and piped.stderr == ""


@pytest.mark.slow
def test_panel_shows_progress_by_layer_on_a_terminal_only(db: Path, tmp_path: Path) -> None:
    args = [EXE, "--db", str(db), "panel", "--since", "2018", "--until", "2018", "--with",
            "alliance,agreement"]  # fmt: skip
    code, seen = _on_a_terminal([*args, "-o", str(tmp_path / "a.csv")])
    assert code == 0 and b"panel" in seen and b"2/2" in seen  # one step per layer, with the total
    piped = run_cli(*args[1:], "-o", tmp_path / "b.csv")  # in this process: stderr no terminal
    assert piped.returncode == 0 and "dyad-years" in piped.stderr
    assert "2/2" not in piped.stderr and "━" not in piped.stderr  # no bar when piped
