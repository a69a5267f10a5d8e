"""Lexicon and code leftovers noticed by earlier helpers (issue 9, lexicon64) as suite constructions
crossed with the suite's states named by name, capital, demonym or leader, each with several
phrasings and a near-miss that must not change:

- ``lx64_left_body``: "SLEAD pulled S out of the WHO", "took S out of UNESCO", "the president pulled
  S out of the ICC": the state leaves a body, 161 (CAMEO's "termination of other diplomatic
  activities", as "withdrew from" is read), the leader's (or the bare title's) act for its own state,
  never aimed at that state; near miss "S pulled its troops out of T": a retreat (0874), unchanged;
- ``lx64_left_deal``: "SLEAD took S out of the grain deal (with T)": reduced relations, 160, at the
  deal's other party or no one; near miss "S took its money out of the deal": no event;
- ``lx64_own_citizens``: "S told / advised / urged its (S-ian) citizens to leave T": a travel
  advisory to its own people, no expulsion (174) nor appeal to T (020); near miss "S ordered T's
  diplomats to leave": the expulsion (161), unchanged;
- ``lx64_document_buyer``: "a S-ian contract buys 40 howitzers for T": a contract is no buyer, no
  event; near miss "Under the deal, T buys 40 howitzers from S": T's purchase, unchanged;
- ``lx64_moved_to``: "S moved to annex T's border regions / expel T's diplomats": a move toward the
  act leaves it `possible` (as "plans to"); near miss "S moved troops to the border with T": the
  buildup (154), asserted, unchanged;
- ``lx64_ended_talks``: "S and T ended / wrapped up two days of talks in TCAP": the talks were held
  (04, both ways), the end is no new act; near miss "S ended trade negotiations with T": the halt
  (164), unchanged;
- ``lx64_seized_contraband``: "S's coast guard seized 3 tonnes of cocaine from a vessel off T /
  shipped from T": contraband is no state's property, no T target; "... from a T-ian vessel" (a
  state's vessel named) stays S -> T 171;
- ``lx64_pair_supply``: "S and Z supply drones to T": each supplies T (a repair of the plural
  present read as a compound noun); near miss "S and Z supply chain problems worsened": none;
- ``lx64_not_signed_either``: "S has not signed the pact either": 057 `negated`.

Before the fix, on main (97680e7a): "pulled S out of the WHO" and "took S out of the deal" no event
("the president pulled S out of the ICC" 161 at S itself); "told its citizens to leave T" 174 and
"urged its citizens to leave T" 020 at T; the contract 061 as buyer; "moved to annex" 192 asserted;
"ended two days of talks" no event; cocaine seized off or shipped from T 171 at T; "S and Z supply
drones to T" one supply with no target, or none.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_BODIES = ("the WHO", "the World Health Organization", "UNESCO", "the ICC",
           "the International Criminal Court", "the WTO")  # fmt: skip
_TIMES = ("", " on Monday", " last week", " in January", " this year")


def _leaver(sc: Scene) -> str:
    """The state's leader when the suite's table has one for the date, else a bare title."""
    lead = sc.s.leader(sc.date)
    if lead is None or sc.rng.random() < 0.3:
        return sc.rng.choice(("the president", "the prime minister", "the government"))
    return lead


def lx64_left_body(sc: Scene) -> Built:
    """ "Trump pulled the United States out of the WHO": USA -> IGO 16, never USA -> USA."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.2:
        text = f"{sc.name(s, 0.0)} pulled its troops out of {sc.name(t, 0.0)}{rng.choice(_TIMES)}."
        return _cap(text), (_e(s, t, _r("08"), ASSERTED),), ()
    body = rng.choice(_BODIES)
    verb = rng.choice(("pulled {S} out of", "took {S} out of", "withdrew {S} from"))
    text = f"{_leaver(sc)} {verb.format(S=s.name)} {body}{rng.choice(_TIMES)}."
    return _cap(text), (Expect(s.iso3, "IGO", _r("16"), ASSERTED),), ()


_DEALS = ("grain deal", "nuclear deal", "climate accord", "arms control treaty", "trade pact")


