"""Reactions whose counterpart is only in an earlier sentence or the other side of a condition
(issue 9 section 1; fresh4/fresh3 classes X and E, context11), crossed with states, capitals,
leaders and demonyms, in two- and three-sentence documents.

cx1: a protest, demand or agreement that names no act and no other state ("Tunis filed a formal
protest") answers the latest act another state did to the reacting one a sentence before; when
that act was done to a third state, it has no target.
cx2: a reaction naming the act by a definite noun ("protested the exclusion", "had asked for
the withdrawal", "welcomed the reopening", "condemned the move") is aimed at that act's doer,
or (no act found) at the one other state the previous sentence names, never at itself.
cx3: the decision a state rejects is the deed done to it, not the latest deed of the story
(class E: "A imposed sanctions on B. C sent troops to D. B rejected the decision" -> A).
cx4: a refusal or request set as the condition of another state's act ("Should A refuse to
sell, B might take over the project") is aimed at that state, never at the doer's own.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

# -- cx1 ------------------------------------------------------------------------------------
# Acts done by {Z} to {S}: {Sdem} its demonym, {Sposs} its possessive name, {S} its name.
_DONE_TO = (
    "seized a {Sdem} trawler", "detained two {Sdem} fishermen", "expelled {Sposs} ambassador",
    "shelled a {Sdem} border town", "seized a {Sdem} fishing boat",
    "detained three {Sdem} sailors",
)  # fmt: skip
# (answer naming no act, CAMEO root)
_ANSWERS = (
    ("filed a formal protest", "11"), ("lodged a protest", "11"),
    ("lodged a formal complaint", "11"), ("demanded compensation", "10"),
    ("demanded an apology", "10"), ("agreed to review its rules", "03"),
)  # fmt: skip


def _pair(a: State, b: State) -> tuple[Expect, ...]:
    return (Expect(a.iso3, b.iso3, frozenset(), ANY), Expect(b.iso3, a.iso3, frozenset(), ANY))


def _doer(sc: Scene, st: State) -> str:
    return sc.leader(st) if sc.rng.random() < 0.1 else sc.name(st)


def cx1_answered_act(sc: Scene, others: list[State]) -> Built:
    """ "Algeria seized a Tunisian trawler. Tunis filed a formal protest": the seizer; when the
    act was done to a third state ("... a Norwegian trawler. Sweden lodged a protest"), none."""
    rng, s, z = sc.rng, sc.s, sc.z
    w = others[0]
    victim = w if rng.random() < 0.2 else s
    act = rng.choice(_DONE_TO).format(
        Sdem=victim.demonym, Sposs=_poss(sc.name(victim, capital=0.0)), S=sc.name(victim)
    )
    answer, root = rng.choice(_ANSWERS)
    first = _cap(f"{sc.name(z)} {act}{_time(sc)}.")
    text = f"{first}{rng.choice((' ', chr(10) * 2))}{_cap(f'{sc.name(s)} {answer}.')}"
    allowed = (*_pair(z, victim), Expect(z.iso3, "*", frozenset(), ANY))
    want = Expect(s.iso3, z.iso3 if victim is s else "", frozenset({root}), ASSERTED)
    return text, (want,), allowed


# -- cx2 ------------------------------------------------------------------------------------
# (act by {Z} on {S}, its nouns, reactions by {S}: (verb phrase before the noun, root))
_NAMED = (
    ("pulled its troops out of {S}", ("withdrawal",),
     (("had asked for the", "02"), ("had demanded the", "10"), ("welcomed the", "05"))),
    ("withdrew its troops from {S}", ("withdrawal",),
     (("had asked for the", "02"), ("had demanded the", "10"), ("welcomed the", "05"))),
    ("closed its border with {S}", ("closure", "move", "decision"),
     (("protested the", "11"), ("condemned the", "11"), ("criticized the", "11"))),
    ("expelled two {Sdem} diplomats", ("expulsion", "expulsions", "move"),
     (("protested the", "11"), ("condemned the", "11"))),
    ("reopened its embassy in {Sc}", ("reopening", "move", "decision"), (("welcomed the", "05"),)),
    ("imposed tariffs on {Sdem} steel", ("decision", "move", "measure"),
     (("rejected the", "12"), ("condemned the", "11"), ("criticized the", "11"))),
    ("kept {S} out of the talks", ("exclusion",),
     (("protested the", "11"), ("condemned the", "11"), ("criticized the", "11"))),
)  # fmt: skip


def cx2_named_act(sc: Scene) -> Built:
    """ "Britain pulled its troops out of Chad. Chad had asked for the withdrawal", "Serbia
    kept Kosovo out of the talks. Kosovo protested the exclusion": the act's doer."""
    rng, s, z = sc.rng, sc.s, sc.z
    act, nouns, reactions = rng.choice(_NAMED)
    verb, root = rng.choice(reactions)
    sname = sc.name(s, capital=0.0)
    first = _cap(f"{sc.name(z)} {act.format(S=sname, Sdem=s.demonym, Sc=s.capital)}{_time(sc)}.")
    text = f"{first} {_cap(f'{_doer(sc, s)} {verb} {rng.choice(nouns)}.')}"
    allowed = (*_pair(z, s), Expect(z.iso3, "*", frozenset(), ANY))
    return text, (Expect(s.iso3, z.iso3, frozenset({root}), ASSERTED),), allowed


