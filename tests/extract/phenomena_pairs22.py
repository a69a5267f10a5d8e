"""Plural role nouns and pairs (issue 9, pairs22: fresh11's classes J, CJ, NE, RP, RL and AP),
crossed with states, namings and phrasings.

pr22a: "S accused T of ... The foreign ministers / leaders / envoys of the two countries / both
nations spoke by telephone / met in Z's capital / agreed to meet in Z's capital": each of the
pair, both ways (``_pair_roles.pair_of_phrase``); the third state's capital where they meet is
never a party.
pr22b: "S and T are at odds over ... Their foreign ministers / leaders ...": the same, owned by
a "their" that opens its sentence after a coordinated subject (``_pair_roles.their_pair``).
pr22c: "S shelled T ... M and N urged both governments / the two sides to ...": each appellant
-> each of the pair, never each other (``_referring._straddles``).
pr22d: "S and T clashed ... Neither president / government / side has offered to talk": the
pair both ways, negated (``_referring.counted_reference``, ``_neither``); nothing asserted.
pr22e: "S's leader said ... from T's leader, whom he accused of lying": S -> T 11
(``_relative_objects``), not S -> S.
pr22f: "S cut the aid it gives T", "S raised the duty it levies on T's goods": S -> T
(``parties.relative_recipient``).
pr22g: "T's ambassador was summoned to the ministry in S's capital and handed / given a protest
note": S -> T 11, not T -> T (``parties.summoned_and_handed``).
pr22h: "S summoned T's ambassador. The ambassador / the envoy rejected the protest": T -> S, the
envoy the story named (``_pair_roles.same_envoy``; fresh11's G).
pr22i: "S deported 40 T-ian traders. Officers had beaten several of the deportees, T's consul
said": the deportees are T's, the officers S's (``_pair_roles.story_group``; fresh11's G).
pr22j: "S accused T of ... The foreign ministers spoke by telephone and agreed to meet in Z's
capital": S <-> T as "the ministers" (``_pair_roles.office_plural``), Z's capital a venue
(``_meeting_places``).
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)


def _e(a: State, b: State, roots: set[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b.iso3, frozenset(roots), facts)


def _hedged(a: str = "*") -> Expect:
    return Expect(a, "*", frozenset(), NOT_ASSERTED)


_CHARGES = ("violating the border treaty", "meddling in its elections", "breaking the trade accord",
            "spying on its officials", "stirring up unrest on the border")  # fmt: skip


def _dispute(sc: Scene) -> tuple[str, tuple[Expect, ...]]:
    """ "S accused T of ...", "S recalled its ambassador from T": S -> T, the story's pair."""
    s, t, rng = sc.s, sc.t, sc.rng
    if rng.random() < 0.5:
        text = (
            f"{sc.name(s, capital=0.0)} accused {sc.name(t, capital=0.0)} of {rng.choice(_CHARGES)}"
        )
        return text, (_e(s, t, {"11"}),)
    text = f"{sc.name(s, capital=0.0)} recalled its ambassador from {sc.name(t, capital=0.0)}"
    return text, (_e(s, t, {"16"}),)


_ROLES = ("foreign ministers", "leaders", "presidents", "envoys", "foreign ministers",
          "defence ministers", "prime ministers")  # fmt: skip
_PAIRS = ("the two countries", "both countries", "the two nations", "both nations",
          "the two neighbours", "the two states")  # fmt: skip
_JOINT = (
    ("spoke by telephone{time}", {"04"}),
    ("spoke by phone{time}", {"04"}),
    ("met in {Z}{time}", {"04"}),
    ("held talks in {Z}{time}", {"04"}),
    ("spoke by telephone{time} and agreed to meet in {Z} next month", {"04", "03"}),
)


def _joint(sc: Scene, subject: str) -> Built:
    first, fight = _dispute(sc)
    act, roots = sc.rng.choice(_JOINT)
    act = act.format(time=_time(sc), Z=sc.z.capital)
    text = f"{_cap(first)}{_time(sc)}. {subject} {act}."
    s, t = sc.s, sc.t
    want = (*fight, *(_e(x, y, {r}) for r in roots for x, y in ((s, t), (t, s))))
    return text, want, (_hedged(),)


