"""Round 32's clause, lexicon and factuality classes of fresh26 (issue 9, clauses38;
fresh26_classes.md I, B, A, H, F, J) as suite constructions crossed with the suite's states named
by name, capital, leader or demonym, each with several phrasings:

- ``c38_neither_other`` (I): "Neither A nor B has (yet) V-ed the other('s capital)": the act
  denied for both, each the other's target (never two asserted acts, never no target);
- ``c38_warned_against`` (B): "Z warned both governments (A and B) against deals that split the
  region": a warning that names no consequence is no threat (GUIDE rule 2);
- ``c38_warned_gerund`` (B): "X warned / cautioned Y against closing its border crossings": the
  act warned against is never done (no act of Y's); the warning at most X -> Y 13;
- ``c38_criminal_charge`` (A): "police charged N Y-ian traders with smuggling", "the hikers ...
  would not be charged", "the others could face charges of attacking officers": no accusation
  (112) and no charged act (18, 19) of the individuals' state;
- ``c38_charged_agents`` (A): "two Y-ian diplomats were charged with spying on X": against a
  state's agents the charged act stays, `reported` as an accused act (never asserted);
- ``c38_trade_multiple`` (H): "X still sells Y three times what it buys", "NAME's promise to
  spread X's trade beyond Y has yet to bear fruit": a balance and a judged commitment, no acts at
  Y;
- ``c38_sold_stake`` (H): "Should X refuse to license the sale of the Y-ian stake in the mine,
  ...": the refusal aimed at the asker (an earlier sentence's), never the stake's owner Y;
- ``c38_keeps_out`` (F): "X still keeps out pork from (most of) Y", "keeps Y-ian beef out": the
  embargo (16);
- ``c38_sent_people`` (F): "X dispatched investigators to Y" (06, no aid), "X has sent two trade
  missions to Y-CAPITAL" (a visit, 04, no aid);
- ``c38_own_side_request`` (J): "X asked Y on Monday to extradite ..., the X-ian foreign ministry
  said": its own side's voice, asserted (rule 3); told by Y's ministry it stays reported;
- ``c38_would_cooperate`` (J): "X-ian officials said X-CAPITAL would cooperate with Y to break up
  the gangs": a stated intent (03), asserted (rule 4's readiness).

Before the fix, on main (8acb6de6): "Neither A nor B has visited the other's capital" two
asserted visits (no target where leaders were named); "warned both governments against deals"
130 at each; "cautioned Y against closing" Y -> X 191 asserted ("warned": 191 `possible`); the
charges 112 (asserted, or negated for "would not be charged") and the charged attack 190 / 182
`reported`; the spying of agents "charged with" it asserted; the balance two 061s, the promise 030 and the trade 061 at Y; the
refusal held in "Should X refuse to license the sale of the Y-ian stake" aimed at Y; "keeps out" nothing;
investigators aid (033), trade missions aid (070); the own side's request and demand `reported`;
"would cooperate" 031 `possible`.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_NEITHER_PAIRS = (
    "Neither {S} nor {T}",
    "Neither the {Sdem} president nor the {Tdem} president",
    "Neither the {Sdem} government nor the {Tdem} government",
    "Neither {Slead} nor {Tlead}",
)
_NEITHER_ACTS = (
    ("visited the other's capital", "04"),
    ("paid a state visit to the other's capital", "04"),
    ("recognised the other", "05"),
    ("criticised the other", "11"),
    ("imposed sanctions on the other", "16"),
)


def c38_neither_other(sc: Scene) -> Built:
    """ "Neither Ghana nor Togo has yet visited the other's capital": the act denied for both,
    each the other's target (negated both ways)."""
    w = scene_words(sc)
    pair = sc.rng.choice(_NEITHER_PAIRS).format(**w)
    act, root = sc.rng.choice(_NEITHER_ACTS)
    aux = sc.rng.choice(("has", "has yet", "has ever", "has so far"))
    text = _cap(f"{pair} {aux} {act}.")
    expected = (_e(sc.s, sc.t, _r(root), NEGATED), _e(sc.t, sc.s, _r(root), NEGATED))
    allowed = (Expect("*", "*", frozenset(), NEGATED),)
    return text, expected, allowed


_AGAINST_NOUNS = (
    '"deals that split the region"',
    "projects that divide the region",
    "any move that could split the bloc",
    '"schemes that divide Europe"',
    "arrangements that weaken the regional bloc",
)
_WARNED = ("warned", "cautioned", "has warned")
_FIRST = (
    "{S} and {T} signed a power agreement on Monday.",
    "{S} and {T} agreed to build a gas pipeline.",
    "",
)


