"""The phenomenon suite: template sentences that cross constructions with states and acts.

Each generated case is a sentence with the events a careful coder gives it: (source state,
target state, CAMEO root, factuality), and the readings that are also acceptable. A construction
("active", "passive", "hedged_modal", ...) is scored by the share of its sentences whose events
are exactly right (every expected event found with its factuality, nothing else but acceptable
readings) and by its false assertions: events stated as asserted that the sentence does not
assert (hedged, negated, refused, misattributed or no event at all).

The generator is deterministic: ``generate(n, seed)`` gives the same sentences on every machine;
``sample(construction, k, seed)`` draws one construction only (the tests' fixed samples).
``bench/phenomena.py`` prints the per-construction table; ``test_phenomena.py`` holds floors.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from phenomena_tables import ACTS, DATES, SECTORS, Act, State, load_states

from realpolitik.extract.parallel import extract_many
from realpolitik.models import Document, Extraction

ASSERTED = frozenset({"asserted"})
NOT_ASSERTED = frozenset({"possible", "reported", "negated"})
ANY = frozenset({"asserted", "possible", "reported", "negated"})


@dataclass(frozen=True)
class Expect:
    """An event the sentence states (or an acceptable reading when used in ``allowed``)."""

    source: str  # ISO3, "*" any (allowed only)
    target: str  # ISO3, "" none, "*" any (allowed only)
    roots: frozenset[str]  # two-digit CAMEO roots; empty = any (allowed only)
    facts: frozenset[str]

    def matches(self, ev: tuple[str, str, str, str]) -> bool:
        src, tgt, root, fact = ev
        return (
            self.source in ("*", src)
            and self.target in ("*", tgt)
            and (not self.roots or root in self.roots)
            and fact in self.facts
        )


@dataclass(frozen=True)
class Case:
    construction: str
    text: str
    date: str
    expected: tuple[Expect, ...]
    allowed: tuple[Expect, ...] = ()
    act: str = ""


@dataclass
class Outcome:
    right: bool
    false_assertions: int
    missing: list[Expect] = field(default_factory=list)
    extra: list[tuple[str, str, str, str]] = field(default_factory=list)


def score(case: Case, events: Iterable[tuple[str, str, str, str]]) -> Outcome:
    """Whether the predicted (source, target, root, factuality) events are right for ``case``.

    Right: every expected event is predicted, and every predicted event is expected or an
    acceptable reading. A false assertion is a predicted asserted event that no expected
    asserted event (nor an acceptable asserted reading) covers; an asserted event that only
    lacks its target is a miss, not a false assertion.
    """
    evs = set(events)
    missing = [x for x in case.expected if not any(x.matches(e) for e in evs)]
    extra = sorted(e for e in evs if not any(x.matches(e) for x in case.expected + case.allowed))
    false = 0
    for e in evs:
        if e[3] != "asserted" or any(x.matches(e) for x in case.expected + case.allowed):
            continue
        partial = e[1] == "" and any(
            x.source == e[0] and e[2] in x.roots and "asserted" in x.facts for x in case.expected
        )
        false += 0 if partial else 1
    return Outcome(not missing and not extra, false, missing, extra)


# -- words ---------------------------------------------------------------------------------

_IRREGULAR = {  # base: (past, participle)
    "hold": ("held", "held"), "meet": ("met", "met"), "send": ("sent", "sent"),
    "give": ("gave", "given"), "cut": ("cut", "cut"), "shoot": ("shot", "shot"),
    "strike": ("struck", "struck"), "withdraw": ("withdrew", "withdrawn"),
    "put": ("put", "put"), "lead": ("led", "led"), "take": ("took", "taken"),
    "bring": ("brought", "brought"), "fight": ("fought", "fought"), "sell": ("sold", "sold"),
    "buy": ("bought", "bought"), "freeze": ("froze", "frozen"), "shut": ("shut", "shut"),
    "set": ("set", "set"), "tell": ("told", "told"), "say": ("said", "said"),
    "break": ("broke", "broken"), "begin": ("began", "begun"), "win": ("won", "won"),
    "make": ("made", "made"), "pay": ("paid", "paid"), "leave": ("left", "left"),
    "fly": ("flew", "flown"), "go": ("went", "gone"), "undertake": ("undertook", "undertaken"),
    "overrun": ("overran", "overrun"), "beat": ("beat", "beaten"), "lend": ("lent", "lent"),
    "swear": ("swore", "sworn"), "seek": ("sought", "sought"), "forgive": ("forgave", "forgiven"),
    "hit": ("hit", "hit"), "speak": ("spoke", "spoken"), "quit": ("quit", "quit"),
}  # fmt: skip
_DOUBLE = frozenset(
    {"ban", "plan", "stop", "ship", "drop", "step", "slam", "rebut", "expel", "cancel", "control",
     "commit", "admit", "permit", "regret", "patrol", "equip", "compel", "kidnap", "ram", "quit", "scrap"}
)  # fmt: skip


def conjugate(phrase: str, form: str) -> str:
    """ "impose sanctions on {T}" -> past "imposed ...", participle, or gerund "imposing"."""
    verb, _, rest = phrase.partition(" ")
    if form in ("past", "pp") and verb in _IRREGULAR:
        word = _IRREGULAR[verb][0 if form == "past" else 1]
    elif form == "ing":
        if verb in _DOUBLE and not verb.endswith("y"):
            word = verb + verb[-1] + "ing"
        elif verb.endswith("e") and not verb.endswith("ee"):
            word = verb[:-1] + "ing"
        else:
            word = verb + "ing"
    elif verb in _DOUBLE and not verb.endswith("y"):
        word = verb + verb[-1] + "ed"
    elif verb.endswith("e"):
        word = verb + "d"
    elif verb.endswith("y") and verb[-2] not in "aeiou":
        word = verb[:-1] + "ied"
    else:
        word = verb + "ed"
    return f"{word} {rest}".strip()


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _article(word: str) -> str:
    return ("an " if word[:1] in "AEIO" else "a ") + word


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Scene:
    """The states of one sentence and how each is named."""

    rng: random.Random
    date: str
    s: State
    t: State
    z: State

    def name(self, st: State, capital: float = 0.3) -> str:
        return st.capital if self.rng.random() < capital else st.name

    def leader(self, st: State) -> str:
        return st.leader(self.date) or st.name

    def source(self, act: Act, phrase: str = "") -> str:
        """A name, capital or (for diplomacy) leader; people for protests. A phrase that
        refers back with "its" takes no person."""
        if act.domain == "civ":
            return self.people(self.s, act)
        r = self.rng.random()
        person = " its " not in f" {phrase} "
        if person and act.domain == "dip" and r < 0.25 and self.s.leader(self.date):
            return self.leader(self.s)
        return self.name(self.s)

    def people(self, st: State, act: Act) -> str:
        """ "Indian troops", "the Chinese foreign ministry": a demonym with a sector."""
        return self.rng.choice(SECTORS[act.domain]).format(st.demonym)

    def fill(self, template: str, source: str | None = None) -> str:
        src = source if source is not None else self.name(self.s)
        t = self.t
        return template.format(
            T=self.name(t),
            Tposs=_poss(self.name(t)),
            Tdem=t.demonym,
            a_Tdem=_article(t.demonym),
            Tlead=self.leader(t),
            S=src,
            Sposs=_poss(src),
            Sdem=self.s.demonym,
            Slead=self.leader(self.s),
        )


_TIME = ("", " on Tuesday", " on Monday", " late on Sunday", " this week", " on Friday")
_FUTURE = ("", " next week", " in the coming days", " before the end of the year")


def _time(sc: Scene) -> str:
    return sc.rng.choice(_TIME)


def _one(s: State, t: str, root: str, facts: frozenset[str]) -> Expect:
    return Expect(s.iso3, t, frozenset({root}), facts)


# Stated future acts: CAMEO codes cooperation promised as an intent (03) and force threatened
# as a threat (13); a hedged act is right with its own root or the future one.
_FUTURE_ROOT = {"04": "03", "05": "03", "06": "03", "07": "03", "08": "03"}
_FUTURE_ROOT |= {r: "13" for r in ("14", "15", "16", "17", "18", "19", "20")}


def _hedged(sc: Scene, act: Act) -> Expect:
    roots = {act.root} | ({_FUTURE_ROOT[act.root]} if act.root in _FUTURE_ROOT else set())
    return Expect(sc.s.iso3, sc.t.iso3, frozenset(roots), frozenset({"possible"}))


Built = tuple[str, tuple[Expect, ...], tuple[Expect, ...]]


# -- constructions over acts ---------------------------------------------------------------


def active(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    if act.pair and rng.random() < 0.2:
        vp = conjugate(rng.choice(act.pair), "past")
        text = f"{sc.name(sc.s)} and {sc.name(sc.t)} {vp}{_time(sc)}."
        pair = (
            _one(sc.s, sc.t.iso3, act.root, ASSERTED),
            _one(sc.t, sc.s.iso3, act.root, ASSERTED),
        )
        return _cap(text), pair, ()
    phrase = rng.choice(act.base)
    if rng.random() < 0.8:
        vp = conjugate(phrase, "past") + _time(sc)
    else:
        vp = "has " + conjugate(phrase, "pp")
    text = f"{sc.source(act, phrase)} {sc.fill(vp)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def passive(sc: Scene, act: Act) -> Built:
    clause = sc.fill(sc.rng.choice(act.passive), sc.source(act))
    return _cap(clause + _time(sc) + "."), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


_PRED = (
    "came after months of tension", "marked a turning point in the dispute",
    "surprised many observers",
    "dominated the headlines on Wednesday", "caught many diplomats off guard",
)  # fmt: skip


def _nominal(sc: Scene, act: Act, np: str) -> Built:
    src = sc.source(act)
    text = f"{sc.fill(np, src)} {sc.rng.choice(_PRED)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def nominal_poss(sc: Scene, act: Act) -> Built:
    return _nominal(sc, act, sc.rng.choice(act.nominal)[0])


def nominal_by(sc: Scene, act: Act) -> Built:
    return _nominal(sc, act, sc.rng.choice([b for _, b in act.nominal if b]))


def nominal_of(sc: Scene, act: Act) -> Built:
    return _nominal(sc, act, sc.rng.choice(act.of))


_SAID = (
    "officials said", "a senior official said", "the foreign ministry said in a statement",
    "state media reported", "diplomats said", "two people familiar with the matter said",
)  # fmt: skip


def reported_trailing(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    vp = sc.fill(conjugate(phrase, "past"))
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.25:
        text = f"According to {_poss(sc.z.name)} state news agency, {src} {vp}{_time(sc)}."
    elif r < 0.4:
        text = f"{src} reportedly {vp}{_time(sc)}."
    else:
        text = f"{src} {vp}{_time(sc)}, {rng.choice(_SAID)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, frozenset({"reported"})),), ()


def _speaker(sc: Scene) -> str:
    z = sc.z
    return sc.rng.choice(
        (
            f"{_poss(z.name)} foreign ministry",
            f"Officials in {z.capital}",
            f"{_poss(z.name)} intelligence agency",
            f"A spokesman for the {z.demonym} government",
            sc.leader(z),
        )
    )


def reported_that(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.5:
        text = f"{_speaker(sc)} said that {src} had {sc.fill(conjugate(phrase, 'pp'))}{_time(sc)}."
    elif r < 0.75:
        text = f"{_speaker(sc)} said {src} {sc.fill(conjugate(phrase, 'past'))}{_time(sc)}."
    else:
        vp = sc.fill(conjugate(phrase, "pp"))
        text = f"{_speaker(sc)} told reporters that {src} had {vp}{_time(sc)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, frozenset({"reported"})),), ()


def hedged_modal(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    vp = sc.fill(phrase)
    src = sc.source(act, phrase)
    modal = rng.choice(("could", "may", "might", "could soon"))
    r = rng.random()
    if r < 0.6:
        text = f"{src} {modal} {vp}{rng.choice(_FUTURE)}."
    elif r < 0.8:
        text = f"Experts caution that {src} {modal} {vp}."
    else:
        text = f"Officials in {sc.z.capital} fear that {src} {modal} {vp}."
    return _cap(text), (_hedged(sc, act),), ()


def hedged_expected(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    how = rng.choice(("is expected to", "is set to", "is likely to", "is poised to"))
    src = sc.source(act, phrase)
    if act.domain == "civ":  # plural people
        how = how.replace("is ", "are ", 1)
    text = f"{src} {how} {sc.fill(phrase)}{rng.choice(_FUTURE)}."
    return _cap(text), (_hedged(sc, act),), ()


def hedged_prospect(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    np = sc.fill(rng.choice([p for p, _ in act.nominal] + [b for _, b in act.nominal if b]),
                 sc.source(act))  # fmt: skip
    text = rng.choice(
        (
            f"Prospects of {np} have dimmed.",
            f"Analysts see little chance of {np} this year.",
            f"The possibility of {np} has unsettled markets.",
            f"Diplomats are weighing the prospect of {np}.",
        )
    )
    return text, (_hedged(sc, act),), ()


def hedged_if(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.4:
        text = f"If {src} {sc.fill(conjugate(phrase, 'past'))}, the crisis would deepen sharply."
    elif r < 0.7:
        text = f"Should {src} {sc.fill(phrase)}, oil prices would rise."
    else:
        text = f"{src} would {sc.fill(phrase)} only if the negotiations collapsed."
    return _cap(text), (_hedged(sc, act),), ()


def negated(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.35:
        text = f"{src} did not {sc.fill(phrase)}{_time(sc)}."
    elif r < 0.55:
        text = f"{src} has never {sc.fill(conjugate(phrase, 'pp'))}."
    elif r < 0.8:
        that = "it had" if src in (sc.s.name, sc.s.capital) else "having"
        text = f"{src} denied {'that ' if that == 'it had' else ''}{that} {sc.fill(conjugate(phrase, 'pp'))}."
    else:
        text = f"{src} has not {sc.fill(conjugate(phrase, 'pp'))}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, frozenset({"negated"})),), ()


def refused(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    how = rng.choice(("refused to", "declined to", "has refused to", "flatly refused to"))
    when = "" if how.startswith("has") else _time(sc)
    text = f"{sc.source(act, phrase)} {how} {sc.fill(phrase)}{when}."
    return _cap(text), (_one(sc.s, sc.t.iso3, "12", ASSERTED),), ()


def _no_its(act: Act) -> list[str]:
    """Phrasings that do not refer back with "its" (a plural subject has no "its")."""
    return [p for p in act.base if " its " not in f" {p} "] or list(act.base)


def demonym_sector(sc: Scene, act: Act) -> Built:
    vp = sc.fill(conjugate(sc.rng.choice(_no_its(act) + list(act.forces)), "past"))
    text = f"{sc.people(sc.s, act)} {vp}{_time(sc)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def analytic(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    s, z = sc.s, sc.z
    lead = rng.choice(
        (
            f"Although {z.name} remains {_poss(s.name)} largest trading partner",
            f"While relations between {s.name} and {z.name} have cooled in recent years",
            f"Even though {z.name} has long been {_poss(s.name)} closest partner",
            f"Despite its close economic ties with {z.name}",
            f"Though {z.name} is still {_poss(s.name)} main supplier of gas",
        )
    )
    tail = rng.choice(
        (
            "",
            f", a step that diplomats in {z.capital} described as long overdue",
            f", weeks before a planned summit in {z.capital}",
            f", a move likely to strain its ties with {z.name}",
        )
    )
    phrase = rng.choice(act.base)
    vp = sc.fill(conjugate(phrase, "past"))
    text = f"{lead}, {sc.source(act, phrase)} {vp}{_time(sc)}{tail}."
    return text, (_one(s, sc.t.iso3, act.root, ASSERTED),), ()


# -- phenomena of the issue (own templates) ------------------------------------------------


def _fight_verb(sc: Scene) -> str:
    return sc.rng.choice(("dropped {}-made bombs on", "fired {}-built missiles at",
                          "launched {}-designed cruise missiles at"))  # fmt: skip


def p1_party(sc: Scene) -> Built:
    """A modifier, the speaker or a possessor is not a party; named targets inside phrases."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    r = rng.randrange(5)
    if r == 0:
        text = f"{sc.name(s)} {_fight_verb(sc).format(z.demonym)} {sc.name(t)}{_time(sc)}."
        return text, (_one(s, t.iso3, "19", ASSERTED),), ()
    if r == 1:
        vp = rng.choice(("promised to defend each other", "pledged to deepen their cooperation"))
        text = f"{sc.name(s)} and {sc.name(t)} {vp}{_time(sc)}."
        return text, (_one(s, t.iso3, "03", ASSERTED), _one(t, s.iso3, "03", ASSERTED)), ()
    if r == 2:
        vp = rng.choice(
            (
                "imposed sanctions on two-thirds of {} oil exports",
                "froze about half of {} foreign reserves",
                "banned imports of most of {} steel",
            )
        )
        text = f"{sc.name(s)} {vp.format(_poss(t.name))}{_time(sc)}."
        return text, (_one(s, t.iso3, "16", ASSERTED),), ()
    if r == 3:
        obj, fill = rng.choice(
            (
                ("{} missile tests", _poss(t.name)),
                ("the deployment of {} troops near its border", t.demonym),
                ("the detention of {} fishermen", t.demonym),
            )
        )
        verb = rng.choice(("condemned", "criticized", "denounced"))
        text = f"{sc.name(s)} {verb} {obj.format(fill)}{_time(sc)}."
        allowed = (Expect(t.iso3, "*", frozenset({"15", "17"}), NOT_ASSERTED),)
        return text, (_one(s, t.iso3, "11", ASSERTED),), allowed
    verb = rng.choice(("condemned", "denounced"))
    text = f"{sc.name(s)} {verb} the attack by {sc.name(t)} on {sc.name(z)}{_time(sc)}."
    return (
        text,
        (_one(s, t.iso3, "11", ASSERTED),),
        (Expect(t.iso3, z.iso3, frozenset({"19"}), ANY),),
    )


