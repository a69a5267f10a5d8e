"""Round 28's party and reference classes (issue 9, parties45: fresh22's C, D, E and J), as
suite constructions crossed with the suite's states by name, capital and demonym:

- ``p45_she`` (E): "Ruto has gained more from Samia Suluhu Hassan than his critics admit: she
  praised Kenya's reforms": "she" is the woman of the people table named before, never the man
  who is the sentence's subject (the table's ``sex`` column; ``_pronoun_sex``);
- ``p45_two_ministers`` (J): "X's defence minister NAME received her Y-ian counterpart NAME in
  CAPITAL, and the two ministers signed an agreement": the two states the sentence names (the
  counterpart the tables do not hold included), both ways (``_sentence_pair``);
- ``p45_condemned_pact`` (J): "... the two ministers signed a pact. Z's embassy condemned the
  pact": Z at both signatories;
- ``p45_joint_to_one`` (J): "X and Y agreed to open talks on sales of Y-ian gas to X": the
  pair's joint act, both ways, never X -> X (``parties.joint_doers``);
- ``p45_story_other`` (D): "Few neighbours quarrel as quietly as X and Y. CAPITAL has kept its
  border checks": the checks at the story's other state; "CAPITAL has (not) complained" too
  (``parties.story_other_side``);
- ``p45_held_people`` (C): "X's police arrested 12 Y-ian traders, and a court jailed four of
  them", "... X freed nine of the men", "... The men were released on bail": the people of the
  story's arrest, and so Y (``_story_people``).

Scores on main (c357147d) before the fix, 24 cases each, seed 0: p45_two_ministers 8/24,
p45_condemned_pact 0/24 (24 false), p45_joint_to_one 10/24 (10 false), p45_story_other 0/24,
p45_held_people 18/24 (6 false); p45_she cannot run on main (it reads the new ``sex`` column).
After: 23-24/24 each, 0 false.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from phenomena_tables import _table
from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

from realpolitik.actors._tables import country_of

_OFFICES = frozenset({"HOS", "HOG", "FM"})


@functools.cache
def _holders() -> tuple[tuple[str, str, str, str, bool], ...]:
    """(name, ISO3, from, until, woman) of the table's leaders and foreign ministers."""
    out = []
    for r in _table("people.tsv"):
        name, _aliases, code, held, start, until, sex = (r + [""] * 7)[:7]
        iso = country_of(code)
        if held in _OFFICES and start and iso and not name.startswith(("King", "Queen")):
            out.append((name, iso, start, until, sex.strip() == "F"))
    return tuple(out)


def _holder(sc: Scene, woman: bool, not_of: str) -> tuple[str, str] | None:
    got = [(n, iso) for n, iso, start, until, w in _holders()
           if w == woman and iso != not_of and start <= sc.date and (not until or sc.date <= until)
           and len(n.split()) >= 2]  # fmt: skip
    return sc.rng.choice(got) if got else None


_SHE_ACTS = (("praised {M}'s reforms", "05"), ("praised {M} for its reforms", "05"),
             ("thanked {M} for its support", "05"), ("criticised {M}'s new tariffs", "11"),
             ("accused {M} of meddling", "11"))  # fmt: skip
_GAINED = ("{He} has gained more from {She} than his critics admit: she {act}.",
           "{He} met {She} on Monday, and afterwards she {act}.",
           "{He} spoke with {She} by phone, and she {act}, his office said.")  # fmt: skip


@functools.cache
def _state_names() -> dict[str, str]:
    return {r[0]: r[3] for r in _table("countries.tsv")}


def p45_she(sc: Scene) -> Built:
    """ "Ruto has gained more from Samia than his critics admit: she praised Kenya's reforms":
    the woman's state -> the man's state, never the man's own act."""
    she = _holder(sc, True, "")
    he = _holder(sc, False, she[1]) if she is not None else None
    if she is None or he is None:  # (no woman in office at the date: two states by name)
        she, he = (sc.t.name, sc.t.iso3), (sc.s.name, sc.s.iso3)
    mname = _state_names().get(he[1], he[1])
    act, root = sc.rng.choice(_SHE_ACTS)
    frame = sc.rng.choice(_GAINED)
    text = frame.format(He=he[0], She=she[0], act=act.format(M=mname))
    text = text.replace(f"{mname}'s", _poss(mname))
    fact = frozenset({"reported"}) if "office said" in frame else ASSERTED
    want = (Expect(she[1], he[1], _r(root), fact),)
    allowed = (Expect(he[1], she[1], frozenset(), ANY), Expect(she[1], he[1], frozenset(), ANY))
    return _cap(text), want, allowed


