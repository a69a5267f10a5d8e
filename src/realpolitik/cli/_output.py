"""How measure commands show their rows: tables, CSV, JSON Lines and PNG/SVG charts."""

from __future__ import annotations

import csv
import json
import math
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import click

from realpolitik.errors import Errors, RealpolitikError

Rows = list[dict[str, Any]]


def _fmt_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if abs(value) >= 10_000:
            return f"{value:,.0f}"
        return f"{value:.3f}"
    return str(value)


def emit(rows: Rows, fmt: str, source: str = "", title: str = "") -> None:
    """Rows as a rich table (with a 'Source:' footer), CSV or JSON Lines (footer on stderr)."""
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(_plain(row), ensure_ascii=False, default=str))
    elif fmt == "csv":
        if rows:
            keys = list(dict.fromkeys(k for r in rows for k in r))
            writer = csv.DictWriter(sys.stdout, fieldnames=keys, lineterminator="\n")
            writer.writeheader()
            writer.writerows(_plain(r) for r in rows)
    else:
        from rich.console import Console
        from rich.table import Table

        console = Console(width=None if sys.stdout.isatty() else 200)
        keys = list(dict.fromkeys(k for r in rows for k in r))
        table = Table(title=title or None, title_justify="left", show_edge=False, pad_edge=False)
        for key in keys:
            numeric = any(isinstance(r.get(key), (int, float)) for r in rows)
            table.add_column(key, justify="right" if numeric else "left", overflow="fold")
        for row in rows:
            table.add_row(*(_fmt_cell(row.get(k)) for k in keys))
        console.print(table)
        if not rows:
            console.print("(none)")
        if source:
            console.print(f"Source: {source}", style="dim", soft_wrap=True)
        return
    if source:
        click.echo(f"Source: {source}", err=True)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()}


def plot_lines(
    series: Mapping[str, Sequence[tuple[Any, Any]]],
    path: str,
    title: str,
    ylabel: str,
    source: str = "",
    steps: Sequence[tuple[Any, Any, float]] = (),
) -> None:
    """Line chart (PNG or SVG by suffix) of labelled (x, y) series; optional segment means."""
    plt = _pyplot(path)
    fig, ax = plt.subplots(figsize=(8, 4))
    for name, points in series.items():
        xs = [_x(p[0]) for p in points]
        ax.plot(xs, [p[1] for p in points], marker="o", markersize=3, label=name)
    for start, end, mean in steps:
        ax.hlines(mean, _x(start), _x(end), colors="black", linestyles="dashed", linewidth=1)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.grid(alpha=0.3)
    if len(series) > 1:
        ax.legend(fontsize=8)
    _save(plt, fig, path, source)


def plot_bars(
    groups: Mapping[str, Sequence[tuple[str, float]]], path: str, title: str, ylabel: str,
    source: str = "",
) -> None:  # fmt: skip
    """Grouped bars: one group per category (supplier), one bar per series (window)."""
    plt = _pyplot(path)
    categories = list(dict.fromkeys(c for bars in groups.values() for c, _ in bars))
    width = 0.8 / max(len(groups), 1)
    fig, ax = plt.subplots(figsize=(8, 4))
    for k, (name, bars) in enumerate(groups.items()):
        values = dict(bars)
        xs = [i + k * width for i in range(len(categories))]
        ax.bar(xs, [values.get(c, 0.0) for c in categories], width=width, label=name)
    ax.set_xticks([i + width * (len(groups) - 1) / 2 for i in range(len(categories))])
    ax.set_xticklabels(categories)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.legend(fontsize=8)
    _save(plt, fig, path, source)


def _x(value: Any) -> Any:
    text = str(value)
    if len(text) == 7 and text[4] == "-":  # YYYY-MM: month as a fraction of the year
        return int(text[:4]) + (int(text[5:]) - 1) / 12.0
    return int(text) if text.isdigit() else value


def _pyplot(path: str) -> Any:
    """matplotlib's pyplot on the file-only backend, once the file suffix is known to work."""
    if not path.lower().endswith((".png", ".svg")):
        raise RealpolitikError(Errors.E901, option="--plot", reason="use a .png or .svg file")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _save(plt: Any, fig: Any, path: str, source: str) -> None:
    """Write the figure with its 'Source:' footnote (data producers are always cited)."""
    if source:
        fig.text(0.01, 0.01, "Source: " + source[:160], fontsize=6, color="grey")
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    fig.savefig(path)
    plt.close(fig)
    click.echo(f"Wrote {path}", err=True)
