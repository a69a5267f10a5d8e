"""Report section: the stored claims checked against the loaded datasets, one table per document.

Each row shows the sentence, the verdict, the claimed and the computed figure, the period and
the data producer to cite (or why the claim could not be checked), as ``realpolitik check
--stored`` prints them.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from realpolitik.report import _html

if TYPE_CHECKING:
    from realpolitik.store import Store

MAX_CHECKS = 1000


def section(store: Store) -> str | None:
    """HTML fragment, or None when no claims are stored."""
    from realpolitik.claimcheck import check_stored, row

    checks = check_stored(store, on_error=lambda error: None)[:MAX_CHECKS]
    if not checks:
        return None
    titles = {
        str(r[0]): (r[1], r[2])
        for r in store.rows(
            "SELECT doc_id, coalesce(title, doc_id), CAST(published AS VARCHAR) FROM documents"
        )
    }
    documents: dict[str, dict[str, Any]] = {}
    for check in checks:
        title, published = titles.get(check.doc_id, (check.doc_id, None))
        doc = documents.setdefault(
            check.doc_id,
            {"doc_id": check.doc_id, "title": title, "published": published, "rows": []},
        )
        doc["rows"].append(row(check))
    tally = Counter(c.verdict for c in checks)
    counts = ", ".join(f"{tally[v]} {v}" for v in ("supported", "contradicted", "unverifiable"))
    template = _html.environment().get_template("claims_check.html")
    return template.render(
        documents=list(documents.values()), counts=f"{len(checks)} claims: {counts}"
    )
