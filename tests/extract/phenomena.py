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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import phenomena_lex7
import phenomena_lex8
import phenomena_lex9
import phenomena_lexfact6
from phenomena_actors7 import ACTORS7_CONSTRUCTIONS
from phenomena_actors8 import ACTORS8_CONSTRUCTIONS
from phenomena_args8 import ARGS8_CONSTRUCTIONS
from phenomena_args9 import ARGS9_CONSTRUCTIONS, ARGS9_WITH_OTHERS
from phenomena_claims import CLAIM_CONSTRUCTIONS, score_claims
from phenomena_clause10 import CLAUSE10_CONSTRUCTIONS
from phenomena_codes import CODE_CONSTRUCTIONS, ROOT_ROWS
from phenomena_context10 import CONTEXT10_CONSTRUCTIONS, CONTEXT10_WITH_OTHERS
from phenomena_coref10 import COREF10_CONSTRUCTIONS, COREF10_WITH_OTHERS
from phenomena_dates import DATE_CONSTRUCTIONS
from phenomena_eye8 import EYE8_CONSTRUCTIONS
from phenomena_fact9 import FACT9_CONSTRUCTIONS, FACT9_WITH_OTHERS
from phenomena_issue import p1_party, p3_spurious, p4_scope, p7_arguments, p8_diplomatic
from phenomena_lex10 import SCENE_CONSTRUCTIONS as LEX10_CONSTRUCTIONS
from phenomena_parties6 import ONE_SCENE as P6_ONE_SCENE
from phenomena_parties6 import WITH_OTHERS as P6_WITH_OTHERS
from phenomena_review import (
    p9_venue,
    p10_joint_pledge,
    p11_relative_owner,
    p12_complaint_aim,
    p13_crowd_violence,
    p14_scene_clause,
    p15_refused_permission,
    p16_called_off_list,
)
from phenomena_tables import ACTS, DATES, Act, State, load_states
from phenomena_targets9 import TARGETS9_CONSTRUCTIONS
from phenomena_wire6 import WIRE6_CONSTRUCTIONS, WIRE6_WITH_OTHERS
from phenomena_wire7 import WIRE7_CONSTRUCTIONS
from phenomena_words import (
    _FUTURE,
    ANY,
    ASSERTED,
    Built,
    Case,
    Expect,
    Outcome,
    Scene,
    _cap,
    _hedged,
    _one,
    _poss,
    _time,
    conjugate,
    score,
)
from phenomena_xsent7 import XSENT7_CONSTRUCTIONS, XSENT7_WITH_OTHERS
from phenomena_xsent8 import XSENT8_CONSTRUCTIONS, XSENT8_WITH_OTHERS

