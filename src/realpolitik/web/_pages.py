"""The HTML pages: server-rendered with Jinja2 (autoescaped), charts drawn by vendored scripts.

Tables come from the same API functions the JSON endpoints answer with; the scripts fetch the
JSON endpoints for charts, the network and the map. Every page cites the producers of the data
it shows numbers from.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from markupsafe import Markup, escape

from realpolitik.actors.countries import name as state_name
from realpolitik.web import _api_docs, _api_dyad, _api_state
from realpolitik.web._api_net import LAYER_NAMES, LAYERS
from realpolitik.web._app import Html, Redirect, Request
from realpolitik.web._params import FACTUALITIES, state
from realpolitik.web._safety import META_CSP, safe_url

TEMPLATES = Path(__file__).parent / "templates"
CODING = (
    "Event coding: CAMEO (Gerner, Schrodt, Yilmaz & Abu-Jabr 2002), Goldstein (1992) scale,"
    " PLOVER (Open Event Data Alliance 2018); events and claims extracted by realpolitik from"
    " the stored documents."
)


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["num"] = number
    env.filters["safe_url"] = safe_url
    env.globals.update(csp=META_CSP, layer_names=LAYER_NAMES, layers=LAYERS, state_name=state_name)
    return env


def number(value: Any, digits: int = 3) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:
            return ""
        return (
            f"{value:,.0f}"
            if abs(value) >= 10_000
            else f"{value:.{digits}f}".rstrip("0").rstrip(".")
        )
    return str(value)


def render(template: str, http_status: int = 200, **context: Any) -> Html:
    return Html(_env().get_template(template).render(**context), http_status)


def error_page(status: int, message: str) -> str:
    return render("error.html", status, title=f"Error {status}", status=status, message=message,
                  citations=[]).text  # fmt: skip


def highlight(text: str, start: int | None, end: int | None) -> Markup:
    """The document text, escaped, with [start, end) marked (the event's sentence)."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return escape(text)
    return (escape(text[:start]) + Markup('<mark id="evidence">') + escape(text[start:end])
            + Markup("</mark>") + escape(text[end:]))  # fmt: skip


def page_link(req: Request, page: int) -> str:
    """This page's URL with another page number (other parameters kept)."""
    params = {k: v[-1] for k, v in req.params.raw.items() if k != "page"}
    params["page"] = str(page)
    return req.path + "?" + urlencode(params)


# -- pages -----------------------------------------------------------------------------------------
def home(req: Request) -> Redirect:
    return Redirect("/network")


def go(req: Request) -> Redirect:
    """The header's jump form: one state to its page, two to their dyad."""
    a = req.params.state("s")
    b = req.params.state("b")
    if a and b:
        return Redirect(f"/dyad/{a}/{b}")
    if a or b:
        return Redirect(f"/state/{a or b}")
    return Redirect("/network")


def network(req: Request) -> Html:
    layer = req.params.choice("layer", LAYERS, "events")
    year = req.params.year("year")
    return render("network.html", title="Network", layer=layer, year=year or "", citations=[])


def map_page(req: Request) -> Html:
    layer = req.params.choice("layer", LAYERS, "votes")
    focal = req.params.state("focal", "RUS") or "RUS"
    year = req.params.year("year")
    return render("map.html", title="Map", layer=layer, focal=focal, year=year or "", citations=[])


def dyad(req: Request) -> Html:
    a, b = _api_dyad._pair(req)
    evidence = _api_dyad.events(req)
    claims = _api_dyad.claims(req)
    citations = [CODING] if evidence.rows or claims.rows else []
    p = req.params
    return render(
        "dyad.html", title=f"{a} – {b}", a=a, b=b, a_name=state_name(a), b_name=state_name(b),
        evidence=evidence, claims=claims, factualities=FACTUALITIES,
        picked=p.choices("factuality", FACTUALITIES), code=p.cameo("code") or "",
        q=p.text("q") or "", prev=page_link(req, evidence.meta["page"] - 1),
        next=page_link(req, evidence.meta["page"] + 1), citations=citations,
    )  # fmt: skip


def state_page(req: Request) -> Html:
    code = state("state", req.args[0])
    tables = {
        "arms": _api_state.arms(req),
        "trade": _api_state.trade(req),
        "alliances": _api_state.alliances(req),
    }
    citations = [t.meta["citation"] for t in tables.values() if t.meta.get("citation")]
    return render("state.html", title=state_name(code), state=code, name=state_name(code),
                  tables=tables, citations=citations)  # fmt: skip


def documents(req: Request) -> Html:
    rows, meta = _api_docs.documents_page(req)
    return render("documents.html", title="Documents", rows=rows, meta=meta,
                  prev=page_link(req, meta["page"] - 1), next=page_link(req, meta["page"] + 1),
                  citations=[])  # fmt: skip


def events(req: Request) -> Html:
    rows, meta = _api_docs.events_page(req)
    p = req.params
    return render("events.html", title="Events", rows=rows, meta=meta, factualities=FACTUALITIES,
                  picked=p.choices("factuality", FACTUALITIES), code=p.cameo("code") or "",
                  prev=page_link(req, meta["page"] - 1), next=page_link(req, meta["page"] + 1),
                  citations=[CODING] if rows else [])  # fmt: skip


def document(req: Request) -> Html:
    doc, found = _api_docs.load_document(req, req.params.text("id"))
    chosen = req.params.integer("event", None, 0, 2**62)
    event = next((e for e in found if e["event_id"] == chosen), None)
    text = (
        highlight(doc["text"], event["evidence_start"], event["evidence_end"])
        if event
        else escape(doc["text"])
    )
    return render("document.html", title=doc["title"] or doc["doc_id"], doc=doc, events=found,
                  event=event, text=text, citations=[CODING] if found else [])  # fmt: skip


ROUTES = [
    (r"/", home),
    (r"/go", go),
    (r"/network", network),
    (r"/map", map_page),
    (r"/dyad/([^/]+)/([^/]+)", dyad),
    (r"/state/([^/]+)", state_page),
    (r"/documents", documents),
    (r"/events", events),
    (r"/document", document),
]
