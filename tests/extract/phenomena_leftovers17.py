"""Round 17's leftover classes (issue 9, leftovers17, from note29's "Noticed, not done") as
suite constructions crossed with the suite's states named by name, capital, demonym + sector or
leader, each with several phrasings:

- ``lo17_yet_to``: "X is (still) yet to / has yet to voice anger at / condemn / recognise Y":
  the act negated (GUIDE rules 4-5), also where the tagger reads the verb after "to" as a noun;
- ``lo17_among_voters``: "X was among / one of N countries that voted to condemn / condemned /
  voted for a resolution condemning Y": X -> Y 11;
- ``lo17_joined_in``: "X joined Z (and W) / N states in condemning / imposing sanctions on Y":
  X -> Y and Z -> Y;
- ``lo17_deadline_leave``: "Y's diplomats were given 72 hours to leave X", "X gave Y's
  ambassador a week to leave (the country)", "..., X's foreign ministry said": X -> Y 16;
- ``lo17_mediators``: "A and B offered to mediate / to broker talks / to act as mediators
  between C and D", or with the sides named in an earlier sentence: A, B -> C, D; never A <-> B;
- ``lo17_debts_paid``: "X paid off / paid / settled / cleared Y's arrears / debts to the World
  Bank / the IMF": monetary aid (07) to Y, not trade (06);
- ``lo17_defence_systems``: "X bought / purchased / acquired / ordered air defence / missile /
  rocket systems from Y", "Y sold air-defence systems to X": an arms sale (06, 062 by the
  codebook; ``test_leftovers17.py`` checks the sub-code), never goods of no code.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, NEGATED, Built, Expect, Scene, _cap, _poss, _time


def _e(src: State, tgt: State, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, frozenset({root}), facts)


def _any_from(src: State) -> Expect:
    return Expect(src.iso3, "*", frozenset(), ASSERTED)


_PENDING = ("is yet to", "is still yet to", "was still yet to", "has yet to", "has still yet to")
_PENDING_ACTS = (
    ("voice anger at {Tposs} strike", "11"),
    ("voice anger at {Tposs} decision", "11"),
    ("voice concern over {Tposs} move", "01"),
    ("condemn {T}", "11"),
    ("recognise {Tposs} new government", "05"),
    ("recall its ambassador from {T}", "16"),
)


def lo17_yet_to(sc: Scene) -> Built:
    """ "Iraq is still yet to voice anger at Turkey's strike": the act, negated."""
    act, root = sc.rng.choice(_PENDING_ACTS)
    tname = sc.name(sc.t, capital=0.2)
    pending = sc.rng.choice(_PENDING)
    text = f"{sc.name(sc.s, capital=0.3)} {pending} {act.format(T=tname, Tposs=_poss(tname))}."
    # (T's own strike or move, a scene act: any reading; the factuality of a noun inside a
    # negated act's argument, "negated" on main too, is another class)
    scene = Expect(sc.t.iso3, "*", frozenset(), ANY)
    return _cap(text), (_e(sc.s, sc.t, root, NEGATED),), (scene,)


_GROUPS = ("countries", "states", "nations", "member states", "governments")
_AMONG = ("was among {n} {group} that", "was among the {n} {group} that",
          "was one of {n} {group} that")  # fmt: skip
_VOTED = ("voted to condemn {T}", "condemned {T}", "voted for a resolution condemning {T}",
          "voted for the motion condemning {T}", "criticised {T}")  # fmt: skip


def lo17_among_voters(sc: Scene) -> Built:
    """ "Brazil was among 40 countries that voted to condemn Russia": Brazil -> Russia 11."""
    n = sc.rng.choice(("12", "40", "93", "141", "27"))
    among = sc.rng.choice(_AMONG).format(n=n, group=sc.rng.choice(_GROUPS))
    act = sc.rng.choice(_VOTED).format(T=sc.name(sc.t, capital=0.0))
    text = f"{sc.name(sc.s, capital=0.2)} {among} {act}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, "11"),), ()


_JOINED_ACTS = (("condemning {T}", "11"), ("imposing sanctions on {T}", "16"),
                ("criticising {T}", "11"), ("recognising {Tposs} new government", "05"),
                ("expelling {Tdem} diplomats", "16"))  # fmt: skip


def lo17_joined_in(sc: Scene, others: list[State]) -> Built:
    """ "Spain joined France (and Italy) / 20 states in condemning Russia": each -> Russia."""
    act, root = sc.rng.choice(_JOINED_ACTS)
    tname = sc.name(sc.t, capital=0.0)
    act = act.format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    z, w = others[0], others[1]
    shape = sc.rng.randrange(3)
    if shape == 0:
        partners, doers = f"{sc.rng.choice(('20', '14', 'several'))} other states", [sc.s]
    elif shape == 1:
        partners, doers = sc.name(z, capital=0.0), [sc.s, z]
    else:
        partners, doers = f"{sc.name(z, capital=0.0)} and {sc.name(w, capital=0.0)}", [sc.s, z, w]
    verb = sc.rng.choice(("joined", "has joined", "joined"))
    text = f"{sc.name(sc.s, capital=0.2)} {verb} {partners} in {act}{_time(sc)}."
    return _cap(text), tuple(_e(d, sc.t, root) for d in doers), ()


_ENVOYS = ("{n} {Tdem} diplomats", "the {Tdem} ambassador", "{Tposs} ambassador",
           "{n} {Tdem} embassy staff", "the {Tdem} envoy")  # fmt: skip
_DEADLINES = ("72 hours", "48 hours", "a week", "seven days", "24 hours", "ten days")


def lo17_deadline_leave(sc: Scene) -> Built:
    """ "Turkish diplomats were given 72 hours to leave Iraq", "Iraq gave the Turkish
    ambassador a week to leave the country", "..., Iraq's foreign ministry said": X -> Y 16."""
    tname = sc.name(sc.t, capital=0.0)
    n = sc.rng.choice(("two", "three", "four", "five"))
    envoy = sc.rng.choice(_ENVOYS).format(n=n, Tdem=sc.t.demonym, Tposs=_poss(tname))
    deadline = sc.rng.choice(_DEADLINES)
    shape = sc.rng.randrange(3)
    facts = ASSERTED
    were = "were" if envoy.split()[0] == n else "was"
    if shape == 0:
        where = sc.rng.choice((sc.s.name, sc.s.capital))
        verb = sc.rng.choice((f"{were} given", "had been given", f"{were} granted"))
        text = f"{envoy} {verb} {deadline} to leave {where}{_time(sc)}."
    elif shape == 1:
        rest = sc.rng.choice(("", " the country"))
        text = f"{sc.name(sc.s, capital=0.3)} gave {envoy} {deadline} to leave{rest}{_time(sc)}."
    else:
        verb = f"{were} given"
        speaker = sc.rng.choice((f"{_poss(sc.s.name)} foreign ministry", f"the {sc.s.demonym}"
                                 " foreign ministry", f"{_poss(sc.s.name)} government"))  # fmt: skip
        text = f"{envoy} {verb} {deadline} to leave the country, {speaker} said."
        facts = frozenset({"reported", "asserted"})
    return _cap(text), (_e(sc.s, sc.t, "16", facts),), ()