def c38_warned_against(sc: Scene) -> Built:
    """ "Ghana and Togo signed a power agreement. Ivory Coast warned both governments against
    "deals that split the region"": no threat at either (GUIDE rule 2: no consequence named)."""
    w = scene_words(sc)
    first = sc.rng.choice(_FIRST).format(**w)
    who = sc.rng.choice(("both governments", "the two governments", "{S} and {T}", "{T}"))
    if not first and who in ("both governments", "the two governments"):
        who = "{S} and {T}"
    text = (
        f"{first} {w['Z']} {sc.rng.choice(_WARNED)} {who.format(**w)} against "
        f"{sc.rng.choice(_AGAINST_NOUNS)}."
    ).strip()
    expected: tuple[Expect, ...] = ()
    if first:
        roots = _r("05", "03")
        expected = (_e(sc.s, sc.t, roots, ASSERTED), _e(sc.t, sc.s, roots, ASSERTED))
    allowed = (
        _e(sc.s, sc.t, frozenset(), ANY),
        _e(sc.t, sc.s, frozenset(), ANY),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), expected, allowed


_GERUNDS = (
    "closing its northern border crossings",
    "closing its border",
    "expelling {Sdem} workers",
    "raising tariffs on {Sdem} beef",
    "joining the pipeline project",
)


def c38_warned_gerund(sc: Scene) -> Built:
    """ "Sweden cautioned Finland against closing its border crossings": the act warned against
    is not done (no act of Y's, asserted or held out); the warning at most X -> Y 13."""
    w = scene_words(sc)
    verb = sc.rng.choice(("warned", "cautioned", "has warned", "has cautioned"))
    gerund = sc.rng.choice(_GERUNDS).format(**w)
    text = _cap(f"{w['S']} {verb} {w['T']} against {gerund}{sc.rng.choice(('', ' on Monday'))}.")
    allowed = (_e(sc.s, sc.t, _r("13"), ANY),)
    return text, (), allowed


_HELD = ("traders", "hikers", "drivers", "fishermen", "students")
_CHARGED_WITH = ("smuggling fuel", "smuggling weapons", "fraud", "theft", "attacking a guard")