def lx64_left_deal(sc: Scene) -> Built:
    """ "Bolsonaro took Brazil out of the grain deal (with Russia)": BRA -> RUS or none, 16."""
    rng, s, t = sc.rng, sc.s, sc.t
    deal = rng.choice(_DEALS)
    if rng.random() < 0.2:
        text = f"{sc.name(s, 0.0)} took its money out of the {deal}{rng.choice(_TIMES)}."
        return _cap(text), (), ()
    verb = rng.choice(("took {S} out of", "pulled {S} out of"))
    if rng.random() < 0.5:
        text = f"{_leaver(sc)} {verb.format(S=s.name)} the {deal} with {sc.name(t, 0.0)}."
        return _cap(text), (_e(s, t, _r("16"), ASSERTED),), ()
    text = f"{_leaver(sc)} {verb.format(S=s.name)} the {deal}{rng.choice(_TIMES)}."
    return _cap(text), (_e(s, None, _r("16"), ASSERTED),), ()


_ADVISED = (
    "{S} told its citizens to leave {T}",
    "{S} advised its nationals to leave {T}",
    "{S} urged its citizens to leave {T} immediately",
    "{S} ordered its nationals to leave {T} within 48 hours",
    "{S} told its own citizens to leave {T} as soon as possible",
    "{Sposs} foreign ministry advised its citizens to leave {T}",
    "{S} asked its nationals in {T} to leave",
    "{S} told {Sdem} citizens to leave {T}",
    "{S} urged {Sdem} nationals to leave {T} at once",
)