# Names the people table does not hold (officials of no fame), one per sex.
_HER_NAMES = ("Ana Petrin", "Mira Castell", "Lena Vogt", "Ruth Amani", "Sara Lindqvist")
_HIS_NAMES = ("Tomas Orel", "Paul Njoroge", "Jonas Berg", "Ivan Petrak", "Luis Ocampo")
_MIN_OFFICES = ("defence minister", "trade minister", "interior minister", "energy minister")
_HOSTED = ("received", "hosted", "welcomed")
_SIGNED = ("signed an agreement on training border guards", "signed a customs pact",
           "signed a deal on energy links", "signed an accord on fisheries")  # fmt: skip


def _meeting(sc: Scene) -> str:
    office = sc.rng.choice(_MIN_OFFICES)
    her = sc.rng.random() < 0.5
    host_name = sc.rng.choice(_HER_NAMES if her else _HIS_NAMES)
    guest = sc.rng.choice(_HIS_NAMES + _HER_NAMES)
    own = "her" if her else "his"
    host = sc.rng.choice((f"{sc.s.demonym} {office.title()} {host_name}",
                          f"{_poss(sc.s.name)} {office} {host_name}"))  # fmt: skip
    where = sc.rng.choice((f" in {sc.s.capital}", "", " on Monday"))
    if sc.rng.random() < 0.3:
        return f"{host} met {_poss(sc.t.name)} {office}{where}"
    return f"{host} {sc.rng.choice(_HOSTED)} {own} {sc.t.demonym} counterpart {guest}{where}"


def p45_two_ministers(sc: Scene) -> Built:
    """ "X's minister NAME received her Y-ian counterpart NAME, and the two ministers signed a
    pact": X <-> Y 05 both ways."""
    join = sc.rng.choice((", and the two ministers", ". The two ministers", ", and the ministers"))
    text = f"{_cap(_meeting(sc))}{join} {sc.rng.choice(_SIGNED)}."
    want = (_e(sc.s, sc.t, _r("05"), ASSERTED), _e(sc.t, sc.s, _r("05"), ASSERTED))
    allowed = (_e(sc.s, sc.t, frozenset(), ASSERTED), _e(sc.t, sc.s, frozenset(), ASSERTED))
    return text, want, allowed


_CONDEMNERS = ("{Zposs} embassy in {Scap}", "{Zposs} foreign ministry", "{Zposs} government")
_CONDEMNED = ("condemned the agreement", "condemned the pact as a provocation",
              "criticised the agreement")  # fmt: skip


def p45_condemned_pact(sc: Scene) -> Built:
    """ "... the two ministers signed an agreement. Z's embassy condemned the agreement": Z at
    both signatories (the condemned act's agents)."""
    who = sc.rng.choice(_CONDEMNERS).format(Zposs=_poss(sc.z.name), Scap=sc.s.capital)
    text = (f"{_cap(_meeting(sc))}, and the two ministers signed an agreement on border guards. "
            f"{_cap(who)} {sc.rng.choice(_CONDEMNED)}.")  # fmt: skip
    want = (_e(sc.z, sc.s, _r("11"), ASSERTED), _e(sc.z, sc.t, _r("11"), ASSERTED))
    allowed = (_e(sc.s, sc.t, frozenset(), ASSERTED), _e(sc.t, sc.s, frozenset(), ASSERTED))
    return text, want, allowed


_JOINT_TALKS = ("agreed to open talks on long-term sales of {Tdem} gas to {S}",
                "agreed to start talks on {Tdem} power exports to {S}",
                "agreed to negotiate a deal on {Tdem} grain shipments to {S}")  # fmt: skip
_PAIRS = ("{S} and {T}", "{Slead} spoke by phone with {Tdem} officials, and the two")


