"""Round 29's office of no written state (issue 9, parties46: recurring.md's "actor resolution"
and "role nouns as parties", which every blind set's review lists), as suite constructions
crossed with the suite's states, the offices, the story's orders and the acts:

- ``p46_quoted_office``: "Officials in CAPITAL said Y had closed the crossing. The foreign
  minister accused Y-CAPITAL of meddling" / "X's foreign ministry said ... The envoy summoned
  the Y-ian ambassador" / "X and Y have quarrelled for months. X-ian officials said on Monday
  that talks had failed. Officials refused to reopen talks with Y-CAPITAL": the office ("the
  foreign minister", "the envoy", "officials", "the embassy", "the spokesman") is the state
  the story quotes, X, never ``---`` nor the target's own (``parties.speakers_state``);
- ``p46_pointing_last``: "Officials in X-CAPITAL said Y's coast guard had rammed a boat. The
  country demanded compensation from Y-CAPITAL": "the country" is the quoted state, not the
  one named last (``speakers_state.pointing_subject``);
- ``p46_surname_later``: "X's foreign minister, Mary Johnson, criticised Y. Johnson later
  accused Y-CAPITAL of ...": the surname is the person named in full before, also where the
  people table holds a namesake of another state (right on main already: kept as a guard);
- ``p46_reported_office``: "X-ian officials said on Monday that the foreign minister would
  visit Y-CAPITAL next week": the office inside what a state's officials report is theirs.

Scores on main (bd81051b) before the fix, 24 cases each, seed 0: p46_quoted_office 0/24 (23
false: ``---`` or the target's own state as the doer), p46_pointing_last 0/24 (19 false),
p46_reported_office 11/24, p46_surname_later 24/24. After: 24/24 each, 0 false (also 72 of
seed 3).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_OFFICES = ("the foreign minister", "the envoy", "officials", "the embassy", "the spokesman",
            "the deputy foreign minister", "the ambassador", "diplomats")  # fmt: skip

# The story's first sentences: X quoted (by name, capital or demonym), Y named by name or
# capital, in both orders.
_STORIES = (
    "Officials in {Scap} said on Monday that {T} had closed a border crossing.",
    "{Sposs} foreign ministry said on Monday that {T} had detained two fishermen.",
    "{Sdem} officials said {Tcap} had broken the fishing agreement.",
    "{S} and {T} have quarrelled over fishing rights for months. "
    "{Sdem} officials said on Monday that the talks had failed.",
    "{T} has closed its border with {S}, {Sdem} officials said on Monday.",
    "{Sposs} government said on Monday that {Tdem} troops had crossed the border.",
)
# (the office's act on Y, its CAMEO root)
_ACTS = (
    ("accused {Tcap} of meddling in the election", "11"),
    ("summoned the {Tdem} ambassador", "11"),
    ("demanded compensation from {Tcap}", "10"),
    ("protested to {Tcap} over the incident", "11"),
    ("criticised {Tcap} for the move", "11"),
    ("urged {Tcap} to reopen the crossing", "02"),
    ("refused to reopen talks with {Tcap}", "12"),
    ("flew to {Tcap} for talks", "04"),
    ("sent food aid to {T}", "07"),
)


def _fill(text: str, sc: Scene) -> str:
    return text.format(
        S=sc.s.name, Sposs=_poss(sc.s.name), Scap=sc.s.capital, Sdem=sc.s.demonym,
        T=sc.t.name, Tposs=_poss(sc.t.name), Tcap=sc.t.capital, Tdem=sc.t.demonym,
    )  # fmt: skip


def _allowed(sc: Scene) -> tuple[Expect, ...]:
    """The story's reported acts (not asserted), and any reading between the two states."""
    return (
        Expect("*", "*", frozenset(), NOT_ASSERTED),
        _e(sc.s, sc.t, frozenset(), ANY),
        _e(sc.t, sc.s, frozenset(), NOT_ASSERTED),
    )


def p46_quoted_office(sc: Scene) -> Built:
    """ "Officials in X-CAPITAL said Y had closed a crossing. The envoy summoned the Y-ian
    ambassador": X -> Y."""
    story = _fill(sc.rng.choice(_STORIES), sc)
    act, root = sc.rng.choice(_ACTS)
    office = sc.rng.choice(_OFFICES)
    when = sc.rng.choice(("", " on Tuesday"))
    text = f"{story} {_cap(office)}{when} {_fill(act, sc)}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), _allowed(sc)


_REPORTED = (
    ("the foreign minister would visit {Tcap} next week", "04"),
    ("the envoy had protested to {Tcap} over the detentions", "11"),
    ("the minister had accused {Tcap} of meddling in the election", "11"),
    ("the embassy had demanded compensation from {Tcap}", "10"),
)


def p46_reported_office(sc: Scene) -> Built:
    """ "X-ian officials said on Monday that the foreign minister would visit Y-CAPITAL next
    week": X -> Y, as reported."""
    act, root = sc.rng.choice(_REPORTED)
    who = sc.rng.choice(("{Sdem} officials", "{Sposs} foreign ministry", "Officials in {Scap}"))
    opener = sc.rng.choice(("", "{S} and {T} have quarrelled over fishing rights. "))
    text = _fill(f"{opener}{who} said on Monday that {act}.", sc)
    return _cap(text), (_e(sc.s, sc.t, _r(root), ANY),), _allowed(sc)


_LAST_NAMED = (
    "Officials in {Scap} said on Monday that {Tposs} coast guard had rammed a fishing boat.",
    "{Sdem} officials said {Tcap} had broken the fishing agreement.",
    "{Sposs} foreign ministry said on Monday that {Tdem} troops had crossed the border.",
)


def p46_pointing_last(sc: Scene) -> Built:
    """ "Officials in X-CAPITAL said Y's coast guard had rammed a boat. The country demanded
    compensation from Y-CAPITAL": "the country" is X, not the state named last (Y -> Y)."""
    story = _fill(sc.rng.choice(_LAST_NAMED), sc)
    act, root = sc.rng.choice(_ACTS)
    text = f"{story} The country {_fill(act, sc)}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), _allowed(sc)


# Invented officials; some surnames are famous namesakes of other states' leaders.
_FIRST = ("Mary", "Carlos", "Anne", "Jan", "Lena", "Tomas")
_SURNAMES = ("Petrin", "Castell", "Johnson", "Modi", "Erdogan", "Orel", "Vogt", "Biden")
_INTROS = (
    "{Sposs} foreign minister, {N}, criticised {T} on Monday.",
    "{N}, {Sposs} foreign minister, met officials in {Tcap} on Monday.",
    "{Sdem} Foreign Minister {N} travelled to {Tcap} on Monday.",
    "{Sdem} envoy {N} met {Tposs} president on Monday.",
)


def p46_surname_later(sc: Scene) -> Built:
    """ "X's foreign minister, Mary Johnson, criticised Y. Johnson accused Y-CAPITAL of ...":
    the surname alone is the person named in full before, whatever state the people table
    gives a namesake; "she" / "he" too."""
    last = sc.rng.choice(_SURNAMES)
    name = f"{sc.rng.choice(_FIRST)} {last}"
    intro = _fill(sc.rng.choice(_INTROS).replace("{N}", name), sc)
    act, root = sc.rng.choice(_ACTS)
    who = last if sc.rng.random() < 0.8 else "The minister"
    text = f"{intro} {who} later {_fill(act, sc)}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), _allowed(sc)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p46_quoted_office": p46_quoted_office,
    "p46_reported_office": p46_reported_office,
    "p46_pointing_last": p46_pointing_last,
    "p46_surname_later": p46_surname_later,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
