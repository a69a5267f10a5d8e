"""Each party stage on a minimal parsed sentence: the slot it fills or the pairs it changes.

For every stage of ``parties.POLICY`` a sentence where that stage (run after all stages before
it, as in extraction) changes the candidates, and what it changes them to. A stage that no case
exercises fails ``test_every_stage_has_a_case``. The cases live in ``party_cases_NAME.py``
modules, gathered by ``party_case_registry.py``: a new module adds one line to its ``MODULES``.
"""

from __future__ import annotations

from typing import Any

import pytest
from party_case_registry import CASES
from party_cases_parties6 import COVERED_ELSEWHERE

from realpolitik.actors import ActorRegistry
from realpolitik.extract import explain_parties
from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties import POLICY, Candidates, Step, context
from realpolitik.models import ActorRef, Document


def _codes(c: Candidates, slot: str) -> set[Any]:
    if slot == "sources":
        return {a.ref.code for a in c.sources}
    if slot == "targets":
        return {a.ref.code for a in c.targets}
    return {(a.ref.code, b.ref.code if b else "") for a, b in c.pairs or ()}


def _step(nlp: Any, registry: ActorRegistry, text: str, trigger: str, stage: str) -> Step:
    doc = Document("t", text, "test", date="2024-06-20")
    traces = explain_parties(doc, registry=registry, nlp=nlp)
    steps = [s for t, steps in traces if t == trigger for s in steps if s.stage == stage]
    assert steps, f"no trigger {trigger!r} in {text!r}: {[t for t, _ in traces]}"
    return steps[0]


@pytest.mark.parametrize(("stage", "text", "trigger", "slot", "expected"), CASES)
def test_stage_on_a_minimal_sentence(
    module_nlp: Any,
    registry: ActorRegistry,
    stage: str,
    text: str,
    trigger: str,
    slot: str,
    expected: set[Any],
) -> None:
    """The cases' sentences are parsed in one batch (``module_nlp``), each stage traced on its
    sentence's own parse as before."""
    step = _step(module_nlp, registry, text, trigger, stage)
    assert _codes(step.after, slot) == expected
    assert step.after != step.before  # this stage, not an earlier one, made the change


def test_who_reports_an_act_is_no_party_of_it(nlp: Any, registry: ActorRegistry) -> None:
    text = "Poland's intelligence agency said that Russia sent troops to Belarus."
    step = _step(nlp, registry, text, "sent", "not_the_reporter")
    doc = step.site.tok.doc
    poland = next(t.i for t in doc if t.text == "Poland")
    speaker = Arg(ActorRef("Poland", "POL", "POL"), 1.0, poland)
    hand_built = Candidates(sources=(speaker, *step.before.sources), targets=(speaker,))
    got = context.not_the_reporter(step.site, hand_built)
    assert {a.ref.code for a in got.sources} == {"RUS"} and not got.targets
    assert step.before.sources and step.before.sources[0].ref.code == "RUS"


def test_every_stage_has_a_case() -> None:
    covered = {c[0] for c in CASES} | {"not_the_reporter"} | COVERED_ELSEWHERE
    assert set(POLICY.names()) == covered
    assert len(POLICY.names()) == len(set(POLICY.names()))
