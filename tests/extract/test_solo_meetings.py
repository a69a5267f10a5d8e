"""A meeting needs two parties: a body that "met" by itself consults no one."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _consults(ex: Extraction) -> set[tuple[str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "")
        for e in ex.events
        if e.plover == "CONSULT"
    }


def test_a_body_meeting_alone_is_no_consultation(extract: Extract) -> None:
    assert _consults(extract("The Chilean cabinet met on Sunday.")) == set()


def test_two_parties_still_meet(extract: Extract) -> None:
    assert _consults(extract("Chile and Peru met on Sunday.")) == {("CHL", "PER"), ("PER", "CHL")}
    assert _consults(extract("The Chilean president met Peru's president on Sunday.")) == {
        ("CHL", "PER")
    }
