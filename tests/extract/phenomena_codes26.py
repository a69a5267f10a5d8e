"""CAMEO codebook conformance for the roots held-out wire text mixes up (issue 9, codes26):
appeals (02) against intents (03), disapproval (11), reduced relations (16) and unconventional
violence (18) against military force (19), written from the CAMEO 2.0 codebook's definitions
and usage notes and PETRARCH2's verb dictionary (facts only), crossed with the suite's states
named by name, capital, demonym or leader:

- ``c26_proposed_appeal``: "X proposed a ceasefire / a peace plan to Y", "suggested that Y hold
  early elections", "would like Y to extradite", "lobbied Y to back its bid": an appeal (02;
  codebook 020 "all requests, proposals, suggestions"), not an intent (03);
- ``c26_proposed_talks``: "X proposed talks / a summit with Y", "offered to hold talks": the
  source's own commitment to meet (036), which the proposal rows must not turn into 02;
- ``c26_urged_commitment``: "X urged Y to agree to a truce / to pledge support / to commit
  troops": the appeal (02), whatever commitment it asks for (never Y's or X's 03);
- ``c26_disapproval``: "found fault with", "pointed the finger at", "expressed dissatisfaction
  with", "lobbied against", "labelled / described Y's vote a sham / as a farce", "criticised",
  "accused": disapproval (11);
- ``c26_reduced_relations``: "postponed the visit to Y / talks with Y", "withdrew Y's diplomatic
  accreditation", "hit Y's goods with tariffs", "placed Y's firms on a blacklist": reduced
  relations (16; codebook 161 names cancelled meetings, 163 sanctions);
- ``c26_unconventional``: "militants bombed Y's embassy", "detonated a car bomb outside Y's
  embassy", "a bomb attack / a terrorist attack on Y's embassy", "attacked Y's villagers with
  machetes", "killed when a suicide bomber blew himself up": unconventional violence (18;
  codebook 180 "terrorist attacks, knives, rocks", 183 "suicide, car or other non-military
  bombing"), not military force (19);
- ``c26_military_force``: "warplanes bombed Y's positions", "troops attacked Y's posts with
  tanks", "shelled": force by conventional arms stays 19.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import NOT_ASSERTED, Built, Expect, Scene, _cap, _poss, _time

TOLD = frozenset({"asserted", "reported"})
# Side readings a template may carry: the act asked, proposed or held out (never asserted).
_HEDGED = Expect("*", "*", frozenset(), NOT_ASSERTED)

Frames = tuple[tuple[str, str], ...]


def _fill(sc: Scene, frame: str) -> str:
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    return frame.format(S=sname, Sposs=_poss(sname), T=tname, Tposs=_poss(tname),
                        Sdem=sc.s.demonym, Tdem=sc.t.demonym, Slead=sc.leader(sc.s),
                        Tlead=sc.leader(sc.t), time=_time(sc))  # fmt: skip


def _built(sc: Scene, frames: Frames) -> Built:
    """One of ``frames`` (template, root) as S -> T with that root, asserted or reported; the
    same act without a target (a bomber blowing himself up) is allowed beside it."""
    frame, root = sc.rng.choice(frames)
    s, t = sc.s.iso3, sc.t.iso3
    alone = Expect(s, "", frozenset({root}), TOLD)
    return _cap(_fill(sc, frame) + "."), (Expect(s, t, frozenset({root}), TOLD),), (_HEDGED, alone)


_PROPOSED: Frames = (
    ("{S} proposed a ceasefire to {T}{time}", "02"),
    ("{S} proposed a peace plan to {T}{time}", "02"),
    ("{S} proposed a referendum to {T}{time}", "02"),
    ("{S} proposed a truce to {T}{time}", "02"),
    ("{S} suggested that {T} hold early elections", "02"),
    ("{S} suggested a truce to {T}{time}", "02"),
    ("{S} would like {T} to extradite the suspects", "02"),
    ("{Slead} said {S} would like {T} to release the detained sailors", "02"),
    ("{S} lobbied {T} to support its bid for a seat on the council", "02"),
    ("{S} has been lobbying {T} to lift the sanctions", "02"),
    ("{S} lobbied {T} to back its candidacy{time}", "02"),
)


def c26_proposed_appeal(sc: Scene) -> Built:
    """ "Kenya proposed a ceasefire to Ethiopia", "would like Y to extradite", "lobbied Y to
    back its bid": the codebook's 020 covers "all requests, proposals, suggestions" that the
    target act (PETRARCH2: PROPOSE + CEASEFIRE 0256, + PLAN 027; LOBBY + FOR 020), so the
    proposal is an appeal (02), not the proposer's intent (03)."""
    return _built(sc, _PROPOSED)