def p3_spurious(sc: Scene) -> Built:
    """No event is asserted: hypotheticals without a doer, "show that", quoted labels, links,
    accidents."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    any_hedged = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    r = rng.randrange(7)
    if r == 6:  # an accident is nobody's attack
        who = rng.choice(("soldiers", "pilots", "police officers", "sailors"))
        how = rng.choice(("killed", "wounded", "injured"))
        what = rng.choice(("a training accident", "a car accident", "a helicopter crash",
                           "a road accident"))  # fmt: skip
        n = rng.choice(("Two", "Three", "Four", "Several"))
        return f"{n} {s.demonym} {who} were {how} in {what} near the border with {t.name}.", (), ()
    if r == 0:
        text = f"Any strike on {_poss(s.name)} ships would trigger its defence pact with {t.name}."
        return text, (), any_hedged
    if r == 1:
        verb = rng.choice(("demonstrate", "show", "suggest"))
        what = rng.choice(("largest creditor", "biggest trading partner", "main arms supplier"))
        return f"The figures {verb} that {s.name} remains {_poss(t.name)} {what}.", (), ()
    if r == 2:
        text = (
            f"What {s.name} calls aggression by {t.name} is, in the view of diplomats in "
            f"{z.capital}, a response to years of pressure."
        )
        return text, (), any_hedged + (Expect(s.iso3, t.iso3, frozenset({"11"}), ANY),)
    if r == 3:
        lead = rng.choice(("Read more:", "Related:", "See also:"))
        act = rng.choice([a for a in ACTS if a.domain in ("dip", "mil")])
        text = f"{lead} {s.name} {sc.fill(conjugate(rng.choice(act.base), 'past'))}"
        return text, (), any_hedged
    if r == 4:
        label = rng.choice(("a threat to the whole region", "a danger to peace in the region"))
        text = f'"{t.name} is {label}," the {s.demonym} foreign minister said.'
        return _cap(text), (), any_hedged + (Expect(s.iso3, t.iso3, frozenset({"11"}), ANY),)
    text = f"Satellite images show that {s.name} has expanded a naval base near {t.name}."
    return text, (), any_hedged


def p4_scope(sc: Scene) -> Built:
    """A hedge or negation governs its own clause, not a noun argument or another clause."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    r = rng.randrange(5)
    if r == 0:
        verb = rng.choice(("cannot substitute for", "cannot replace", "will not make up for"))
        aid = rng.choice(("military aid to", "arms deliveries to", "economic aid to"))
        text = f"{z.name} {verb} {_poss(s.name)} {aid} {t.name}."
        return _cap(text), (_one(s, t.iso3, "07", ASSERTED),), ()
    if r == 1:
        text = (
            f"{s.name} and {t.name} signed a defence pact{_time(sc)} that obliges each to help "
            "the other should either be attacked."
        )
        pair = (_one(s, t.iso3, "05", ASSERTED), _one(t, s.iso3, "05", ASSERTED))
        return _cap(text), pair, (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    act = rng.choice(ACTS)
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    if r == 2:
        text = f"{src} might not {sc.fill(phrase)}{rng.choice(_FUTURE)}."
        return _cap(text), (_hedged(sc, act),), ()
    if r == 3:
        text = f"{src} did not rule out {sc.fill(conjugate(phrase, 'ing'))}."
        return _cap(text), (_hedged(sc, act),), ()
    text = f"{z.name} would neither confirm nor deny that {src} had {sc.fill(conjugate(phrase, 'pp'))}."
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({act.root}), NOT_ASSERTED),), ()


