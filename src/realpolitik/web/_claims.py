"""Check verdicts for stored claims: ``realpolitik.claimcheck.check_rows`` on the page's rows.

Each claim is matched to its full stored record (qualifier, stated precision, period) and set
against the datasets loaded in the same store; a claim whose check fails shows "not checked".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from realpolitik.store import Store

NOT_CHECKED = "not checked"
NOTE = "Verdicts from `realpolitik check`: the figure each claim was compared with."


def with_verdicts(store: Store, claims: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """The claims with 'verdict', 'computed' and 'check_source', and a note for the page."""
    from realpolitik.claimcheck import check_rows

    out = []
    for claim, record in zip(claims, check_rows(store, claims), strict=True):
        out.append({
            **claim,
            "verdict": record.verdict if record else NOT_CHECKED,
            "computed": record.finding.computed if record else None,
            "check_source": record.finding.source if record else None,
        })  # fmt: skip
    return out, NOTE
