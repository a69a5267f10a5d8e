"""The HTML report: one self-contained file (inline CSS and SVG, no external assets).

It shows what is in the store with the evidence for it: overview counts, per-dyad summaries,
the strongest ties, every event with its evidence sentence (trigger marked), factuality and
source document, quantitative claims, then the measures and ideal point sections when their
data is loaded, and the sources and citations.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
from markupsafe import Markup

from realpolitik._paths import output_path
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import RealpolitikError
from realpolitik.models import shown_date
from realpolitik.report import _html
from realpolitik.store import Store, queries

MAX_EVENTS = 2000
MAX_DYADS = 100
STEPS = ("events", "dyads", "measures", "idealpoints", "checks", "html")
"""What ``render_report`` reports to ``on_step`` as it goes (a progress bar's steps)."""

StepHandler = Callable[[str], None]


def render_report(
    store: Store, *, max_events: int = MAX_EVENTS, on_step: StepHandler | None = None
) -> str:
    """The report as one HTML string; ``on_step(name)`` after each of ``STEPS``."""
    step = on_step or (lambda _name: None)
    summary = queries.summary(store, top=15)
    all_events = queries.events(store, origins=["text"], limit=max_events + 1).to_pylist()
    shown = all_events[:max_events]
    for event in shown:
        event["evidence_html"] = _html.highlight(event["evidence_sentence"], event["trigger"])
        event["date_shown"] = shown_date(event["date"], event["date_precision"])
    step("events")
    all_dyads = queries.dyads(store).to_pylist()
    dyads = all_dyads[:MAX_DYADS]
    for dyad in dyads:
        dyad["bar"] = _html.net_bar(dyad["net_cooperation"])
    claims = queries.claims(store, limit=max_events).to_pylist()
    docs = queries.documents(store).to_pylist()
    months = store.rows(
        "SELECT strftime(date, '%Y-%m'), quad_class, count(*) FROM events"
        " WHERE origin = 'text' AND date IS NOT NULL AND quad_class IS NOT NULL"
        " GROUP BY ALL ORDER BY 1, 2"
    )
    used = {o for d in all_dyads for o in (d["origins"] or "").split(",")}  # what was counted
    citations = list(_html.CODING_CITATIONS)
    used |= {"icews"} if "icews-counts" in used else set()
    citations += [CITATIONS[o] for o in ("gdelt", "icews") if o in used and o in CITATIONS]
    step("dyads")
    sections = _sections(store, step)
    context: dict[str, Any] = {
        "generated": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "database": os.path.basename(str(store.path)),
        "summary": summary,
        "dyads": dyads,
        "dyads_total": len(all_dyads),
        "ties": summary["strongest_ties"],
        "events": shown,
        "events_truncated": len(all_events) > max_events,
        "max_events": max_events,
        "claims": claims,
        "documents": docs,
        "chart": _html.monthly_chart([(str(m), int(q), int(n)) for m, q, n in months]),
        "quad_names": _html.QUAD_NAMES,
        "quad_colours": _html.QUAD_COLOURS,
        "sections": sections,
        "citations": citations,
    }
    css = (_html.TEMPLATES / "report.css").read_text(encoding="utf-8")
    template = _html.environment().get_template("report.html")
    html = template.render(css=Markup(css), csp=_html.CONTENT_SECURITY_POLICY, **context)
    step("html")
    return html


def write_report(
    store: Store, path: str | os.PathLike[str], *, on_step: StepHandler | None = None
) -> Path:
    """Write the report to ``path`` (atomically: a reader never sees half a file)."""
    out = output_path(path)
    html = render_report(store, on_step=on_step)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out


def _sections(store: Store, step: StepHandler) -> list[tuple[str, Markup]]:
    """HTML fragments from the measures and ideal point modules, when they have something."""
    from realpolitik.report import _claims, _idealpoints, _measures

    out: list[tuple[str, Markup]] = []
    for name, module in (
        ("measures", _measures),
        ("idealpoints", _idealpoints),
        ("checks", _claims),
    ):
        try:
            fragment = module.section(store)
        except (RealpolitikError, duckdb.Error) as exc:
            message = str(exc).splitlines()[0]
            fragment = Markup("<p class='note'>The {} section could not be built: {}</p>").format(
                name, message
            )
        if fragment:
            out.append((name, Markup(fragment)))
        step(name)
    return out


__all__ = ["STEPS", "render_report", "write_report"]
