"""Round 25's "target named only in the story" (issue 9, parties38; recurring.md's X, fresh19's
C, practice4's IT, practice5's ST) as suite constructions crossed with the suite's states named
by name, capital or demonym, leaders, and several phrasings each:

- ``p38_conjoined_gift``: "X has given Y patrol boats and trained its coastguard", "X sent rice to
  Y and trained its engineers", "X has trained Y-ian rangers and sent vehicles": a giving or
  cooperating act (06, 07) conjoined to one that names its recipient gives to the same state:
  X -> Y 06/07 for both conjuncts, never a second act with no target; "... and trained its own
  pilots" stays the doer's own (no key to Y);
- ``p38_aid_after_disaster``: "Floods displaced thousands of people in Y last week. X pledged
  $5 million in aid", "An earthquake left thousands homeless in Y. X has offered rescue teams": aid
  pledged in a story that names one other state and no act between them goes to that state:
  X -> Y 03 asserted (not where the paragraph tells no need: "Donors met in Paris");
- ``p38_host_talks``: "Relations between Y and Z have soured. X has offered to host new talks",
  "Y closed its border with Z. X has offered to mediate": an offer to host talks is a mediation
  offer to both sides of the dispute, the latest act's two states or, with none, the two other
  states the paragraph names: X -> Y and X -> Z 03 (and "X and W have each offered to host
  talks" is no offer of X and W to each other);
- ``p38_spokesman_for``: "Y accused X of backing the rebels. A spokesman for X's government
  denied the charge": a spokesman's "for" phrase names whose voice he is, as "of" does:
  X -> Y 01 asserted (before, an unplaced doer whose denial the story stages never read);
- ``p38_issued_statement``: "X and Z issued a joint statement on Monday. The statement urged Y
  to release detained journalists": a statement or letter that an earlier sentence has states
  issue speaks for them (practice5's DS): X -> Y and Z -> Y 02/11 asserted.

Scores on main (996d291) before the fixes, 24 cases each (``phenomena.sample``, seed 0):
p38_conjoined_gift 10/24 (the second conjunct with no target), p38_aid_after_disaster 14/24
(no recipient), p38_host_talks 3/24 (no target); after: 24/24 each, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap

_GIVING = frozenset({"06", "07"})


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


# A first act that names its recipient ({T}: the name; {Tdem}: the demonym).
_FIRST = (
    "has given {T} two patrol boats",
    "sent rice to {T}",
    "has given {T} two helicopters",
    "delivered medicines to {T}",
    "has trained {Tdem} rangers",
    "gave {T} armoured vehicles",
)  # fmt: skip
# A conjoined giving or cooperating act that names no recipient but "its" people or a thing.
_SECOND = (
    "trained its coastguard",
    "trained its engineers",
    "sent vehicles",
    "trained its pilots",
    "supplied spare parts",
    "sent medical teams",
)  # fmt: skip
_TIMES = ("", " last year", " since 2019", " this year")


def p38_conjoined_gift(sc: Scene) -> Built:
    """ "Norway has given Kenya two patrol boats and trained its coastguard": NOR -> KEN 06/07
    for both conjuncts."""
    s = sc.name(sc.s, capital=0.0)
    first = sc.rng.choice(_FIRST).format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    second = sc.rng.choice(_SECOND)
    if sc.rng.random() < 0.3:
        second = second.replace("its ", "its own ") if "its " in second else second
    text = f"{_cap(s)} {first} and {second}{sc.rng.choice(_TIMES)}."
    want = (_e(sc.s, sc.t, _GIVING, ASSERTED),)
    allowed: tuple[Expect, ...] = (_e(sc.s, sc.t, _GIVING | {"03", "05"}, ANY),)
    if " own " in text:  # ("... and trained its own pilots": the doer's own, no one's)
        allowed += (Expect(sc.s.iso3, "", _GIVING, ANY), Expect(sc.s.iso3, sc.s.iso3, _GIVING, ANY))
    return text, want, allowed


# A disaster or a crisis placed in the other state, with no act between the two states.
_DISASTERS = (
    "Floods displaced thousands of people in {T} last week.",
    "An earthquake left thousands of people homeless in {T} on Monday.",
    "Cholera has spread through camps in {T}.",
    "A cyclone flattened villages along the coast of {T} on Sunday.",
    "Drought has left millions of people in {T} short of food.",
)  # fmt: skip
_PLEDGES = (
    "pledged $5 million in aid",
    "pledged 10 million euros in emergency aid",
    "has offered rescue teams",
    "promised food and tents",
    "has pledged $2 million in humanitarian assistance",
    "offered medical teams on Tuesday",
)  # fmt: skip


def p38_aid_after_disaster(sc: Scene) -> Built:
    """ "Floods displaced thousands of people in Malawi last week. Zambia pledged $5 million in
    aid": ZMB -> MWI 03 asserted."""
    story = sc.rng.choice(_DISASTERS).format(T=sc.name(sc.t, capital=0.0))
    s = sc.rng.choice((sc.name(sc.s, capital=0.3), f"{_poss(sc.s.name)} government"))
    text = f"{story} {_cap(s)} {sc.rng.choice(_PLEDGES)}."
    want = (_e(sc.s, sc.t, frozenset({"03"}), ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset({"07"}), ANY),)
    return text, want, allowed


