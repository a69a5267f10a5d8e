"""Round 16c lexicon conventions (issue 9, lex21) as suite constructions, written from the
CAMEO codebook, PETRARCH2's dictionary and GUIDE rule 7, crossed with the suite's states named
by name, capital, demonym + sector or leader:

- ``l21_arms_sale``: "X sold drones / jets / howitzers to Y", "Y bought tanks from X", "X's
  sale of 40 jets to Y", passive "drones were sold to Y by X": military cooperation (06, 062
  by the codebook), the doer's act toward the other party, never aid (07);
- ``l21_called_verdict``: "X called Y's minister / decision irresponsible / a mistake / reckless": criticism
  (11) aimed at Y, never a phone call (04);
- ``l21_slapped``: "X slapped a levy / tariffs / sanctions on Y('s goods)": a sanction (16);
- ``l21_kept_promise``: "X made good on / fulfilled / honoured its promise to send aid to Y":
  the promised act (07, 08) asserted, no promise (03);
- ``l21_paid_off``: "X paid off Y's arrears" (monetary aid, 07), "X paid off its debt to Y"
  (a debt settled, 06).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time


def _one(src: str, tgt: str, root: str) -> Expect:
    return Expect(src, tgt, frozenset({root}), ASSERTED)


_ARMS = ("24 fighter jets", "drones", "120 howitzers", "attack helicopters' missiles",
         "40 tanks", "anti-ship missiles", "armed drones", "artillery shells")  # fmt: skip
_SALES = (
    ("{S} sold {arms} to {T}", "S"),
    ("{S} has sold {arms} to {T}", "S"),
    ("{arms_cap} were sold to {T} by {S}", "S"),
    ("{Sposs} sale of {arms} to {T} was completed", "S"),
    ("{T} bought {arms} from {S}", "T"),
    ("{T} has purchased {arms} from {S}", "T"),
    ("{T} ordered {arms} from {S}", "T"),
)


def l21_arms_sale(sc: Scene) -> Built:
    """ "France sold 24 fighter jets to Egypt", "Egypt bought drones from Turkey": an arms sale
    (062), the seller's act for "sell", the buyer's for "buy from"; the other way `opt`."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    arms = sc.rng.choice(_ARMS)
    frame, doer = sc.rng.choice(_SALES)
    text = frame.format(S=sname, T=tname, Sposs=_poss(sname), arms=arms, arms_cap=_cap(arms))
    text = _cap(text + _time(sc) + ".")
    src, tgt = (sc.s.iso3, sc.t.iso3) if doer == "S" else (sc.t.iso3, sc.s.iso3)
    return text, (_one(src, tgt, "06"),), (_one(tgt, src, "06"),)


_VERDICTS = ("irresponsible", "reckless", "a mistake", "a grave mistake", "dangerous",
             "provocative", "unacceptable", "counterproductive")  # fmt: skip
_JUDGED = ("{Tposs} decision", "{Tposs} move", "{Tposs} new tariffs", "the {Tdem} foreign minister",
           "the {Tdem} ambassador", "{Tlead}", "the {Tdem} prime minister", "{Tdem} officials")  # fmt: skip


def l21_called_verdict(sc: Scene) -> Built:
    """ "Japan called the Chinese foreign minister / China's move reckless": criticism (111) of
    the state judged (its official or its act), no phone call (041)."""
    sname, tname = sc.name(sc.s, capital=0.4), sc.name(sc.t, capital=0.3)
    who = sname if sc.rng.random() < 0.7 else f"{sc.s.demonym} officials"
    fill = {"Tposs": _poss(tname), "Tdem": sc.t.demonym, "Tlead": sc.leader(sc.t)}
    judged = sc.rng.choice(_JUDGED).format(**fill)
    verb = sc.rng.choice(("called", "has called", "called"))
    text = f"{who} {verb} {judged} {sc.rng.choice(_VERDICTS)}{_time(sc)}."
    judged_act = Expect(sc.t.iso3, "*", frozenset(), ASSERTED)  # (the tariffs: asserted)
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "11"),), (judged_act,)


_LEVIES = ("a levy on {Tdem} wine", "tariffs on {Tdem} steel", "sanctions on {T}",
           "a 20 percent duty on {Tdem} imports", "new tariffs on goods from {T}")  # fmt: skip


def l21_slapped(sc: Scene) -> Built:
    """ "China slapped a levy on Australian wine": a sanction (163), as "imposed"."""
    what = sc.rng.choice(_LEVIES).format(Tdem=sc.t.demonym, T=sc.name(sc.t, capital=0.3))
    verb = sc.rng.choice(("slapped", "has slapped", "slapped"))
    text = f"{sc.name(sc.s, capital=0.3)} {verb} {what}{_time(sc)}."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "16"),), ()


_KEPT = ("made good on its promise to", "has made good on its pledge to", "fulfilled its pledge to",
         "honoured its commitment to", "kept its promise to")  # fmt: skip
_PROMISED = (("send aid to {T}", "07"), ("send humanitarian aid to {T}", "07"),
             ("lift its sanctions on {T}", "08"), ("send troops to {T}", "07"))  # fmt: skip


def l21_kept_promise(sc: Scene) -> Built:
    """ "Germany made good on its promise to send aid to Ukraine": the promised act asserted,
    no promise (03) made now and none negated."""
    act, root = sc.rng.choice(_PROMISED)
    kept = sc.rng.choice(_KEPT)
    text = f"{sc.name(sc.s, capital=0.3)} {kept} {act.format(T=sc.name(sc.t, capital=0.3))}"
    return _cap(text + _time(sc) + "."), (_one(sc.s.iso3, sc.t.iso3, root),), ()


_PAID = (("paid off {Tposs} arrears", "07"), ("has paid off {Tposs} debts", "07"),
         ("paid off its debt to {T}", "06"), ("has paid off its loan to {T}", "06"),
         ("paid off its arrears to {T}", "06"))  # fmt: skip


def l21_paid_off(sc: Scene) -> Built:
    """ "Japan paid off Iraq's arrears": monetary aid (071) to Iraq; "Kenya paid off its debt
    to China": a debt settled, economic exchange (061) with the creditor."""
    tname = sc.name(sc.t, capital=0.3)
    frame, root = sc.rng.choice(_PAID)
    text = f"{sc.name(sc.s, capital=0.3)} {frame.format(T=tname, Tposs=_poss(tname))}"
    return _cap(text + _time(sc) + "."), (_one(sc.s.iso3, sc.t.iso3, root),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l21_arms_sale": l21_arms_sale,
    "l21_called_verdict": l21_called_verdict,
    "l21_slapped": l21_slapped,
    "l21_kept_promise": l21_kept_promise,
    "l21_paid_off": l21_paid_off,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex21 (61e6ca1) the same 24 scored (right, false assertions): l21_arms_sale
# 24/0 (the suite's two-digit roots cannot tell 061 from 062: test_lex21.py checks the code);
# l21_called_verdict 19/5 (a phone call 041 asserted when the one called reckless is an
# official or leader); l21_slapped 20/0 (no event for "slapped a levy / tariffs on");
# l21_kept_promise 0/12 (no event, or the promise 03 asserted after "made good on");
# l21_paid_off 0/5 (no event, or another reading of "paid"). After: 24/0 each.
# "called X's missile test a mistake" is left out: spaCy parses "test" there as a verb with
# "a mistake" its object (a parse class of its own, SYR -> SYR 11), no lexicon matter.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
