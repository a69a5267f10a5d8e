"""Round 27's clause and lexicon leftovers (issue 9, leftovers37) as suite constructions crossed
with the suite's states named by name, capital or demonym, each with several acts and phrasings
(GUIDE rule 7, "Pledged hand-overs, decided acts, scheduled measures, futurates"):

- ``lo37_pledged_handover``: "Kenya pledged (promised, vowed, offered) to hand over (extradite,
  return, deport, send back, surrender, transfer) the suspects (attackers, gunmen) to Uganda":
  the promise X -> Y 03 (0313) asserted, never aid 033, yielding 035 or a threat 137;
- ``lo37_handover_done``: the hand-over done with any of those verbs: X -> Y 06 (063) asserted,
  never a return 084, aid 070, a withdrawal 0874 or a deportation 174 (triggers block
  ``# leftovers37``);
- ``lo37_brought_in_measure``: "Kenya will bring in (roll out, phase in, put in place)
  tariffs (visa restrictions, visas) on Ugandan goods (citizens) from June": the measure
  X -> Y `possible` (163, or the stated threat 13x the project gives "will impose visas"); in
  the past tense, the measure asserted;
- ``lo37_set_to_act``: "Kenya is set (due, poised, slated, scheduled) to host Uganda's president
  / expel Uganda's ambassador / sanction Uganda": X -> Y `possible` whatever the parse of "to"
  (``_scheduled_infinitives``);
- ``lo37_futurate``: "Kenya's president is visiting (visits) Uganda next month (, officials
  said)": `possible`, never asserted or reported (``_futurate``);
- ``lo37_decided_ahead``: "Kenya has decided to attack (visit, hold talks with, sign the accord
  with) Uganda": `possible` (or the plan's intent 03 / threat 13), never asserted
  (``_decided_acts``); ``lo37_decided_enacted``: "decided to expel Uganda's diplomats / impose
  sanctions on Uganda / recognise Uganda": the act, asserted;
- ``lo37_reported_future``: "Kenya's ministry said it would send troops to Uganda" `possible`
  (intent 03 or the act) against "Kenya sent troops to Uganda, the ministry said (according to
  officials, a statement said)" `reported`.

Before the fix, on main (76d2a5cf): pledged hand-overs were 031, 033, 035 or 137 by verb;
returned / sent back / surrendered / deported suspects were 084, 070, 0874, 174; "bring in",
"roll out", "phase in", "put in place" a measure gave no event; "is due to host Y's president",
"is set to expel Y's ambassador", "is due to sanction Y" gave none; every futurate and every
"decided to attack / visit" was asserted.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
)


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


def _not_done(st: State) -> tuple[Expect, ...]:
    """Nothing ``st`` does is asserted."""
    return (
        Expect(st.iso3, "*", frozenset(), NOT_ASSERTED),
        Expect(st.iso3, "", frozenset(), NOT_ASSERTED),
    )


_PLEDGE = ("pledged to", "promised to", "vowed to", "has pledged to", "has promised to",
           "offered to", "has vowed to", "promised on Monday to")  # fmt: skip
_HAND = ("hand over {P} to {T}", "extradite {P} to {T}", "return {P} to {T}",
         "deport {P} to {T}", "send back {P} to {T}", "surrender {P} to {T}",
         "transfer {P} to {T}", "hand {P} over to {T}", "send {P} back to {T}")  # fmt: skip
_DONE = ("handed over {P} to {T}", "extradited {P} to {T}", "returned {P} to {T}",
         "deported {P} to {T}", "sent back {P} to {T}", "surrendered {P} to {T}",
         "transferred {P} to {T}", "handed {P} over to {T}", "sent {P} back to {T}")  # fmt: skip
_WANTED = ("the suspects", "the attackers", "the gunmen", "the fugitives", "the bombers",
           "two suspects", "the suspected attackers", "three fugitives", "the accused",
           "the alleged attackers")  # fmt: skip


def lo37_pledged_handover(sc: Scene) -> Built:
    """ "Kenya pledged to hand over the suspects to Uganda": X -> Y 03 asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    act = sc.rng.choice(_HAND).format(P=sc.rng.choice(_WANTED), T=tname)
    text = f"{_cap(sname)} {sc.rng.choice(_PLEDGE)} {act}."
    return text, (_e(sc.s, sc.t, _r("03"), ASSERTED),), (_e(sc.s, sc.t, _r("06"), POSSIBLE),)


