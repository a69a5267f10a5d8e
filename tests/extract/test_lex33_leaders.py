"""Heads of state who took office in 2025-2026 (lex33, fresh20's M): a 2026 document resolves
each new holder by surname (or the name the people table gives) to the state's government,
and the predecessor's row ends the day before, so a sentence after the handover never makes
the former holder the state's voice."""

from __future__ import annotations

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document
from realpolitik.models import Document


def _keys(text: str, registry: ActorRegistry, date: str) -> set[tuple[str, ...]]:
    ex = extract_document(Document("t", text, "test", date=date), registry=registry)
    return {
        (e.source.code, e.target.country if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Seguro", "PRTGOV"),
        ("President Kast", "CHLGOV"),
        ("Asfura", "HNDGOV"),
        ("Laura Fernandez", "CRIGOV"),
        ("Horta Inta-A", "GNBGOV"),
    ],
)
def test_new_heads_of_state_resolve_in_2026(name: str, code: str, registry: ActorRegistry) -> None:
    got = _keys(f"{name} criticised Brazil on Tuesday.", registry, "2026-06-01")
    assert (code, "BRA", "11", "asserted") in got


@pytest.mark.parametrize(
    ("name", "before", "after"),
    [("Boric", "2026-03-01", "2026-04-01"), ("Xiomara Castro", "2026-01-10", "2026-02-10")],
)
def test_predecessors_leave_office_the_day_before(
    name: str, before: str, after: str, registry: ActorRegistry
) -> None:
    text = f"{name} criticised Brazil on Tuesday."
    assert any(k[0].endswith("GOV") for k in _keys(text, registry, before))
    assert not any(k[0].endswith("GOV") for k in _keys(text, registry, after))
