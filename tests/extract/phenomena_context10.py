"""Targets the act's own phrase does not name (issue 9 section 1, context10), crossed with
states, capitals, leaders and demonyms, in one-, two- and three-sentence documents.

c1: an act of force or its posture done at a state's place ("off the coast of X", "in X's
waters", "in the strait between X and Y", "near X's capital") is aimed at that state, never at
the doer's own ("off its own coast": no target).
c2: an act whose own object is a body's word ("praised the resolution", "thanked the
assembly", "boycotted the vote") is no act on the state of the conjoined act ("... and urged X
to negotiate"): it goes to the organisation named earlier (for an organ, "the assembly", one
whose name holds the word), else to no one.
c3: an act on a definite noun that names an earlier act ("welcomed the release" of a freeing,
"condemned the purchase" of a buying, "the shipment" of a sending) is aimed at that act's doer
(the buyer for a purchase); when two states did such acts, at no one.
c4: a delivery naming no recipient by a party of an earlier deal ("Poland signed a deal with
Korea to buy tanks. Seoul will deliver the first tanks") goes to the deal's other party; with two
partners of the doer, to no one.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

# -- c1 ------------------------------------------------------------------------------------
_FORCES = ("warships", "naval vessels", "troops", "fighter jets", "destroyers", "submarines")
# (act at {P}, CAMEO root): {P} is the place phrase.
_AT_PLACE = (
    ("held naval drills {P}", "15"), ("staged military exercises {P}", "15"),
    ("deployed {F} {P}", "15"), ("stationed {F} {P}", "15"), ("conducted drills {P}", "15"),
    ("held military exercises {P}", "15"),
)  # fmt: skip
# Places of the target state: ({T} its name, {D} its demonym, {C} its capital, {Z} a second).
_PLACES = (
    ("off the coast of {T}", False), ("in {D} waters", False), ("near {C}", False),
    ("in waters near {T}", False), ("off {Tposs} coast", False), ("in {D} territory", False),
    ("in the strait between {T} and {Z}", True), ("in the sea between {T} and {Z}", True),
)  # fmt: skip


def c1_force_at_place(sc: Scene) -> Built:
    """ "Russia held naval drills off the coast of Norway", "deployed warships in the strait
    between Japan and Korea": the place's state (both, between two) is the target; the doer's
    own coast is none."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, root = rng.choice(_AT_PLACE)
    doer = sc.leader(s) if rng.random() < 0.15 else sc.name(s)
    if rng.random() < 0.15:  # the control: its own coast
        place = rng.choice(("off its own coast", "in its own waters", "near its own coast"))
        text = f"{doer} {act.format(F=rng.choice(_FORCES), P=place)}{_time(sc)}."
        return _cap(text), (Expect(s.iso3, "", frozenset({root}), ASSERTED),), ()
    place, two = rng.choice(_PLACES)
    tname = sc.name(t, capital=0.0)
    place = place.format(
        T=tname, Tposs=_poss(tname), D=t.demonym, C=t.capital, Z=sc.name(z, capital=0.0)
    )
    text = f"{doer} {act.format(F=rng.choice(_FORCES), P=place)}{_time(sc)}."
    want = [Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED)]
    if two:
        want.append(Expect(s.iso3, z.iso3, frozenset({root}), ASSERTED))
    return _cap(text), tuple(want), ()


# -- c2 ------------------------------------------------------------------------------------
_BODIES = (
    ("The UN General Assembly", "IGO"), ("The UN Security Council", "IGO"),
    ("The African Union", "IGO"), ("The European Union", "IGO"),
)  # fmt: skip
_BODY_ACTS = ("adopted a resolution{w}", "held a vote{w}", "passed a resolution{w}")
_ON_BODY = (
    ("praised the resolution", "05"), ("welcomed the resolution", "05"),
    ("thanked the assembly", "05"), ("welcomed the vote", "05"), ("praised the vote", "05"),
    ("criticized the resolution", "11"), ("rejected the resolution", "12"),
    ("boycotted the vote", "14"), ("boycotted the ballot", "14"),
)  # fmt: skip
_AND_THEN = (
    ("urged {T} to negotiate", "02"), ("accused {T} of meddling", "11"),
    ("called on {T} to withdraw its troops", "02"), ("urged {T} to resume talks", "02"),
)  # fmt: skip