def p7_arguments(sc: Scene, others: list[State]) -> Built:
    """The argument of an act is no event of its own."""
    rng, s, t = sc.rng, sc.s, sc.t
    r = rng.randrange(4)
    if r == 0:
        a, b, c = others[:3]
        what = rng.choice(("the expanding naval drills of", "the joint exercises of",
                           "the military buildup of"))  # fmt: skip
        who = rng.choice((f"Envoys from {s.name}", s.name, f"The {s.demonym} foreign ministry"))
        verb = rng.choice(("condemned", "criticized", "denounced"))
        text = f"{who} {verb} {what} {a.name}, {b.name} and {c.name}{_time(sc)}."
        return _cap(text), tuple(_one(s, x.iso3, "11", ASSERTED) for x in (a, b, c)), ()
    if r == 1:
        how = rng.choice(("supplied with drones by", "armed with missiles supplied by",
                          "equipped with air defence systems by"))  # fmt: skip
        rest = rng.choice(("has expanded its navy", "has stepped up border patrols",
                           "has strengthened its air defences"))  # fmt: skip
        text = f"{t.name}, {how} {s.name}, {rest}."
        return _cap(text), (_one(s, t.iso3, "07", ASSERTED),), ()
    if r == 2:
        text = f"{s.name} has sent volunteers to fight for {t.name}{_time(sc)}."
        return _cap(text), (Expect(s.iso3, t.iso3, frozenset({"06", "07"}), ASSERTED),), ()
    who = rng.choice(("defence ministry", "health ministry", "military"))
    what = rng.choice(("40 soldiers died in the fighting", "12 people were killed in the strike",
                       "dozens of troops were wounded"))  # fmt: skip
    text = f"{_poss(s.name)} {who} said {what}."
    return _cap(text), (), (Expect("---", "*", frozenset(), ANY),)


