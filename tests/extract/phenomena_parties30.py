"""Round 22's party leftovers (issue 9, parties30) as suite constructions crossed with the
suite's states named by name, capital or demonym, each with several acts and phrasings:

- ``p30_kept_crossings``: "Y's police detained X-ian traders. X kept the A and B crossings
  shut": a closure kept after a list of border places (parsed as "the crossings" the subject
  of a clause "shut", or "shut" as the root) is X's 191 aimed at the story's other state
  (``_kept_states``); also closed "at A and B", and a post reopened (081);
- ``p30_owned_aim``: "X said Y-ian soldiers had fired on its posts": force aimed through a
  preposition at a thing owned through "its" is aimed at the pronoun's state, the reporter
  (Y -> X, reported), never the doer's own (``parties.owned_aims``);
- ``p30_commentator_talks``: "Analysts in CAPITAL discussed sanctions with Y", "Western
  analysts criticised Y's drills": commentators of no state, or of a bloc, are no party: no
  event (``parties.commentators``);
- ``p30_judged_provocation``: "X took / saw / regarded Y's deployment as a provocation": X's
  judgement of Y's act, X -> Y 111 (the lexicon's "as a provocation" rows); taking an act "as
  an insult / an affront" stays background (fact27's ``f27_characterised``).

Scores on main (161ce50) before the fix, ``bench/phenomena.py`` seed 0: p30_kept_crossings
9/13, p30_owned_aim 0/13 (Y -> Y), p30_commentator_talks 3/13 with 14 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

# Border places named by made-up names no table knows (never the states' own names).
_PLACES = (("Amber Gate", "Stone Ford"), ("Velka", "Moran"), ("Tashi", "Kerem Dol"),
           ("Ostra", "Belin"), ("North Bridge", "Red Hill"), ("Sarov", "Kul"))  # fmt: skip
_STORIES = ("{Tdem} police detained three {Sdem} traders on Sunday. ",
            "{Tposs} border guards shot a {Sdem} herder last week. ",
            "{Sposs} foreign ministry protested to {T} over the arrests of its drivers. ",
            "{Tdem} soldiers seized two {Sdem} lorries on Monday. ")  # fmt: skip
_KEPT = (("kept the {A} and {B} crossings shut", "19"), ("kept the {A} and {B} crossings closed", "19"),
         ("has kept the {A} and {B} border posts shut", "19"),
         ("kept the {A} and {B} crossings shut on Monday", "19"),
         ("kept the crossings at {A} and {B} closed", "19"),
         ("kept the {A} crossing shut for a third day", "19"),
         ("closed the crossings at {A} and {B}", "19"), ("reopened the {A} border post", "08"))  # fmt: skip


def p30_kept_crossings(sc: Scene) -> Built:
    """ "Ghanaian police detained Togolese traders. Togo kept the A and B crossings shut":
    Togo -> Ghana 191, asserted."""
    a, b = sc.rng.choice(_PLACES)
    tname = sc.name(sc.t, capital=0.0)
    story = sc.rng.choice(_STORIES).format(
        Tdem=sc.t.demonym, Sdem=sc.s.demonym, T=tname, Tposs=_poss(tname), Sposs=_poss(sc.s.name)
    )
    kept, root = sc.rng.choice(_KEPT)
    text = f"{story}{_cap(sc.name(sc.s, capital=0.0))} {kept.format(A=a, B=b)}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED),)
    allowed = (_e(sc.t, sc.s, frozenset(), ANY), _e(sc.s, sc.t, frozenset(), ANY))
    return text, want, allowed


_SAID = ("said", "said that", "alleged", "claimed that", "said on Monday that")
_GROUPS = ("{Tdem} soldiers", "{Tdem} troops", "{Tdem} border guards", "{Tposs} troops",
           "{Tdem} forces")  # fmt: skip
_AIMED = ("had fired on its posts", "had fired at its border posts", "fired on its patrol",
          "had fired on its villages", "fired at its positions", "had fired on its guard posts")  # fmt: skip


def p30_owned_aim(sc: Scene) -> Built:
    """ "Kabul said Pakistani soldiers had fired on its posts": Pakistan -> Afghanistan 19,
    reported."""
    sname, tname = sc.name(sc.s, capital=0.4), sc.name(sc.t, capital=0.0)
    group = sc.rng.choice(_GROUPS).format(Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{_cap(sname)} {sc.rng.choice(_SAID)} {group} {sc.rng.choice(_AIMED)}."
    want = (_e(sc.t, sc.s, _r("19"), NOT_ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), ANY),)
    return text, want, allowed


_COMMENTATORS = ("Analysts in {Scap}", "Experts in {Scap}", "Western analysts",
                 "Analysts", "Western experts", "Observers in {Scap}")  # fmt: skip
_TALKS = ("discussed sanctions with {T}", "discussed the crisis with {Tdem} officials",
          "held talks with {Tdem} diplomats", "consulted {Tdem} officials on the crisis")  # fmt: skip
_BLOC_ACTS = ("criticised {Tposs} drills", "condemned {Tposs} decision", "praised {T}")


def p30_commentator_talks(sc: Scene) -> Built:
    """ "Analysts in Beijing discussed sanctions with Iran", "Western analysts criticised Y's
    drills": no event."""
    who = sc.rng.choice(_COMMENTATORS).format(Scap=sc.s.capital)
    tname = sc.name(sc.t, capital=0.0)
    acts = _TALKS + (_BLOC_ACTS if who.startswith("Western") else ())
    act = sc.rng.choice(acts).format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    return f"{who} {act}.", (), ()


_JUDGING = ("took", "saw", "regarded", "viewed", "treated", "has long regarded", "considered")
_JUDGED = ("{Tposs} deployment of missiles", "the deployment of {Tdem} missiles",
           "{Tposs} naval drills", "the drills by {Tdem} warships", "{Tposs} decision",
           "the flights by {Tdem} bombers")  # fmt: skip
_AS = ("a provocation", "a hostile act", "an act of aggression", "a provocation", "provocative")


def p30_judged_provocation(sc: Scene) -> Built:
    """ "China took the deployment of US missiles as a provocation": China -> US 111."""
    tname = sc.name(sc.t, capital=0.0)
    judged = sc.rng.choice(_JUDGED).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    verb, as_ = sc.rng.choice(_JUDGING), sc.rng.choice(_AS)
    text = f"{_cap(sc.name(sc.s, capital=0.3))} {verb} {judged} as {as_}."
    want = (_e(sc.s, sc.t, _r("11"), ASSERTED),)
    return text, want, (Expect(sc.t.iso3, "*", frozenset(), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p30_kept_crossings": p30_kept_crossings,
    "p30_owned_aim": p30_owned_aim,
    "p30_commentator_talks": p30_commentator_talks,
    "p30_judged_provocation": p30_judged_provocation,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