def lx64_own_citizens(sc: Scene) -> Built:
    """ "Britain told its citizens to leave Lebanon": no event; near miss "ordered T's diplomats
    to leave": 161."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} ordered {w['Tposs']} diplomats to leave{sc.rng.choice(_TIMES)}."
        return _cap(text), (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()
    text = sc.rng.choice(_ADVISED).format(**w) + "."
    return _cap(text), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_ARMS = ("40 howitzers", "12 fighter jets", "two frigates", "180 tanks", "six patrol boats")


def lx64_document_buyer(sc: Scene) -> Built:
    """ "A Swedish contract buys 40 howitzers for Peru": no event; near miss "Under the deal, Peru
    buys 40 howitzers from Sweden": PER's purchase (06)."""
    rng, s, t = sc.rng, sc.s, sc.t
    arms = rng.choice(_ARMS)
    if rng.random() < 0.2:
        text = f"Under the deal, {sc.name(t, 0.0)} buys {arms} from {sc.name(s, 0.0)}."
        return _cap(text), (_e(t, s, _r("06"), ASSERTED),), ()
    doc = rng.choice(("contract", "deal", "agreement"))
    verb = rng.choice(("buys", "will buy", "bought"))
    text = f"A {s.demonym} {doc} {verb} {arms} for {sc.name(t, 0.0)}."
    return text, (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_MOVED = (
    ("moved to annex {Tposs} border regions", ("19", "13")),
    ("moved to annex part of {T}", ("19", "13")),
    ("moved to expel {Tdem} diplomats", ("16", "13")),
    ("moved swiftly to expel two {Tdem} diplomats", ("16", "13")),
    ("moved to impose sanctions on {T}", ("16", "13")),
)


def lx64_moved_to(sc: Scene) -> Built:
    """ "Russia moved to annex Ukraine's border regions": RUS -> UKR 19 `possible`; near miss
    "moved troops to the border with T": 15 asserted."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} moved troops to the border with {w['T']}{sc.rng.choice(_TIMES)}."
        return _cap(text), (_e(sc.s, sc.t, _r("15"), ASSERTED),), ()
    phrase, roots = sc.rng.choice(_MOVED)
    text = f"{w['S']} {phrase.format(**w)}{sc.rng.choice(_TIMES)}."
    return _cap(text), (_e(sc.s, sc.t, _r(*roots), POSSIBLE),), ()


_ENDED = ("ended two days of talks in {Tc}", "wrapped up two days of talks in {Tc}",
          "ended three days of talks on Friday", "finished two days of talks in {Tc}",
          "concluded three days of talks in {Tc}")  # fmt: skip


def lx64_ended_talks(sc: Scene) -> Built:
    """ "India and Pakistan ended two days of talks in Islamabad": 04 both ways; near miss
    "India ended trade negotiations with Pakistan": 16."""
    w = scene_words(sc)
    s, t = sc.s, sc.t
    if sc.rng.random() < 0.2:
        text = f"{w['S']} ended trade negotiations with {w['T']}."
        return _cap(text), (_e(s, t, _r("16"), ASSERTED),), ()
    text = f"{w['S']} and {w['T']} {sc.rng.choice(_ENDED).format(**w)}."
    want = (_e(s, t, _r("04"), ASSERTED), _e(t, s, _r("04"), ASSERTED))
    return _cap(text), want, (_e(s, t, _r("04"), ANY), _e(t, s, _r("04"), ANY))


_DRUGS = ("2 tonnes of cocaine", "a tonne of cocaine", "800 kilograms of cocaine",
          "3 tonnes of cocaine", "cocaine worth $50 million")  # fmt: skip
_SEIZERS = ("{Sposs} coast guard", "{Sposs} navy", "The {Sdem} navy", "{S}")


def lx64_seized_contraband(sc: Scene) -> Built:
    """ "Spain's coast guard seized 3 tonnes of cocaine from a vessel off Venezuela": no VEN
    target; "... from a Venezuelan vessel" (a state's vessel named): S -> T 17."""
    w = scene_words(sc)
    s, t = sc.s, sc.t
    who = sc.rng.choice(_SEIZERS).format(**w)
    drugs = sc.rng.choice(_DRUGS)
    if sc.rng.random() < 0.4:
        boat = sc.rng.choice(("vessel", "fishing boat", "ship", "trawler"))
        text = f"{who} seized {drugs} from the {t.demonym} {boat}{sc.rng.choice(_TIMES)}."
        return _cap(text), (_e(s, t, _r("17"), ASSERTED),), ()
    where = sc.rng.choice(("from a vessel off {T}", "shipped from {T}", "bound for {T}",
                           "from a speedboat near the coast of {T}"))  # fmt: skip
    text = f"{who} seized {drugs} {where.format(T=t.name)}{sc.rng.choice(_TIMES)}."
    allowed = (_e(s, None, _r("17"), ANY), _e(s, s, _r("17"), ANY))
    return _cap(text), (), allowed


_SUPPLIED = (("supply drones to {T}", "07"), ("supply wheat to {T}", "07"),
             ("sell tanks to {T}", "06"), ("export cars to {T}", "06"),
             ("supply weapons to {T}", "07"))  # fmt: skip


def lx64_pair_supply(sc: Scene) -> Built:
    """ "Chile and Peru supply drones to Ecuador": each S -> T (the plural present read as a
    compound noun before); near miss "Chile and Peru supply chain problems worsened": none."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    if rng.random() < 0.2:
        return f"{s.name} and {z.name} supply chain problems worsened.", (), ()
    phrase, root = rng.choice(_SUPPLIED)
    text = _cap(f"{s.name} and {z.name} {phrase.format(T=t.name)}.")
    want = (_e(s, t, _r(root, "06", "07"), ASSERTED), _e(z, t, _r(root, "06", "07"), ASSERTED))
    return text, want, ()


def lx64_not_signed_either(sc: Scene) -> Built:
    """ "Brazil has not signed the pact either": 057 `negated` (no target named)."""
    pact = sc.rng.choice(("pact", "treaty", "accord", "agreement", "convention"))
    verb = sc.rng.choice(("has not signed", "did not sign", "has not ratified", "never signed"))
    text = f"{sc.name(sc.s, 0.0)} {verb} the {pact} either."
    return _cap(text), (_e(sc.s, None, _r("05"), frozenset({"negated"})),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lx64_left_body": lx64_left_body,
    "lx64_left_deal": lx64_left_deal,
    "lx64_own_citizens": lx64_own_citizens,
    "lx64_document_buyer": lx64_document_buyer,
    "lx64_moved_to": lx64_moved_to,
    "lx64_ended_talks": lx64_ended_talks,
    "lx64_seized_contraband": lx64_seized_contraband,
    "lx64_pair_supply": lx64_pair_supply,
    "lx64_not_signed_either": lx64_not_signed_either,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
