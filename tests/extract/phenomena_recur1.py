"""Error kinds that came back in blind set after blind set (issue 9 round 18, recur1; table in
bench/gold/reviews/recurring.md), written with words, orders and speakers the earlier suite
modules do not use for them, crossed with the suite's states:

- ``rec1_voiced_victims`` (G, role nouns as parties, fresh3-fresh11): "S gendarmes assaulted
  several shepherds, a spokeswoman for T's embassy said": the unnamed victims are the people
  of the state whose voice reports the act; the act is S -> T, not S -> S (the domestic
  convention's own-state target);
- ``rec1_its_passive`` (AP, agentless passive, fresh5-fresh11, with A's "its"): "T's labour
  ministry said 40 of its seasonal workers had been deported by S": T's own people, S the
  doer;
- ``rec1_earlier_seizure`` (X, a target named only in the sentence before, fresh3-fresh11):
  "S frontier guards impounded three T cattle lorries. T denounced the move": the reaction is
  aimed at the doer of the act the sentence before did to T;
- ``rec1_own_envoy_story`` (X + G): "S expelled T's military attache. T withdrew its envoy / put
  its army on alert": T -> S, not T -> T's own government;
- ``rec1_agentless_story`` (AP + X): "S complained to T about the treatment of its herdsmen.
  Eleven S herdsmen had been detained near the frontier": T -> S 17;
- ``rec1_other_side_word`` (X + A): "S released 30 T traders. T's president thanked his
  counterpart": T -> S.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_context16 import REPORTED
from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

# (verb phrase in the past, CAMEO root)
_FORCE = (
    ("assaulted", "18"), ("tortured", "18"), ("abducted", "18"), ("beat", "18"),
    ("detained", "17"), ("jailed", "17"), ("imprisoned", "17"), ("deported", "17"),
    ("shot", "19"), ("opened fire on", "19"),
)  # fmt: skip
_FORCES = (
    "{Sdem} gendarmes", "{Sdem} frontier guards", "{Sdem} riot police", "troops from {S}",
    "{Sposs} border police", "{Sdem} militia fighters",
)  # fmt: skip
_VICTIMS = (
    "several shepherds", "a group of farmhands", "dozens of seasonal labourers",
    "four cattle herdsmen", "eleven fruit pickers", "two lorry drivers", "a dozen miners",
)  # fmt: skip
_WHERE = ("", " near the frontier", " at a checkpoint", " last month", " in a border village")
_VOICES = (
    "{Tposs} consulate in {Scap}", "a spokeswoman for {Tposs} embassy",
    "{Tposs} deputy foreign minister", "the {Tdem} labour ministry", "{Tposs} envoy to {S}",
    "{Tposs} interior ministry",
)  # fmt: skip


def _names(sc: Scene) -> dict[str, str]:
    s, t = sc.s, sc.t
    return {
        "S": s.name, "Sposs": _poss(s.name), "Sdem": s.demonym, "Scap": s.capital,
        "Tposs": _poss(t.name), "Tdem": t.demonym,
    }  # fmt: skip


def rec1_voiced_victims(sc: Scene) -> Built:
    """ "Togolese gendarmes assaulted several shepherds, a spokeswoman for Ghana's embassy
    said": TGO -> GHA 18, reported (the people whose state speaks for them)."""
    rng = sc.rng
    names = _names(sc)
    verb, root = rng.choice(_FORCE)
    doer = rng.choice(_FORCES).format(**names)
    victims, where = rng.choice(_VICTIMS), rng.choice(_WHERE)
    voice = rng.choice(_VOICES).format(**names)
    order = rng.randrange(3)
    if order == 0:
        said = rng.choice(("said", "told reporters", "said on Tuesday"))
        text = f"{_cap(doer)} had {verb} {victims}{where}, {voice} {said}."
    elif order == 1:
        text = f"{_cap(voice)} said{_time(sc)} that {doer} had {verb} {victims}{where}."
    else:
        text = f"{_cap(doer)} {verb} {victims}{where}, according to {voice}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), REPORTED),), ()


