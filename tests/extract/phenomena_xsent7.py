"""Targets named only in an earlier sentence, by a pronoun or a description (issue 9, xsent7):
two-sentence documents whose second act's object is "it" (x1), a relation noun "its neighbour"
(x2), a class noun "the kingdom" / "the island nation" (x3), "the two sides" (x4), "the
South" / "the North" of a Korea story (x5) or "the deal" a third state mediated (x6). The first sentence names the state; its own events
are acceptable readings, the second sentence's act is what each case asks for."""

from __future__ import annotations

from phenomena_tables import State, load_states
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

# First sentences that name Z and then T last, with no thing noun after T.
_T_LAST = (
    "Talks between {Z} and {T} collapsed{w}.", "{Z} recalled its ambassador from {T}{w}.",
    "{Z} sent troops to {T}{w}.", "{Z} cut trade ties with {T}{w}.",
    "Relations between {Z} and {T} have soured sharply.",
)  # fmt: skip
# Second acts on "it": (phrase, CAMEO root).
_ON_IT = (
    ("accused it of meddling", "11"), ("urged it to show restraint", "02"),
    ("imposed sanctions on it", "16"), ("cut diplomatic ties with it", "16"),
    ("criticized it sharply", "11"), ("threatened it with sanctions", "13"),
    ("called on it to release the prisoners", "02"),
)  # fmt: skip


def _pair_events(a: State, b: State) -> tuple[Expect, ...]:
    """The first sentence's own events: between its two states, either way, any reading."""
    return (Expect(a.iso3, b.iso3, frozenset(), ANY), Expect(b.iso3, a.iso3, frozenset(), ANY))


def _first(sc: Scene, z: State, t: State, lines: tuple[str, ...]) -> str:
    return _cap(sc.rng.choice(lines).format(Z=sc.name(z), T=sc.name(t), w=_time(sc)))


# First sentences that name only T ("it" is T whoever the second sentence's doer is).
_T_ALONE = (
    "{T} left the talks{w}.", "{T} withdrew from the talks{w}.",
    "{T} mobilized its reservists{w}.", "{T} walked out of the talks{w}.",
)  # fmt: skip


def x1_pronoun_object(sc: Scene) -> Built:
    """ "Peru recalled its ambassador from Chile. Lima accused it of meddling": an object "it"
    is not its own clause's doer; it is the state named last before it."""
    rng, s, t = sc.rng, sc.s, sc.t
    phrase, root = rng.choice(_ON_IT)
    lead = rng.choice(("", "On Tuesday, ", "In response, "))
    if rng.random() < 0.7:  # the doer named again: "it" is the other state
        first = _first(sc, s, t, _T_LAST)
        doer = sc.leader(s) if rng.random() < 0.2 else sc.name(s)
    else:
        first = _first(sc, s, t, _T_ALONE)
        doer = sc.leader(s) if rng.random() < 0.2 else sc.name(s)
    text = f"{first} {lead}{doer} {phrase}."
    allowed = (*_pair_events(s, t), Expect(t.iso3, "", frozenset(), ANY))
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), allowed


_ABOUT_S = (
    "{T} accused {S} of espionage{w}.", "{T} expelled {Sdem} diplomats{w}.",
    "{T} closed its border with {S}{w}.", "Talks between {T} and {S} collapsed{w}.",
)  # fmt: skip
_RELATIONS = ("neighbour", "neighbor", "rival", "ally", "partner", "adversary")
_ON_RELATION = (
    ("criticized {R}", "11"), ("accused {R} of lying", "11"), ("urged {R} to show restraint", "02"),
    ("imposed sanctions on {R}", "16"), ("cut diplomatic ties with {R}", "16"),
)  # fmt: skip


