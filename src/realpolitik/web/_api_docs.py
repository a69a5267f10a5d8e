"""API: documents and events, searchable and paged; one document with its events."""

from __future__ import annotations

from typing import Any

from realpolitik.errors import Errors
from realpolitik.web._api_dyad import EVENT_COLUMNS
from realpolitik.web._app import NotFound, Request, Table
from realpolitik.web._params import FACTUALITIES, ORIGINS, ROW_CAP

DOCUMENT_COLUMNS = ["doc_id", "title", "published", "url", "events", "claims"]


def documents_page(req: Request) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    from realpolitik.store import queries

    page, limit = req.params.page()
    q = req.params.text("q")
    rows = queries.document_rows(req.store, search=q, limit=limit + 1, offset=(page - 1) * limit)
    meta = {"q": q, "page": page, "limit": limit, "more": len(rows) > limit}
    return rows[:limit], meta


def documents(req: Request) -> Table:
    """/api/documents?q=&page=&limit=: stored documents, newest last."""
    rows, meta = documents_page(req)
    return Table([{c: r[c] for c in DOCUMENT_COLUMNS} for r in rows], DOCUMENT_COLUMNS, meta)


def events_page(req: Request) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    from realpolitik.store import queries

    p = req.params
    page, limit = p.page()
    factuality = p.choices("factuality", FACTUALITIES) or None
    origin = p.choice("origin", ("all", *ORIGINS), "all")
    actor = p.state("actor")
    rows = queries.event_rows(
        req.store, actor=actor, factuality=factuality,
        origins=None if origin == "all" else [origin],
        limit=limit + 1, offset=(page - 1) * limit, cameo=p.cameo("code"), search=p.text("q"),
    )  # fmt: skip
    meta = {"q": p.text("q"), "actor": actor, "page": page, "limit": limit,
            "more": len(rows) > limit}  # fmt: skip
    return rows[:limit], meta


def events(req: Request) -> Table:
    """/api/events?q=&actor=&factuality=&code=&origin=&page=&limit=: events with evidence."""
    rows, meta = events_page(req)
    return Table([{c: r[c] for c in EVENT_COLUMNS} for r in rows], EVENT_COLUMNS, meta)


def load_document(req: Request, doc_id: str | None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    from realpolitik.store import queries

    if not doc_id:
        raise NotFound(Errors.E712, what="document", value="")
    doc = queries.document(req.store, doc_id)
    if doc is None:
        raise NotFound(Errors.E712, what="document", value=doc_id)
    found = queries.event_rows(req.store, doc_id=doc_id, limit=ROW_CAP)
    return doc, found


def document(req: Request) -> dict[str, Any]:
    """/api/document?id=: one document's text and its events (with character offsets)."""
    doc, found = load_document(req, req.params.text("id"))
    cols = [*EVENT_COLUMNS, "evidence_start", "evidence_end"]
    return {**doc, "events": [{c: e[c] for c in cols} for e in found]}


def index(req: Request) -> dict[str, Any]:
    """/api: the endpoints and what they take."""
    from realpolitik.web import _api_docs, _api_dyad, _api_net, _api_state

    out = []
    for module in (_api_net, _api_dyad, _api_state, _api_docs):
        for pattern, handler in module.ROUTES:
            doc = (handler.__doc__ or "").strip().split("\n\n")[0]
            out.append(
                {"path": pattern.replace("([^/]+)", "{code}"), "about": " ".join(doc.split())}
            )
    return {"endpoints": out, "row_cap": ROW_CAP,
            "errors": {"400": "bad parameter", "404": "no such page or data"},
            "formats": "?format=csv on every endpoint that answers with rows"}  # fmt: skip


ROUTES = [
    (r"/api/?", index),
    (r"/api/documents", documents),
    (r"/api/document", document),
    (r"/api/events", events),
]
