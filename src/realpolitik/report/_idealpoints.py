"""Report section: ideal points (trajectories of Russia, North Korea, China, Vietnam and the US)."""

from __future__ import annotations

import html

from realpolitik.store import Store

STATES = ("RUS", "PRK", "CHN", "VNM", "USA")


def section(store: Store) -> str | None:
    """HTML fragment with an inline SVG of the trajectories, or None when none are stored."""
    from realpolitik.analysis.idealpoints import CITATION, MODEL, ideal_points
    from realpolitik.charts import plot_trajectories
    from realpolitik.errors import RealpolitikError

    try:
        points = ideal_points(store, states=list(STATES))
    except RealpolitikError:
        return None
    if not points:
        return None
    svg = plot_trajectories(points, fmt="svg").decode("utf-8")
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype: inline in HTML
    years = sorted({p.year for p in points})
    latest = {p.iso3: p for p in points if p.year == years[-1]}
    rows = "".join(
        f"<tr><td>{html.escape(s)}</td><td>{latest[s].ideal_point:+.2f}</td>"
        f"<td>±{1.96 * latest[s].sd:.2f}</td><td>{latest[s].n_votes}</td></tr>"
        for s in STATES
        if s in latest
    )
    return (
        '<section id="ideal-points"><h2>Ideal points in the UN General Assembly</h2>'
        "<p>Each state's yearly position on one dimension (higher: closer to the US-led order),"
        " estimated from roll-call votes with a dynamic ordinal item-response model bridged by"
        f" recurring resolutions ({html.escape(MODEL)}); bands are 95% intervals.</p>"
        f"<figure>{svg}</figure>"
        f"<table><thead><tr><th>state</th><th>{years[-1]}</th><th>95%</th><th>votes</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
        f'<p class="source">Source: {html.escape(CITATION)}</p></section>'
    )
