"""--background: the scene-setting events a sentence mentions beside its news, on request, through
the CLI, the in-process path and the worker pool."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from click.testing import CliRunner

from realpolitik.cli import cli

# The news is the condemnation; the attack (with a target of its own) is its background.
TEXT = "Date: 2024-03-02\n\nChile condemned an attack by Peruvian soldiers on Bolivia.\n"
ATTACK = ("PERMIL", "BOL")


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Chile and the attack\n" + TEXT, encoding="utf-8")
    (folder / "b.txt").write_text("Chile again\n" + TEXT.replace("Chile", "Chile again"))
    return folder


def _pairs(output: str) -> set[tuple[str, str]]:
    out = set()
    for line in output.splitlines():
        rec = json.loads(line)
        if rec["kind"] == "event":
            out.add((rec["source"]["code"], (rec["target"] or {}).get("code", "")))
    return out


def test_extract_keeps_background_events_only_when_asked(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    runner = CliRunner()
    plain = runner.invoke(cli, ["extract", str(corpus / "a.txt")])
    assert plain.exit_code == 0, plain.output
    assert {s for s, _ in _pairs(plain.output)} == {"CHL"}  # the condemnation only
    assert ATTACK not in _pairs(plain.output)
    full = runner.invoke(cli, ["extract", str(corpus / "a.txt"), "--background"])
    assert full.exit_code == 0, full.output
    assert ATTACK in _pairs(full.output)
    assert _pairs(plain.output) <= _pairs(full.output)


def test_ingest_with_workers_passes_background_to_the_pool(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    db = tmp_path / "bg.duckdb"
    result = CliRunner().invoke(
        cli, ["--db", str(db), "ingest", str(corpus), "--workers", "2", "--background"]
    )
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute(
        "SELECT count(*), min(confidence) FROM events WHERE source_code = ? AND target_code = ?",
        list(ATTACK),
    ).fetchone()
    con.close()
    assert rows is not None and rows[0] == 2  # one per document, from the workers
    assert rows[1] < 0.7  # background events carry reduced confidence