_OWN_PEOPLE = ("nationals", "citizens", "seafarers", "students", "seasonal workers")
_DONE_TO = (
    ("deported by {S}", "17"), ("deported from {S}", "17"), ("jailed by {Sdem} courts", "17"),
    ("detained by {Sdem} police", "17"), ("expelled by {S}", "17"),
)  # fmt: skip
_MINISTRIES = ("{Tposs} foreign office", "{Tposs} labour ministry", "The {Tdem} government")


def rec1_its_passive(sc: Scene) -> Built:
    """ "Ghana's labour ministry said 40 of its seasonal workers had been deported by Togo":
    TGO -> GHA 17, reported ("its" is the speaker's state, the by/from phrase the doer)."""
    rng = sc.rng
    names = _names(sc)
    done, root = rng.choice(_DONE_TO)
    who = rng.choice(_MINISTRIES).format(**names)
    count = rng.choice(("40 of", "dozens of", "several of", "more than 200 of"))
    people = rng.choice(_OWN_PEOPLE)
    when = _time(sc)
    that = " that" if when else ""  # ("said on Monday 40 of ...": a date the parser runs on)
    text = f"{who} said{when}{that} {count} its {people} had been {done.format(**names)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), REPORTED),), ()


_SEIZED = ("impounded", "seized", "confiscated")
_THINGS = ("three {Tdem} cattle lorries", "two {Tdem} dhows", "a {Tdem} grain barge",
           "four {Tdem} fishing boats")  # fmt: skip
_SEIZERS = ("{Sdem} frontier guards", "{Sdem} customs officers", "The {Sdem} coast guard")
_REACTIONS = (
    ("denounced the move", "11"), ("condemned the seizure", "11"),
    ("demanded their return", "10"), ("called the seizure unlawful", "11"),
    ("lodged a complaint", "11"),
)  # fmt: skip


def rec1_earlier_seizure(sc: Scene) -> Built:
    """ "Togolese frontier guards impounded three Ghanaian cattle lorries. Accra denounced the
    move": TGO -> GHA 17, then GHA -> TGO (the reaction's target is the sentence before's
    doer)."""
    rng = sc.rng
    names = _names(sc)
    seizer = rng.choice(_SEIZERS).format(**names)
    thing = rng.choice(_THINGS).format(**names)
    reaction, root = rng.choice(_REACTIONS)
    reactor = rng.choice((sc.t.name, sc.t.capital, f"{_poss(sc.t.name)} government"))
    text = f"{_cap(seizer)} {rng.choice(_SEIZED)} {thing}{_time(sc)}. {_cap(reactor)} {reaction}."
    expected = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({root}), ASSERTED),
    )
    return text, expected, ()


_FIRST_ACTS = (
    ("{Sdem} police arrested 20 {Tdem} students", "17"),
    ("{S} banned imports of {Tdem} poultry", "16"),
    ("{S} expelled {Tposs} military attache", "16"),
)  # fmt: skip
_OWN_MOVED = (
    ("recalled its ambassador for consultations", "16"), ("withdrew its envoy", "16"),
    ("withdrew its ambassador", "16"), ("put its army on alert", "15"),
    ("placed its border units on high alert", "15"),
)  # fmt: skip


def rec1_own_envoy_story(sc: Scene) -> Built:
    """ "Zambia expelled Malawi's military attache. Lilongwe withdrew its envoy": the envoy or
    the army is Malawi's own, moved; the act is aimed at Zambia (MWI -> ZMB), not at itself."""
    rng = sc.rng
    names = _names(sc)
    first, r1 = rng.choice(_FIRST_ACTS)
    moved, r2 = rng.choice(_OWN_MOVED)
    reactor = rng.choice((sc.t.name, sc.t.capital, f"the {sc.t.demonym} government"))
    text = f"{_cap(first.format(**names))}{_time(sc)}. {_cap(reactor)} {moved}."
    expected = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({r1}), ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({r2}), ASSERTED),
    )
    return text, expected, ()


