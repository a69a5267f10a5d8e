"""Round 17 lexicon classes found by a census of the dev sets' tune halves (issue 9, lexmine:
bench/lexicon_gaps.py counts the predicates the extractor misses across thousands of labelled
sentences), coded by the CAMEO codebook and PETRARCH2's dictionary and crossed with the suite's
states named by name, capital, demonym + sector or leader:

- ``lm_tear_gas``: "X's police fired / used / lobbed tear gas at Y's fans", "dispersed Y's
  traders with tear gas", "tear gas was fired at ... by X's police", the nominal "X's police's
  use of tear gas against ...", reported: violent repression (17, CAMEO 175), no shooting (19);
- ``lm_emergency_rule``: "the X government imposed / proclaimed / introduced / extended /
  reimposed a state of emergency / martial law / emergency rule" (17, CAMEO 1724), "lifted /
  ended ..." (08, CAMEO 0814, PLOVER CONCEDE: announced easing), the own state the target (the
  GUIDE's own-state convention);
- ``lm_thrown``: "X's protesters threw / hurled stones / bottles / petrol bombs at Y's embassy":
  violence (a riot 14, or unconventional violence 18), never nothing;
- ``lm_raped``: "X's soldiers raped women in Y", "Y's women were raped by X's militiamen", the
  nominal "the rape of Y's civilians by X's troops": sexual assault (18, CAMEO 1821);
- ``lm_cease_fire``: "X declared / announced a unilateral cease-fire with Y", "X and Y declared a
  cease-fire": the hyphenated word the tokenizer splits ("cease - fire") matches the rows that
  name it (08, CAMEO 0871), as "ceasefire" does;
- ``lm_censorship``: "X's authorities blocked Y's news websites", "shut down Y's broadcaster's
  website", "closed Y's newspaper's bureau", "cut off the websites of Y's broadcasters":
  restrictions on political freedoms (17, CAMEO 1721), no obstruction (144) and no event-less
  "blocked".
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, REPORTED, Built, Expect, Scene, _cap, _poss, _time


def _ev(src: str, tgt: str, roots: tuple[str, ...], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset(roots), facts)


_CROWD = ("fans", "traders", "migrants", "protesters", "demonstrators", "workers", "students",
          "pilgrims", "farmers", "lorry drivers")  # fmt: skip
_POLICE = ("{Sdem} police", "{Sdem} riot police", "the {Sdem} police", "{Sdem} border police")
_GASSED = (
    ("{P} fired tear gas at {Tdem} {crowd}", ASSERTED),
    ("{P} fired teargas at {Tdem} {crowd}", ASSERTED),
    ("{P} used tear gas against {Tdem} {crowd}", ASSERTED),
    ("{P} used tear gas on {Tdem} {crowd}", ASSERTED),
    ("{P} lobbed tear gas canisters at {Tdem} {crowd}", ASSERTED),
    ("{P} dispersed {Tdem} {crowd} with tear gas", ASSERTED),
    ("tear gas was fired at {Tdem} {crowd} by {P}", ASSERTED),
    ("{P} fired tear gas at {Tdem} {crowd}, witnesses said", REPORTED),
    ("{P} used tear gas against {Tdem} {crowd}, local media reported", REPORTED),
)


def lm_tear_gas(sc: Scene) -> Built:
    """ "Greek police fired tear gas at Turkish fans": violent repression (175) of the crowd's
    state, in each phrasing; no shooting (193) and no chemical weapon (2041)."""
    police = sc.rng.choice(_POLICE).format(Sdem=sc.s.demonym)
    frame, facts = sc.rng.choice(_GASSED)
    text = frame.format(P=police, Tdem=sc.t.demonym, crowd=sc.rng.choice(_CROWD))
    if facts == ASSERTED:
        text += _time(sc)
    return _cap(text + "."), (_ev(sc.s.iso3, sc.t.iso3, ("17",), facts),), ()


_RULERS = ("the {Sdem} government", "{Sdem} authorities", "the {Sdem} interior ministry",
           "the {Sdem} cabinet", "the government of {S}")  # fmt: skip
_EMERGENCIES = ("a state of emergency", "martial law", "emergency rule", "a state of siege",
                "a nationwide state of emergency", "a three-month state of emergency")  # fmt: skip
_IMPOSED = (("imposed", "17"), ("declared", "17"), ("proclaimed", "17"), ("introduced", "17"),
            ("reimposed", "17"), ("has imposed", "17"), ("lifted", "08"), ("ended", "08"))  # fmt: skip
_EXTENDED = (("extended", "17"), ("lifted", "08"), ("ended", "08"), ("revoked", "08"))


def lm_emergency_rule(sc: Scene) -> Built:
    """ "The Peruvian government imposed a state of emergency / extended martial law": emergency
    rule (1724), its own state the target; "lifted / ended it" eases it (0814)."""
    ruler = sc.rng.choice(_RULERS).format(Sdem=sc.s.demonym, S=sc.name(sc.s, capital=0.0))
    if sc.rng.random() < 0.6:
        verb, root = sc.rng.choice(_IMPOSED)
        what = sc.rng.choice(_EMERGENCIES)
    else:
        verb, root = sc.rng.choice(_EXTENDED)
        what = sc.rng.choice(("martial law", "the state of emergency", "emergency rule"))
    where = sc.rng.choice(("", " in the capital", f" in {sc.s.capital}", " in three provinces"))
    text = f"{ruler} {verb} {what}{where}{_time(sc)}."
    return _cap(text), (_ev(sc.s.iso3, sc.s.iso3, (root,)),), ()


_THROWERS = ("{Sdem} protesters", "{Sdem} demonstrators", "{Sdem} fans", "hundreds of {Sdem} protesters",
             "{Sdem} rioters", "{Sdem} nationalists")  # fmt: skip
_OBJECTS = ("stones", "rocks", "bottles", "petrol bombs", "Molotov cocktails", "bricks", "eggs",
            "firebombs")  # fmt: skip
_AIMS = ("the {Tdem} embassy", "{Tposs} embassy in {Scap}", "the {Tdem} consulate",
         "{Tdem} police", "{Tdem} border guards", "{Tdem} diplomats' cars")  # fmt: skip


def lm_thrown(sc: Scene) -> Built:
    """ "Serbian protesters hurled stones at the Albanian embassy": violence aimed at Y (a riot,
    14, or unconventional violence, 18, CAMEO 180-183), never no event."""
    who = sc.rng.choice(_THROWERS).format(Sdem=sc.s.demonym)
    tname = sc.name(sc.t, capital=0.0)
    aim = sc.rng.choice(_AIMS).format(Tdem=sc.t.demonym, Tposs=_poss(tname), Scap=sc.s.capital)
    verb = sc.rng.choice(("threw", "hurled", "have thrown", "threw"))
    text = f"{who} {verb} {sc.rng.choice(_OBJECTS)} at {aim}{_time(sc)}."
    return _cap(text), (_ev(sc.s.iso3, sc.t.iso3, ("14", "18")),), ()


_SOLDIERS = ("{Sdem} soldiers", "{Sdem} troops", "{Sdem} militiamen", "{Sdem} forces")
_RAPED = (
    ("{A} raped women in {T}", ASSERTED),
    ("{A} raped {Tdem} women", ASSERTED),
    ("{Tdem} women were raped by {A}", ASSERTED),
    ("{A} raped dozens of {Tdem} villagers", ASSERTED),
    ("{A} raped women in {T}, a UN report said", REPORTED),
    ("{A} raped {Tdem} civilians, witnesses told investigators", REPORTED),
)


def lm_raped(sc: Scene) -> Built:
    """ "Russian soldiers raped Ukrainian women": sexual assault (1821) on Y, whose lemma the
    model misreads ("raped" -> "rap") until a verb row names "rape"."""
    frame, facts = sc.rng.choice(_RAPED)
    armed = sc.rng.choice(_SOLDIERS).format(Sdem=sc.s.demonym)
    text = frame.format(A=armed, T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    if facts == ASSERTED:
        text += _time(sc)
    return _cap(text + "."), (_ev(sc.s.iso3, sc.t.iso3, ("18",), facts),), ()


_CEASE = ("a unilateral cease-fire", "a cease-fire", "a 48-hour cease-fire", "a temporary cease-fire",
          "a Christmas cease-fire", "an immediate cease-fire")  # fmt: skip
_DECLARERS = ("{S}", "{S}", "the {Sdem} army", "the {Sdem} government", "{Slead}")


def lm_cease_fire(sc: Scene) -> Built:
    """ "Colombia declared a unilateral cease-fire with Venezuela": a ceasefire (0871) with Y,
    the hyphenated word read as "ceasefire"; a pair subject declares it both ways."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    what = sc.rng.choice(_CEASE)
    verb = sc.rng.choice(("declared", "announced", "has declared", "proclaimed"))
    both = (_ev(sc.s.iso3, sc.t.iso3, ("08",)), _ev(sc.t.iso3, sc.s.iso3, ("08",)))
    if sc.rng.random() < 0.3:
        return _cap(f"{sname} and {tname} {verb} {what}{_time(sc)}."), both, ()
    who = sc.rng.choice(_DECLARERS).format(S=sname, Sdem=sc.s.demonym, Slead=sc.leader(sc.s))
    text = f"{who} {verb} {what} with {tname}{_time(sc)}."
    return _cap(text), both[:1], both[1:]


