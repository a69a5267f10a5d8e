"""Round 30's factuality, lexicon and scope classes of fresh24 (issue 9, clauses36;
fresh24_classes.md G, I, J, K) as suite constructions crossed with the suite's states named by
name, capital, leader or demonym, each with several phrasings:

- ``c36_agreed_round`` (I): "X and Y agreed to hold the next round / a second session of (their)
  talks in CITY in YEAR": the agreement both ways (03), the talks never held (no 04 asserted);
- ``c36_stateless_crime`` (J): "Two Y-ian students were stabbed (by a man) in X's capital.
  X's minister condemned the stabbing and telephoned Y's minister": the call (04), no
  condemnation aimed at Y and no state made the stabber (the place's nor the victims');
- ``c36_sympathy_call`` (K): "X's minister telephoned Y's minister to offer her sympathy / to
  express his condolences": the call and the sympathy (018), each once, both asserted;
- ``c36_according_conjunct`` (K): "X asked Y to V, according to X's ministry, and Y's
  minister promised to study the request": the request reported, the promise asserted;
- ``c36_acknowledged_harm`` (G): "X's minister acknowledged the pain and injustice done to Y's
  people": an apology X -> Y (055), no responsibility claimed with no target (015);
- ``c36_raised_by_phone`` (G): "X's minister (said she) raised the case with Y's minister by
  phone / in a phone call": a call X -> Y (041);
- ``c36_accused_delaying`` (G): "X accused Y of delaying / blocking visas for X-ian students":
  the accusation and the accused act Y -> X (172) `reported`;
- ``c36_invested_sum`` (H): "X said X-ian firms would invest N dollars in Y-ian wind farms":
  investment to come (061 `possible`), no intent (031);
- ``c36_could_conjunct`` (H): "X said it would keep its troops in Z and could send engineers
  to Y": the conjunct's own "could" keeps the act's code (07 `possible`), no intent (033).

Before the fix, on main (f37e685c): I the talks 040 asserted both ways; J the condemnation
aimed at Y (111 asserted) and the stabbing given the place's or the victims' state as doer;
K a second 018 `possible` from "her sympathy" and the promise `reported`; G no event for the
call and the visas, and the acknowledgement read as 015 with no target; H the investment an
intent (031) and the "could" conjunct an intent (033) through the first conjunct's "would".
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

DONE = frozenset({"asserted", "reported"})


_PAIRS = (
    "{S} and {T}",
    "{Sposs} foreign minister and {Tposs} foreign minister",
    "The {Sdem} and {Tdem} defence ministers",
)
_ROUNDS = (
    "the next round of talks",
    "the next round of their talks",
    "a second round of talks",
    "a new series of meetings",
    "another session of negotiations",
)


def c36_agreed_round(sc: Scene) -> Built:
    """ "Chile and Peru agreed to hold the next round of their talks in Lima in 2027": the
    agreement (03) both ways; the talks are what was agreed, never held (040 asserted)."""
    w = scene_words(sc)
    pair = sc.rng.choice(_PAIRS).format(**w)
    where = sc.rng.choice((w["Sc"], w["Tc"]))
    when = sc.rng.choice(("in 2027", "next month", "in March", "early next year"))
    text = _cap(f"{pair} agreed to hold {sc.rng.choice(_ROUNDS)} in {where} {when}.")
    expected = (_e(sc.s, sc.t, _r("03"), ASSERTED), _e(sc.t, sc.s, _r("03"), ASSERTED))
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, expected, allowed


_VICTIMS = ("students", "tourists", "traders", "pilgrims", "lorry drivers")
_CRIMES = (
    ("stabbed", "the stabbing"),
    ("attacked", "the attack"),
    ("robbed", "the robbery"),
    ("assaulted", "the assault"),
)
_DOERS = ("", " by a man", " by two men")
_CALLS = (
    "telephoned {Tposs} foreign minister",
    "called {Tposs} foreign minister",
    "spoke by phone with {Tposs} foreign minister",
)


def c36_stateless_crime(sc: Scene) -> Built:
    """ "Two Togolese students were stabbed in Accra on Sunday. Ghana's foreign minister
    condemned the stabbing and telephoned her Togolese counterpart": the call only; the crime
    has no state doer and the condemnation is aimed at no state (a trap at Y)."""
    w = scene_words(sc)
    verb, noun = sc.rng.choice(_CRIMES)
    victims = f"{sc.rng.choice(('Two', 'Three', 'Four'))} {w['Tdem']} {sc.rng.choice(_VICTIMS)}"
    first = f"{victims} were {verb}{sc.rng.choice(_DOERS)} in {w['Sc']} on Sunday."
    if sc.rng.random() < 0.3:  # a summons between: the latest act is no doer of the crime
        summons = f"{_cap(w['T'])} summoned {w['Sposs']} ambassador"
        text = sc.rng.choice(
            (
                f"{first} {summons}. {_cap(w['Sposs'])} foreign minister condemned {noun}.",
                f"{summons} after {victims[0].lower() + victims[1:]} were {verb} in {w['Sc']}. "
                f"{_cap(w['Sposs'])} foreign minister condemned {noun}.",
            )
        )
        allowed = (
            Expect("---", sc.t.iso3, frozenset(), ANY),
            Expect("---", "", frozenset(), ANY),
            _e(sc.s, None, _r("11"), ANY),
            Expect("*", "*", frozenset(), NOT_ASSERTED),
        )
        return text, (_e(sc.t, sc.s, _r("11"), ASSERTED),), allowed
    call = sc.rng.choice(_CALLS).format(**w)
    text = f"{first} {_cap(w['Sposs'])} foreign minister condemned {noun} and {call}."
    allowed = (
        Expect("---", sc.t.iso3, frozenset(), ANY),  # the crime, by no state
        Expect("---", "", frozenset(), ANY),
        _e(sc.s, None, _r("11"), ANY),  # the condemnation, aimed at nobody named
        _e(sc.t, sc.s, _r("04"), ANY),  # the call's reverse (rule 6's opt)
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return text, (_e(sc.s, sc.t, _r("04"), ASSERTED),), allowed


_SYMPATHY = (
    "to offer her sympathy",
    "to offer his sympathy",
    "to express her condolences",
    "to express his sympathy",
    "to offer condolences",
)


def c36_sympathy_call(sc: Scene) -> Built:
    """ "Ghana's foreign minister telephoned her Togolese counterpart to offer her sympathy":
    the call and the sympathy (018), each asserted once; no hedged copy from the noun."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} foreign minister", "{Slead}", "{Sposs} president")).format(**w)
    whom = sc.rng.choice(("{Tposs} foreign minister", "{Tlead}", "{Tposs} president")).format(**w)
    verb = sc.rng.choice(("telephoned", "phoned"))
    text = _cap(f"{who} {verb} {whom} {sc.rng.choice(_SYMPATHY)} on Monday.")
    expected = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.s, sc.t, _r("01"), ASSERTED))
    return text, expected, (_e(sc.t, sc.s, _r("04"), ANY),)