def x2_relation_noun(sc: Scene) -> Built:
    """ "Turkey accused Greece of espionage. Athens criticized its neighbour": a relation noun
    with an owner is the one other state the last sentences named."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    rel = rng.choice(_RELATIONS)
    phrase, root = rng.choice(_ON_RELATION)
    if rng.random() < 0.7:  # "its neighbour": owned by the doer
        first = rng.choice(_ABOUT_S).format(T=sc.name(t), S=sc.name(s), Sdem=s.demonym, w=_time(sc))
        allowed = _pair_events(s, t)
        owner = "its"
    else:  # "Z's ally": owned by a third state, the other one named
        first = rng.choice(_T_LAST).format(Z=sc.name(z), T=sc.name(t), w=_time(sc))
        allowed = _pair_events(z, t)
        owner = _poss(sc.name(z))
    act = phrase.format(R=f"{owner} {rel}")
    text = f"{_cap(first)} {sc.name(s)} {act}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), allowed


# Classes the suite's states fall into, and the descriptions news uses for them.
_CLASSES = (
    (frozenset({"GBR", "SAU", "JOR", "ESP", "MAR"}), ("the kingdom",)),
    (frozenset({"JPN", "IDN", "PHL", "CUB", "TWN"}),
     ("the island nation", "the island state", "the island country")),
)  # fmt: skip
_MET_T = (
    "{Z} sent envoys to {T}{w}.", "{Z} held talks with {T}{w}.",
    "{Zposs} foreign minister visited {T}{w}.", "{Z} signed a trade deal with {T}{w}.",
)  # fmt: skip
_ON_CLASS = (
    ("urged {D} to release the prisoners", "02"), ("praised {D}", "05"),
    ("imposed sanctions on {D}", "16"), ("criticized {D}", "11"),
    ("accused {D} of meddling", "11"), ("held talks with {D}", "04"),
)  # fmt: skip


def x3_class_noun(sc: Scene, others: list[State]) -> Built:
    """ "Egypt sent envoys to Jordan. Turkey praised the kingdom": a class description is the
    one state of that class the document named (the doer may be of the class too)."""
    rng = sc.rng
    members, descs = rng.choice(_CLASSES)
    pool = [sc.s, sc.t, sc.z, *others]
    inside = [x for x in pool if x.iso3 in members]
    outside = [x for x in pool if x.iso3 not in members]
    if not inside or len(outside) < 2:  # (the scene drew no member: take one from the tables)
        inside = [x for x in load_states() if x.iso3 in members]
    t = rng.choice(inside)
    z, s = outside[0], outside[1]
    if rng.random() < 0.3 and len(inside) > 1:  # "Madrid praised the kingdom": not the doer
        s = rng.choice([x for x in inside if x is not t])
    first = rng.choice(_MET_T).format(
        Z=sc.name(z), Zposs=_poss(sc.name(z)), T=sc.name(t), w=_time(sc)
    )
    phrase, root = rng.choice(_ON_CLASS)
    text = f"{_cap(first)} {sc.name(s)} {phrase.format(D=rng.choice(descs))}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), _pair_events(z, t)


_CLASHED = (
    "{A} and {T} clashed at the border{w}.", "{A} and {T} exchanged fire{w}.",
    "{A} and {T} traded artillery fire{w}.",
)  # fmt: skip
_ON_SIDES = (
    ("urged the two sides to show restraint", "02"), ("called on both sides to halt the fighting", "02"),
    ("urged both countries to resume talks", "02"), ("held talks with both sides", "04"),
)  # fmt: skip


def x4_two_sides(sc: Scene) -> Built:
    """ "India and Pakistan exchanged fire, China said. Beijing urged the two sides to show
    restraint": the last two states named other than the doer (whose name may come between)."""
    rng, s, t, a = sc.rng, sc.s, sc.t, sc.z
    first = rng.choice(_CLASHED).format(A=sc.name(a), T=sc.name(t), w=_time(sc))
    if rng.random() < 0.4:  # the doer named last: "..., Turkey's foreign ministry said."
        first = first[:-1] + f", {_poss(s.name)} foreign ministry said."
    phrase, root = rng.choice(_ON_SIDES)
    text = f"{_cap(first)} {sc.name(s)} {phrase}."
    want = (
        Expect(s.iso3, a.iso3, frozenset({root}), ASSERTED),
        Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),
    )
    return text, want, (*_pair_events(a, t), Expect("*", "*", frozenset({"01"}), ANY))


