"""Round 26's party leftovers (issue 9, parties39) as suite constructions, written from the
GUIDE and the CAMEO codebook, crossed with the suite's states named by name, capital, demonym
or leader, and several phrasings each:

- ``p39_natural_agent``: "An earthquake struck Y", "Floods hit Y last week", "A fire swept
  through Y's embassy in CAPITAL", "Y was hit by a hurricane", "The quake that struck Y killed
  hundreds": no state is the doer of a natural event or an accident (CAMEO codes actors' acts):
  no event (before: Y -> Y 190, or another named state as doer); the aid that follows is its
  real giver's ("..., and X sent rescue teams to Y": X -> Y 07);
- ``p39_inverted_condition``: "Were X to V Y, markets would ...", "Should X V Y, the region
  would ...", "Had X V-ed Y, oil prices would have ...", and the same after the main clause
  ("oil prices would have soared had X attacked Y"), with a state or its leader as X: the act
  is X's at Y, `possible` (GUIDE: an inverted condition is read as "if X ..."; its own act is
  never asserted). Before: a leader after "Were" was taken for a given name of someone else,
  a name after "Had" for an auxiliary (X lost: Y -> Y), and a trailing "had X V-ed" was
  asserted.
- ``p39_handed_over``: "X arrested three men and handed them over to Y", "X arrested two Z-ian
  activists and handed them over to Y", "X extradited two Z-ian bankers to Y", "has not said
  whether it will hand him over to Y": a hand-over of people is judicial cooperation (063,
  the codebook's note: the target is where the person is handed, not the person's state):
  X -> Y 06; before, "them" / "him" over to a state was aid (070) and a named people's state
  took the target (X -> Z).
- ``p39_venue_not_stricken``: "Leaders met at a summit in CAPITAL. X pledged aid to the
  victims", "At a summit in CAPITAL, leaders discussed the floods. X offered rescue teams": the
  venue of a meeting is no stricken place and no recipient (before: X -> the venue's state 03).
- ``p39_requests_kept``: "X keeps asking Y for more weapons", "Y has received similar requests
  from X": X -> Y 02 asserted; and ``p39_region_of_state``: "X-ian troops shelled villages in
  Y's north", "fired missiles at the Y-ian region along the border": X -> Y 19. Both named as
  leftovers; they hold on main too (24/24 each, seeds 0-2) and are kept as guards. A region
  named by its own name only ("struck Kharkiv region") needs a table of regions the project
  does not have: left.
Scores on main (2bdf4fc) before the fixes, 24 cases each (``phenomena.sample``, seed 0):
p39_natural_agent 17/24 with 7 false assertions (Y -> Y 190, X -> Y for the next state
struck), p39_inverted_condition 13/24 with 5 false (trailing conditions asserted or with no
act, leaders lost), p39_handed_over 3/24 with 25 false (070 aid, the people's state as
target, the arrest aimed at the state handed to), p39_venue_not_stricken 1/24 with 23 false
(the venue's state as recipient); after: 24, 23, 24 and 24 of 24, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, Built, Expect, Scene, _cap, _poss

_POSSIBLE = frozenset({"possible"})


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


# Natural events and accidents with a verb of striking ({T}: the struck state's name).
_DISASTERS = (
    "An earthquake struck {T} on Monday, killing 40 people.",
    "Floods hit {T} last week.",
    "A powerful cyclone battered {T} on Sunday.",
    "Wildfires ravaged {T} this summer.",
    "A magnitude 7.1 quake rocked {T} early on Friday.",
    "A hurricane struck {T} and destroyed thousands of homes.",
    "A fire swept through {Tposs} embassy in {Zcap} on Tuesday.",
    "A blaze gutted {Tposs} consulate in {Zcap}.",
    "{T} was hit by a powerful typhoon on Saturday.",
    "The earthquake that struck {T} killed hundreds of people.",
    "Torrential floods swept across {T}, killing dozens.",
    "A tsunami devastated the coast of {T}.",
    "A drought has hit {T} and its neighbours.",
    "A landslide buried two villages in {T} on Wednesday.",
)  # fmt: skip
_AID = (
    " {S} sent rescue teams to {T}.",
    " {S} sent aid to {T} on Tuesday.",
    " {S} has flown tents and medicine to {T}.",
)  # fmt: skip


def p39_natural_agent(sc: Scene) -> Built:
    """ "An earthquake struck Turkey": no event (no state did it); "... Germany sent rescue
    teams to Turkey": DEU -> TUR 07, the aid's real giver."""
    t = sc.name(sc.t, capital=0.0)
    text = sc.rng.choice(_DISASTERS).format(T=t, Tposs=_poss(t), Zcap=sc.z.capital)
    # (a fire in an embassy abroad is in the third state: no party there either)
    if sc.rng.random() < 0.35:
        text += sc.rng.choice(_AID).format(S=_cap(sc.name(sc.s, capital=0.0)), T=t)
        want = (_e(sc.s, sc.t, frozenset({"07"}), frozenset({"asserted"})),)
        return text, want, (_e(sc.s, sc.t, frozenset({"03", "06"}), ANY),)
    return text, (), ()