def c2_body_object(sc: Scene) -> Built:
    """ "Egypt praised the resolution and urged Ethiopia to negotiate": the praise is not of
    Ethiopia; after "The UN General Assembly adopted a resolution" it is of the UN, as is
    "Venezuela boycotted the vote" there."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = rng.choice(_ON_BODY)
    then, then_root = rng.choice(_AND_THEN)  # (its own event: an acceptable reading)
    doer = sc.leader(s) if rng.random() < 0.15 else sc.name(s)
    alone = rng.random() < 0.3  # "Venezuela boycotted the vote." (after the body's act only)
    last = f"{doer} {act}." if alone else f"{doer} {act} and {then.format(T=sc.name(t))}."
    allowed: tuple[Expect, ...] = (Expect(s.iso3, t.iso3, frozenset({then_root}), ANY),)
    # (a boycott with no organisation named is read as aimed at home by ``pairs.home_target``:
    # not this construction's phenomenon, so boycotts come after a body's act only)
    if alone or root == "14" or rng.random() < 0.5:
        body, code = rng.choice(_BODIES)
        first = f"{body} {rng.choice(_BODY_ACTS).format(w=_time(sc))}."
        text = f"{first} {_cap(last)}"
        allowed += (Expect(code, "*", frozenset(), ANY),)
        if "assembly" in act and "Assembly" not in body:  # an organ the body's name does not hold
            code = ""
        return text, (Expect(s.iso3, code, frozenset({root}), ASSERTED),), allowed
    return _cap(last), (Expect(s.iso3, "", frozenset({root}), ASSERTED),), allowed


# -- c3 ------------------------------------------------------------------------------------
_FREED = ("freed two {D} soldiers", "released three {D} fishermen", "freed a {D} journalist")
_ON_RELEASE = (
    ("welcomed the release", "05"), ("praised the release", "05"), ("hailed the release", "05"),
)  # fmt: skip
_BOUGHT = ("bought tanks from {Y}", "purchased fighter jets from {Y}", "bought drones from {Y}")
_ON_PURCHASE = (
    ("condemned the purchase", "11"), ("criticized the purchase", "11"),
    ("denounced the acquisition", "11"), ("criticized the acquisition", "11"),
    ("called the purchase a provocation", "11"), ("called the acquisition a threat", "11"),
)  # fmt: skip


# (a sending, the nouns that name it again)
_SENT = (
    ("sent air defence systems to {T}", ("shipment", "delivery")),
    ("delivered howitzers to {T}", ("delivery", "shipment")),
    ("shipped tanks to {T}", ("shipment", "delivery")), ("deployed troops to {T}", ("deployment",)),
)  # fmt: skip
_ON_DELIVERY = (("condemned", "11"), ("criticized", "11"), ("welcomed", "05"))


def _pair(a: State, b: State) -> tuple[Expect, ...]:
    return (Expect(a.iso3, b.iso3, frozenset(), ANY), Expect(b.iso3, a.iso3, frozenset(), ANY))


def c3_named_act(sc: Scene, others: list[State]) -> Built:
    """ "Chad freed two Sudanese soldiers. Sudan welcomed the release": the releaser; "Poland
    bought tanks from Korea. Russia condemned the purchase": the buyer; "Germany sent air
    defence systems to Ukraine. Russia condemned the shipment": the sender. Two doers of such
    acts before: no target."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    y, w = others[0], others[1]
    doer = sc.leader(s) if rng.random() < 0.15 else sc.name(s)
    two = rng.random() < 0.2
    r = rng.random()
    if r < 0.3:  # a delivery: its doer z, to t (two: the same act by y, to w)
        gift, nouns = rng.choice(_SENT)
        lines = [f"{sc.name(z)} {gift.format(T=sc.name(t))}{_time(sc)}."]
        allowed = list(_pair(z, t))
        if two:
            lines.append(f"{sc.name(y)} {gift.format(T=sc.name(w))}.")
            allowed += _pair(y, w)
        verb, root = rng.choice(_ON_DELIVERY)
        act = f"{verb} the {rng.choice(nouns)}"
    elif r < 0.65:  # a release: its doer z, the released of t (the reacting state s)
        lines = [f"{sc.name(z)} {rng.choice(_FREED).format(D=t.demonym)}{_time(sc)}."]
        allowed = [*_pair(z, t), Expect(z.iso3, "*", frozenset(), ANY)]
        if two:
            lines.append(f"{sc.name(y)} {rng.choice(_FREED).format(D=w.demonym)}.")
            allowed += [*_pair(y, w), Expect(y.iso3, "*", frozenset(), ANY)]
        act, root = rng.choice(_ON_RELEASE)
    else:  # a purchase: its buyer z, from the seller t
        lines = [f"{sc.name(z)} {rng.choice(_BOUGHT).format(Y=sc.name(t))}{_time(sc)}."]
        allowed = list(_pair(z, t))
        if two:
            lines.append(f"{sc.name(y)} {rng.choice(_BOUGHT).format(Y=sc.name(w))}.")
            allowed += _pair(y, w)
        act, root = rng.choice(_ON_PURCHASE)
    lines = [_cap(x) for x in lines]
    text = " ".join(lines) + rng.choice((" ", "\n\n")) + _cap(f"{doer} {act}.")
    want = Expect(s.iso3, "" if two else z.iso3, frozenset({root}), ASSERTED)
    return text, (want,), tuple(allowed)


