"""Who did what to whom: party assignment as one ordered list of named stages.

Every trigger of a sentence starts with empty candidates; each stage in ``POLICY`` (its order is
``stage_order``; this module keeps the machinery that runs it) is a pure
function ``(site, candidates) -> candidates`` that handles one construction and passes the
candidates on untouched when it does not apply. ``ROLE_STAGES`` choose sources and targets from
syntax (verbs, then nouns, then fallbacks inside the trigger's phrase); ``pair_up`` makes
(source, target) pairs; ``PAIR_STAGES`` recode or drop pairs by codebook convention and by what
the trigger is in its sentence (a speech verb framing another event, the object of a reaction).

To change how targets are chosen: find the stage whose docstring names the construction, or add
a stage at the place in ``stage_order``'s lists where it should win (earlier stages fill a slot first; later
ones see it filled), with a test on a minimal sentence in ``tests/extract/test_parties.py``.
A stage that acts on one kind of trigger only (verbs, event nouns, some roots or codes) says so
with ``_kinds.acts_on`` above its ``def``; each kind runs only the stages that can act on it
(``Policy.of_kind``), and a stage without the mark runs for every kind; one that first asks its
sentence for a few words names them too (``acts_on(words=...)``), and is skipped in a sentence
without them (``SentenceParties.stages_of``).
Argument qualities and thresholds are named in ``realpolitik.extract.confidence``.
"""

from __future__ import annotations

from dataclasses import dataclass

from realpolitik.extract._triggers import Found
from realpolitik.extract.parties._model import (
    Candidates,
    EarlierAct,
    Policy,
    SentenceParties,
    Site,
    Stage,
)
from realpolitik.extract.parties.stage_order import PAIR_STAGES, POLICY, ROLE_STAGES


def assign_parties(f: Found, ctx: SentenceParties) -> Candidates:
    """The (source, target) pairs of ``f``'s event: the role stages, then the pair stages
    (those that can act on its kind in its sentence: ``SentenceParties.stages_of``)."""
    site = ctx.site(f)
    got = ctx.roles_of(f)
    for stage in ctx.stages_of(site)[1]:
        got = stage(site, got)
    return got


@dataclass(frozen=True)
class Step:
    """One stage's effect on one trigger: its name and the candidates before and after it."""

    stage: str
    before: Candidates
    after: Candidates
    site: Site


def trace_parties(f: Found, ctx: SentenceParties) -> list[Step]:
    """Every stage of ``ctx.policy`` run on ``f`` in order, with its input and output (roles of
    other triggers come from the cache, as in ``assign_parties``)."""
    site = ctx.site(f)
    steps = []
    got = Candidates()
    for stage in ctx.policy.roles + ctx.policy.pairs:
        after = stage(site, got)
        steps.append(Step(stage.__name__, got, after, site))
        got = after
    return steps


__all__ = [
    "PAIR_STAGES",
    "POLICY",
    "ROLE_STAGES",
    "Candidates",
    "EarlierAct",
    "Policy",
    "SentenceParties",
    "Site",
    "Stage",
    "Step",
    "assign_parties",
    "trace_parties",
]