from realpolitik.extract.parallel import extract_many
from realpolitik.models import Document, Extraction

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
    """Refusals are REJECT (12), asserted: "refused / declined to", "said it would not",
    "rejected calls to"."""
    rng = sc.rng
    phrase = rng.choice(act.base)
    how = rng.choice(("refused to", "declined to", "has refused to", "flatly refused to",
                      "said it would not", "rejected calls to", "rejected demands to"))  # fmt: skip
    when = "" if how.startswith("has") else _time(sc)
    src = sc.name(sc.s) if "it " in how and act.domain != "civ" else sc.source(act, phrase)
    text = f"{src} {how} {sc.fill(phrase)}{when}."
    facts = frozenset({"asserted", "reported"}) if how.startswith("said") else ASSERTED
    return _cap(text), (_one(sc.s, sc.t.iso3, "12", facts),), ()


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
_DATED: dict[str, tuple[ActBuilder, Callable[[Act], bool]]] = dict(DATE_CONSTRUCTIONS)
# Constructions over acts kept out of the root rows' draw (their samples stay as they were).
_MORE_OVER_ACTS: dict[str, tuple[ActBuilder, Callable[[Act], bool]]] = dict(
    phenomena_lexfact6.ACT_CONSTRUCTIONS
)
CONSTRUCTIONS = (
    tuple(_OVER_ACTS)
    + ("p1_party", "p3_spurious", "p4_scope", "p7_arguments", "p8_diplomatic")
    + ("p9_venue", "p10_joint_pledge", "p11_relative_owner", "p12_complaint_aim")
    + ("p13_crowd_violence", "p14_scene_clause", "p15_refused_permission", "p16_called_off_list")
    + tuple(phenomena_lexfact6.ACT_CONSTRUCTIONS)
    + tuple(phenomena_lexfact6.SCENE_CONSTRUCTIONS)
    + tuple(P6_ONE_SCENE)
    + tuple(P6_WITH_OTHERS)
    + tuple(_DATED)
    + tuple(CLAIM_CONSTRUCTIONS)
    + tuple(ROOT_ROWS)
    + tuple(CODE_CONSTRUCTIONS)
    + tuple(WIRE6_CONSTRUCTIONS)
    + tuple(WIRE6_WITH_OTHERS)
    + tuple(ACTORS7_CONSTRUCTIONS)
    + tuple(phenomena_lex7.SCENE_CONSTRUCTIONS)
    + tuple(phenomena_lex8.SCENE_CONSTRUCTIONS | phenomena_lex9.SCENE_CONSTRUCTIONS)
    + tuple(XSENT7_CONSTRUCTIONS)
    + tuple(XSENT7_WITH_OTHERS)
    + tuple(XSENT8_CONSTRUCTIONS)
    + tuple(XSENT8_WITH_OTHERS)
    + tuple(EYE8_CONSTRUCTIONS)
    + tuple(ARGS8_CONSTRUCTIONS)
    + tuple(ACTORS8_CONSTRUCTIONS)
    + tuple(WIRE7_CONSTRUCTIONS)
    + tuple(TARGETS9_CONSTRUCTIONS | LEX10_CONSTRUCTIONS)
    + (*ARGS9_CONSTRUCTIONS, *ARGS9_WITH_OTHERS, *FACT9_CONSTRUCTIONS, *FACT9_WITH_OTHERS)
    + (*COREF10_CONSTRUCTIONS, *COREF10_WITH_OTHERS)
    + (*CONTEXT10_CONSTRUCTIONS, *CONTEXT10_WITH_OTHERS)
    + tuple(CLAUSE10_CONSTRUCTIONS)
)


def _over_act(
    sc: Scene, rng: random.Random, construction: str
) -> tuple[str, tuple[Expect, ...], tuple[Expect, ...], Act]:
    """A construction over acts; a root row crosses its act with a random construction."""
    if construction in ROOT_ROWS:
        act = next(a for a in ACTS if a.key == ROOT_ROWS[construction])
        build = rng.choice([b for b, ok in _OVER_ACTS.values() if ok(act)])
    else:
        build, ok = {**_OVER_ACTS, **_DATED, **_MORE_OVER_ACTS}[construction]
        act = rng.choice([a for a in ACTS if ok(a)])
    text, expected, allowed = build(sc, act)
    if act.also:
        allowed += tuple(Expect(x.source, x.target, act.also, ANY) for x in expected)
    if act.answer:
        allowed += tuple(
            Expect(x.target, x.source, frozenset({act.answer}), x.facts)
            for x in expected
            if x.target
        )
    return text, expected, allowed, act