def lo37_handover_done(sc: Scene) -> Built:
    """ "Kenya returned the suspects to Uganda": X -> Y 06 asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    act = sc.rng.choice(_DONE).format(P=sc.rng.choice(_WANTED), T=tname)
    return f"{_cap(sname)} {act}.", (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()


_BRING = (("bring in", "brought in"), ("roll out", "rolled out"), ("phase in", "phased in"),
          ("put in place", "put in place"))  # fmt: skip
# (the measure, with {D} Y's demonym and {T} its name, and its root)
_MEASURES = (("tariffs on {D} goods", "16"), ("duties on {D} imports", "16"),
             ("sanctions on {T}", "16"), ("visa restrictions on {D} citizens", "17"),
             ("visas for {D} citizens", "17"), ("a 20 percent tariff on {D} steel", "16"),
             ("entry restrictions on {D} nationals", "17"))  # fmt: skip
_FROM = ("from June", "from January 1", "from next month", "starting in March")


def lo37_brought_in_measure(sc: Scene) -> Built:
    """ "Kenya will bring in tariffs on Ugandan goods from June": X -> Y `possible`; "Kenya
    brought in tariffs on Ugandan goods": asserted."""
    sname = sc.name(sc.s, capital=0.2)
    verb, past = sc.rng.choice(_BRING)
    measure, root = sc.rng.choice(_MEASURES)
    measure = measure.format(D=sc.t.demonym, T=sc.t.name)
    if sc.rng.random() < 0.6:
        text = f"{_cap(sname)} will {verb} {measure} {sc.rng.choice(_FROM)}."
        return text, (_e(sc.s, sc.t, _r(root, "13"), POSSIBLE),), _not_done(sc.s)
    return f"{_cap(sname)} {past} {measure}.", (_e(sc.s, sc.t, _r(root), ASSERTED),), ()


_SET = ("is set to", "is due to", "is poised to", "is slated to", "is scheduled to",
        "is expected to")  # fmt: skip
# (the act, its roots, and whether the target answers with a visit: hosting)
_SET_ACTS = (("host {Tposs} president", ("04", "03"), True),
             ("host {Tposs} foreign minister", ("04", "03"), True),
             ("welcome {Tposs} prime minister", ("04", "03"), True),
             ("expel {Tposs} ambassador", ("16", "17", "13"), False),
             ("sanction {T}", ("16", "13"), False),
             ("sign a trade deal with {T}", ("05", "06", "03"), False),
             ("visit {T}", ("04", "03"), False),
             ("deliver jets to {T}", ("07", "06", "03"), False))  # fmt: skip