_OFFERS = ("offered to mediate between {C} and {D}", "have offered to mediate between {C} and {D}",
           "offered to broker talks between {C} and {D}",
           "offered to act as mediators between {C} and {D}",
           "agreed to mediate between {C} and {D}")  # fmt: skip
_EARLIER = ("{C} and {D} traded accusations over the border", "{C} accused {D} of shelling"
            " border villages", "Talks between {C} and {D} collapsed")  # fmt: skip
_LATER = (
    "offered to mediate",
    "offered to mediate between the two countries",
    "offered to act as mediators",
    "offered to broker talks between the two sides",
)


def lo17_mediators(sc: Scene, others: list[State]) -> Built:
    """ "A and B offered to mediate between C and D" (or C and D in the sentence before): A and
    B -> C and D (03), never each other."""
    a, b, c, d = others[0], others[1], sc.s, sc.t
    pair = f"{sc.name(a, capital=0.0)} and {sc.name(b, capital=0.0)}"
    names = {"C": sc.name(c, capital=0.0), "D": sc.name(d, capital=0.0)}
    if sc.rng.random() < 0.6:
        text = f"{pair} {sc.rng.choice(_OFFERS).format(**names)}{_time(sc)}."
        earlier: tuple[Expect, ...] = ()
    else:
        first = sc.rng.choice(_EARLIER).format(**names)
        text = f"{_cap(first)}{_time(sc)}. {pair} {sc.rng.choice(_LATER)}."
        earlier = (_any_from(c), _any_from(d))
    want = tuple(_e(m, x, "03") for m in (a, b) for x in (c, d))
    return _cap(text), want, earlier


