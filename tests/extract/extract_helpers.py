"""Helpers for extraction tests (imported by name: tests have no packages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from realpolitik.extract._nlp import repair_parse
from realpolitik.models import Event, Extraction

# The session fixture ``extract`` (tests/extract/conftest.py): text -> Extraction.
Extract = Callable[..., Extraction]


def triples(ex: Extraction, *, with_negated: bool = True) -> set[tuple[str, str, str]]:
    """(source code, target code or '', CAMEO code) of every event."""
    return {
        (e.source.code, e.target.code if e.target else "", e.cameo)
        for e in ex.events
        if with_negated or e.factuality != "negated"
    }


def country_triples(ex: Extraction, label: str = "cameo") -> set[tuple[str, str, str | None]]:
    """(source country, target country or '', CAMEO code or PLOVER type) of every event not
    negated: the view of the country-level evaluation levels."""
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", getattr(e, label))
        for e in ex.events
        if e.factuality != "negated"
    }


def country_roots(ex: Extraction) -> set[tuple[str, str, str]]:
    """(source country, target country or '', CAMEO root) of every event not negated."""
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2])
        for e in ex.events
        if e.factuality != "negated"
    }


def root_events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    """(source country, target country or '', CAMEO root, factuality) of every event."""
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


def code_events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    """(source country, target country or '', full CAMEO code, factuality) of every event."""
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo, e.factuality)
        for e in ex.events
    }


def only(ex: Extraction, trigger: str) -> Event:
    """The one event whose evidence trigger is ``trigger``."""
    hits = [e for e in ex.events if e.evidence.trigger == trigger]
    assert len({(e.source.code, e.target.code if e.target else "") for e in hits}) == 1, hits
    return hits[0]


RootEvent = tuple[str, str, str, str]
# The argument names of a table of (sentence, the reading it gives, a wrong party's reading).
WANT_NOT_WRONG = ("text", "want", "wrong")


def assert_read_not(ex: Extraction, want: RootEvent, wrong: RootEvent) -> None:
    """``want`` is among the root events of ``ex`` and ``wrong`` is not."""
    got = root_events(ex)
    assert want in got, got
    assert wrong not in got, got


def repaired(nlp: Any, text: str) -> Any:
    """``text`` parsed, with every sentence's parse repaired as extraction repairs it."""
    doc = nlp(text)
    for sent in doc.sents:
        repair_parse(sent)
    return doc


def word(doc: Any, text: str) -> Any:
    """The first token of ``doc`` that reads ``text``."""
    return next(t for t in doc if t.text == text)