ActBuilder = Callable[[Scene, Act], Built]
_OVER_ACTS: dict[str, tuple[ActBuilder, Callable[[Act], bool]]] = {
    "active": (active, lambda a: True),
    "passive": (passive, lambda a: bool(a.passive)),
    "nominal_poss": (nominal_poss, lambda a: bool(a.nominal)),
    "nominal_by": (nominal_by, lambda a: any(b for _, b in a.nominal)),
    "nominal_of": (nominal_of, lambda a: bool(a.of)),
    "reported_trailing": (reported_trailing, lambda a: True),
    "reported_that": (reported_that, lambda a: True),
    "hedged_modal": (hedged_modal, lambda a: True),
    "hedged_expected": (hedged_expected, lambda a: True),
    "hedged_prospect": (hedged_prospect, lambda a: bool(a.nominal)),
    "hedged_if": (hedged_if, lambda a: True),
    "negated": (negated, lambda a: True),
    "refused": (refused, lambda a: a.refusable),
    "demonym_sector": (demonym_sector, lambda a: a.domain != "civ"),
    "analytic": (analytic, lambda a: a.domain != "civ"),
}
CONSTRUCTIONS = tuple(_OVER_ACTS) + ("p1_party", "p3_spurious", "p4_scope", "p7_arguments")