_COMPLAINTS = (
    "complained to {T} about the treatment of its {people}",
    "accused {T} of harassing its {people}", "lodged a protest with {T}",
)  # fmt: skip
_HELD = (
    ("Forty {Sdem} seasonal workers were deported", "seasonal workers"),
    ("Two {Sdem} trawlers were seized off the coast", "fishermen"),
    ("Eleven {Sdem} herdsmen had been detained near the frontier", "herdsmen"),
    ("A {Sdem} lorry driver was arrested at the crossing", "drivers"),
)  # fmt: skip


def rec1_agentless_story(sc: Scene) -> Built:
    """ "Nepal complained to India about the treatment of its workers. Forty Nepali seasonal
    workers were deported on Friday": NPL -> IND 11, then IND -> NPL 17 (the agentless passive's
    doer is the story's other state)."""
    rng = sc.rng
    held, people = rng.choice(_HELD)
    complaint = rng.choice(_COMPLAINTS).format(T=sc.name(sc.t, capital=0.2), people=people)
    text = (
        f"{_cap(sc.name(sc.s, capital=0.2))} {complaint}{_time(sc)}. "
        f"{held.format(Sdem=sc.s.demonym)}{rng.choice((' on Friday', ' last week', ''))}."
    )
    expected = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({"17"}), ASSERTED),
    )
    return text, expected, ()


# (first act of S on T's people, its root, what T's leader then does to "his counterpart")
_STORIES = (
    ("{S} released 30 {Tdem} traders", "08",
     (("thanked {pron} counterpart", "05"), ("phoned {pron} counterpart to thank him", "04"),
      ("commended {pron} counterpart", "05"))),
    ("{Sdem} police detained 30 {Tdem} traders", "17",
     (("protested to {pron} counterpart", "11"), ("phoned {pron} counterpart", "04"),
      ("complained to {pron} counterpart", "11"))),
)  # fmt: skip
_LEADERS = (("president", "his"), ("prime minister", "her"), ("foreign minister", "his"))


def rec1_other_side_word(sc: Scene) -> Built:
    """ "Angola released 30 Namibian traders. Namibia's president thanked his counterpart":
    the counterpart is the story's other state (NAM -> AGO), though no table places him."""
    rng = sc.rng
    names = _names(sc)
    first, r1, replies = rng.choice(_STORIES)
    reply, r2 = rng.choice(replies)
    office, pron = rng.choice(_LEADERS)
    text = (
        f"{_cap(first.format(**names))}{_time(sc)}. {_poss(sc.t.name)} {office} "
        f"{reply.format(pron=pron)}."
    )
    expected = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({r1}), ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({r2}), ASSERTED),
    )
    return text, expected, ()


RECUR1_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "rec1_voiced_victims": rec1_voiced_victims,
    "rec1_its_passive": rec1_its_passive,
    "rec1_earlier_seizure": rec1_earlier_seizure,
    "rec1_own_envoy_story": rec1_own_envoy_story,
    "rec1_agentless_story": rec1_agentless_story,
    "rec1_other_side_word": rec1_other_side_word,
}
FLOORS = {name: (23, 0) for name in RECUR1_CONSTRUCTIONS}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before recur1 (3beb928) the same 24 scored (right, false assertions): rec1_voiced_victims
# 0/0 (S -> S, the domestic convention, or S -> no target); rec1_its_passive 0/0 (S -> S, or
# "deported from T" read as an unnamed doer acting on T); rec1_earlier_seizure 24/0 (kept: the
# reaction to a definite act noun already finds the sentence before's doer); rec1_own_envoy_story
# 3/7 (T -> T asserted: "its envoy" read as T's government, the target; or no target);
# rec1_agentless_story 0/24 (24 false: --- -> S asserted: the passive's doer left unnamed);
# rec1_other_side_word 7/0 (T -> no target: "his counterpart" placed nowhere).