# A dispute between the two states, told with or without an act between them.
_DISPUTES = (
    "Relations between {S} and {T} have soured over border raids.",
    "Tension between {S} and {T} has grown since the elections.",
    "{S} closed its border with {T} on Monday.",
    "{S} accused {T} of shelling a border village.",
)  # fmt: skip
_HOSTINGS = (
    "has offered to host new talks",
    "offered on Tuesday to host talks",
    "has offered to host a summit",
    "offered to host negotiations between the two",
    "has offered to mediate",
)  # fmt: skip


def p38_host_talks(sc: Scene) -> Built:
    """ "Relations between Rwanda and Burundi have soured. Kenya has offered to host new talks":
    KEN -> RWA and KEN -> BDI 03, an offer to both sides of the dispute."""
    story = sc.rng.choice(_DISPUTES).format(
        S=sc.name(sc.s, capital=0.0), T=sc.name(sc.t, capital=0.0)
    )
    z = sc.rng.choice((sc.name(sc.z, capital=0.3), f"{_poss(sc.z.name)} government"))
    text = f"{story} {_cap(z)} {sc.rng.choice(_HOSTINGS)}."
    want = (
        _e(sc.z, sc.s, frozenset({"03"}), ASSERTED),
        _e(sc.z, sc.t, frozenset({"03"}), ASSERTED),
    )
    allowed = (
        _e(sc.s, sc.t, frozenset({"11", "12", "19", "17", "16"}), ANY),
        _e(sc.t, sc.s, frozenset({"11", "12", "19", "17", "16"}), ANY),
    )
    return text, want, allowed


_VOICES = (
    "A spokesman for {Xposs} government",
    "A spokeswoman for the {Xdem} government",
    "A spokesman for {Xposs} foreign ministry",
    "A spokesperson for {X}",
)  # fmt: skip
_CHARGES = (
    ("accused {X} of backing the rebels.", "denied the charge"),
    ("accused {X} of shelling a border village.", "rejected the accusation"),
    ("blamed {X} for the attack on its consulate.", "denied the accusation"),
)  # fmt: skip


def p38_spokesman_for(sc: Scene) -> Built:
    """ "Burundi accused Rwanda of backing the rebels. A spokesman for Rwanda's government
    denied the charge": RWA -> BDI 01/12 asserted (the voice's "for" phrase names whose)."""
    x = sc.name(sc.s, capital=0.0)
    charge, answer = sc.rng.choice(_CHARGES)
    voice = sc.rng.choice(_VOICES).format(Xposs=_poss(x), Xdem=sc.s.demonym, X=x)
    text = f"{_cap(sc.name(sc.t, capital=0.3))} {charge.format(X=x)} {voice} {answer}."
    want = (_e(sc.s, sc.t, frozenset({"01", "12"}), ASSERTED),)
    allowed = (_e(sc.t, sc.s, frozenset({"11", "12"}), ANY),)
    return text, want, allowed


_ISSUED = (
    "{S} and {Z} issued a joint statement on Monday.",
    "{S} and {Z} released a joint statement after talks in Geneva.",
    "The foreign ministers of {S} and {Z} issued a statement on Friday.",
    "{S} and {Z} sent a joint letter to the United Nations on Tuesday.",
)  # fmt: skip
_TEXT_ACTS = (
    ("The {N} urged {T} to release detained journalists.", "02"),
    ("The {N} condemned {Tposs} decision to close the border.", "11"),
    ("The {N} called on {T} to withdraw its troops.", "02"),
    ("The {N} accused {T} of arming the rebels.", "11"),
)  # fmt: skip


def p38_issued_statement(sc: Scene) -> Built:
    """ "Britain and Canada issued a joint statement on Monday. The statement urged Burundi to
    release detained journalists": GBR -> BDI and CAN -> BDI 02 asserted (the text speaks for
    the states that issued it)."""
    issued = sc.rng.choice(_ISSUED)
    s, z, t = (sc.name(x, capital=0.0) for x in (sc.s, sc.z, sc.t))
    noun = "letter" if "letter" in issued else "statement"
    act, root = sc.rng.choice(_TEXT_ACTS)
    text = f"{issued.format(S=s, Z=z)} {act.format(N=noun, T=t, Tposs=_poss(t))}"
    roots = frozenset({root})
    want = (_e(sc.s, sc.t, roots, ASSERTED), _e(sc.z, sc.t, roots, ASSERTED))
    allowed = (_e(sc.s, sc.z, frozenset({"03", "05", "04"}), ANY),
               _e(sc.z, sc.s, frozenset({"03", "05", "04"}), ANY),
               # (issuing the text is a statement of its own, 010, to no one or to the UN)
               Expect(sc.s.iso3, "", frozenset({"01"}), ANY),
               Expect(sc.z.iso3, "", frozenset({"01"}), ANY),
               Expect(sc.s.iso3, "IGO", frozenset({"01"}), ANY),
               Expect(sc.z.iso3, "IGO", frozenset({"01"}), ANY))  # fmt: skip
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p38_issued_statement": p38_issued_statement,
    "p38_spokesman_for": p38_spokesman_for,
    "p38_host_talks": p38_host_talks,
    "p38_conjoined_gift": p38_conjoined_gift,
    "p38_aid_after_disaster": p38_aid_after_disaster,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