_KOREAS = {
    "KOR": ("South Korea", "Seoul", "the South"),
    "PRK": ("North Korea", "Pyongyang", "the North"),
}
_KOREA_FIRST = (
    "{K} fired two missiles into the sea{w}.", "{K} held military drills{w}.",
    "{K} launched a reconnaissance satellite{w}.",
)  # fmt: skip
_ON_HALF = (
    ("accused {H} of rehearsing an invasion", "11"), ("urged {H} to return to talks", "02"),
    ("imposed sanctions on {H}", "16"), ("criticized {H}", "11"),
    ("threatened to attack {H}", "13"),
)  # fmt: skip


def x5_divided_half(sc: Scene, others: list[State]) -> Built:
    """ "North Korea fired two missiles. Japan urged the North to return to talks": in a story
    that names a Korea, "the South" is South Korea and "the North" North Korea."""
    rng = sc.rng
    named = rng.choice(("KOR", "PRK"))
    half = rng.choice(("KOR", "PRK"))
    third = next(x for x in (sc.s, sc.t, sc.z, *others) if x.iso3 not in _KOREAS)
    if half != named and rng.random() < 0.6:  # the other Korea acts on "the South"
        doer_code, doer = named, _KOREAS[named][rng.randrange(2)]
    else:
        doer_code, doer = third.iso3, sc.name(third)
    first = rng.choice(_KOREA_FIRST).format(K=_KOREAS[named][rng.randrange(2)], w=_time(sc))
    phrase, root = rng.choice(_ON_HALF)
    text = f"{first} {doer} {phrase.format(H=_KOREAS[half][2])}."
    allowed = (Expect(named, "*", frozenset(), ANY), Expect(named, "", frozenset(), ANY))
    return text, (Expect(doer_code, half, frozenset({root}), ASSERTED),), allowed


_AGREED = (
    "{A} and {B} agreed to a ceasefire{w}.", "{A} and {B} signed a peace agreement{w}.",
    "{A} and {B} agreed to a prisoner swap{w}.", "{A} and {B} agreed to stop all firing{w}.",
)  # fmt: skip
_MEDIATED = (
    "mediated the deal", "brokered the deal", "brokered the truce", "mediated the agreement",
    "said it had mediated the deal",
)  # fmt: skip


def x6_mediated_deal(sc: Scene) -> Built:
    """ "India and Pakistan agreed to stop firing. Washington mediated the deal": mediating
    "the deal" is aimed at the parties of the latest agreement named before."""
    rng, s, a, b = sc.rng, sc.s, sc.t, sc.z
    first = rng.choice(_AGREED).format(A=sc.name(a), B=sc.name(b), w=_time(sc))
    facts = ANY if "said" in (phrase := rng.choice(_MEDIATED)) else ASSERTED
    text = f"{_cap(first)} {sc.name(s)} {phrase}."
    want = (
        Expect(s.iso3, a.iso3, frozenset({"04"}), facts),
        Expect(s.iso3, b.iso3, frozenset({"04"}), facts),
    )
    return text, want, _pair_events(a, b)


XSENT7_CONSTRUCTIONS = {
    "x1_pronoun_object": x1_pronoun_object,
    "x2_relation_noun": x2_relation_noun,
    "x4_two_sides": x4_two_sides,
    "x6_mediated_deal": x6_mediated_deal,
}
XSENT7_WITH_OTHERS = {"x3_class_noun": x3_class_noun, "x5_divided_half": x5_divided_half}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample. Main before
# xsent7, right of 60 (seed 7): x1 11, x2 0 (17 false: "Moscow's ally" read as Russia), x3 0
# (11 false: the doer's own state), x4 0, x5 0, x6 0.
FLOORS = {name: (24, 0) for name in (*XSENT7_CONSTRUCTIONS, *XSENT7_WITH_OTHERS)}
