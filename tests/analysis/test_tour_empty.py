"""The demo's tour on a store with nothing loaded: every section is there, shows no figure, and
says which command fills it (the demo must never stop at the first missing layer)."""

from __future__ import annotations

import re
from pathlib import Path

from realpolitik.analysis.tour import Section, render, tour
from realpolitik.store import Store


def test_every_section_says_what_to_load(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        sections = tour(store)
    by_title = {s.title: s for s in sections}
    assert len(by_title) == len(sections) == 6
    assert all(isinstance(s, Section) and s.lines for s in sections)
    text = {title: "\n".join(s.lines) for title, s in by_title.items()}
    assert "realpolitik data load starter" in text["Russia at the UN"]
    assert "realpolitik idealpoints" in next(v for k, v in text.items() if "ideal points" in k)
    assert "realpolitik data load sipri FILE" in next(v for k, v in text.items() if "arms" in k)
    assert "realpolitik data load atop FILE" in next(v for k, v in text.items() if "Alliances" in k)
    assert text["Read from the example articles"] == "0 events and 0 claims from 0 documents"
    numbers = [line for s in sections for line in s.lines if re.search(r"\b0\.\d", line)]
    assert numbers == []  # no share or agreement shown from nothing
    # a section that shows nothing cites no one, and a missing layer is a hint, not an error code
    cited = [s.title for s in sections if s.source]
    assert cited == []
    assert not any(re.search(r"\[E\d{3}\]", line) for s in sections for line in s.lines)


def test_rendering_and_the_report_line(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        sections = tour(store, report=tmp_path / "r.html")
    assert sections[-1] == Section(
        "Report", [f"open {(tmp_path / 'r.html').resolve()} in a browser"]
    )
    out = render(sections)
    assert out.startswith("== Russia at the UN\n")
    assert out.count("\n== ") == len(sections) - 1
    for s in sections:
        for line in s.lines:
            assert f"  {line}" in out
        if s.source:
            assert f"  Source: {s.source}" in out
