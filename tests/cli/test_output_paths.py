"""Writing outputs where they cannot go (a folder that does not exist): one line on stderr, exit
1, the folder named, nothing written and the store unchanged. The message is
E032, naming the user's path (never the hidden temporary file the writers rename)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conventions_store import build

from realpolitik.cli import cli

WRITERS = [
    ["report", "-o", "{out}/r.html"],
    ["panel", "--with", "distance", "-o", "{out}/p.csv"],
    ["graph", "--layer", "alliances", "--year", "2018", "-o", "{out}/g.gexf"],
    ["allies", "RUS", "--year", "2018", "--plot", "{out}/a.svg"],
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("outputs") / "outputs.duckdb")


def run(db: Path, out: Path, args: list[str]) -> Result:
    filled = [a.replace("{out}", str(out)) for a in args]
    return CliRunner().invoke(cli, ["--db", str(db), *filled])


@pytest.mark.parametrize("args", WRITERS, ids=[a[0] for a in WRITERS])
def test_a_missing_folder_is_one_line_and_nothing_is_written(
    db: Path, tmp_path: Path, args: list[str]
) -> None:
    before = db.stat().st_mtime_ns, db.stat().st_size
    out = tmp_path / "no" / "such" / "folder"
    result = run(db, out, args)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("realpolitik: error: ")
    assert str(out) in lines[0]
    assert not (tmp_path / "no").exists()
    assert (db.stat().st_mtime_ns, db.stat().st_size) == before


@pytest.mark.parametrize("args", WRITERS, ids=[a[0] for a in WRITERS])
def test_a_missing_folder_has_a_coded_message(db: Path, tmp_path: Path, args: list[str]) -> None:
    result = run(db, tmp_path / "missing", args)
    assert re.match(r"realpolitik: error: \[E032\] ", result.stderr), result.stderr
    assert "no such folder" in result.stderr and ".tmp" not in result.stderr