def _case(construction: str, rng: random.Random, states: list[State]) -> Case:
    picked = rng.sample(states, 6)
    sc = Scene(rng, rng.choice(DATES), picked[0], picked[1], picked[2])
    key = ""
    if construction in _OVER_ACTS:
        build, ok = _OVER_ACTS[construction]
        act = rng.choice([a for a in ACTS if ok(a)])
        key = act.root
        text, expected, allowed = build(sc, act)
        if act.also:
            allowed += tuple(Expect(x.source, x.target, act.also, ANY) for x in expected)
        if act.answer:
            allowed += tuple(
                Expect(x.target, x.source, frozenset({act.answer}), x.facts)
                for x in expected
                if x.target
            )
    elif construction == "p1_party":
        text, expected, allowed = p1_party(sc)
    elif construction == "p3_spurious":
        text, expected, allowed = p3_spurious(sc)
    elif construction == "p4_scope":
        text, expected, allowed = p4_scope(sc)
    else:
        text, expected, allowed = p7_arguments(sc, picked[3:])
    return Case(construction, text, sc.date, expected, allowed, key)


def sample(construction: str, k: int, seed: int = 0) -> list[Case]:
    """``k`` cases of one construction; the same for a given seed on every machine."""
    rng = random.Random(f"{seed}:{construction}")
    states = load_states()
    return [_case(construction, rng, states) for _ in range(k)]