def pr22a_roles_of_the_pair(sc: Scene) -> Built:
    """ "The foreign ministers of the two countries spoke by telephone": S <-> T."""
    return _joint(sc, f"The {sc.rng.choice(_ROLES)} of {sc.rng.choice(_PAIRS)}")


_OFFICES = ("The foreign ministers", "The defence ministers", "The prime ministers",
            "The foreign ministers", "The two foreign ministers")  # fmt: skip


def pr22j_office_plural(sc: Scene) -> Built:
    """ "S accused T of ... The foreign ministers spoke by telephone and agreed to meet in Z's
    capital": S <-> T, never Z (``_pair_roles.office_plural``, ``_meeting_places``)."""
    return _joint(sc, sc.rng.choice(_OFFICES))


_QUARRELS = ("have quarrelled over the border for months", "are locked in a dispute over the dam",
             "have been at odds over fishing rights", "fell out over the pipeline last year")  # fmt: skip


def pr22b_their_roles(sc: Scene) -> Built:
    """ "S and T are at odds ... Their foreign ministers met in Z's capital": S <-> T, never Z."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, roots = rng.choice(_JOINT)
    act = act.format(time=_time(sc), Z=sc.z.capital)
    pair = f"{sc.name(s, capital=0.0)} and {sc.name(t, capital=0.0)}"
    text = f"{_cap(pair)} {rng.choice(_QUARRELS)}. Their {rng.choice(_ROLES)} {act}."
    want = tuple(_e(x, y, {r}) for r in roots for x, y in ((s, t), (t, s)))
    return text, want, (_hedged(),)


_FIGHTS = ("{S} accused {T} of shelling its border villages", "{S} and {T} exchanged fire across the border",
           "{Sdem} troops shelled {Tdem} positions", "{S} imposed sanctions on {T}")  # fmt: skip
_JOINED = ("have urged", "urged", "called on", "asked", "on Tuesday urged")
_PAIR_OBJECTS = ("both governments", "the two governments", "both sides", "the two sides",
                 "both countries", "the two capitals")  # fmt: skip
_ASKED = ("to settle the dispute through talks", "to return to talks", "to show restraint",
          "to resolve their differences peacefully")  # fmt: skip


def pr22c_joint_appellants(sc: Scene, others: list[State]) -> Built:
    """ "M and N urged both governments to talk": M -> S, M -> T, N -> S, N -> T (02)."""
    rng, s, t = sc.rng, sc.s, sc.t
    m, n = others[0], others[1]
    first = sc.fill(rng.choice(_FIGHTS), source=sc.name(s, capital=0.0))
    callers = f"{sc.name(m, capital=0.0)} and {sc.name(n, capital=0.0)}"
    text = (
        f"{_cap(first)}{_time(sc)}. {callers} {rng.choice(_JOINED)} "
        f"{rng.choice(_PAIR_OBJECTS)} {rng.choice(_ASKED)}."
    )
    want = tuple(_e(x, y, {"02"}) for x in (m, n) for y in (s, t))
    fight = tuple(_e(x, y, {"11", "16", "17", "19"}) for x, y in ((s, t), (t, s)))
    return text, want, (*fight, _hedged())


_CLASHES = ("{S} and {T} clashed on the border", "{S} accused {T} of shelling its border villages",
            "{Sdem} and {Tdem} troops exchanged fire on the border")  # fmt: skip
_NEITHER = ("Neither president", "Neither government", "Neither side", "Neither leader", "Neither")
_UNDONE = ("has offered to talk directly", "has offered talks", "has proposed talks",
           "has agreed to meet")  # fmt: skip


def pr22d_neither(sc: Scene) -> Built:
    """ "Neither president has offered to talk": S -> T and T -> S, negated (03 / 04)."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = sc.fill(rng.choice(_CLASHES), source=sc.name(s, capital=0.0))
    text = f"{_cap(first)}{_time(sc)}. {rng.choice(_NEITHER)} {rng.choice(_UNDONE)}."
    want = tuple(_e(x, y, {"03", "04"}, NEGATED) for x, y in ((s, t), (t, s)))
    fight = tuple(_e(x, y, {"11", "19"}) for x, y in ((s, t), (t, s)))
    return text, want, (*fight, _hedged())