_ASKED = (
    "asked {T} to open a consulate in {Tc}",
    "asked {T} to return a seized fishing boat",
    "urged {T} to reopen its border crossing",
)
_ANSWERS = (
    "promised to study the request",
    "promised to consider the request",
    "pledged to study the proposal",
)


def c36_according_conjunct(sc: Scene) -> Built:
    """ "Bolivia asked Chile to open a consulate, according to the Bolivian ministry, and
    Chile's foreign minister promised to study the request": "according to" closes the first
    clause only; the promise in the second is asserted."""
    w = scene_words(sc)
    asker = sc.rng.choice(("{S}", "{Sposs} government")).format(**w)
    source = sc.rng.choice(("{Sposs} foreign ministry", "the {Sdem} ministry", "state media"))
    answerer = sc.rng.choice(("{Tposs} foreign minister", "{Tlead}", "{T}")).format(**w)
    text = _cap(
        f"{asker} {sc.rng.choice(_ASKED).format(**w)}, according to {source.format(**w)}, "
        f"and {answerer} {sc.rng.choice(_ANSWERS)}."
    )
    allowed = (_e(sc.t, sc.s, _r("03"), ASSERTED), _e(sc.t, None, _r("03"), ASSERTED))
    expected = (_e(sc.s, sc.t, _r("02", "10"), REPORTED),)
    return text, expected, allowed


_HARMS = (
    'acknowledged the "pain and injustice" done to {Tposs} people',
    "acknowledged the pain and injustice done to {Tposs} miners",
    "acknowledged the suffering inflicted on {Tdem} families during the war",
    "acknowledged the wrongs done to {Tdem} workers",
)


