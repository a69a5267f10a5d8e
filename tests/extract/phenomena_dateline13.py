"""Bare datelines and untitled "NAME of STATE" (issue 9, dateline13: fresh5's class A), as
suite constructions crossed with the suite's states, capitals, demonyms and several acts,
dashes and phrasings.

- ``d13_bare_dateline``: "ZCAP - S criticized T": the dateline city (a third state's capital
  in capitals, a spaced dash, no date or agency) is neither the subject nor a party;
- ``d13_bare_dateline_sector``: "ZCAP -- The Sdem foreign ministry accused T ...": a subject
  with a demonym, after the blanked city;
- ``d13_bare_dateline_paragraphs``: two paragraphs, each with a bare dateline: each city is
  blanked, not only the record's first;
- ``d13_headline_then_dateline``: "S - T talks" (a headline, kept) over "ZCAP - S praised T";
- ``d13_untitled_of_state``: "NAME of S criticized T" with no title anywhere in the record: S's
  person, and so is his bare surname later;
- ``d13_not_a_person_of_state``: "the Central Bank of S", "King NAME of S": no untitled person.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _time

_ANYROOT: frozenset[str] = frozenset()
_DASHES = (" - ", " -- ", " \u2013 ", " \u2014 ")
_ACTS = (
    ("criticized {T}", "11"),
    ("accused {T} of meddling in its affairs", "11"),
    ("condemned {T}", "11"),
    ("praised {T}", "05"),
    ("thanked {T} for its support", "05"),
)  # fmt: skip
_SECTORS = ("The {} foreign ministry", "The {} government", "A {} government spokesman")
_LATER = (
    "{S} also {act}{time}.",
    "{S} {act} again{time}.",
    "On Monday {S} {act} again.",
)  # fmt: skip


def _act(sc: Scene, target: str) -> tuple[str, str]:
    phrase, root = sc.rng.choice(_ACTS)
    return phrase.format(T=target), root


def _dateline(sc: Scene) -> str:
    return sc.z.capital.upper() + sc.rng.choice(_DASHES)


def d13_bare_dateline(sc: Scene) -> Built:
    """ "BRASILIA - Belarus expelled ...": the city is no party, the first name the subject."""
    s, t = sc.s, sc.t
    act, root = _act(sc, sc.name(t))
    text = f"{_dateline(sc)}{_cap(sc.name(s))} {act}{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def d13_bare_dateline_sector(sc: Scene) -> Built:
    """ "KIGALI -- The Rwandan foreign ministry accused Burundi ...": a demonym subject."""
    s, t = sc.s, sc.t
    act, root = _act(sc, sc.name(t, 0.0))
    subject = sc.rng.choice(_SECTORS).format(s.demonym)
    text = f"{_dateline(sc)}{subject} {act}{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def d13_bare_dateline_paragraphs(sc: Scene) -> Built:
    """Each paragraph's bare dateline is blanked; the later act has the same parties."""
    s, t = sc.s, sc.t
    act, root = _act(sc, t.name)
    later = sc.rng.choice(_LATER).format(S=s.name, act=act, time=_time(sc))
    text = f"{_dateline(sc)}{_cap(s.name)} {act}{_time(sc)}.\n\n{_dateline(sc)}{_cap(later)}"
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def d13_headline_then_dateline(sc: Scene) -> Built:
    """ "Belarus - Poland talks" (a headline: not blanked) over a bare dateline's story."""
    s, t = sc.s, sc.t
    act, root = _act(sc, t.name)
    head = sc.rng.choice((f"{s.name} - {t.name} talks", f"{s.name.upper()} - {t.name} ties"))
    text = f"{_cap(head)}\n\n{_dateline(sc)}{_cap(s.name)} {act}{_time(sc)}."
    allowed = (Expect(s.iso3, t.iso3, _ANYROOT, ANY), Expect(t.iso3, s.iso3, _ANYROOT, ANY))
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), allowed


_FIRST = ("Duma", "Kofi", "Ana", "Tomas", "Lina", "Jorge", "Mira", "Pavel")
_LAST = ("Gideon", "Temba", "Vesk", "Malvik", "Dravon", "Kettel", "Quorven", "Brenik")
_UNTITLED = (
    "{N} of {S} {act}{time}.",
    "On Monday, {N} of {S} {act}.",
    "Talks ended{time}. {N} of {S} {act}.",
    "{N} of {S} took office last year. {L} {act}{time}.",
)  # fmt: skip
_INSTITUTIONS = (
    "The Central Bank of {S} {act}{time}.",
    "The National Assembly of {S} {act}{time}.",
    "The Supreme Court of {S} {act}{time}.",
)  # fmt: skip


def d13_untitled_of_state(sc: Scene) -> Built:
    """ "Duma Gideon of Eswatini criticized Mozambique": no title; the "of" state places him."""
    s, t = sc.s, sc.t
    first, last = sc.rng.choice(_FIRST), sc.rng.choice(_LAST)
    act, root = _act(sc, t.name)
    text = sc.rng.choice(_UNTITLED).format(
        N=f"{first} {last}", L=last, S=s.name, act=act, time=_time(sc)
    )
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def d13_not_a_person_of_state(sc: Scene) -> Built:
    """ "The Central Bank of Kenya criticized Uganda": an institution, no untitled person; any
    reading with S's code is allowed, none of another state."""
    s, t = sc.s, sc.t
    act, _ = _act(sc, t.name)
    text = sc.rng.choice(_INSTITUTIONS).format(S=s.name, act=act, time=_time(sc))
    return text, (), (Expect(s.iso3, t.iso3, _ANYROOT, ANY), Expect("---", t.iso3, _ANYROOT, ANY))


DATELINE13_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "d13_bare_dateline": d13_bare_dateline,
    "d13_bare_dateline_sector": d13_bare_dateline_sector,
    "d13_bare_dateline_paragraphs": d13_bare_dateline_paragraphs,
    "d13_headline_then_dateline": d13_headline_then_dateline,
    "d13_untitled_of_state": d13_untitled_of_state,
    "d13_not_a_person_of_state": d13_not_a_person_of_state,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before dateline13 (5540bdf) the same 24 scored (right, false assertions):
# d13_bare_dateline 17/7, d13_bare_dateline_sector 18/6, d13_bare_dateline_paragraphs 14/10,
# d13_headline_then_dateline 17/7, d13_untitled_of_state 0/4, d13_not_a_person_of_state 24/0;
# after dateline13 all 24/0.
FLOORS = {name: (24, 0) for name in DATELINE13_CONSTRUCTIONS}
