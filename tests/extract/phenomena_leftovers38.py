"""Round 27's leftovers (issue 9, leftovers38): acts that came out between a state and itself,
as suite constructions crossed with the suite's states named by name, capital or demonym:

- ``lo38_speaker_its``: "Russia said Poland would expel its diplomats", "China claimed Japan was
  preparing to detain its citizens": the clause's own subject cannot expel or detain its own
  people, so "its" is the framing speaker's: Poland -> Russia (not asserted), never Poland ->
  Poland (``placing.framing_state``);
- ``lo38_told_deploy``: "Turkey's minister told parliament the army would deploy troops to
  Syria": the unplaced "the army" of the speaker's reported clause is the speaker's state's,
  never the destination's own (Turkey -> Syria, not asserted);
- ``lo38_release_their``: "Ghana arrested Togolese traders, and Togo's envoy demanded their
  release": the demand is aimed at the holder named in the sentence's own first clause, Togo ->
  Ghana, never Togo -> Togo (``context_referents._holders_here``).

Scores on main (050d35f) before the fix, ``bench/phenomena.py --n 24000`` seed 0:
lo38_speaker_its 2/24, lo38_told_deploy 0/24, lo38_release_their 2/24 with 17 false assertions
(T -> T), lo38_protest_answer 22/24 with 1 false, lo38_lexicon 9/24 with 11 false (wrong codes
asserted), lo38_judged_threat 10/24, lo38_ordered_leave 11/23 with 12 false (a demand, 100).

- ``lo38_protest_answer``: "Kenya detained Ugandan citizens(,) and Uganda's high commission
  protested", "Buenos Aires detained two Italian sailors and Italy's ambassador protested": the
  parser read the second clause as the first verb's clause or adverbial clause (with its
  people as that clause's subject); ``_object_subjects`` now mends those shapes after verbs of
  acts on people: X -> Y the act, and the protest Y's, never a home protest.
- ``lo38_lexicon``: "X blocked an attempt (a bid, an effort) by Y to V" is a rejection (120),
  no obstruction (144); "X closed its ports to Y-ian ships" restricts movement (191, as
  closing a border or airspace), no old 160 row; "X sent ships (vessels) into Y's waters" is a
  show of force (150, the GUIDE's entering another's waters), never aid (070).
- ``lo38_judged_threat``: "X threatened to cut gas supplies to Y. X's threat is not idle (the
  threat is real), Y's president said": the second sentence judges the threat told before and
  makes no new one (``_judged_threats``).
- ``lo38_ordered_leave``: "X summoned the Y-ian ambassador and ordered him to leave", "X
  accused five Y-ian traders of smuggling. X ordered them to leave": an expulsion order (174,
  or 16x for envoys) at the ordered party's state, no demand (100).
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

# ("warned that Y was preparing to ..." is also read as the warner's threat, asserted, on main
# as here: a forecast read as a threat, left over; so no "warned" here.)
_SAID = ("said", "claimed", "said that", "alleged that", "told reporters",
         "said on Monday that")  # fmt: skip
# ("warned that Y was about to expel ..." is also a threat by the warner, asserted, on main as
# here: a forecast read as a threat, left over.)
_WOULD = ("would", "was preparing to", "planned to", "would soon")
# (act with "its", CAMEO roots of the act or of a threat of it)
_ITS_ACTS = (("expel its diplomats", ("13", "16", "17", "12")),
             ("expel its envoys", ("13", "16", "17", "12")),
             ("expel its ambassador", ("13", "16", "17", "12")),
             ("detain its citizens", ("13", "17")), ("arrest its nationals", ("13", "17")),
             ("deport its citizens", ("13", "17")))  # fmt: skip
# ("would detain its fishermen": the fishermen are read as no party at all, so there is no
# event of a state on itself to mend; the missing target is left over.)


def lo38_speaker_its(sc: Scene) -> Built:
    """ "Russia said Poland would expel its diplomats": Poland -> Russia (not asserted)."""
    speaker = sc.rng.choice((sc.name(sc.s, capital=0.3), _poss(sc.s.name) + " foreign ministry"))
    act, roots = sc.rng.choice(_ITS_ACTS)
    text = (f"{_cap(speaker)} {sc.rng.choice(_SAID)} {sc.name(sc.t, capital=0.3)} "
            f"{sc.rng.choice(_WOULD)} {act}.")  # fmt: skip
    want = (_e(sc.t, sc.s, _r(*roots), NOT_ASSERTED),)
    # ("alleged that ..." is also the speaker's accusation of the other, asserted.)
    allowed = (
        _e(sc.s, sc.t, _r("11"), ANY),
        _e(sc.s, sc.t, frozenset(), NOT_ASSERTED),
        _e(sc.t, sc.s, frozenset(), NOT_ASSERTED),
    )  # fmt: skip  ("planned to": an intent)
    return text, want, allowed


_TELLERS = ("{Sposs} minister", "{Sposs} defence minister", "{Sposs} president",
            "the {Sdem} prime minister", "the {Sdem} defence minister")  # fmt: skip
_TOLD = ("told parliament", "told lawmakers", "told reporters", "said", "told the senate")
_ARMY = ("the army", "the military", "the armed forces")
_DEPLOY = ("deploy troops to {T}", "deploy soldiers to {T}", "send troops to {T}",
           "deploy more troops to {T}")  # fmt: skip


def lo38_told_deploy(sc: Scene) -> Built:
    """ "Turkey's minister told parliament the army would deploy troops to Syria": Turkey ->
    Syria (not asserted), never Syria -> Syria."""
    teller = sc.rng.choice(_TELLERS).format(Sposs=_poss(sc.s.name), Sdem=sc.s.demonym)
    act = sc.rng.choice(_DEPLOY).format(T=sc.name(sc.t, capital=0.0))
    would = sc.rng.choice(("would", "will", "would soon", "planned to"))
    text = f"{_cap(teller)} {sc.rng.choice(_TOLD)} {sc.rng.choice(_ARMY)} {would} {act}."
    want = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, want, ()


_HELD = (("arrested {n} {Tdem} traders", "17"), ("detained {n} {Tdem} fishermen", "17"),
         ("arrested {n} {Tdem} nationals", "17"), ("detained {n} {Tdem} sailors", "17"),
         ("arrested {n} {Tdem} students", "17"))  # fmt: skip
_COUNTS = ("two", "three", "five", "12", "several")
# (A bare name or capital as the asker after "and" with no comma is conjoined to the held
# people by the parser, on main as here, and the demand becomes the holder's: left over.)
_ASKERS = ("{Tposs} envoy", "{Tposs} embassy", "{Tposs} foreign ministry",
           "{Tposs} ambassador")  # fmt: skip
_ASKED = ("demanded their release", "demanded their immediate release",
          "demanded their release on Tuesday", "called for their release")  # fmt: skip
_JOIN = (", and", " and", ", and on Monday")


def lo38_release_their(sc: Scene) -> Built:
    """ "Ghana arrested Togolese traders, and Togo's envoy demanded their release": Ghana ->
    Togo 17 and Togo -> Ghana (10), never Togo -> Togo."""
    held, root = sc.rng.choice(_HELD)
    held = held.format(n=sc.rng.choice(_COUNTS), Tdem=sc.t.demonym)
    tname = sc.name(sc.t, capital=0.3)
    asker = sc.rng.choice(_ASKERS).format(Tposs=_poss(sc.t.name), T=tname)
    text = (f"{_cap(sc.name(sc.s, capital=0.3))} {held}{sc.rng.choice(_JOIN)} {asker} "
            f"{sc.rng.choice(_ASKED)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.t, sc.s, _r("10", "02"), ASSERTED))
    return text, want, (_e(sc.t, sc.s, frozenset(), ANY),)


# (act on the other side's people, root)
_ON_PEOPLE = (("detained {n} {Tdem} citizens", "17"), ("detained {n} {Tdem} sailors", "17"),
              ("arrested {n} {Tdem} nationals", "17"), ("expelled {n} {Tdem} journalists", "17"),
              ("deported {n} {Tdem} migrants", "17"), ("arrested {n} {Tdem} traders", "17"),
              ("detained {Tdem} citizens", "17"),
              ("seized {n} {Tdem} fishermen", "17"))  # fmt: skip
_ANSWERING = ("embassy", "high commission", "ambassador", "envoy", "foreign ministry")
_ANSWERS = ("protested", "complained", "protested on Tuesday")


def lo38_protest_answer(sc: Scene) -> Built:
    """ "Kenya detained Ugandan citizens(,) and Uganda's high commission protested", "Buenos
    Aires detained two Italian sailors and Italy's ambassador protested": the act is X -> Y and
    the protest Y's (11, at X or with no target), never a protest by X's own state."""
    act, root = sc.rng.choice(_ON_PEOPLE)
    act = act.format(n=sc.rng.choice(_COUNTS), Tdem=sc.t.demonym)
    join = sc.rng.choice((" and", ", and"))
    text = (f"{_cap(sc.name(sc.s, capital=0.5))} {act}{join} {_poss(sc.t.name)} "
            f"{sc.rng.choice(_ANSWERING)} {sc.rng.choice(_ANSWERS)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r(root), ASSERTED),)
    allowed = (Expect(sc.t.iso3, sc.s.iso3, _r("11"), ASSERTED),
               Expect(sc.t.iso3, "", _r("11"), ASSERTED))  # fmt: skip
    return text, want, allowed


# (phrase with {T} the other state's name, {Tdem} its demonym; CAMEO roots)
_LEX = (("blocked an attempt by {T} to join the body", ("12",)),
        ("blocked a bid by {T} to join the bloc", ("12",)),
        ("blocked an effort by {T} to extend its waters", ("12",)),
        ("closed its ports to {Tdem} ships", ("19",)),
        ("closed its ports to {Tdem} vessels", ("19",)),
        ("closed its ports to ships from {T}", ("19",)),
        ("sent ships into {Tdem} waters", ("15",)),
        ("sent vessels into {Tposs} waters", ("15",)),
        ("was sending warships into {Tdem} waters", ("15",)),
        ("dispatched vessels into {Tdem} waters", ("15",)))  # fmt: skip


def lo38_lexicon(sc: Scene) -> Built:
    """ "X blocked an attempt by Y to join the body" (120), "X closed its ports to Y-ian ships"
    (191), "X sent ships into Y's waters" (150, never aid): X -> Y, asserted."""
    phrase, roots = sc.rng.choice(_LEX)
    tname = sc.name(sc.t, capital=0.0)
    act = phrase.format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{_cap(sc.name(sc.s, capital=0.3))} {act}{sc.rng.choice(('', ' on Monday'))}."
    return text, (_e(sc.s, sc.t, _r(*roots), ASSERTED),), ()


_THREATS = ("threatened to cut gas supplies to {T}", "threatened to impose sanctions on {T}",
            "threatened to expel {Tposs} diplomats", "threatened {T} with retaliation",
            "threatened to close its border with {T}")  # fmt: skip
_JUDGED = ("{Sposs} threat is not idle", "the threat is real", "{Sposs} threats are not empty",
           "{Sposs} threat was serious", "the threat remains real", "{Sposs} threat is credible",
           "the threat was not idle")  # fmt: skip
_JUDGES = ("{Tposs} foreign minister said", "{Tposs} president said", "analysts said",
           "{Tposs} defence minister warned", "a {Tdem} official said")  # fmt: skip


def lo38_judged_threat(sc: Scene) -> Built:
    """ "Russia threatened to cut gas supplies to Moldova. Russia's threat is not idle,
    Moldova's president said": the first threat only; the judged one is no new threat."""
    tname, sname = sc.name(sc.t, capital=0.0), sc.name(sc.s, capital=0.0)
    threat = sc.rng.choice(_THREATS).format(T=tname, Tposs=_poss(tname))
    judged = sc.rng.choice(_JUDGED).format(Sposs=_poss(sname))
    judge = sc.rng.choice(_JUDGES).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {threat}. {_cap(judged)}, {judge}."
    return text, (_e(sc.s, sc.t, _r("13"), ASSERTED),), ()