_CENSORS = ("{Sdem} authorities", "the {Sdem} government", "the {Sdem} interior ministry",
            "{Sdem} regulators")  # fmt: skip
_CENSORED = (
    ("{C} blocked {Tdem} news websites", ASSERTED),
    ("{C} blocked the websites of {Tdem} broadcasters", ASSERTED),
    ("{C} shut down the {Tdem} broadcaster's website", ASSERTED),
    ("{C} shut down {Tdem} broadcasters", ASSERTED),
    ("{C} closed a {Tdem} newspaper's bureau", ASSERTED),
    ("{C} blocked {Tdem} websites, state media reported", REPORTED),
)


def lm_censorship(sc: Scene) -> Built:
    """ "Russian authorities blocked German news websites": censorship (1721) of the state
    whose media are blocked."""
    frame, facts = sc.rng.choice(_CENSORED)
    censor = sc.rng.choice(_CENSORS).format(Sdem=sc.s.demonym)
    text = frame.format(C=censor, Tdem=sc.t.demonym)
    if facts == ASSERTED:
        text += _time(sc)
    return _cap(text + "."), (_ev(sc.s.iso3, sc.t.iso3, ("17",), facts),), ()


LEXMINE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lm_tear_gas": lm_tear_gas,
    "lm_emergency_rule": lm_emergency_rule,
    "lm_thrown": lm_thrown,
    "lm_raped": lm_raped,
    "lm_cease_fire": lm_cease_fire,
    "lm_censorship": lm_censorship,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lexmine (a3dabef) the same 24 scored (right, false assertions): lm_tear_gas
# 0/13 (a shooting 193 for "fired tear gas", nothing for "used" / "dispersed with", and a riot
# 145 by the police against their own state for "riot police"); lm_emergency_rule 11/0 (no
# event for "imposed / proclaimed / introduced / extended a state of emergency", "lifted /
# ended martial law"); lm_thrown 0/0 (no event for "threw / hurled stones at"); lm_raped 0/0
# ("raped" read as "rap"); lm_cease_fire 6/0 (no event for the split "cease - fire" after
# "declared / announced", nor for "proclaimed a ceasefire"); lm_censorship 0/8 (no event, or
# "blocked" read as an obstruction 144 asserted). After: 24/0 each. Left out, a class of its own: "proclaimed /
# declared a state of siege in Warsaw" may lose its doer, "a state" read as the government
# (the doer's own, then dropped as a self-pair).
FLOORS = {name: (24, 0) for name in LEXMINE_CONSTRUCTIONS}
