"""Generic role nouns and things as parties, and refusals told to someone (issue 9 round 11,
roles11: fresh4 classes G and Y), crossed with states, capitals, leaders and demonyms.

g1: a product bought ("agreed to buy 20 Airbus jets") is no party: no target, never the buyer's
own military; with a demonym ("German submarines") its maker's state.
g2: banks, firms, investors and workers whose phrase names no state are of no state ("the banks
froze Iranian assets, Germany's finance ministry said"): never the other party's, never the
reporter's.
g3: a region's banks or firms ("Asian banks", "European companies") are no party at all; the
control, a demonym + sector ("Japanese banks"), is its state's.
g4: a force one joins is a mission of no state: "joined the multinational force in Somalia" is
no act on Somalia.
h1: "X wants Y to VERB" with a wanted act of yielding, stopping or leaving is an appeal to Y
(020); "wants to VERB" is none.
o1: an order to one's own forces ("ordered the military to prepare an operation in Syria") is
no demand on the state named next (fresh3 class O).
y1: a refusal whose object is no actor, told to someone ("X's king told Y's president that X
would not accept any meddling"), is aimed at the listener; told to reporters, at no one.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss, _time

# -- g1 ------------------------------------------------------------------------------------
_MAKERS = ("Airbus", "Boeing", "Embraer", "Rafale", "Sukhoi", "Bayraktar", "Leopard", "Apache")
_PRODUCTS = ("jets", "helicopters", "aircraft", "drones", "fighter jets", "tanks", "missiles")
_COUNTS = ("12", "20", "four", "30", "two", "six")
# (the buying phrase, its CAMEO root, its factuality)
_BUY = (
    ("agreed to buy {X}", "03", ASSERTED), ("has agreed to purchase {X}", "03", ASSERTED),
    ("plans to buy {X}", "03", ASSERTED), ("will buy {X}", "03", frozenset({"possible"})),
    ("agreed to acquire {X}", "03", ASSERTED), ("intends to purchase {X}", "03", ASSERTED),
)  # fmt: skip
# ("decided to order X" reads "order" as a demand, 10: a lexicon row, not this phenomenon)


def g1_product_bought(sc: Scene) -> Built:
    """ "Hanoi agreed to buy 20 Airbus jets": no target (not VNMMIL); "Indonesia agreed to buy
    German submarines": the maker's state."""
    rng, s, t = sc.rng, sc.s, sc.t
    phrase, root, facts = rng.choice(_BUY)
    product = rng.choice(_PRODUCTS)
    made_by = rng.random() < 0.3
    thing = (
        f"{t.demonym} {product}"
        if made_by
        else f"{rng.choice(_COUNTS)} {rng.choice(_MAKERS)} {product}"
    )
    text = f"{sc.name(s)} {phrase.format(X=thing)}{_time(sc)}."
    target = t.iso3 if made_by else ""
    return _cap(text), (Expect(s.iso3, target, frozenset({root}), facts),), ()


# -- g2 ------------------------------------------------------------------------------------
# (what the unplaced doers did to {T}; {D} the target's demonym)
_GENERIC_ACTS = (
    "the banks froze {D} assets", "firms halted shipments to {T}", "workers blocked the {D} border",
    "the banks stopped lending to {T}", "investors froze {D} assets",
    "companies halted exports to {T}",
)  # fmt: skip
_REPORTERS = (
    "{Z}'s finance ministry said", "officials in {C} said", "{Z} said", "the {Y} government said",
)  # fmt: skip


def g2_generic_doer(sc: Scene) -> Built:
    """ "The banks froze Iranian assets, Germany's finance ministry said": the banks are of no
    state the sentence names (neither Iran's nor Germany's)."""
    rng, t, z = sc.rng, sc.t, sc.z
    act = rng.choice(_GENERIC_ACTS).format(D=t.demonym, T=sc.name(t, capital=0.0))
    who = rng.choice(_REPORTERS).format(Z=z.name, C=z.capital, Y=z.demonym)
    if rng.random() < 0.5:
        text = f"{_cap(act)}{_time(sc)}, {who}."
    else:
        text = f"{_cap(who.replace(' said', ''))} said {act}{_time(sc)}."
    allowed = (Expect("---", "*", frozenset(), ANY),)
    return text, (), allowed


