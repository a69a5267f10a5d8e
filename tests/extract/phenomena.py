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
The constructions are registered in phenomena_registry.py (one line per phenomena module); the
suite's own constructions over acts are in phenomena_acts.py.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from phenomena_acts import OVER_ACTS
from phenomena_claims import score_claims
from phenomena_registry import CONSTRUCTIONS, SUITE
from phenomena_tables import ACTS, DATES, Act, State, load_states
from phenomena_words import (
    ANY,
    ASSERTED,
    Case,
    Expect,
    Outcome,
    Scene,
    conjugate,
    score,
)

from realpolitik.extract.parallel import extract_many
from realpolitik.models import Document, Extraction

__all__ = [
    "ANY",
    "ASSERTED",
    "CONSTRUCTIONS",
    "Case",
    "Expect",
    "Outcome",
    "Row",
    "conjugate",
    "generate",
    "predicted",
    "run",
    "sample",
    "score",
    "table",
]


def _over_act(
    sc: Scene, rng: random.Random, construction: str
) -> tuple[str, tuple[Expect, ...], tuple[Expect, ...], Act]:
    """A construction over acts; a root row crosses its act with a random construction."""
    if construction in SUITE.root_rows:
        act = next(a for a in ACTS if a.key == SUITE.root_rows[construction])
        build = rng.choice([b for b, ok in OVER_ACTS.values() if ok(act)])
    else:
        build, ok = SUITE.over_acts[construction]
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


def _case(construction: str, rng: random.Random, states: list[State]) -> Case:
    picked = rng.sample(states, 6)
    sc = Scene(rng, rng.choice(DATES), picked[0], picked[1], picked[2])
    key = ""
    if construction in SUITE.over_acts or construction in SUITE.root_rows:
        text, expected, allowed, act = _over_act(sc, rng, construction)
        key = act.root
    elif construction in SUITE.one_scene:
        text, expected, allowed = SUITE.one_scene[construction](sc)
    else:
        text, expected, allowed = SUITE.with_others[construction](sc, picked[3:])
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