def p45_joint_to_one(sc: Scene) -> Built:
    """ "X and Y agreed to open talks on sales of Y-ian gas to X": X <-> Y (03), never X -> X."""
    sname = sc.name(sc.s, capital=0.0)
    pair = sc.rng.choice(_PAIRS).format(S=sname, T=sc.name(sc.t, capital=0.0),
                                        Slead=sc.leader(sc.s), Tdem=sc.t.demonym)  # fmt: skip
    act = sc.rng.choice(_JOINT_TALKS).format(Tdem=sc.t.demonym, S=sname)
    text = f"{_cap(pair)} {act}."
    want = (_e(sc.s, sc.t, _r("03"), ASSERTED), _e(sc.t, sc.s, _r("03"), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.t, sc.s, _r("04"), ASSERTED))
    return text, want, allowed


_OPENERS = ("Few neighbours quarrel as quietly as {S} and {T}.",
            "Relations between {S} and {T} have rarely been this cool.",
            "{S} and {T} have argued over migration for years.")  # fmt: skip
_KEPT = (("has kept its border checks for more than two years", "19"),
         ("has kept its border checks in place", "19"),
         ("kept its border controls all summer", "19"))  # fmt: skip
_COMPLAINED = (("and {Tcap} has complained about them in private", ASSERTED),
               ("and {Tcap} has not complained publicly", frozenset({"negated"})),
               ("", ASSERTED))  # fmt: skip


def p45_story_other(sc: Scene) -> Built:
    """ "Few neighbours quarrel as quietly as X and Y. CAPITAL has kept its border checks":
    X -> Y 19 (and Y's complaint at X, where told)."""
    opener = sc.rng.choice(_OPENERS).format(S=sc.s.name, T=sc.t.name)
    kept, root = sc.rng.choice(_KEPT)
    tail, fact = sc.rng.choice(_COMPLAINED)
    doer = sc.rng.choice((sc.s.capital, sc.s.name))
    comma = ", " if tail else ""
    text = f"{opener} {doer} {kept}{comma}{tail.format(Tcap=sc.t.capital)}."
    want = [_e(sc.s, sc.t, _r(root), ASSERTED)]
    if tail and fact == ASSERTED:
        want.append(_e(sc.t, sc.s, _r("11"), ASSERTED))
    allowed = (_e(sc.t, sc.s, _r("11"), ANY),)
    return text, tuple(want), allowed


_HELD_WORDS = ("traders", "fishermen", "citizens", "nationals", "truck drivers")
_ARRESTERS = ("{Sdem} police", "{Sdem} border guards", "Police in {S}")


def p45_held_people(sc: Scene) -> Built:
    """ "X's police arrested 12 Y-ian traders, and a court jailed four of them", "... X freed
    nine of the men", "... The men were released on bail": the act at Y's people (X -> Y)."""
    who = sc.rng.choice(_ARRESTERS).format(Sdem=sc.s.demonym, S=sc.s.name)
    n, k = sc.rng.choice((("12", "four"), ("11", "three"), ("nine", "five"), ("20", "six")))
    held = f"{n} {sc.t.demonym} {sc.rng.choice(_HELD_WORDS)}"
    arrest = f"{who} arrested {held} on {sc.rng.choice(('Saturday', 'Monday'))}"
    kind = sc.rng.randrange(3)
    protest = f"{_poss(sc.t.name)} embassy protested."
    if kind == 0:
        text = f"{arrest}, and a court jailed {k} of them for 60 days."
        want = (_e(sc.s, sc.t, _r("17"), ASSERTED),)
    elif kind == 1:
        again = sc.rng.choice((sc.s.name, sc.s.capital))
        text = f"{arrest}. {protest} {again} freed {k} of the men without charge."
        want = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.s, sc.t, _r("08"), ASSERTED))
    else:
        text = f"{arrest}. {protest} The men were released on bail on Tuesday."
        want = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.s, sc.t, _r("08"), ASSERTED))
    allowed = (_e(sc.t, sc.s, _r("11"), ASSERTED), Expect(sc.t.iso3, "", _r("11"), ASSERTED))
    return _cap(text), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p45_she": p45_she,
    "p45_two_ministers": p45_two_ministers,
    "p45_condemned_pact": p45_condemned_pact,
    "p45_joint_to_one": p45_joint_to_one,
    "p45_story_other": p45_story_other,
    "p45_held_people": p45_held_people,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