_DEBTS = ("paid off {Tposs} arrears to the World Bank", "paid {Tposs} debts to the IMF",
          "settled {Tposs} arrears with the World Bank", "has cleared {Tposs} arrears to the"
          " African Development Bank", "has paid off {Tposs} debts to the IMF",
          "cleared {Tposs} debts to the World Bank")  # fmt: skip


def lo17_debts_paid(sc: Scene) -> Built:
    """ "Japan paid off Syria's arrears to the World Bank": monetary aid (07) to Syria."""
    tname = sc.name(sc.t, capital=0.2)
    act = sc.rng.choice(_DEBTS).format(Tposs=_poss(tname))
    text = f"{sc.name(sc.s, capital=0.3)} {act}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, "07"),), ()


_SYSTEMS = ("air defence systems", "air-defence systems", "missile defence systems",
            "S-400 air defence systems", "rocket systems", "anti-aircraft systems",
            "Patriot missile systems", "air defense systems")  # fmt: skip
_BUYING = ("bought", "purchased", "acquired", "ordered", "has bought", "procured")


def lo17_defence_systems(sc: Scene) -> Built:
    """ "Hungary purchased air defence systems from Israel": X -> Y 06 (062); "Israel sold air
    defence systems to Hungary": Y -> X."""
    systems = sc.rng.choice(_SYSTEMS)
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    if sc.rng.random() < 0.7:
        text = f"{sname} {sc.rng.choice(_BUYING)} {systems} from {tname}{_time(sc)}."
        return _cap(text), (_e(sc.s, sc.t, "06"),), (_e(sc.t, sc.s, "06"),)
    text = f"{tname} {sc.rng.choice(('sold', 'has sold'))} {systems} to {sname}{_time(sc)}."
    return _cap(text), (_e(sc.t, sc.s, "06"),), (_e(sc.s, sc.t, "06"),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo17_yet_to": lo17_yet_to,
    "lo17_among_voters": lo17_among_voters,
    "lo17_deadline_leave": lo17_deadline_leave,
    "lo17_debts_paid": lo17_debts_paid,
    "lo17_defence_systems": lo17_defence_systems,
}
OTHERS_CONSTRUCTIONS: dict[str, Callable[[Scene, list[State]], Built]] = {
    "lo17_joined_in": lo17_joined_in,
    "lo17_mediators": lo17_mediators,
}
FLOORS = {name: (23, 0) for name in (*SCENE_CONSTRUCTIONS, *OTHERS_CONSTRUCTIONS)}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before leftovers17 (a3dabef) the same 24 scored (right, false assertions): lo17_yet_to
# 13/0 (no event where the tagger read "voice" as a noun or the parser made the act the root
# under "has"); lo17_among_voters 8/0 (no doer for the relative clause's act, or none for the
# resolution's "condemning"); lo17_deadline_leave 0/11 (nothing, or a gift 070 asserted);
# lo17_debts_paid 0/7 (trade 061, or nothing for "settled" / "cleared"); lo17_defence_systems
# 23/0 (the suite's two-digit roots cannot tell 061 from 062: test_leftovers17.py checks the
# code; the one miss: "procured", no row); lo17_joined_in 0/0 (no doer for "in V-ing");
# lo17_mediators 11/26 (the mediators paired with each other 03 when the sides are named
# before or the talks are "brokered"). After: 24/0 each (seeds 0-7, 24 each: 191 of 192 for
# lo17_yet_to before the last repair, 192 of 192 after).