_LECTURES = ("said {S} would not take lectures from {T}", "said {S} had nothing to learn from {T}",
             "said {S} would not be bullied by {T}", "told reporters {S} would not take orders from {T}")  # fmt: skip
_ACCUSED = ("whom he accused of lying", "whom he accused of meddling in its affairs",
            "whom he accused of hiding his own failures", "whom he accused of spreading lies")  # fmt: skip


def _person(sc: Scene, st: State) -> str:
    name = st.leader(sc.date)
    return name if name else f"{_poss(st.name)} president"


def pr22e_whom_accused(sc: Scene) -> Built:
    """ "S's leader said ... T's leader, whom he accused of lying": S -> T (11)."""
    rng, s, t = sc.rng, sc.s, sc.t
    head = rng.choice(_LECTURES).format(S=s.name, T=_person(sc, t))
    text = f"{_cap(_person(sc, s))} {head}, {rng.choice(_ACCUSED)}."
    return text, (_e(s, t, {"11"}),), (_hedged(),)


_RELATIVE = (
    ("cut the aid it gives {T}", {"16"}),
    ("suspended the aid it sends to {T}", {"16"}),
    ("halted the aid it gives {T}", {"16"}),
    ("raised the duty it levies on {Tdem} goods", {"16"}),
    ("cut the military aid it provides to {T}", {"16"}),
    ("raised the fee it charges {T} to move gas through its pipeline", {"16"}),
    ("raised the transit fee it charges {T}", {"16"}),
)


def pr22f_relative_recipient(sc: Scene) -> Built:
    """ "S cut the aid it gives T": S -> T, the state the object's clause names."""
    rng, s = sc.rng, sc.s
    act, roots = rng.choice(_RELATIVE)
    who = rng.choice((sc.name(s, capital=0.0), sc.name(s, capital=0.0), s.capital))
    text = f"{_cap(who)} {sc.fill(act)}{_time(sc)}."
    return text, (_e(s, sc.t, roots),), (_hedged(),)


_SUMMONED = ("was summoned to the foreign ministry in {Scap}", "was called in to the ministry in {Scap}",
             "was summoned in {Scap}", "was called in by {Sposs} foreign ministry",
             "was summoned by {Sposs} foreign ministry")  # fmt: skip
# (not "given a protest note": the parser often reads the note as a "pobj" of "given", and the
# bare "give" row then codes aid; the unit tests keep the parses it reads right)
_HANDED = ("handed a formal protest", "handed a protest note", "handed a formal note of protest",
           "handed a note of protest", "handed a strongly worded protest note")  # fmt: skip


def pr22g_summoned_and_handed(sc: Scene) -> Built:
    """ "T's ambassador was summoned in S's capital and handed a protest": S -> T (11)."""
    rng, s, t = sc.rng, sc.s, sc.t
    envoy = rng.choice(("ambassador", "envoy", "ambassador", "charge d'affaires"))
    place = rng.choice(_SUMMONED).format(Scap=s.capital, Sposs=_poss(s.name))
    text = f"{_cap(_poss(sc.name(t, capital=0.0)))} {envoy} {place}{_time(sc)} and {rng.choice(_HANDED)}."
    return text, (_e(s, t, {"11"}),), (_hedged(),)


_CALLED = ("summoned {Tposs} {env}", "called in {Tposs} {env}", "met {Tposs} {env}")
_ANSWER = (
    ("rejected {Sposs} protest", {"12"}),
    ("apologised to {S} for the incident", {"05"}),
    ("accused {S} of spreading lies", {"11"}),
    ("criticised {S} sharply", {"11"}),
)


