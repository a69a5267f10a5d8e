"""Charts of the measures, as PNG or SVG (matplotlib on the Agg backend: no display needed).

The CLI's ``--plot FILE.png|svg`` and the HTML report draw through these; every chart carries
the data producer in a footnote. Each ``plot_*`` function writes ``path`` (the format from its
suffix) and returns it; ``plot_trajectories`` returns bytes for inline use.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from realpolitik._paths import output_path
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    import networkx as nx
    from matplotlib.figure import Figure

    from realpolitik.analysis.idealpoints import IdealPoint

Label = str | int | float
QUAD_COLOURS = {1: "#6baed6", 2: "#2171b5", 3: "#fc9272", 4: "#cb181d"}
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}  # fmt: skip

_COLOURS = ("#1f77b4", "#d62728", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f")


def plot_trajectories(points: Sequence[IdealPoint], *, fmt: str = "png", title: str = "") -> bytes:
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


def _figure(width: float = 8, height: float = 4) -> Figure:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100)


def _save(fig: Figure, path: str | Path, source: str) -> Path:
    """Write the figure (PNG or SVG by suffix) with its 'Source:' footnote."""
    if Path(path).suffix.lower() not in (".png", ".svg"):
        raise RealpolitikError(Errors.E901, option="--plot", reason="use a .png or .svg file")
    out = output_path(path)
    if source:
        fig.text(0.01, 0.01, "Source: " + source[:160], fontsize=6, color="grey")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(out, format=out.suffix[1:].lower())
    return out


def _x(value: Label) -> float | str:
    text = str(value)
    if len(text) == 7 and text[4] == "-" and text[:4].isdigit():  # YYYY-MM: a fraction of the year
        return int(text[:4]) + (int(text[5:]) - 1) / 12.0
    return float(text) if text.replace(".", "", 1).isdigit() else text


def plot_lines(
    series: Mapping[str, Sequence[tuple[Label, float]]],
    path: str | Path,
    *,
    title: str,
    ylabel: str,
    source: str = "",
    steps: Sequence[tuple[Label, Label, float]] = (),
) -> Path:
    """Line chart of labelled (x, y) series (x a year, YYYY-MM or a number); optional segment
    means drawn as dashed steps (change points)."""
    fig = _figure()
    ax = fig.subplots()
    for name, points in series.items():
        ax.plot([_x(p[0]) for p in points], [p[1] for p in points], marker="o", markersize=3,
                label=name)  # fmt: skip
    for start, end, mean in steps:
        ax.hlines(mean, _x(start), _x(end), colors="black", linestyles="dashed", linewidth=1)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    if len(series) > 1:
        ax.legend(fontsize=8)
    return _save(fig, path, source)


def plot_bars(
    groups: Mapping[str, Sequence[tuple[str, float]]],
    path: str | Path,
    *,
    title: str,
    ylabel: str,
    source: str = "",
    horizontal: bool = False,
) -> Path:
    """Grouped bars: one group per category (supplier, partner), one bar per series (window)."""
    fig = _figure(8, max(4.0, 0.3 * sum(len(b) for b in groups.values())) if horizontal else 4)
    ax = fig.subplots()
    categories = list(dict.fromkeys(c for bars in groups.values() for c, _ in bars))
    width = 0.8 / max(len(groups), 1)
    for k, (name, bars) in enumerate(groups.items()):
        values = dict(bars)
        xs = [i + k * width for i in range(len(categories))]
        heights = [values.get(c, 0.0) for c in categories]
        if horizontal:
            ax.barh(xs, heights, height=width, label=name)
        else:
            ax.bar(xs, heights, width=width, label=name)
    ticks = [i + width * (len(groups) - 1) / 2 for i in range(len(categories))]
    if horizontal:
        ax.set_yticks(ticks, categories)
        ax.invert_yaxis()
        ax.set_xlabel(ylabel)
    else:
        ax.set_xticks(ticks, categories)
        ax.set_ylabel(ylabel)
    ax.set_title(title)
    if len(groups) > 1:
        ax.legend(fontsize=8)
    return _save(fig, path, source)


def plot_quad_months(
    counts: Sequence[tuple[str, int, int]], path: str | Path, *, title: str, source: str = ""
) -> Path:
    """Stacked bars of events per month by QuadClass; ``counts`` are (YYYY-MM, quad, n)."""
    fig = _figure()
    ax = fig.subplots()
    months = sorted({m for m, _, _ in counts})
    base = [0.0] * len(months)
    for quad in (1, 2, 3, 4):
        values = {m: float(n) for m, q, n in counts if q == quad}
        heights = [values.get(m, 0.0) for m in months]
        ax.bar(range(len(months)), heights, bottom=base, color=QUAD_COLOURS[quad],
               label=QUAD_NAMES[quad])  # fmt: skip
        base = [b + h for b, h in zip(base, heights, strict=True)]
    step = max(1, len(months) // 12)
    ax.set_xticks(range(0, len(months), step), months[::step], rotation=45, fontsize=7)
    ax.set_ylabel("events")
    ax.set_title(title)
    ax.legend(fontsize=7)
    return _save(fig, path, source)


def plot_network(
    graph: nx.Graph,
    path: str | Path,
    *,
    size: Mapping[str, float],
    blocs: Mapping[str, int],
    title: str,
    source: str = "",
    labels: int = 30,
) -> Path:
    """The graph with a fixed-seed spring layout: node area by ``size`` (the ranking measure),
    colour by bloc, labels on the ``labels`` largest nodes, ties by weight."""
    import networkx as nx

    fig = _figure(9, 7)
    ax = fig.subplots()
    ax.set_axis_off()
    nodes = list(graph.nodes)
    if nodes:
        pos = nx.spring_layout(graph, weight="weight", seed=42)
        top = max((size.get(str(n), 0.0) for n in nodes), default=1.0) or 1.0
        weights = [float(d.get("weight", 1.0)) for _, _, d in graph.edges(data=True)]
        heaviest = max(weights, default=1.0) or 1.0
        nx.draw_networkx_edges(graph, pos, ax=ax, alpha=0.15, arrows=False,
                               width=[0.2 + 1.5 * w / heaviest for w in weights])  # fmt: skip
        colours = [_COLOURS[(blocs.get(str(n), 1) - 1) % len(_COLOURS)] for n in nodes]
        areas = [20 + 400 * size.get(str(n), 0.0) / top for n in nodes]
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_color=colours, node_size=areas)
        ranked = sorted(nodes, key=lambda n: -size.get(str(n), 0.0))[:labels]
        nx.draw_networkx_labels(graph, pos, {n: str(n) for n in ranked}, ax=ax, font_size=7)
    ax.set_title(title)
    return _save(fig, path, source)


__all__ = [
    "plot_bars",
    "plot_lines",
    "plot_network",
    "plot_quad_months",
    "plot_trajectories",
]