def c38_criminal_charge(sc: Scene) -> Built:
    """ "Austrian police detained four Polish hikers. Officials said the hikers had been released
    and would not be charged", "the others could face charges of attacking officers, a
    prosecutor said": no accusation (112) and no act of the individuals' state."""
    w = scene_words(sc)
    held = sc.rng.choice(_HELD)
    n = sc.rng.choice(("four", "three", "five", "six"))
    arrest = f"{w['Sdem']} police detained {n} {w['Tdem']} {held} near {w['Sc']}."
    kind = sc.rng.randrange(3)
    if kind == 0:
        text = f"{w['Sdem']} police charged {n} {w['Tdem']} {held} with {sc.rng.choice(_CHARGED_WITH)}."
        return _cap(text), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    if kind == 1:
        text = (
            f"{arrest} {w['Sdem']} officials said the {held} had been released and would not "
            f"be charged."
        )
    else:
        text = (
            f"{arrest} Two were freed on Monday, and the others could face charges of attacking "
            f"{w['Sdem']} police officers, a {w['Sdem']} prosecutor said."
        )
    expected = (_e(sc.s, sc.t, _r("17"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("08"), ANY),)
    return _cap(text), expected, allowed


_AGENTS = ("diplomats", "soldiers", "army officers", "intelligence officers")
_AGENT_DEEDS = (
    ("spying on {Sposs} military bases", "09"),
    ("spying on {Sposs} navy", "09"),
    ("attacking {Sposs} border posts", "19"),
)


def c38_charged_agents(sc: Scene) -> Built:
    """ "Two Russian diplomats were charged with spying on Poland", "Kenya charged two Ugandan
    soldiers with attacking its border posts": a charge against a state's agents keeps the
    charged act, told by the charge (`reported`, as "accused of"), never asserted."""
    w = scene_words(sc)
    deed, root = sc.rng.choice(_AGENT_DEEDS)
    who = f"{sc.rng.choice(('two', 'three', 'four'))} {w['Tdem']} {sc.rng.choice(_AGENTS)}"
    if sc.rng.random() < 0.5:
        text = f"{who} were charged with {deed.format(**w)}."
    else:
        deed = deed.replace("{Sposs}", "its")
        text = f"{w['S']} charged {who} with {deed.format(**w)}."
    allowed = (_e(sc.s, sc.t, _r("11"), ANY),)
    return _cap(text), (_e(sc.t, sc.s, _r(root), REPORTED),), allowed


_BALANCES = (
    "{S} still sells {T} three times what it buys",
    "{S} sells {T} twice what it buys from it",
    "{S} still sells {T} six times what it buys",
    "{Slead}'s promise to spread {Sposs} trade beyond {T} has yet to bear fruit",
    "The prime minister's promise to spread {Sposs} trade beyond {T} has yet to bear fruit",
)


def c38_trade_multiple(sc: Scene) -> Built:
    """ "Ghana still sells Togo three times what it buys": a trade balance, no act; "the promise
    to spread X's trade beyond Y has yet to bear fruit": a judged commitment, none at Y."""
    w = scene_words(sc)
    text = _cap(sc.rng.choice(_BALANCES).format(**w) + ".")
    allowed = (_e(sc.s, None, frozenset(), ANY), Expect("*", "*", frozenset(), NOT_ASSERTED))
    return text, (), allowed


_STAKES = (
    "the {Tdem} stake in the mine",
    "{Tposs} stake in the port",
    "the {Tdem} shares in the bank",
)
_LICENSE = ("license", "approve", "allow")


def c38_sold_stake(sc: Scene) -> Built:
    """ "Brazil has asked Argentina to approve the purchase. Should Argentina refuse to license
    the sale of the Chilean stake in the mine, Brazil would lose": the refusal held in the
    condition is aimed at the asker, never at the state that owns the stake sold."""
    w = scene_words(sc)
    stake = sc.rng.choice(_STAKES).format(**w)
    refuse = f"Should {w['S']} refuse to {sc.rng.choice(_LICENSE)} the sale of {stake}"
    z = sc.z
    if sc.rng.random() < 0.5:
        text = (
            f"{z.name} has asked {w['S']} to approve the purchase. {refuse}, {z.name} would lose."
        )
        expected = (_e(z, sc.s, _r("02"), ASSERTED),)
        allowed = (_e(sc.s, z, _r("12"), ANY),)
        return _cap(text), expected, allowed
    text = f"{refuse}, investors would flee."
    return _cap(text), (), (_e(sc.s, None, frozenset(), ANY),)


_GOODS = ("pork", "beef", "poultry", "rice", "sugar", "maize")
_KEEPS = (
    "{S} still keeps out {g} from most of {T}",
    "{S} keeps out {Tdem} {g}",
    "{S} still keeps {Tdem} {g} out",
    "{S} has kept out {Tdem} {g} since March",
)


def c38_keeps_out(sc: Scene) -> Built:
    """ "Thailand still keeps out pork from most of Malaysia": an import bar kept, the embargo
    (16)."""
    w = scene_words(sc)
    text = _cap(sc.rng.choice(_KEEPS).format(g=sc.rng.choice(_GOODS), **w) + ".")
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


def c38_sent_people(sc: Scene) -> Built:
    """ "Kenya dispatched investigators to Tanzania" (06, judicial cooperation), "Ghana has sent
    two trade missions to Lome" (a visit, 04): no aid (07)."""
    w = scene_words(sc)
    if sc.rng.random() < 0.5:
        who = sc.rng.choice(("investigators", "two investigators", "food inspectors"))
        text = _cap(f"{w['S']} {sc.rng.choice(('dispatched', 'sent'))} {who} to {w['T']}.")
        return text, (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()
    n = sc.rng.choice(("two trade missions", "a trade mission", "three business missions"))
    text = _cap(f"{w['S']} {sc.rng.choice(('has sent', 'sent'))} {n} to {w['Tc']}.")
    allowed = (_e(sc.t, sc.s, _r("04"), ANY),)
    return text, (_e(sc.s, sc.t, _r("04"), ASSERTED),), allowed


_REQUESTS = (
    ("asked {T} on Monday to extradite a {Sdem} suspect", "02"),
    ("urged {T} on Tuesday to hand over a man wanted for fraud", "02"),
    ("demanded on Monday that {T} release the {Sdem} sailors", "10"),
    ("asked {T} to return the seized cargo", "02"),
)


def c38_own_side_request(sc: Scene) -> Built:
    """ "Poland asked Austria on Monday to extradite a suspect, the Polish foreign ministry
    said": told by its own side, the speech act stays asserted (rule 3); told by the other
    state's ministry it is reported."""
    w = scene_words(sc)
    act, root = sc.rng.choice(_REQUESTS)
    own = sc.rng.random() < 0.7
    voice = sc.rng.choice(("the {d} foreign ministry", "a {d} spokesman", "{d} officials"))
    voice = voice.format(d=w["Sdem"] if own else w["Tdem"])
    text = _cap(f"{w['S']} {act.format(**w)}, {voice} said.")
    facts = ASSERTED if own else REPORTED
    return text, (_e(sc.s, sc.t, _r(root), facts),), ()


_GANGS = ("break up the gangs", "break up the smuggling networks", "stop the trafficking")


def c38_would_cooperate(sc: Scene) -> Built:
    """ "Peruvian officials said Lima would cooperate with Argentina to break up the gangs": a
    stated intent (03), made by saying it, asserted (rule 4)."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sdem} officials", "{Sposs} interior minister", "{Sposs} government"))
    subj = sc.rng.choice(("{Sc}", "{S}", "it"))
    text = _cap(
        f"{who.format(**w)} said {subj.format(**w)} would cooperate with {w['T']} to "
        f"{sc.rng.choice(_GANGS)}."
    )
    return text, (_e(sc.s, sc.t, _r("03"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c38_neither_other": c38_neither_other,
    "c38_warned_against": c38_warned_against,
    "c38_warned_gerund": c38_warned_gerund,
    "c38_criminal_charge": c38_criminal_charge,
    "c38_charged_agents": c38_charged_agents,
    "c38_trade_multiple": c38_trade_multiple,
    "c38_sold_stake": c38_sold_stake,
    "c38_keeps_out": c38_keeps_out,
    "c38_sent_people": c38_sent_people,
    "c38_own_side_request": c38_own_side_request,
    "c38_would_cooperate": c38_would_cooperate,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
