"""Check verdicts for stored claims, when ``realpolitik check`` (issue 10) is installed.

HOOK (issue 10): the checker is built on another branch. Until ``realpolitik.check`` exists
with ``check_stored(store, claims)`` returning one record per claim (``verdict``, ``computed``,
``source``), the dashboard shows the stored claims with verdict "not checked" and says why.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from realpolitik.store import Store

NOT_CHECKED = "not checked"
MISSING = "Claims are not checked yet: `realpolitik check` (issue 10) is not part of this build."


def with_verdicts(store: Store, claims: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], str]:
    """The claims with 'verdict', 'computed' and 'check_source', and a note for the page."""
    try:
        module = importlib.import_module("realpolitik.check")
    except ImportError:
        module = None
    check = getattr(module, "check_stored", None) if module is not None else None
    if check is None or not claims:
        return [
            {**c, "verdict": NOT_CHECKED, "computed": None, "check_source": None} for c in claims
        ], MISSING
    records = list(check(store, claims))
    out = []
    for claim, record in zip(claims, records, strict=False):
        out.append({**claim, "verdict": record.get("verdict", NOT_CHECKED),
                    "computed": record.get("computed"), "check_source": record.get("source")})  # fmt: skip
    return out, "Verdicts from `realpolitik check`: the figure each claim was compared with."