def lo37_set_to_act(sc: Scene) -> Built:
    """ "Kenya is due to host Uganda's president": X -> Y `possible`."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    act, roots, hosting = sc.rng.choice(_SET_ACTS)
    text = f"{_cap(sname)} {sc.rng.choice(_SET)} {act.format(T=tname, Tposs=_poss(tname))}."
    allowed = (_e(sc.t, sc.s, _r("04"), POSSIBLE),) if hosting else ()
    return text, (_e(sc.s, sc.t, _r(*roots), POSSIBLE),), allowed + _not_done(sc.s)


_FUTURATE = (("is visiting {T}", "04", False), ("visits {T}", "04", False),
             ("is hosting {Tposs} president", "04", True), ("hosts {Tposs} leader", "04", True),
             ("is signing a trade deal with {T}", "05", False),
             ("holds talks with {T}", "04", False), ("travels to {T}", "04", False),
             ("is sending troops to {T}", "07", False))  # fmt: skip
_AHEAD = ("next week", "next month", "tomorrow", "later this month", "next Monday",
          "in the coming days", "next year", "in the coming weeks")  # fmt: skip
_SAID = ("", "", ", officials said", ", the ministry said", ", according to officials")


def lo37_futurate(sc: Scene) -> Built:
    """ "Kenya's president is visiting Uganda next month": X -> Y `possible`."""
    tname = sc.name(sc.t, capital=0.2)
    act, root, hosting = sc.rng.choice(_FUTURATE)
    subj = sc.name(sc.s, capital=0.2)
    if sc.rng.random() < 0.4 and "troops" not in act:
        subj = f"{_poss(sc.s.name)} president"
    act = act.format(T=tname, Tposs=_poss(tname))
    text = f"{_cap(subj)} {act} {sc.rng.choice(_AHEAD)}{sc.rng.choice(_SAID)}."
    allowed = (_e(sc.t, sc.s, _r("04"), POSSIBLE),) if hosting else ()
    allowed += (_e(sc.s, sc.t, _r(root, "03"), POSSIBLE),)
    return text, (_e(sc.s, sc.t, _r(root, "03"), POSSIBLE),), allowed + _not_done(sc.s)


_DECIDED = ("has decided to", "decided to", "has now decided to", "decided on Monday to",
            "had decided to")  # fmt: skip
_AHEAD_ACTS = (("attack {T}", "19"), ("invade {T}", "19"), ("launch strikes on {T}", "19"),
               ("visit {T}", "04"), ("hold talks with {T}", "04"),
               ("sign the accord with {T}", "05"), ("host {Tposs} president", "04"),
               ("deploy troops to its border with {T}", "15"),
               ("bomb {Tposs} ports", "19"))  # fmt: skip


def lo37_decided_ahead(sc: Scene) -> Built:
    """ "Kenya has decided to attack Uganda": X -> Y `possible` (or the plan's 03 / 13)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    act, root = sc.rng.choice(_AHEAD_ACTS)
    text = f"{_cap(sname)} {sc.rng.choice(_DECIDED)} {act.format(T=tname, Tposs=_poss(tname))}."
    want = (_e(sc.s, sc.t, _r(root, "03", "13"), POSSIBLE),)
    allowed = (_e(sc.t, sc.s, _r("04"), POSSIBLE),) if "host" in act else ()
    return text, want, allowed + _not_done(sc.s) + _not_done(sc.t)


_ENACTED = (("expel {Tposs} diplomats", "16", "17"), ("impose sanctions on {T}", "16", "16"),
            ("recognise {T}", "05", "05"), ("lift sanctions on {T}", "08", "08"),
            ("expel {Tposs} ambassador", "16", "17"))  # fmt: skip


def lo37_decided_enacted(sc: Scene) -> Built:
    """ "Kenya has decided to expel Uganda's diplomats": the act, asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    act, root, alt = sc.rng.choice(_ENACTED)
    text = f"{_cap(sname)} {sc.rng.choice(_DECIDED[:4])} {act.format(T=tname, Tposs=_poss(tname))}."
    return text, (_e(sc.s, sc.t, _r(root, alt), ASSERTED),), ()


# (the future form, the past form, the act's roots)
_REPORTED = (("would send troops to {T}", "sent troops to {T}", ("07", "15")),
             ("would sign a trade deal with {T}", "signed a trade deal with {T}", ("05", "06")),
             ("would host {Tposs} president", "hosted {Tposs} president", ("04",)),
             ("would deliver arms to {T}", "delivered arms to {T}", ("07", "06")),
             ("would visit {T}", "visited {T}", ("04",)),
             ("would recognise {T}", "recognised {T}", ("05",)))  # fmt: skip
_SAYERS = (
    "{S}'s ministry said it",
    "{S}'s foreign ministry said on Monday it",
    "{S} said it",
    "{S} announced it",
    "{S}'s government said in a statement that it",
)
_SAID_AFTER = (", the ministry said", ", officials said", ", according to officials",
               ", a statement said", ", the government said in a statement",
               ", according to a statement")  # fmt: skip


def lo37_reported_future(sc: Scene) -> Built:
    """ "Kenya's ministry said it would send troops to Uganda": `possible`; "Kenya sent troops
    to Uganda, the ministry said": `reported`."""
    tname = sc.name(sc.t, capital=0.2)
    future, past, roots = sc.rng.choice(_REPORTED)
    hosting = "host" in future
    if sc.rng.random() < 0.5:
        sayer = sc.rng.choice(_SAYERS).format(S=sc.s.name).replace("s's", "s'")
        text = f"{sayer} {future.format(T=tname, Tposs=_poss(tname))}."
        want = (_e(sc.s, sc.t, _r(*roots, "03"), POSSIBLE),)
        allowed = (_e(sc.t, sc.s, _r("04"), POSSIBLE),) if hosting else ()
        return text, want, allowed + _not_done(sc.s)
    sname = sc.name(sc.s, capital=0.2)
    act = past.format(T=tname, Tposs=_poss(tname))
    text = f"{_cap(sname)} {act}{sc.rng.choice(_SAID_AFTER)}."
    allowed = (_e(sc.t, sc.s, _r("04"), REPORTED),) if hosting else ()
    return text, (_e(sc.s, sc.t, _r(*roots), REPORTED),), allowed + _not_done(sc.s)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo37_pledged_handover": lo37_pledged_handover,
    "lo37_handover_done": lo37_handover_done,
    "lo37_brought_in_measure": lo37_brought_in_measure,
    "lo37_set_to_act": lo37_set_to_act,
    "lo37_futurate": lo37_futurate,
    "lo37_decided_ahead": lo37_decided_ahead,
    "lo37_decided_enacted": lo37_decided_enacted,
    "lo37_reported_future": lo37_reported_future,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
