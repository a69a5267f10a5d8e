"""Round 20's second leftovers (issue 9, leftovers24) as suite constructions crossed with the
suite's states named by name, capital or demonym, each with several acts and phrasings:

- ``lo24_victims_their``: "Kenyan soldiers were killed / Three of Y's soldiers died when X's
  warplanes bombed their base": "their" is the victims' (Y), never the bombers', so the attack
  is X -> Y (19), not X -> X;
- ``lo24_alleged_clause``: "X alleged (has alleged) that Y had seized its boats": an accusation
  X -> Y (112, CAMEO "allege" = accuse); the alleged act itself is only reported;
- ``lo24_fixed_disapproval``: "X reacted angrily (furiously, with anger) to Y's decision", "X
  was (sharply) critical of Y", "X questioned Y's commitment (sincerity) to peace": disapproval X -> Y (111, PETRARCH2 REACT "*
  ANGRILY"); "X pushed Y to V": a demand X -> Y (10, as "pressed Y to");
- ``lo24_judged_by``: "X said the move (decision, deployment) by Y was illegal (unacceptable,
  provocative)": criticism X -> Y (111), the agent inside the judged noun phrase the target.

Scores on main (fb23e9a) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _r,
    _time,
)


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


# The victims, with {T} the state's name or demonym.
_VICTIMS = ("{Tdem} soldiers were killed", "Three {Tdem} soldiers died",
            "{Tposs} soldiers were killed", "Two {Tdem} border guards were wounded",
            "Several {Tdem} troops were killed", "Five of {Tposs} soldiers died")  # fmt: skip
_WHEN = ("when", "as")
_ATTACKERS = ("{Sdem} warplanes", "{Sposs} warplanes", "{Sdem} jets", "{Sdem} troops",
              "{Sposs} aircraft", "{Sdem} drones", "{Sdem} artillery")  # fmt: skip
_STRUCK = ("bombed their base", "struck their camp", "shelled their post", "hit their barracks",
           "attacked their positions", "bombed their outpost near the border")  # fmt: skip


def lo24_victims_their(sc: Scene) -> Built:
    """ "Kenyan soldiers were killed when Somali warplanes bombed their base": Somalia -> Kenya;
    never Somalia -> Somalia."""
    tname, sname = sc.name(sc.t, capital=0.0), sc.name(sc.s, capital=0.0)
    victims = sc.rng.choice(_VICTIMS).format(Tdem=sc.t.demonym, Tposs=_poss(tname))
    doers = sc.rng.choice(_ATTACKERS).format(Sdem=sc.s.demonym, Sposs=_poss(sname))
    text = f"{victims} {sc.rng.choice(_WHEN)} {doers} {sc.rng.choice(_STRUCK)}{_time(sc)}."
    want = (_e(sc.s, sc.t, _r("19", "18")),)
    allowed = (_e(sc.s, sc.t, _r("19", "18")), Expect(sc.s.iso3, "", _r("19", "18"), ASSERTED))
    return _cap(text), want, allowed


_ALLEGE = ("alleged that", "has alleged that", "alleged", "alleged on Monday that")
# (a bare "alleged" before a demonym is read as an adjective, "the alleged Pakistani forces", and
# the clause as the sentence: left for a parse repair, so the demonym acts take "that")
_ALLEGED_ACTS = (("{T} had detained its fishermen", "17"), ("{T} had violated its airspace", "19"),
                 ("{T} had seized its fishing boats", "17"), ("{T} sent troops across the border", "15"),
                 ("{Tdem} forces had shelled its villages", "19"),
                 ("{T} had expelled its diplomats", "16"))  # fmt: skip


def lo24_alleged_clause(sc: Scene) -> Built:
    """ "Peru alleged that Chile had detained its fishermen": 112 Peru -> Chile; the detention
    is reported (never asserted)."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act, _root = sc.rng.choice(_ALLEGED_ACTS)
    allege = sc.rng.choice(_ALLEGE)
    if allege == "alleged" and act.startswith("{Tdem}"):
        allege = "alleged that"
    text = f"{_cap(sname)} {allege} {act.format(T=tname, Tdem=sc.t.demonym)}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("11")),), allowed


# (phrase with {T} / {Tposs}, CAMEO roots)
_FIXED = (("reacted angrily to {Tposs} decision", "11"), ("reacted furiously to {Tposs} move", "11"),
          ("reacted with anger to {Tposs} announcement", "11"),
          ("reacted angrily to the decision by {T}", "11"),
          ("questioned {Tposs} commitment to peace", "11"),
          ("questioned {Tposs} sincerity", "11"),
          ("questioned {Tposs} commitment to the ceasefire", "11"),
          ("was critical of {T}", "11"), ("was sharply critical of {Tposs} new tariffs", "11"),
          ("has been highly critical of {T}", "11"),
          ("pushed {T} to withdraw its troops", "10"), ("pushed {T} to release the sailors", "10"),
          ("pushed {T} to accept the deal", "10"))  # fmt: skip


def lo24_fixed_disapproval(sc: Scene) -> Built:
    """ "Egypt reacted angrily to Ethiopia's decision", "India questioned Pakistan's commitment
    to peace": 111 toward the owner; "France pushed Germany to V": a demand (10)."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    phrase, root = sc.rng.choice(_FIXED)
    text = f"{_cap(sname)} {phrase.format(T=tname, Tposs=_poss(tname))}{_time(sc)}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(root)),), allowed


_JUDGED = ("the move by {T}", "the decision by {T}", "the deployment by {T}", "the ban by {T}",
           "the annexation by {T}", "the blockade by {T}", "the new restrictions by {T}")  # fmt: skip
_VERDICTS = ("illegal", "unacceptable", "provocative", "unjustified", "irresponsible",
             "a violation of international law")  # fmt: skip
_SAID = ("said", "said on Tuesday", "has said")


def lo24_judged_by(sc: Scene) -> Built:
    """ "Poland said the move by Russia was illegal": 111 Poland -> Russia."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    judged = sc.rng.choice(_JUDGED).format(T=tname)
    verb = "were" if "restrictions" in judged else "was"
    text = f"{_cap(sname)} {sc.rng.choice(_SAID)} {judged} {verb} {sc.rng.choice(_VERDICTS)}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), ASSERTED | NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("11")),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo24_victims_their": lo24_victims_their,
    "lo24_alleged_clause": lo24_alleged_clause,
    "lo24_fixed_disapproval": lo24_fixed_disapproval,
    "lo24_judged_by": lo24_judged_by,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
