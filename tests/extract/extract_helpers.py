"""Helpers for extraction tests (imported by name: tests have no packages)."""

from __future__ import annotations

from realpolitik.models import Event, Extraction


def triples(ex: Extraction, *, with_negated: bool = True) -> set[tuple[str, str, str]]:
    """(source code, target code or '', CAMEO code) of every event."""
    return {
        (e.source.code, e.target.code if e.target else "", e.cameo)
        for e in ex.events
        if with_negated or e.factuality != "negated"
    }


def only(ex: Extraction, trigger: str) -> Event:
    """The one event whose evidence trigger is ``trigger``."""
    hits = [e for e in ex.events if e.evidence.trigger == trigger]
    assert len({(e.source.code, e.target.code if e.target else "") for e in hits}) == 1, hits
    return hits[0]