def generate(n: int, seed: int = 0) -> list[Case]:
    """About ``n`` cases, the same number of each construction."""
    per = max(1, n // len(CONSTRUCTIONS))
    return [c for name in CONSTRUCTIONS for c in sample(name, per, seed)]


# -- running ---------------------------------------------------------------------------------

Predicted = tuple[str, str, str, str]


def predicted(extraction: Extraction) -> set[Predicted]:
    """(source country, target country or "", CAMEO root, factuality) of every event."""
    return {
        (
            e.source.code[:3],
            e.target.code[:3] if e.target else "",
            e.cameo[:2],
            e.factuality,
        )
        for e in extraction.events
    }


def run(
    cases: list[Case], *, registry: Any = None, lexicon: Any = None
) -> list[tuple[set[Predicted], Outcome]]:
    """Extract every case (one document each, dated) and score it."""
    docs = [Document(f"c{i}", c.text, "suite", date=c.date) for i, c in enumerate(cases)]
    out = []
    for case, ex in zip(
        cases, extract_many(docs, registry=registry, lexicon=lexicon, chunk_size=32), strict=True
    ):
        got = predicted(ex)
        out.append((got, score(case, got)))
    return out


@dataclass
class Row:
    construction: str
    n: int = 0
    right: int = 0
    false_assertions: int = 0

    @property
    def accuracy(self) -> float:
        return self.right / self.n if self.n else 0.0


def table(cases: list[Case], outcomes: list[Outcome]) -> list[Row]:
    """One row per construction, in the suite's order."""
    rows = {name: Row(name) for name in CONSTRUCTIONS}
    for case, o in zip(cases, outcomes, strict=True):
        row = rows[case.construction]
        row.n += 1
        row.right += o.right
        row.false_assertions += o.false_assertions
    return [r for r in rows.values() if r.n]
