"""Charts of the measures as PNG or SVG bytes (matplotlib, Agg: no display needed).

The CLI's ``--plot FILE`` and the HTML report draw through these; every chart carries the data
producer in a footnote.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.analysis.idealpoints import IdealPoint

_COLOURS = ("#1f77b4", "#d62728", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")


def plot_trajectories(points: Sequence[IdealPoint], fmt: str = "png", title: str = "") -> bytes:
    """One line per state with a +-1.96 sd band; bytes of a PNG or SVG image."""
    import matplotlib

    from realpolitik.analysis.idealpoints import CITATION

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    by_state: dict[str, list[IdealPoint]] = {}
    for p in points:
        by_state.setdefault(p.iso3, []).append(p)
    fig = Figure(figsize=(8, 4.2), dpi=100)
    ax = fig.subplots()
    for k, (iso3, series) in enumerate(by_state.items()):
        series.sort(key=lambda p: p.year)
        years = [p.year for p in series]
        mid = [p.ideal_point for p in series]
        lo = [p.ideal_point - 1.96 * p.sd for p in series]
        hi = [p.ideal_point + 1.96 * p.sd for p in series]
        colour = _COLOURS[k % len(_COLOURS)]
        ax.fill_between(years, lo, hi, color=colour, alpha=0.2, linewidth=0)
        ax.plot(years, mid, color=colour, linewidth=1.6, label=iso3)
    ax.axhline(0.0, color="#999999", linewidth=0.6)
    ax.set_xlabel("year")
    ax.set_ylabel("ideal point (US-led order +)")
    ax.set_title(title or "UN General Assembly ideal points, 95% bands")
    ax.legend(loc="best", fontsize=8, frameon=False)
    fig.text(0.01, 0.01, CITATION, fontsize=6, color="#555555")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt)
    return buf.getvalue()