def pr22h_the_envoy(sc: Scene) -> Built:
    """ "S summoned T's ambassador. The ambassador rejected the protest": T -> S, not unplaced
    (``_pair_roles.same_envoy``)."""
    rng, s, t = sc.rng, sc.s, sc.t
    env = rng.choice(("ambassador", "envoy", "ambassador", "special envoy"))
    later = env if rng.random() < 0.7 else "envoy"
    who = rng.choice((sc.name(s, capital=0.0), f"{_poss(s.name)} foreign minister"))
    first = rng.choice(_CALLED).format(Tposs=_poss(sc.name(t, capital=0.0)), env=env)
    answer, roots = rng.choice(_ANSWER)
    answer = answer.format(S=s.name, Sposs=_poss(s.name))
    text = f"{_cap(who)} {first}{_time(sc)}. The {later} {answer}."
    return text, (_e(t, s, roots),), (_e(s, t, {"04", "11"}), _hedged())


_GROUP_ACTS = (("deported", "deportees"), ("arrested", "detainees"), ("detained", "detainees"))
_PEOPLE = ("traders", "miners", "fishermen", "migrants", "workers")
_FORCES = ("Officers", "Police", "Soldiers", "Police officers", "Security officers")
_SOME = ("several of the", "some of the", "many of the", "the")
_SPEAKERS = ("{Tposs} consul", "{Tposs} labour minister", "{Tposs} ambassador", "{Tposs} embassy")


def pr22i_story_group(sc: Scene) -> Built:
    """ "S deported 40 T-ians. Officers had beaten several of the deportees, T's consul said":
    S -> T 17 and S -> T 18 (reported), the officers S's (``_pair_roles.story_group``,
    ``parties.story_groups``)."""
    rng, s, t = sc.rng, sc.s, sc.t
    did, group = rng.choice(_GROUP_ACTS)
    first = (
        f"{sc.name(s, capital=0.0)} {did} {rng.randint(12, 300)} {t.demonym} {rng.choice(_PEOPLE)}"
    )
    speaker = rng.choice(_SPEAKERS).format(Tposs=_poss(t.name))
    beaten = f"{rng.choice(_FORCES)} had beaten {rng.choice(_SOME)} {group}"
    if rng.random() < 0.5:
        second = f"{beaten}, {speaker} said."
    else:
        second = f"{_cap(speaker)} said {beaten[0].lower()}{beaten[1:]}."
    text = f"{_cap(first)}{_time(sc)}. {second}"
    want = (_e(s, t, {"17"}), _e(s, t, {"18"}, frozenset({"reported"})))
    return text, want, (_hedged(),)


PAIRS22_CONSTRUCTIONS = {
    "pr22a_roles_of_the_pair": pr22a_roles_of_the_pair,
    "pr22b_their_roles": pr22b_their_roles,
    "pr22d_neither": pr22d_neither,
    "pr22e_whom_accused": pr22e_whom_accused,
    "pr22f_relative_recipient": pr22f_relative_recipient,
    "pr22g_summoned_and_handed": pr22g_summoned_and_handed,
    "pr22h_the_envoy": pr22h_the_envoy,
    "pr22i_story_group": pr22i_story_group,
    "pr22j_office_plural": pr22j_office_plural,
}
OTHERS_CONSTRUCTIONS = {"pr22c_joint_appellants": pr22c_joint_appellants}
FLOORS = {name: (23, 0) for name in (*PAIRS22_CONSTRUCTIONS, *OTHERS_CONSTRUCTIONS)}
# Main before pairs22 (dbcd7a7; ``phenomena.sample(name, 24)``, right of 24 / false assertions):
# pr22a 0/8 (the role noun unplaced, no event or the meeting place as target), pr22b 0/12 ("their"
# one state, the meeting place as target), pr22c 6/26 (the appellants each other's targets),
# pr22d 0/0 ("neither" one unplaced doer, no target), pr22e 0/24 (the accusation aimed at the
# speaker's own state), pr22f 3/5 (no target; "the fee it charges X" an accusation), pr22g 6/18
# (the envoy as the protester; "given a protest note" as aid), pr22h 0/24 ("the ambassador"
# unplaced), pr22i 0/0 (the beating with no doer's state and no target), pr22j 5/10 ("the foreign
# ministers" unplaced, the meeting place as target). After: 24/0 each (100/0 of 100 each).