# (first acts of another root than the order's, so that the order's own code is what is read)
_BEFORE = ("accused {n} {Tdem} traders of smuggling", "accused {n} {Tdem} journalists of spying",
           "summoned {n} {Tdem} diplomats", "accused a {Tdem} journalist of spying",
           "summoned the {Tdem} ambassador", "summoned a {Tdem} diplomat")  # fmt: skip
_LEAVE = ("to leave", "to leave within 48 hours", "to leave within a week", "to depart")


def lo38_ordered_leave(sc: Scene) -> Built:
    """ "Mali summoned the French ambassador and ordered him to leave", "Ghana accused five
    Togolese traders of smuggling. Accra ordered them to leave": an expulsion order at the
    ordered party's state (17x or 16x), never a demand (100)."""
    before = sc.rng.choice(_BEFORE).format(n=sc.rng.choice(_COUNTS[:-1]), Tdem=sc.t.demonym)
    single = " a " in f" {before} " or "ambassador" in before
    them = "him" if single else "them"
    leave = sc.rng.choice(_LEAVE)
    sname = sc.name(sc.s, capital=0.3)
    if sc.rng.random() < 0.5:
        text = f"{_cap(sname)} {before} and ordered {them} {leave}."
    else:
        again = sc.name(sc.s, capital=0.6)
        text = f"{_cap(sname)} {before}. {_cap(again)} ordered {them} {leave}."
    want = (_e(sc.s, sc.t, _r("17", "16"), ASSERTED),)
    return text, want, (_e(sc.s, sc.t, _r("11"), ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo38_ordered_leave": lo38_ordered_leave,
    "lo38_judged_threat": lo38_judged_threat,
    "lo38_lexicon": lo38_lexicon,
    "lo38_protest_answer": lo38_protest_answer,
    "lo38_speaker_its": lo38_speaker_its,
    "lo38_told_deploy": lo38_told_deploy,
    "lo38_release_their": lo38_release_their,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