# Acts held out as the condition: (bare verb phrase, past participle phrase, root); seizing
# islands is the seizure of property (171) in the lexicon, occupying them (192) would be 19.
_ACTS = (
    ("invade {T}", "invaded {T}", "19"),
    ("attack {T}", "attacked {T}", "19"),
    ("blockade {T}", "blockaded {T}", "19"),
    ("impose sanctions on {T}", "imposed sanctions on {T}", "16"),
    ("fire missiles at {T}", "fired missiles at {T}", "19"),
    ("expel {Tposs} ambassador", "expelled {Tposs} ambassador", "16"),
    ("cut gas supplies to {T}", "cut gas supplies to {T}", "16"),
    ("seize {Tposs} islands", "seized {Tposs} islands", "17"),
)  # fmt: skip
# Main clauses naming no act of their own.
_MAINS = (
    "markets would tumble",
    "the region would be thrown into turmoil",
    "oil prices would soar",
    "the consequences would be grave",
)  # fmt: skip
_MAINS_PAST = (
    "markets would have tumbled",
    "the region would have been thrown into turmoil",
    "oil prices would have soared",
    "the consequences would have been grave",
)  # fmt: skip


def p39_inverted_condition(sc: Scene) -> Built:
    """ "Were Putin to attack Poland, markets would tumble", "Oil prices would have soared had
    Iran attacked Israel": the act X -> Y, possible."""
    x = sc.leader(sc.s) if sc.rng.random() < 0.4 else sc.name(sc.s, capital=0.3)
    t = sc.name(sc.t, capital=0.0)
    bare, done, root = sc.rng.choice(_ACTS)
    bare, done = bare.format(T=t, Tposs=_poss(t)), done.format(T=t, Tposs=_poss(t))
    form = sc.rng.randrange(6)
    if form == 0:
        text = f"Were {x} to {bare}, {sc.rng.choice(_MAINS)}."
    elif form == 1:
        text = f"Should {x} {bare}, {sc.rng.choice(_MAINS)}."
    elif form == 2:
        text = f"Had {x} {done}, {sc.rng.choice(_MAINS_PAST)}."
    elif form == 3:
        text = f"{_cap(sc.rng.choice(_MAINS))} were {x} to {bare}."
    elif form == 4:
        text = f"{_cap(sc.rng.choice(_MAINS))} should {x} {bare}."
    else:
        text = f"{_cap(sc.rng.choice(_MAINS_PAST))} had {x} {done}."
    want = (_e(sc.s, sc.t, frozenset({root}), _POSSIBLE),)
    allowed = (_e(sc.s, sc.t, frozenset({"17", "19"}), _POSSIBLE),) if root == "17" else ()
    return text, want, allowed


# Hand-overs of people: ({S} the doer, {T} the state handed to, {Z} the people's own state).
_HANDOVERS = (
    ("{S} arrested three men and handed them over to {T}.", True),
    ("{Sdem} police detained four suspects and later handed them over to {Tdem} police.", True),
    ("{S} arrested two {Zdem} activists and handed them over to {T}.", True),
    ("{S} extradited two {Zdem} bankers to {T} on Monday.", True),
    ("{S} handed over three {Zdem} suspects to {T}.", True),
    ("{S} detained the fugitive and handed him to {Tposs} authorities.", True),
    ("{Sposs} government has not said whether it will hand him over to {T}.", False),
    ("{S} detained the fugitive and handed him over to {Tdem} police.", True),
)  # fmt: skip


