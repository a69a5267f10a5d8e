"""Helpers for the scale-out and hardening tests (imported by name: tests have no packages)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from realpolitik.actors import ActorRegistry
from realpolitik.actors._tables import default_entries

MARKER = "CORRUPT-FOR-TEST"

STATES = ["Russia", "China", "North Korea", "Vietnam", "Japan", "the Philippines", "Ukraine"]
ACTS = [
    "signed an agreement with",
    "accused",
    "sent a delegation to",
    "praised",
    "held talks with",
    "threatened",
]


class FailingRegistry(ActorRegistry):
    """The shipped registry, except that it fails on any text holding ``MARKER``: a document
    the extractor cannot handle, wherever it is extracted (it travels to workers pickled)."""

    def __init__(self) -> None:
        super().__init__(default_entries())

    def find_mentions(self, text: str, date: str | None = None, **kwargs: Any) -> Any:
        if MARKER in text:
            raise ValueError("this text breaks the extractor")
        return super().find_mentions(text, date, **kwargs)


def write_corpus(root: Path, docs: int, sentences: int = 4, bad: tuple[int, ...] = ()) -> Path:
    """``docs`` distinct small articles (``story-NNNN.txt``); those numbered in ``bad`` hold
    ``MARKER``."""
    root.mkdir(parents=True)
    for i in range(docs):
        lines = []
        for j in range(sentences):
            a = STATES[(i + j) % len(STATES)]
            b = STATES[(i + 2 * j + 1) % len(STATES)]
            if a == b:
                b = "the United States"
            act = ACTS[(i * 7 + j) % len(ACTS)]
            lines.append(f"{a} {act} {b} on day {i}-{j}, officials said in a statement.")
        if i in bad:
            lines.append(MARKER)
        month = 1 + i % 12
        (root / f"story-{i:04d}.txt").write_text(
            f"Story {i}\nDate: 2024-{month:02d}-15\n\n" + "\n".join(lines) + "\n", encoding="utf-8"
        )
    return root
