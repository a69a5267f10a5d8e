"""Lexicon classes of interstate wire news crossed with the suite's constructions (issue 9,
phenomenon 2): one construction per CAMEO class, each sentence one of its phrasings (multiword
acts, nominal triggers, light verbs carrying an event noun) in one construction (active,
passive, nominal, reported, analytic, negated, hedged) with states drawn as in the suite.

The phrasings are the project's own, written from the CAMEO codebook's class definitions
(disapprove 11: "complain officially", 114; reject 12; demand 10; intent 03; consult 04;
military posture 15; fight 19; reduce relations 16: "halt negotiations", 164) and from verbs of PETRARCH2's dictionary that
scripts/convert_petrarch_verbs.py keeps (CURATED). ``generate`` adds these cases to the
suite's own and ``table`` prints them after its rows, so ``bench/phenomena.py`` shows both.
"""

from __future__ import annotations

import random

import phenomena
from phenomena import Row, run
from phenomena_acts import (
    active,
    analytic,
    hedged_modal,
    negated,
    nominal_by,
    nominal_of,
    nominal_poss,
    passive,
    reported_that,
    reported_trailing,
)
from phenomena_tables import DATES, Act, State, load_states
from phenomena_words import ANY, Case, Expect, Outcome, Scene

__all__ = ["CLASSES", "LEXICON_ACTS", "generate", "run", "sample", "table"]

LEXICON_ACTS = (
    # 11: written protests and complaints (114), accusations by a multiword act (112), and
    # PETRARCH's denigration verbs (111)
    Act("lex_disapprove", "11", "dip",
        ("lodge a complaint with {T} over the incident", "file a formal complaint with {T}",
         "send a protest note to {T}", "hand a protest note to {Tposs} ambassador",
         "deliver a note of protest to {T}", "issue a demarche to {T}",
         "hold {T} responsible for the attack", "object to {Tposs} plan to extend its waters",
         "censure {T} over the incident", "reprimand {Tposs} ambassador",
         "berate {T} over the incident", "lambaste {T} over its oil policy",
         "decry {Tposs} new law", "belittle {Tposs} decision", "disparage {Tposs} language law",
         "denigrate {Tposs} role in the talks", "scorn {Tposs} claims",
         "pillory {T} over the incident", "lodge stern representations with {T}",
         "make solemn representations to {T}", "summon {Tposs} ambassador to protest",
         "register a strong protest with {T}"),
        passive=("{T} was censured by {S} over the incident",
                 "{Tposs} ambassador was reprimanded by {S}"),
        nominal=(("{Sposs} protest note to {T}", "the protest note to {T} by {S}"),
                 ("{Sposs} complaint against {T}", "the complaint against {T} by {S}"),
                 ("{Sposs} demarche to {T}", "")),
        of=("the censure of {T} by {S}",)),
    # 12: rejections by a multiword act or a PETRARCH obstruction verb
    Act("lex_reject", "12", "dip",
        ("brush aside {Tposs} objections", "spurn {Tposs} offer of talks",
         "rebuff calls from {T} for a ceasefire", "decline {Tposs} invitation to the summit",
         "turn down an invitation from {T}", "dismiss {Tposs} peace plan",
         "obstruct {Tposs} bid to join the bloc", "reject {Tposs} demand for compensation",
         "ignore {Tposs} demands", "disregard warnings from {T}"),
        passive=("{Tposs} offer of talks was spurned by {S}",),
        nominal=(("{Sposs} rejection of {Tposs} offer", "the rejection of {Tposs} offer by {S}"),)),
    # 10: demands and orders
    Act("lex_demand", "10", "dip",
        ("press {T} to extradite the suspects", "insist that {T} remove the ship",
         "demand that {T} release the detained sailors", "demand an explanation from {T}",
         "order {T} to halt its drills near the border"),
        nominal=(("{Sposs} demand for compensation from {T}",
                  "the demand for compensation from {T} by {S}"),)),
    # 03: intent named by a noun of willingness or plan, a pledge with its amount
    Act("lex_intent", "03", "dip",
        ("express willingness to work with {T}", "express its readiness to resume talks with {T}",
         "announce plans to provide {T} with artillery", "pledge $1 billion in aid to {T}",
         "vow to deepen ties with {T}", "assure {T} of its support"),
        nominal=(("{Sposs} pledge of support for {T}", "the pledge of support for {T} by {S}"),
                 ("{Sposs} offer of talks to {T}", "the offer of talks to {T} by {S}"))),
    # 04: visits and talks by a light verb or a motion verb with its purpose
    Act("lex_consult", "04", "dip",
        ("land in {T} for talks", "head to {T} for talks", "pay a visit to {T}",
         "conclude a visit to {T}", "confer with {Tlead}", "hold a phone call with {Tlead}",
         "resume talks with {T}", "begin a three-day visit to {T}", "send an envoy to {T}",
         "send a delegation to {T} for talks", "sit down with {Tlead}",
         "hold a video call with {Tlead}"),
        nominal=(("{Sposs} talks with {T}", ""),
                 ("{Sposs} three-day visit to {T}", "the three-day visit to {T} by {S}")),
        answer="04"),
    # 15: ships and aircraft sent near a state are a show of force, no aid (07)
    Act("lex_posture", "15", "mil",
        ("send warships near {T}", "send bombers near {Tposs} airspace",
         "send an aircraft carrier near {T}", "send fighter jets near {Tposs} border")),
    # 19: force by a light verb or against a named ship or base
    Act("lex_fight", "19", "mil",
        ("unleash a barrage of missiles on {T}", "target {a_Tdem} oil tanker",
         "target {a_Tdem} air base", "pound {T} with airstrikes",
         "launch an offensive against {T}", "carry out retaliatory strikes on {T}")),
    # 16: halted negotiations (164), revoked agreements, bans and sanctions by a light verb
    Act("lex_reduce", "16", "dip",
        ("cut off talks with {T}", "suspend negotiations with {T}", "pause trade talks with {T}",
         "break off negotiations with {T}", "call off talks with {T}",
         "suspend military dialogue with {T}", "slap sanctions on {T}",
         "blacklist {Tdem} firms", "halt all trade with {T}", "rescind its agreement with {T}",
         "freeze the assets of {Tdem} banks", "ban {Tdem} airlines from its airspace"),
        passive=("{Tdem} firms were blacklisted by {S}",),
        nominal=(("{Sposs} suspension of talks with {T}", "the suspension of talks with {T} by {S}"),
                 ("{Sposs} ban on imports from {T}", ""),
                 ("{Sposs} recall of its ambassador from {T}", ""),
                 ("{Sposs} severance of ties with {T}", "the severance of ties with {T} by {S}"),
                 ("{Sposs} freeze on imports from {T}", "")),
        of=("the suspension of talks with {T} by {S}", "the blacklisting of {Tdem} firms by {S}",
            "the downgrading of ties with {T} by {S}")),
)  # fmt: skip