# -- cx3 ------------------------------------------------------------------------------------
_MEASURES = (
    "imposed sanctions on {S}", "imposed tariffs on {Sdem} steel", "banned imports from {S}",
    "expelled two {Sdem} diplomats", "closed its border with {S}",
)  # fmt: skip
_SCENE = ("sent troops to {W}", "deployed warships off the coast of {W}", "shipped tanks to {W}")
_ON_DECISION = (
    ("rejected the decision", "12"), ("condemned the decision", "11"),
    ("criticized the move", "11"), ("rejected the move", "12"), ("denounced the measure", "11"),
)  # fmt: skip


def cx3_decision_owner(sc: Scene, others: list[State]) -> Built:
    """ "Nigeria imposed sanctions on Mali. Ghana sent troops to Niger. Mali rejected the
    decision": the decision is the one done to Mali (Nigeria's), not the latest deed."""
    rng, s, z = sc.rng, sc.s, sc.z
    y, w = others[0], others[1]
    sname = sc.name(s, capital=0.0)
    measure = rng.choice(_MEASURES).format(S=sname, Sdem=s.demonym)
    scene = rng.choice(_SCENE).format(W=sc.name(w, capital=0.0))
    react, root = rng.choice(_ON_DECISION)
    lines = [f"{sc.name(z)} {measure}{_time(sc)}.", f"{sc.name(y)} {scene}."]
    text = " ".join(_cap(x) for x in lines) + " " + _cap(f"{_doer(sc, s)} {react}.")
    allowed = (*_pair(z, s), *_pair(y, w), Expect(y.iso3, "*", frozenset(), ANY))
    return text, (Expect(s.iso3, z.iso3, frozenset({root}), ASSERTED),), allowed


# -- cx4 ------------------------------------------------------------------------------------
# (condition by {S}, CAMEO root): inverted or with "if".
_CONDITIONS = (
    ("Should {S} refuse to sell", "12"), ("If {S} refuses to pay", "12"),
    ("Should {S} refuse to pay", "12"), ("If {S} refuses to sell", "12"),
    ("Should {S} ask for help", "02"), ("If {S} asks for help", "02"),
)  # fmt: skip
_MAIN = (
    "{T} might take over the project", "{T} would go ahead alone", "{T} could step in",
    "{T} would look elsewhere",
)  # fmt: skip
_GOV = ("{Sposs} government", "the {Sdem} government")


def cx4_condition_counterpart(sc: Scene) -> Built:
    """ "Should Beijing refuse to sell, Laos might take over the project": the refusal is aimed
    at Laos, never at China (nor at China's government's own state)."""
    rng, s, t = sc.rng, sc.s, sc.t
    cond, root = rng.choice(_CONDITIONS)
    if rng.random() < 0.3:
        who = rng.choice(_GOV).format(Sposs=_poss(sc.name(s, capital=0.0)), Sdem=s.demonym)
    else:
        who = sc.name(s)
    main = rng.choice(_MAIN).format(T=sc.name(t))
    text = f"{cond.format(S=who)}, {main}."
    allowed = (Expect(t.iso3, "*", frozenset(), ANY),)
    facts = frozenset({"possible"})
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), facts),), allowed


CONTEXT11_CONSTRUCTIONS = {
    "cx2_named_act": cx2_named_act,
    "cx4_condition_counterpart": cx4_condition_counterpart,
}
CONTEXT11_WITH_OTHERS = {
    "cx1_answered_act": cx1_answered_act,
    "cx3_decision_owner": cx3_decision_owner,
}
FLOORS = {name: (24, 0) for name in (*CONTEXT11_CONSTRUCTIONS, *CONTEXT11_WITH_OTHERS)}
# Main before context11 (bench/phenomena.py --n 3000, 15 each): cx1 0.067, cx2 0.333 (4 false:
# the reacting state's own), cx3 0.000 (15 false: the latest deed's doer), cx4 0.000.
