"""Every command that reads a store, pointed at a file that does not exist: one coded line on
stderr, exit 1, and no empty database left behind (a typo in --db must not create one)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from realpolitik.cli import cli

READERS = [
    ["events"], ["dyads"], ["relations", "RUS", "PRK"], ["summary"], ["report", "-o", "r.html"],
    ["align", "USA", "CHN"], ["isolation", "RUS"], ["allies", "PRK", "--year", "2018"],
    ["depend", "VNM", "--layer", "arms"], ["network", "--layer", "votes", "--year", "2020"],
    ["changepoints", "--dyad", "USA,CHN"], ["panel"], ["sql", "SELECT 1"], ["data", "list"],
]  # fmt: skip


@pytest.mark.parametrize("args", READERS, ids=[" ".join(a[:2]) for a in READERS])
def test_a_missing_database_is_one_coded_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # report -o r.html writes here, if it wrongly writes at all
    missing = tmp_path / "typo.duckdb"
    result = CliRunner().invoke(cli, ["--db", str(missing), *args])
    assert result.exit_code == 1, (args, result.output)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "[E018]" in lines[0] and str(missing) in lines[0], result.stderr
    assert result.stdout == ""
    assert not missing.exists() and sorted(p.name for p in tmp_path.iterdir()) == []


def test_check_stored_on_a_missing_database_is_e603(tmp_path: Path) -> None:
    missing = tmp_path / "typo.duckdb"
    result = CliRunner().invoke(cli, ["check", "--stored", "--db", str(missing)])
    assert result.exit_code == 1 and "[E603]" in result.stderr
    assert not missing.exists()