_BUILDERS = (
    (active, lambda a: True),
    (passive, lambda a: bool(a.passive)),
    (nominal_poss, lambda a: bool(a.nominal)),
    (nominal_by, lambda a: any(b for _, b in a.nominal)),
    (nominal_of, lambda a: bool(a.of)),
    (reported_trailing, lambda a: True),
    (reported_that, lambda a: True),
    (analytic, lambda a: True),
    (negated, lambda a: True),
    (hedged_modal, lambda a: True),
)
CLASSES = tuple(f"lex{a.root}_{a.key.removeprefix('lex_')}" for a in LEXICON_ACTS)
_BY_CLASS = dict(zip(CLASSES, LEXICON_ACTS, strict=True))


def _case(construction: str, rng: random.Random, states: list[State]) -> Case:
    act = _BY_CLASS[construction]
    picked = rng.sample(states, 3)
    sc = Scene(rng, rng.choice(DATES), picked[0], picked[1], picked[2])
    build = rng.choice([b for b, ok in _BUILDERS if ok(act)])
    text, expected, allowed = build(sc, act)
    if act.answer:
        allowed += tuple(
            Expect(x.target, x.source, frozenset({act.answer}), x.facts)
            for x in expected
            if x.target
        )
    # a noun naming the target's own act inside the phrase ("X's objections", "X's offer")
    # may be coded too, with no target of its own
    allowed += (Expect(sc.t.iso3, "", frozenset(), ANY),)
    return Case(construction, text, sc.date, expected, allowed, f"{act.root}/{build.__name__}")


def sample(construction: str, k: int, seed: int = 0) -> list[Case]:
    """``k`` cases of one lexicon class; the same for a given seed on every machine."""
    rng = random.Random(f"{seed}:{construction}")
    states = load_states()
    return [_case(construction, rng, states) for _ in range(k)]


def generate(n: int, seed: int = 0) -> list[Case]:
    """The suite's cases, then as many per lexicon class as the suite has per construction."""
    base = phenomena.generate(n, seed)
    per = max(1, n // len(phenomena.CONSTRUCTIONS))
    return base + [c for name in CLASSES for c in sample(name, per, seed)]


def table(cases: list[Case], outcomes: list[Outcome]) -> list[Row]:
    """The suite's rows, then one row per lexicon class."""
    mine = [i for i, c in enumerate(cases) if c.construction in _BY_CLASS]
    rest = [i for i in range(len(cases)) if i not in set(mine)]
    rows = phenomena.table([cases[i] for i in rest], [outcomes[i] for i in rest])
    extra = {name: Row(name) for name in CLASSES}
    for i in mine:
        row = extra[cases[i].construction]
        row.n += 1
        row.right += outcomes[i].right
        row.false_assertions += outcomes[i].false_assertions
    return rows + [r for r in extra.values() if r.n]