def c36_acknowledged_harm(sc: Scene) -> Built:
    """ "Peru's foreign minister acknowledged the pain and injustice done to Bolivia's miners":
    an apology without its word, X -> Y (055)."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} foreign minister", "{Slead}", "{Sposs} president")).format(**w)
    text = _cap(f"{who} {sc.rng.choice(_HARMS).format(**w)}.")
    return text, (_e(sc.s, sc.t, _r("05"), ASSERTED),), ()


_RAISED = (
    "raised the case with {Tposs} foreign minister by phone",
    "raised the matter with {Tlead} in a phone call",
    "discussed the detention with {Tposs} foreign minister by telephone",
    "raised the issue with {Tposs} president during a phone call",
)


def c36_raised_by_phone(sc: Scene) -> Built:
    """ "Ghana's foreign minister said she had raised the case with her Togolese counterpart by
    phone": a telephone call X -> Y (041), reported when she says so."""
    w = scene_words(sc)
    act = sc.rng.choice(_RAISED).format(**w)
    if sc.rng.random() < 0.5:
        text = _cap(f"{w['Sposs']} foreign minister said she had {act}.")
        facts = REPORTED
    else:
        text = _cap(f"{w['Sposs']} foreign minister {act} on Monday.")
        facts = ASSERTED
    return text, (_e(sc.s, sc.t, _r("04"), facts),), (_e(sc.t, sc.s, _r("04"), facts),)


_DELAYS = (
    "delaying visas for {Sdem} students",
    "blocking visas for {Sdem} truck drivers",
    "holding up visas for {Sdem} workers",
    "delaying entry permits for {Sdem} traders",
)


def c36_accused_delaying(sc: Scene) -> Built:
    """ "Thailand accused Vietnam of delaying visas for Thai students": the accusation X -> Y
    (112) and the accused act Y -> X (172) `reported`."""
    w = scene_words(sc)
    who = sc.rng.choice(("{S}", "{Sposs} foreign ministry")).format(**w)
    text = _cap(f"{who} accused {w['T']} of {sc.rng.choice(_DELAYS).format(**w)}.")
    expected = (_e(sc.s, sc.t, _r("11"), ASSERTED), _e(sc.t, sc.s, _r("17"), REPORTED))
    return text, expected, ()


_FIRMS = ("{Sdem} firms", "{Sdem} companies", "{Sdem} investors")
_PROJECTS = ("{Tdem} wind farms", "{Tposs} mines", "ports in {T}", "{Tdem} railways")


def c36_invested_sum(sc: Scene) -> Built:
    """ "Norway said Norwegian firms would invest 2 billion dollars in Finnish wind farms": the
    investment to come keeps its code (061 `possible`), no intent (031)."""
    w = scene_words(sc)
    who = sc.rng.choice(_FIRMS).format(**w)
    aux = sc.rng.choice(("would", "will"))
    sum_ = sc.rng.choice(("2 billion dollars", "500 million euros", "$300 million"))
    where = sc.rng.choice(_PROJECTS).format(**w)
    text = _cap(f"{w['S']} said {who} {aux} invest {sum_} in {where} over five years.")
    return text, (_e(sc.s, sc.t, _r("06"), POSSIBLE),), ()


_KEPT = (
    "would keep its troops in {Zc}",
    "would keep its embassy in {Zc} open",
    "would stay in the alliance",
)
_COULD = (
    ("could send engineers to help build {Tposs} flood defences", "07"),
    ("could send doctors to {T}", "07"),
    ("could provide {T} with food aid", "07"),
)


def c36_could_conjunct(sc: Scene) -> Built:
    """ "Austria would keep its troops in Bosnia and could send engineers to help build
    Hungary's flood defences": the conjunct's own "could" keeps the act's code (07 `possible`);
    the first conjunct's "would" makes it no intent (033)."""
    w = scene_words(sc) | {"Zc": sc.z.capital}
    act, root = sc.rng.choice(_COULD)
    text = _cap(
        f"{w['Sposs']} foreign minister said {w['S']} {sc.rng.choice(_KEPT).format(**w)} "
        f"and {act.format(**w)}."
    )
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED - {"possible"}),)
    return text, (_e(sc.s, sc.t, _r(root), POSSIBLE),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c36_agreed_round": c36_agreed_round,
    "c36_stateless_crime": c36_stateless_crime,
    "c36_sympathy_call": c36_sympathy_call,
    "c36_according_conjunct": c36_according_conjunct,
    "c36_acknowledged_harm": c36_acknowledged_harm,
    "c36_raised_by_phone": c36_raised_by_phone,
    "c36_accused_delaying": c36_accused_delaying,
    "c36_invested_sum": c36_invested_sum,
    "c36_could_conjunct": c36_could_conjunct,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
