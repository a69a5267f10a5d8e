"""The check record, the reason codes and the comparison that gives a verdict.

A record says what the claim states (``claimed`` with its ``comparator`` and ``tolerance``),
what the dataset says (``computed`` for the same measure and ``period``), where that figure
comes from (``dataset``, ``source``: the producer to cite) and how to reproduce it (``query``:
SQL to paste into ``duckdb`` on the same store file, ``params``: the values written into it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from realpolitik.models import Claim, Comparator

Verdict = Literal["supported", "contradicted", "unverifiable"]
VERDICTS: tuple[Verdict, ...] = ("supported", "contradicted", "unverifiable")

# Why a claim could not be checked. A record's ``reason`` is "<code>: <what to do>".
REASONS: dict[str, str] = {
    "no_dataset": "no dataset the project loads measures this (troop counts, aid, debt, money"
    " values of arms)",
    "not_loaded": "the dataset that measures this is not loaded",
    "out_of_coverage": "the loaded dataset does not cover the claim's years",
    "actor_unresolved": "the claim's states could not both be resolved",
    "partial_coverage": "the loaded data is a subset (e.g. a product subset, not total trade)",
    "ambiguous": "the claim does not say which measure or ranking it means",
}


@dataclass
class Finding:
    """What a measure found for one claim; the verdict follows from it."""

    computed: float | None = None
    claimed: float | None = None
    comparator: Comparator = "="
    tolerance: float | None = None
    period: dict[str, Any] | None = None
    dataset: str | None = None
    source: str | None = None
    query: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None  # set: unverifiable


def unverifiable(code: str, detail: str, **known: Any) -> Finding:
    """A finding without a verdict: ``code`` from :data:`REASONS` and what would fill the gap."""
    if code not in REASONS:
        raise ValueError(f"unknown reason code {code!r}")
    return Finding(reason=f"{code}: {detail}", **known)


@dataclass(frozen=True)
class ClaimCheck:
    """One checked claim: the record ``realpolitik check`` prints."""

    doc_id: str
    claim: Claim
    verdict: Verdict
    finding: Finding

    @property
    def reason_code(self) -> str | None:
        reason = self.finding.reason
        return reason.split(":", 1)[0] if reason else None

    def to_dict(self) -> dict[str, Any]:
        c = self.claim
        claim = c.to_dict()
        for key in ("kind", "doc_id", "evidence"):
            claim.pop(key, None)
        claim["trigger"] = c.evidence.trigger
        f = self.finding
        return {
            "kind": "claim_check",
            "doc_id": self.doc_id,
            "claim": claim,
            "evidence": {
                "sentence": c.evidence.sentence,
                "start": c.evidence.start,
                "end": c.evidence.end,
            },
            "verdict": self.verdict,
            "claimed": f.claimed,
            "computed": f.computed,
            "comparator": f.comparator,
            "tolerance": f.tolerance,
            "period": f.period,
            "dataset": f.dataset,
            "source": f.source,
            "query": f.query,
            "params": f.params,
            "reason": f.reason,
        }


def decide(claim: Claim, finding: Finding) -> Verdict:
    """Compare the claimed with the computed figure; a negated claim holds when the figure
    does not ("China is not Vietnam's largest supplier")."""
    if finding.reason is not None or finding.computed is None or finding.claimed is None:
        return "unverifiable"
    holds = compare(finding.computed, finding.claimed, finding.comparator, finding.tolerance)
    if claim.factuality == "negated":
        holds = not holds
    return "supported" if holds else "contradicted"


def compare(computed: float, claimed: float, comparator: str, tolerance: float | None) -> bool:
    """``=`` within the tolerance; ``>``/``<`` strictly; ``>=``/``<=`` inclusively."""
    eps = 1e-9
    if comparator == ">":
        return computed > claimed + eps
    if comparator == ">=":
        return computed >= claimed - eps
    if comparator == "<":
        return computed < claimed - eps
    if comparator == "<=":
        return computed <= claimed + eps
    return abs(computed - claimed) <= (tolerance or 0.0) + eps