# -- g3 ------------------------------------------------------------------------------------
_REGIONS = ("Asian", "European", "African", "Latin American", "Middle Eastern", "Central Asian")
_REGION_ACTS = (
    ("banks are refusing to clear {D} transfers", "12"), ("firms froze {D} assets", "16"),
    ("banks refused to lend to {T}", "12"), ("companies halted shipments to {T}", "16"),
)  # fmt: skip


def g3_region_firms(sc: Scene) -> Built:
    """ "Asian banks are refusing to clear Russian transfers": no party (the region is no
    state); the control "Japanese banks ..." is Japan's."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = rng.choice(_REGION_ACTS)
    act = act.format(D=t.demonym, T=sc.name(t, capital=0.0))
    if rng.random() < 0.25:  # the control: a state's banks
        text = f"{s.demonym} {act}{_time(sc)}."
        return _cap(text), (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()
    text = f"{rng.choice(_REGIONS)} {act}{_time(sc)}."
    return _cap(text), (), ()


# -- g4 ------------------------------------------------------------------------------------
_FORCE = ("the new force", "the multinational force", "the stabilisation force", "the force")
# ({S} the joiner, {F} the force, {T}/{D} the served state; factualities of the join)
_JOIN = (
    ("{S} agreed to join {F} after {T} asked for help", ASSERTED),
    ("officials in {T} said {S} was not planning to join {F}", NOT_ASSERTED),
    ("{S} said it was not planning to join {F}, as {T} struggles with gangs", NOT_ASSERTED),
    ("{S} agreed to join {F}, a {D} official said", NOT_ASSERTED | ASSERTED),
    ("{S} said it would join {F} once {T} asks for it", ANY),
)  # fmt: skip


def g4_mission_force(sc: Scene) -> Built:
    """ "Greece agreed to join the new force after Nigeria asked for help": the force is a
    mission, neither Nigeria's military nor Greece's; no act on either."""
    rng, s, t = sc.rng, sc.s, sc.t
    phrase, facts = rng.choice(_JOIN)
    force = rng.choice(_FORCE)
    text = phrase.format(S=sc.name(s), F=force, T=sc.name(t, capital=0.0), D=t.demonym)
    joined = (Expect(s.iso3, "", frozenset(), facts), Expect(s.iso3, "---", frozenset(), facts))
    asked = Expect(t.iso3, "*", frozenset(), ANY)  # (the served state's own request)
    return _cap(text) + ".", (), (*joined, asked)


# -- y1 ------------------------------------------------------------------------------------
_REFUSALS = (
    "would not accept any meddling in its affairs", "would not accept any interference",
    "would never accept foreign interference", "rejected any foreign mediation",
    "would not accept any unilateral move",
)  # fmt: skip
_TELLERS = ("{Slead}", "{Sposs} foreign minister", "{Sposs} president")
_LISTENERS = ("{Tlead}", "{Tposs} ambassador", "{Tposs} foreign minister", "{T}")
_TELL = ("told", "informed")


def y1_told_refusal(sc: Scene, others: list[State]) -> Built:
    """ "Jordan's king told Syria's president that Amman would not accept any meddling": a
    refusal aimed at the listener; "told reporters that ..." at no one."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname = sc.name(s, capital=0.0)
    fill = {
        "Slead": sc.leader(s), "Sposs": _poss(sname), "Tlead": sc.leader(t),
        "Tposs": _poss(sc.name(t, capital=0.0)), "T": sc.name(t, capital=0.0),
    }  # fmt: skip
    teller = rng.choice(_TELLERS).format(**fill)
    refusal = rng.choice(_REFUSALS)
    who = rng.choice((s.capital, sname))
    reporters = rng.random() < 0.2
    listener = "reporters" if reporters else rng.choice(_LISTENERS).format(**fill)
    verb = "told" if reporters else rng.choice(_TELL)
    text = f"{teller} {verb} {listener}{_time(sc)} that {who} {refusal}."
    target = "" if reporters else t.iso3
    # (an act of the teller's own state it reports may be read ``reported``: GUIDE rule 3)
    facts = ASSERTED | frozenset({"reported"})
    return _cap(text), (Expect(s.iso3, target, frozenset({"12"}), facts),), ()


