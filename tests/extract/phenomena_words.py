"""The phenomenon suite's records (expected events, cases, outcomes and scoring) and the words
and scenes its templates are built from; the constructions are registered in ``phenomena_registry.py``."""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from phenomena_tables import SECTORS, Act, State

ASSERTED = frozenset({"asserted"})
POSSIBLE = frozenset({"possible"})
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


# An acceptable reading of a sentence that asserts nothing: any event, hedged, reported or
# negated (never asserted).
NOTHING_ASSERTED = (Expect("*", "*", frozenset(), NOT_ASSERTED),)


# The small helpers every suite module used to write for itself (review of round 25).
REPORTED = frozenset({"reported"})
NEGATED = frozenset({"negated"})


def _e(src: State, tgt: State | None, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    """An expected event from one state to another, or to no target (state codes taken from the
    table rows)."""
    return Expect(src.iso3, tgt.iso3 if tgt is not None else "", roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


@dataclass(frozen=True)
class Case:
    construction: str
    text: str
    date: str
    expected: tuple[Expect, ...]
    allowed: tuple[Expect, ...] = ()
    act: str = ""
    when: str = ""  # "YYYY-MM-DD/precision" every expected event must carry ("" = not scored)
    claims: tuple[Any, ...] = ()  # phenomena_claims.ClaimWant: the claims the sentence states


@dataclass
class Outcome:
    right: bool
    false_assertions: int
    missing: list[Expect] = field(default_factory=list)
    extra: list[tuple[str, str, str, str]] = field(default_factory=list)
    note: str = ""  # what else was wrong: a date, a claim


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
    when: str = ""  # set by date builders: the date the expected events carry
    claims: tuple[Any, ...] = ()  # set by claim builders

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


# Verbs of a comment one may withhold: a negated one ("did not comment on X", "might not
# comment") is no statement and no act (the extractor's ``_asides.withheld_comment``), so a
# builder that negates one expects no event and accepts the negated or hedged reading.
_COMMENTS = frozenset({"comment", "respond", "reply"})


def withheld(phrase: str) -> bool:
    """A comment phrase ("comment on the election in {T}") that a negation withholds."""
    return phrase.split()[0] in _COMMENTS


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


def scene_words(sc: Scene) -> dict[str, str]:
    """The placeholders the clause modules' templates fill: each state's name (a capital one
    time in four), possessive, capital and demonym, the leaders, and the third state Z."""
    s, t, z = sc.s, sc.t, sc.z
    sname, tname = sc.name(s, capital=0.25), sc.name(t, capital=0.25)
    return {"S": sname, "Sposs": _poss(sname), "Sc": s.capital, "Sdem": s.demonym,
            "T": tname, "Tposs": _poss(tname), "Tc": t.capital, "Tdem": t.demonym,
            "Z": z.name, "Zposs": _poss(z.name), "Zdem": z.demonym,
            "Slead": sc.leader(s), "Tlead": sc.leader(t)}  # fmt: skip


OFFICIAL_SPOKE = (("criticised {T}", "11"), ("urged {T} to release the detainees", "02"),
                  ("praised {T}", "05"), ("accused {T} of provocations", "11"),
                  ("condemned {Tposs} decision", "11"))  # fmt: skip


def official_spoke(
    sc: Scene,
    officials: tuple[tuple[str, str, str, str], ...],
    openers: tuple[str, ...],
    days: tuple[str, ...],
) -> Built:
    """A region's office-holder named in full, then by surname alone ("NAME spoke to reporters on
    Monday. SURNAME criticised Y"), or in full in one sentence: the official's state -> Y, dated
    in office. ``officials`` rows: (full name, surname, the code's first letters, a date)."""
    rng, t = sc.rng, sc.t
    full, short, code, date = rng.choice([o for o in officials if o[2] != t.iso3])
    sc.date = date
    act, root = rng.choice(OFFICIAL_SPOKE)
    tname = sc.name(t)
    said = act.format(T=tname, Tposs=_poss(tname))
    if rng.random() < 0.6:
        opener = rng.choice(openers).format(full=full, day=rng.choice(days))
        text = f"{opener} {short} {said}."
    else:
        text = f"{full} {said} {rng.choice(days)}."
    return text, (Expect(code, t.iso3, _r(root), ASSERTED),), ()