# The issue's and the review's constructions: built from the scene alone, or also from three
# other states (lists, third parties).
_ONE_SCENE: dict[str, Callable[[Scene], Built]] = {
    "p1_party": p1_party, "p3_spurious": p3_spurious, "p4_scope": p4_scope, "p9_venue": p9_venue,
    "p11_relative_owner": p11_relative_owner, "p12_complaint_aim": p12_complaint_aim,
    "p13_crowd_violence": p13_crowd_violence, "p14_scene_clause": p14_scene_clause,
    "p15_refused_permission": p15_refused_permission, "p16_called_off_list": p16_called_off_list,
    **phenomena_lexfact6.SCENE_CONSTRUCTIONS,
    **P6_ONE_SCENE,
}  # fmt: skip
_ONE_SCENE.update(WIRE6_CONSTRUCTIONS)
_ONE_SCENE.update(ACTORS7_CONSTRUCTIONS)
_ONE_SCENE.update(phenomena_lex7.SCENE_CONSTRUCTIONS)
_ONE_SCENE.update(phenomena_lex8.SCENE_CONSTRUCTIONS | phenomena_lex9.SCENE_CONSTRUCTIONS)
_ONE_SCENE.update(XSENT7_CONSTRUCTIONS)
_ONE_SCENE.update(XSENT8_CONSTRUCTIONS)
_ONE_SCENE.update(EYE8_CONSTRUCTIONS)
_ONE_SCENE.update(ARGS8_CONSTRUCTIONS)
_ONE_SCENE.update(ACTORS8_CONSTRUCTIONS)
_ONE_SCENE.update(WIRE7_CONSTRUCTIONS)
_ONE_SCENE.update(TARGETS9_CONSTRUCTIONS | LEX10_CONSTRUCTIONS)
_ONE_SCENE.update(ARGS9_CONSTRUCTIONS | FACT9_CONSTRUCTIONS | CONTEXT10_CONSTRUCTIONS)
_ONE_SCENE.update(COREF10_CONSTRUCTIONS | CLAUSE10_CONSTRUCTIONS)
_WITH_OTHERS: dict[str, Callable[[Scene, list[State]], Built]] = {
    "p7_arguments": p7_arguments, "p8_diplomatic": p8_diplomatic,
    "p10_joint_pledge": p10_joint_pledge,
    **P6_WITH_OTHERS,
}  # fmt: skip
_WITH_OTHERS.update(WIRE6_WITH_OTHERS)
_WITH_OTHERS.update(XSENT7_WITH_OTHERS)
_WITH_OTHERS.update(XSENT8_WITH_OTHERS | ARGS9_WITH_OTHERS | FACT9_WITH_OTHERS)
_WITH_OTHERS.update(COREF10_WITH_OTHERS)
_WITH_OTHERS.update(CONTEXT10_WITH_OTHERS)


def _case(construction: str, rng: random.Random, states: list[State]) -> Case:
    picked = rng.sample(states, 6)
    sc = Scene(rng, rng.choice(DATES), picked[0], picked[1], picked[2])
    key = ""
    if construction in {**_OVER_ACTS, **_DATED, **_MORE_OVER_ACTS} or construction in ROOT_ROWS:
        text, expected, allowed, act = _over_act(sc, rng, construction)
        key = act.root
    elif construction in CLAIM_CONSTRUCTIONS:
        text, expected, allowed = CLAIM_CONSTRUCTIONS[construction](sc)
    elif construction in CODE_CONSTRUCTIONS:
        text, expected, allowed = CODE_CONSTRUCTIONS[construction](sc, picked[3:])
    elif construction in _ONE_SCENE:
        text, expected, allowed = _ONE_SCENE[construction](sc)
    else:
        text, expected, allowed = _WITH_OTHERS[construction](sc, picked[3:])
    return Case(construction, text, sc.date, expected, allowed, key, sc.when, sc.claims)


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
    return {_key(e) for e in extraction.events}


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
        out.append((got, _dates_and_claims(case, ex, score(case, got))))
    return out


def _dates_and_claims(case: Case, ex: Extraction, o: Outcome) -> Outcome:
    """Beyond the events: no event dated after its document; the date every expected event
    carries (date constructions); the claims (claim constructions, which score only claims)."""
    late = sorted(str(e.date) for e in ex.events if e.date and e.date > case.date)
    if late:
        o.right, o.note = False, f"dated after the document: {late}"
    if case.when:
        dates = sorted(
            {f"{e.date}/{e.date_precision}" for e in ex.events
             if any(x.matches(_key(e)) for x in case.expected)}
        )  # fmt: skip
        if dates and dates != [case.when]:
            o.right, o.note = False, f"dates {dates}, want {case.when}"
    if case.claims:
        right, false, note = score_claims(case.claims, ex)
        o.right, o.false_assertions, o.note = right and o.right, false, note
    return o


def _key(e: Any) -> Predicted:
    return (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)


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