# -- h1 ------------------------------------------------------------------------------------
# (the wanted act of {T}, its CAMEO root as an appeal): yielding, stopping, leaving
_WANTED = (
    ("to leave {Sposs} waters", "02"), ("to withdraw its troops from the border", "02"),
    ("to stop supporting the rebels", "02"), ("to release the detained sailors", "02"),
    ("to drop its claims", "02"), ("to lift the tariffs", "02"), ("to end the blockade", "02"),
    ("to pull its warships out of the strait", "02"), ("to halt the shelling", "02"),
)  # fmt: skip
_WANTS = ("wants", "wanted", "still wants")


def h1_wants_to(sc: Scene) -> Built:
    """ "Hanoi wants Chinese ships to leave its waters": an appeal to the wanted doer (020);
    "wants to join the bloc" (no one else named) is none."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname = sc.name(s)
    if rng.random() < 0.2:  # the control: its own wish
        text = f"{sname} {rng.choice(_WANTS)} to join the bloc{_time(sc)}."
        return _cap(text), (), (Expect(s.iso3, "*", frozenset(), NOT_ASSERTED),)
    act, root = rng.choice(_WANTED)
    doer = rng.choice((sc.name(t), f"{t.demonym} ships", f"{t.demonym} forces"))
    act = act.format(Sposs=_poss(sc.name(s, capital=0.0)))
    text = f"{sname} {rng.choice(_WANTS)} {doer} {act}{_time(sc)}."
    wished = Expect(t.iso3, "*", frozenset(), NOT_ASSERTED)  # (the wanted act itself, unasserted)
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), (wished,)


# -- o1 ------------------------------------------------------------------------------------
_FORCES = ("the army", "the military", "troops", "the navy", "security forces", "its forces")
_ORDERED = (
    "to prepare an operation in {T}", "to get ready for a mission in {T}",
    "to prepare a rescue mission in {T}", "to get ready for an operation in {T}",
)  # fmt: skip
# ("to stay on alert near X" is a posture, 15, aimed at X: a reading of its own)


def o1_own_forces_order(sc: Scene) -> Built:
    """ "Erdogan ordered the military to prepare an operation in Syria": a command to its own
    forces, no demand on Syria (nor on Syria's military); the control, "ordered X's ambassador
    to leave", is an expulsion (16)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = sc.leader(s) if rng.random() < 0.6 else sc.name(s)
    tname = sc.name(t, capital=0.0)
    if rng.random() < 0.2:  # the control: a foreign envoy ordered out
        text = f"{who} ordered {_poss(tname)} ambassador to leave{_time(sc)}."
        return _cap(text), (Expect(s.iso3, t.iso3, frozenset({"16"}), ASSERTED),), ()
    forces = rng.choice(_FORCES)
    if forces == "its forces" and who != sc.name(s):
        forces = "the armed forces"
    text = f"{who} ordered {forces} {rng.choice(_ORDERED).format(T=tname)}{_time(sc)}."
    return _cap(text), (), (Expect(s.iso3, "", frozenset(), ANY),)


ROLES11_CONSTRUCTIONS = {
    "g1_product_bought": g1_product_bought,
    "g2_generic_doer": g2_generic_doer,
    "g3_region_firms": g3_region_firms,
    "g4_mission_force": g4_mission_force,
    "h1_wants_to": h1_wants_to,
    "o1_own_forces_order": o1_own_forces_order,
}
ROLES11_WITH_OTHERS = {"y1_told_refusal": y1_told_refusal}
FLOORS = {name: (24, 0) for name in (*ROLES11_CONSTRUCTIONS, *ROLES11_WITH_OTHERS)}
# Main before roles11 (4fc32a8, bench/phenomena.py --n 3000, 15 each, right / false): g1 0.867 / 2
# (the buyer's own military as target), g2 0.000 / 0 (banks placed in the other party's or the
# reporter's state), g3 0.200 / 12 (a region as source), g4 0.467 / 2 (the force placed in the
# served or the joiner's state), h1 0.267 / 0 (no appeal read), o1 0.400 / 9 (a demand on the
# state named next), y1 0.067 / 0 (the refusal with no target).