# -- c4 ------------------------------------------------------------------------------------
_THINGS = ("tanks", "fighter jets", "drones", "frigates", "howitzers", "air defence systems")
_DEALS = (
    "{B} signed a contract to buy {X} from {S}{w}.", "{B} signed a deal with {S} to buy {X}{w}.",
    "{B} agreed to buy {X} from {S}{w}.", "{B} signed an agreement with {S} to buy {X}{w}.",
)  # fmt: skip
_DELIVER = (
    ("will supply the first {X} next year", "03", ANY),
    ("will deliver the first {X} in March", "03", ANY),
    ("delivered the first {X} on Monday", "07", ASSERTED),
    ("will deliver the {X} next year", "03", ANY),
)  # fmt: skip


def c4_deal_delivery(sc: Scene, others: list[State]) -> Built:
    """ "Romania signed a contract to buy drones from Turkey. Ankara will supply the first
    drones next year": the buyer; after deals of the seller with two buyers, no one."""
    rng, s, b = sc.rng, sc.s, sc.t
    y = others[0]
    x = rng.choice(_THINGS)
    lines = [rng.choice(_DEALS).format(B=sc.name(b), S=sc.name(s), X=x, w=_time(sc))]
    allowed = list(_pair(s, b))
    two = rng.random() < 0.2
    if two:
        lines.append(rng.choice(_DEALS).format(B=sc.name(y), S=sc.name(s), X=x, w=""))
        allowed += _pair(s, y)
    act, root, facts = rng.choice(_DELIVER)
    doer = sc.name(s)
    text = " ".join(_cap(t) for t in lines) + " " + _cap(f"{doer} {act.format(X=x)}.")
    return text, (Expect(s.iso3, "" if two else b.iso3, frozenset({root}), facts),), tuple(allowed)


CONTEXT10_CONSTRUCTIONS = {"c1_force_at_place": c1_force_at_place, "c2_body_object": c2_body_object}
CONTEXT10_WITH_OTHERS = {"c3_named_act": c3_named_act, "c4_deal_delivery": c4_deal_delivery}
FLOORS = {name: (24, 0) for name in (*CONTEXT10_CONSTRUCTIONS, *CONTEXT10_WITH_OTHERS)}
# c4: with two buyers of the seller, "delivered the first jets" / "will deliver the jets" is read
# by ``described.given_again_recipient``'s fallback (the one state that received the things named
# before) as the first buyer's: 1 of 24 wrong (no false assertion). Main before context10
# (bench/phenomena.py --n 3000, 18 each): c1 0.50, c2 0.00 (18 false: the urged state), c3 0.00
# (6 false: the seller, or a guess); c4 on this sample 3 of 24.
FLOORS |= {"c4_deal_delivery": (23, 0)}