_TALKS: Frames = (
    ("{S} proposed talks with {T}{time}", "03"),
    ("{S} proposed a summit with {T}{time}", "03"),
    ("{S} proposed a meeting with {T} on the border dispute", "03"),
    ("{S} offered to hold talks with {T}{time}", "03"),
    ("{S} said it was ready to negotiate with {T}", "03"),
    ("{Slead} proposed closer cooperation with {T}{time}", "03"),
    ("{S} proposed joint exercises with {T}{time}", "03"),
)


def c26_proposed_talks(sc: Scene) -> Built:
    """ "Kenya proposed talks with Ethiopia": when the proposer is itself a party to the
    meeting the codebook codes its intent to meet (036; 026 "cannot be the actors whose
    meeting is called for"), so the proposal rows for ceasefires and plans leave it at 03."""
    return _built(sc, _TALKS)


_URGED: Frames = (
    ("{S} urged {T} to agree to a ceasefire{time}", "02"),
    ("{S} called on {T} to pledge more aid to the refugees", "02"),
    ("{S} urged {T} to commit to the talks", "02"),
    ("{S} asked {T} to promise not to attack the convoy", "02"),
    ("{S} called on {T} to commit troops to the mission", "02"),
    ("{S} urged {T} to make a commitment to the ceasefire", "02"),
    ("{S} urged {T} to offer guarantees{time}", "02"),
    ("{S} urged {T} to return to the negotiating table", "02"),
    ("{T} was urged by {S} to release the detained sailors", "02"),
    ("{S} appealed to {T} for emergency assistance{time}", "02"),
)


def c26_urged_commitment(sc: Scene) -> Built:
    """ "Kenya urged Ethiopia to agree to a ceasefire / to pledge aid": the codebook codes
    the plea (02) and separates it from "pledges, which imply commitments ... on the part of
    the source actor" (03); the commitment asked for is no intent of either side."""
    return _built(sc, _URGED)


_DISAPPROVAL: Frames = (
    ("{S} found fault with {Tposs} proposal{time}", "11"),
    ("{S} pointed the finger at {T} over the attack", "11"),
    ("{S} expressed dissatisfaction with {Tposs} response{time}", "11"),
    ("{S} lobbied against {T} at the summit", "11"),
    ("{S} criticised {Tposs} decision to expel the journalists", "11"),
    ("{S} accused {T} of violating the ceasefire{time}", "11"),
    ("{S} blamed {T} for the collapse of the talks", "11"),
    ("{S} lodged a formal protest with {T}{time}", "11"),
    ("{S} labelled {Tposs} vote a sham{time}", "11"),
    ("{S} described {Tposs} election as a farce{time}", "11"),
    ("{S} dubbed {Tposs} referendum a travesty{time}", "11"),
)


def c26_disapproval(sc: Scene) -> Built:
    """ "Kenya found fault with Ethiopia's proposal", "pointed the finger at Y", "expressed
    dissatisfaction with Y's response", "lobbied against Y": disapproval (110 / 111 / 112 /
    113; PETRARCH2 EXPRESS 110, LOBBY + AGAINST 113), each with Y its target."""
    return _built(sc, _DISAPPROVAL)


