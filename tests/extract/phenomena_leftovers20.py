"""Round 18's third leftover classes (issue 9, leftovers20) as suite constructions crossed with
the suite's states named by name, capital or demonym, each with several phrasings:

- ``lo20_measure_removed``: "X scrapped / ended / removed / lifted / abolished / dropped /
  repealed / rescinded the tariffs, sanctions, checks, ban on Y's goods", "X imposed curbs on Y's
  trucks. X later lifted them", "Y said X should scrap them": the measure eased (085 economic,
  081 administrative), `possible` under "should"; the pronoun stands for the measure before;
- ``lo20_refused_reopening``: "X demanded that Y reopen the border crossing (lift the
  sanctions). Y said it would not reopen it (lift them) until ...": Y's refusal (12x), the
  pronoun object standing for the thing demanded;
- ``lo20_traded_at_venue``: "X and Y traded accusations / insults / threats at the UN (at the
  African Union summit, in Geneva)": the two are each other's targets, the venue none;
- ``lo20_demanded_it_pay``: "X fined a Y firm and demanded that it pay", "X accused Y of ...
  and demanded that it pay compensation", "Y seized X's ship. X demanded that it pay": "it" is
  the firm or state named before, never the demander: X -> Y 10;
- ``lo20_obligation``: "X has to / is going to have to / needs to / says it has to V Y": an
  obligation, the act `possible` (GUIDE rule 4), as "must".

Scores on main (1705803) before the fix, ``bench/phenomena.py --n 3000``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, POSSIBLE, Built, Expect, Scene, _cap, _poss, _time


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(root: str) -> frozenset[str]:
    return frozenset({root})


# (plural measure, singular measure): economic measures are eased with 085, administrative 081.
_MEASURES = (("tariffs", "a tariff"), ("sanctions", "an embargo"), ("border checks", "a ban"),
             ("curbs", "a quota"), ("restrictions", "a levy"), ("duties", "a ban"),
             ("quotas", "an embargo"), ("levies", "a tariff"))  # fmt: skip
_GOODS = ("goods", "steel", "fish", "trucks", "imports", "farm produce", "timber", "wine")
_REMOVED = (("scrapped", "scrap"), ("ended", "end"), ("removed", "remove"), ("lifted", "lift"),
            ("abolished", "abolish"), ("dropped", "drop"), ("repealed", "repeal"),
            ("rescinded", "rescind"))  # fmt: skip
_LATER = ("Later", "On Monday", "A year later", "In March")


def lo20_measure_removed(sc: Scene) -> Built:
    """ "Kenya imposed tariffs on Ugandan goods. Uganda said Kenya should scrap them": 08."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    plural, single = sc.rng.choice(_MEASURES)
    goods = f"{sc.t.demonym} {sc.rng.choice(_GOODS)}"
    past, base = sc.rng.choice(_REMOVED)
    shape = sc.rng.randrange(4)
    facts = ASSERTED
    # (imposing the measure: 16, a ban 17, border checks 19; the other side's demand)
    allowed = (_e(sc.s, sc.t, frozenset({"16", "17", "19"}), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    if shape == 0:
        text = f"{sname} {past} the {plural} on {goods}{_time(sc)}."
    elif shape == 1:
        first = f"{sname} imposed {plural} on {goods}"
        text = f"{_cap(first)}. {sc.rng.choice(_LATER)}, {sname} {past} them."
    elif shape == 2:
        measure, it = (plural, "them") if sc.rng.random() < 0.7 else (single, "it")
        first = f"{sname} imposed {measure} on {goods}{_time(sc)}"
        text = f"{_cap(first)}. {_cap(tname)} said {sname} should {base} {it}."
        facts = POSSIBLE
    else:
        text = f"{sname} has {past} its {plural} on {goods}."
    return _cap(text), (_e(sc.s, sc.t, _r("08"), facts),), allowed


_DEMANDED = ("demanded that {T} {act}", "asked {T} to {act}", "urged {T} to {act}",
             "called on {T} to {act}")  # fmt: skip
# (the act demanded, the pronoun for its object)
_REOPEN = (("reopen the border crossing", "reopen it"), ("reopen the ports", "reopen them"),
           ("reopen the border", "reopen it"), ("lift the sanctions", "lift them"),
           ("reopen the crossings", "reopen them"), ("scrap the tariffs", "scrap them"),
           ("lift the ban", "lift it"))  # fmt: skip
_REFUSED = ("{T} said it would not {again} until the attacks stop",
            "{T} would not {again} until talks resume", "{T} said it would not {again}",
            "{T} says it will not {again} before the election")  # fmt: skip


def lo20_refused_reopening(sc: Scene) -> Built:
    """ "Egypt demanded that Sudan reopen the border crossing. Sudan said it would not reopen
    it until ...": Sudan -> Egypt 12."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act, again = sc.rng.choice(_REOPEN)
    demand = sc.rng.choice(_DEMANDED).format(T=tname, act=act)
    refusal = sc.rng.choice(_REFUSED).format(T=sc.name(sc.t, capital=0.3), again=again)
    text = f"{_cap(sname)} {demand}{_time(sc)}. {_cap(refusal)}."
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return text, (_e(sc.t, sc.s, _r("12")),), allowed


_TRADED = (("traded accusations", "11"), ("exchanged accusations", "11"),
           ("traded insults", "11"), ("traded barbs", "11"), ("traded threats", "13"),
           ("exchanged threats", "13"), ("traded blame", "11"))  # fmt: skip
_VENUES = ("at the UN", "at the United Nations", "at the UN Security Council",
           "at the African Union summit", "in Geneva", "at NATO headquarters",
           "at the European Union", "at the UN General Assembly")  # fmt: skip


def lo20_traded_at_venue(sc: Scene) -> Built:
    """ "Iran and Iraq traded accusations at the UN": Iran <-> Iraq, the UN no target."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    traded, root = sc.rng.choice(_TRADED)
    text = f"{sname} and {tname} {traded} {sc.rng.choice(_VENUES)}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r(root)), _e(sc.t, sc.s, _r(root))), ()


_FIRMS = ("company", "firm", "oil company", "mining firm", "shipping company", "bank")
_PAY = ("pay the fine", "pay compensation", "pay back taxes", "pay for the damage",
        "pay $5 million", "pay the money within a month")  # fmt: skip
_CHARGES = ("smuggling", "dumping steel", "stealing its water", "violating the truce")


def lo20_demanded_it_pay(sc: Scene) -> Built:
    """ "Ghana fined a Nigerian firm and demanded that it pay": Ghana -> Nigeria 10."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.0)
    pay = sc.rng.choice(_PAY)
    demanded = sc.rng.choice(("demanded that it", "demanded it", "asked that it"))
    shape = sc.rng.randrange(3)
    if shape == 0:
        firm = f"{sc.t.demonym} {sc.rng.choice(_FIRMS)}"
        text = f"{sname} fined a {firm}{_time(sc)} and {demanded} {pay}."
    elif shape == 1:
        charge = sc.rng.choice(_CHARGES)
        text = f"{sname} accused {tname} of {charge} and {demanded} {pay}."
    else:
        first = f"{tname} seized a {sc.s.demonym} ship{_time(sc)}"
        text = f"{_cap(first)}. {_cap(sc.name(sc.s, capital=0.5))} {demanded} {pay}."
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    demand = frozenset({"10", "02"})  # ("asked that it pay": an appeal, 02)
    return _cap(text), (_e(sc.s, sc.t, demand),), allowed


# ("will have to" was `possible` already, by "will")
_OBLIGED = ("{S} is going to have to", "{S} has to", "{S} needs to", "{S} says it has to",
            "{Sposs} government is going to have to", "{S} now has to",
            "{S} is going to need to")  # fmt: skip
_OBLIGED_ACTS = (("impose sanctions on {T}", "16"), ("send aid to {T}", "07"),
                 ("negotiate with {T}", "04"), ("recall its ambassador from {T}", "16"),
                 ("sign a trade deal with {T}", "05"), ("expel {Tposs} diplomats", "16"),
                 ("cut aid to {T}", "16"))  # fmt: skip


def lo20_obligation(sc: Scene) -> Built:
    """ "Kenya is going to have to negotiate with Uganda": Kenya -> Uganda, `possible`."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    obliged = sc.rng.choice(_OBLIGED).format(S=sname, Sposs=_poss(sname))
    act, root = sc.rng.choice(_OBLIGED_ACTS)
    text = f"{obliged} {act.format(T=tname, Tposs=_poss(tname))}."
    roots = frozenset({"03", "04"}) if root == "04" else _r(root)  # (talks: intent or meeting)
    want = _e(sc.s, sc.t, roots, POSSIBLE)
    allowed = (_e(sc.s, sc.t, frozenset(), POSSIBLE),)
    return _cap(text), (want,), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo20_measure_removed": lo20_measure_removed,
    "lo20_refused_reopening": lo20_refused_reopening,
    "lo20_traded_at_venue": lo20_traded_at_venue,
    "lo20_demanded_it_pay": lo20_demanded_it_pay,
    "lo20_obligation": lo20_obligation,
}
# Floors (fewest right of 24, most false assertions). On main (1705803) before the fix, 50
# sentences each (``--n 30000``): measure_removed 0.080 (1 false), refused_reopening 0.280,
# traded_at_venue 0.080 (184 false: the venue taken as target), demanded_it_pay 0.000,
# obligation 0.000 (44 false: asserted); after: 1.000 each, 0 false.
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