def p39_handed_over(sc: Scene) -> Built:
    """ "Thailand arrested two Cambodian activists and handed them over to Malaysia": the
    hand-over is judicial cooperation (063) X -> Y, the state handed to (the codebook's note
    on extraditions), never aid (070) and never aimed at the people handed."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    template, done = sc.rng.choice(_HANDOVERS)
    text = template.format(S=s, T=t, Sposs=_poss(s), Tposs=_poss(t), Sdem=sc.s.demonym,
                           Tdem=sc.t.demonym, Zdem=sc.z.demonym)  # fmt: skip
    facts = frozenset({"asserted"}) if done else _POSSIBLE
    want = (_e(sc.s, sc.t, frozenset({"06"}), facts),)
    # (the arrest is the doer's act on people of no named state, at home, or the third state's)
    allowed = (_e(sc.s, sc.s, frozenset({"17"}), ANY), _e(sc.s, sc.z, frozenset({"17"}), ANY),
               Expect(sc.s.iso3, "", frozenset({"17"}), ANY))  # fmt: skip
    return _cap(text), want, allowed


# A meeting's venue told before an aid pledge ({Z}: the venue's capital, {S}: the giver).
_VENUES = (
    "Leaders met at a summit in {Zcap} on Monday.",
    "At a summit in {Zcap} on Monday, leaders discussed the floods.",
    "Donors met in {Zcap} on Tuesday.",
    "Donors gathered at a conference in {Zcap} to discuss the earthquake.",
    "Ministers met in {Zcap} to discuss the cyclone.",
)  # fmt: skip
_VENUE_PLEDGES = (
    "{S} pledged aid to the victims.",
    "{S} pledged $5 million in aid to the flood victims.",
    "{S} offered rescue teams.",
    "{S} promised food and tents.",
)  # fmt: skip


def p39_venue_not_stricken(sc: Scene) -> Built:
    """ "Leaders met at a summit in Nairobi. Japan pledged aid to the victims": the summit's
    venue is where the donors meet, not the stricken place: no recipient (never JPN -> KEN)."""
    s = sc.name(sc.s, capital=0.0)
    text = f"{sc.rng.choice(_VENUES).format(Zcap=sc.z.capital)} "
    text += _cap(sc.rng.choice(_VENUE_PLEDGES).format(S=s))
    return text, (), (Expect(sc.s.iso3, "", frozenset({"03", "07"}), ANY),)


# Requests told as a habit or as received ({S} the asker, {T} the asked).
_REQUESTS = (
    ("{S} keeps asking {T} for more weapons.", "asserted"),
    ("{S} kept asking {T} for more money.", "asserted"),
    ("{S} has repeatedly asked {T} for air defence systems.", "asserted"),
    ("{S} has been asking {T} for more ammunition.", "asserted"),
    ("{T} has received similar requests from {S}.", "asserted"),
    ("{T} has received repeated requests from {S} for tanks.", "asserted"),
    ("{Tposs} defence ministry has received a request from {S} for fighter jets.", "asserted"),
)  # fmt: skip


def p39_requests_kept(sc: Scene) -> Built:
    """ "Ukraine keeps asking Germany for more weapons", "Germany has received similar requests
    from Poland": the request is the asker's at the asked (02x), asserted in its own clause's
    tense (a habit is asserted; a request received is a request made)."""
    s, t = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    template, fact = sc.rng.choice(_REQUESTS)
    text = _cap(template.format(S=s, T=t, Tposs=_poss(t)))
    return text, (_e(sc.s, sc.t, frozenset({"02"}), frozenset({fact})),), ()


# An act in a region of the other state, named with the state's possessive or demonym.
_REGION_ACTS = (
    ("{Sdem} troops shelled villages in {Tposs} north.", "19"),
    ("{Sdem} forces fired on posts in the {Tdem} province of the east.", "19"),
    ("{S} fired missiles at the {Tdem} region along the border.", "19"),
    ("{Sdem} jets bombed targets in southern {T}.", "19"),
    ("{Sdem} troops crossed into {Tposs} border region.", "19"),
    ("{Sdem} artillery shelled {Tposs} eastern provinces overnight.", "19"),
)  # fmt: skip


def p39_region_of_state(sc: Scene) -> Built:
    """ "Russian troops shelled villages in Ukraine's north", "fired missiles at the Ukrainian
    region along the border": a region of the other state is that state: X -> Y 19x."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    template, root = sc.rng.choice(_REGION_ACTS)
    text = template.format(S=s, T=t, Tposs=_poss(t), Sdem=sc.s.demonym, Tdem=sc.t.demonym)
    return _cap(text), (_e(sc.s, sc.t, frozenset({root}), frozenset({"asserted"})),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p39_requests_kept": p39_requests_kept,
    "p39_region_of_state": p39_region_of_state,
    "p39_venue_not_stricken": p39_venue_not_stricken,
    "p39_handed_over": p39_handed_over,
    "p39_natural_agent": p39_natural_agent,
    "p39_inverted_condition": p39_inverted_condition,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
