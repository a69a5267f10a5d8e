"""The suite's false assertions on seeds 1-8 (issue 9 round 17, suite18) as constructions of
their own, crossed with the suite's states by name, capital, leader or demonym:

- ``s18_warned_unowned``: "S warned T that the deployment would undermine the talks": a warning
  about an act the sentence leaves unowned, told to T, is a plain statement (GUIDE rule 2), no
  criticism of T (11);
- ``s18_warned_owned``: "S warned that T's plan would undermine the talks": harm predicted of
  T's named act criticises T (11);
- ``s18_aid_frozen_noun``: "the freezing / halting / cutting of aid to T by S": reduced aid
  (16), no aid given (07);
- ``s18_firm_pay``: "S fined a T firm ... S later demanded that the firm pay compensation":
  the demand is aimed at the firm (T's business), never at S itself;
- ``s18_welcomed_late``: "S's president arrived in T's capital late on Sunday night and was
  welcomed by T's president": the visit and its hosting (04), no praise (05).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _poss,
    _time,
)


def _one(src: str, tgt: str, root: str) -> Expect:
    return Expect(src, tgt, frozenset({root}), ASSERTED)


_WHO = ("{S}", "{Sleader}", "the {Sdem} foreign ministry")
_HARMS = ("would undermine the talks", "could damage regional trade",
          "would destabilise the region", "might undermine the ceasefire")  # fmt: skip
_UNOWNED = ("the deployment", "this move", "the decision", "the plan")


def _who(sc: Scene) -> str:
    s = sc.s
    return sc.rng.choice(_WHO).format(S=sc.name(s), Sleader=sc.leader(s), Sdem=s.demonym)


def s18_warned_unowned(sc: Scene) -> Built:
    """ "Japan warned China that the deployment would undermine the talks": no event."""
    told = sc.rng.choice(("warned", "told"))
    act, harm = sc.rng.choice(_UNOWNED), sc.rng.choice(_HARMS)
    text = f"{_who(sc)} {told} {sc.name(sc.t)} that {act} {harm}{_time(sc)}."
    return _cap(text), (), NOTHING_ASSERTED


def s18_warned_owned(sc: Scene) -> Built:
    """ "Japan warned that China's deployment would undermine the talks": S -> T 11."""
    verb = sc.rng.choice(("warned that", "said", "said that"))
    act = sc.rng.choice(("deployment", "plan", "decision", "new tariffs"))
    harm = sc.rng.choice(_HARMS)
    text = f"{_who(sc)} {verb} {_poss(sc.name(sc.t))} {act} {harm}{_time(sc)}."
    # T's act itself, as a hedged act of T's, is an acceptable reading
    hedged = Expect(sc.t.iso3, "", frozenset(), NOT_ASSERTED)
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "11"),), (hedged,)


_FROZEN = ("the freezing of {kind} aid to {T} by {S}", "the halting of {kind} aid to {T} by {S}",
           "the cutting of {kind} aid to {T} by {S}", "{Sposs} freezing of {kind} aid to {T}",
           "{Sposs} halting of {kind} aid to {T}")  # fmt: skip
_TOOK = ("took effect on Monday", "was announced on Monday", "came as a surprise")


def s18_aid_frozen_noun(sc: Scene) -> Built:
    """ "The freezing of military aid to Britain by Belgrade took effect": S -> T 16."""
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    kind = sc.rng.choice(("military", "economic", "development"))
    phrase = sc.rng.choice(_FROZEN).format(kind=kind, T=tname, S=sname, Sposs=_poss(sname))
    text = f"{phrase} {sc.rng.choice(_TOOK)}."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "16"),), ()


_FIRMS = ("construction firm", "mining firm", "logging firm")
_FIRST = ("fined {F} for polluting a river", "ordered {F} to stop work",
          "suspended the licence of {F}")  # fmt: skip
_PAY = ("pay compensation", "pay compensation to the farmers", "pay damages")


def s18_firm_pay(sc: Scene) -> Built:
    """ "Kenya fined a Ugandan construction firm. Kenya later demanded that the firm pay
    compensation": S -> T 10, never S -> S."""
    s, t = sc.s, sc.t
    firm = f"{_article(t.demonym)} {sc.rng.choice(_FIRMS)}"
    first = sc.rng.choice(_FIRST).format(F=firm)
    who = sc.rng.choice((sc.name(s), f"{_poss(s.name)} government"))
    text = (
        f"{_cap(sc.name(s))} {first}{_time(sc)}. {_cap(who)} later demanded that the firm "
        f"{sc.rng.choice(_PAY)}."
    )
    return text, (_one(s.iso3, t.iso3, "10"),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


def s18_welcomed_late(sc: Scene) -> Built:
    """ "Syria's president arrived in Mexico City late on Sunday night and was welcomed by
    Mexico's president": S -> T 04 and T -> S 04, no praise."""
    s, t = sc.s, sc.t
    role = sc.rng.choice(("president", "prime minister"))
    came = sc.rng.choice(("arrived in", "landed in"))
    when = sc.rng.choice(("late on Sunday night", "early on Monday morning", "late on Sunday"))
    text = (
        f"{_poss(s.name)} {role} {came} {t.capital} {when} and was welcomed by "
        f"{_poss(t.name)} president."
    )
    return text, (_one(s.iso3, t.iso3, "04"), _one(t.iso3, s.iso3, "04")), ()


SUITE18_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "s18_warned_unowned": s18_warned_unowned,
    "s18_warned_owned": s18_warned_owned,
    "s18_aid_frozen_noun": s18_aid_frozen_noun,
    "s18_firm_pay": s18_firm_pay,
    "s18_welcomed_late": s18_welcomed_late,
}
FLOORS = {name: (23, 0) for name in SUITE18_CONSTRUCTIONS}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before suite18 (b0e733a) the same 24 scored (right, false assertions): s18_warned_unowned
# 0/24 (criticism of the one warned, 111); s18_warned_owned 24/0 (kept); s18_aid_frozen_noun
# 0/12 (aid given, 07); s18_firm_pay 16/5 (the demand at the demander's own state);
# s18_welcomed_late 8/16 (praise, 051). After: 24/0 each.
