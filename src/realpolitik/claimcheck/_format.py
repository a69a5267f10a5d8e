"""Check records as people read them: one flat row, figures in their units ("92.6%", "#1").

The CLI's table and CSV and the report's claims table use these rows, so that they show the
same words; ``--format jsonl`` gives the full records instead.
"""

from __future__ import annotations

from typing import Any

from realpolitik.claimcheck._records import ClaimCheck

_SIGNS = {"=": "≈", ">": ">", ">=": "≥", "<": "<", "<=": "≤"}
_YEAR_SHARES = frozenset({"alliance", "alliance_defense"})


def shown(value: float | None, unit: str, measure: str = "") -> str:
    """A figure in its unit: shares in percent, money in billions, ranks with '#'."""
    if value is None:
        return ""
    if measure in _YEAR_SHARES:
        return f"{value:.0%} of years"
    if measure == "alliance_only":
        return f"{value:.0f} defence ally" if value == 1 else f"{value:.0f} defence allies"
    if unit in ("fraction", "index"):
        return f"{value * 100:.1f}%" if unit == "fraction" else f"{value:.3f}"
    if unit == "rank":
        return f"#{value:.0f}"
    if unit == "change":
        return f"{value:+.3f}"
    if unit == "flag":
        return "yes" if value >= 1 else "no"
    if unit == "count":
        return f"{value:,.0f}"
    if unit == "TIV":
        return f"{value / 1e6:,.0f} million TIV"
    if abs(value) >= 1e9:
        return f"{value / 1e9:,.2f} billion {unit}"
    if abs(value) >= 1e6:
        return f"{value / 1e6:,.1f} million {unit}"
    return f"{value:,.0f} {unit}"


def row(check: ClaimCheck) -> dict[str, Any]:
    """A flat row for tables and CSV: what is claimed, what the data say, why."""
    c = check.claim
    f = check.finding
    unit = "rank" if f.comparator == "=" and c.unit == "rank" else c.unit
    if c.measure == "un_agreement_trend":
        claimed = "rises" if f.comparator == ">" else "falls"
    elif c.unit == "flag":
        claimed = "no" if c.factuality == "negated" else "yes"
    elif c.unit == "rank":
        claimed = shown(c.value, unit, c.measure)
    else:
        claimed = f"{_SIGNS.get(c.comparator, '')} {shown(c.value, unit, c.measure)}".strip()
        if c.comparator == "=" and f.tolerance:
            claimed += f" ± {shown(f.tolerance, unit)}" if unit == "fraction" else ""
    period = f.period or {}
    basis = str(period.get("basis", ""))
    neighbours = period.get("neighbours") or {}
    if neighbours:
        basis += "; " + ", ".join(f"{y}: {shown(v, unit)}" for y, v in sorted(neighbours.items()))
    return {
        "doc_id": check.doc_id,
        "sentence": c.evidence.sentence,
        "claim": c.evidence.trigger or "",
        "subject": c.subject.code if c.subject else "",
        "object": c.object.code if c.object else "",
        "measure": c.measure,
        "factuality": c.factuality,
        "claimed": claimed,
        "computed": shown(f.computed, unit, c.measure),
        "period": period.get("label", ""),
        "basis": basis,
        "verdict": check.verdict,
        "dataset": f.dataset or "",
        "reason": f.reason or "",
        "source": f.source or "",
        "query": f.query or "",
    }