_REDUCED: Frames = (
    ("{S} postponed the visit to {T}{time}", "16"),
    ("{S} postponed talks with {T}{time}", "16"),
    ("{S} postponed its state visit to {T}{time}", "16"),
    ("{S} withdrew {Tposs} diplomatic accreditation{time}", "16"),
    ("{S} hit {T} with tariffs{time}", "16"),
    ("{S} hit {Tdem} goods with tariffs{time}", "16"),
    ("{S} placed {Tdem} companies on a blacklist{time}", "16"),
    ("{S} recalled its ambassador from {T}{time}", "16"),
    ("{S} downgraded diplomatic ties with {T}{time}", "16"),
)


def c26_reduced_relations(sc: Scene) -> Built:
    """ "Kenya postponed the visit to Ethiopia", "withdrew Y's diplomatic accreditation":
    codebook 161 ("cancellation of meetings, withdrawal, or expulsion of diplomats"); "hit Y
    with tariffs", "placed Y's firms on a blacklist": sanctions (163), never force (19)."""
    return _built(sc, _REDUCED)


_UNCONVENTIONAL: Frames = (
    ("{Sdem} militants bombed the {Tdem} embassy with a car bomb", "18"),
    ("{Sdem} insurgents bombed the {Tdem} consulate{time}", "18"),
    ("{Sdem} militants detonated a car bomb outside the {Tdem} embassy", "18"),
    ("{Sdem} militants carried out a bomb attack on the {Tdem} embassy{time}", "18"),
    ("{Sdem} militants carried out a terrorist attack on the {Tdem} embassy{time}", "18"),
    ("{Sdem} militiamen attacked {Tdem} villagers with machetes{time}", "18"),
    ("{Sdem} settlers attacked {Tdem} farmers with rocks{time}", "18"),
    ("{Tdem} villagers were attacked by {Sdem} militiamen armed with machetes", "18"),
    ("Three {Tdem} soldiers were killed when a {Sdem} suicide bomber blew himself up at a "
     "checkpoint", "18"),
)  # fmt: skip


def c26_unconventional(sc: Scene) -> Built:
    """ "Syrian militants bombed the Jordanian embassy (with a car bomb)", "a terrorist attack
    on Y's embassy", "attacked Y's villagers with machetes": the codebook's 18 (180 "terrorist
    attacks, if not further specified ... knives, rocks", 183 "suicide, car, or other
    non-military bombing"), not conventional force (19), which keeps aerial bombing (195)."""
    return _built(sc, _UNCONVENTIONAL)


_FORCE: Frames = (
    ("{Sdem} warplanes bombed {Tdem} positions{time}", "19"),
    ("{Sdem} aircraft bombed {Tdem} air bases{time}", "19"),
    ("{S} bombed {Tdem} military targets{time}", "19"),
    ("{Sdem} troops attacked {Tdem} positions with tanks{time}", "19"),
    ("{S} shelled {Tdem} border posts{time}", "19"),
    ("{Sdem} forces ambushed a {Tdem} patrol{time}", "19"),
    ("Three {Tdem} soldiers were killed when {Sdem} warplanes bombed a {Tdem} base", "19"),
)
# (not "... when X's warplanes bombed their base": "their" is read as the bombers' own, an
# X -> X attack asserted; a known gap of possessive pronouns in a when-clause)


def c26_military_force(sc: Scene) -> Built:
    """ "Turkish warplanes bombed Syrian positions", "troops attacked Y's posts with tanks":
    conventional force (19: 195 aerial, 194 artillery and tanks), which the 18 rows for
    militants' and crude-weapon attacks must leave alone."""
    return _built(sc, _FORCE)


CODES26_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c26_proposed_appeal": c26_proposed_appeal,
    "c26_proposed_talks": c26_proposed_talks,
    "c26_urged_commitment": c26_urged_commitment,
    "c26_disapproval": c26_disapproval,
    "c26_reduced_relations": c26_reduced_relations,
    "c26_unconventional": c26_unconventional,
    "c26_military_force": c26_military_force,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in CODES26_CONSTRUCTIONS}
