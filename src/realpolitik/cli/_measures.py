"""CLI commands: measures (align, isolation, depend, allies, dyad, network, graph, changepoints).

Each command calls one function of ``realpolitik.analysis`` and prints a table (or CSV / JSON
Lines), with the data producer to cite under it; ``--plot FILE.png|svg`` draws a chart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from realpolitik.cli._common import FORMATS, db_option, read_store
from realpolitik.cli._output import Rows, emit, plot_bars, plot_lines
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    pass


# -- shared helpers ------------------------------------------------------------------------------
def _year(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    if value is None:
        return None
    from realpolitik.analysis import year_of

    try:
        return year_of(value)
    except RealpolitikError as exc:
        raise click.BadParameter(str(exc)) from None


def _fmt_opt(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)(func)


def _years(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--until", callback=_year, default=None, help="Last year (YYYY).")(func)
    return click.option("--since", callback=_year, default=None, help="First year (YYYY).")(func)


def _plot_opt(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--plot", "plot", default=None, metavar="FILE", help="Also draw a chart (.png or .svg)."
    )(func)


def _vote_opts(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option(
        "--merge",
        type=click.Choice(["successors", "seats", "none"]),
        default="successors",
        show_default=True,
        help="successors: USSR counted as Russia; seats: also the ROC seat as China's.",
    )(func)
    func = click.option(
        "--absent",
        type=click.Choice(["exclude", "abstain", "no"]),
        default="exclude",
        show_default=True,
        help="How absences / non-votes count.",
    )(func)
    func = click.option(
        "--abstain",
        type=click.FloatRange(0, 1),
        default=0.5,
        show_default=True,
        help="Value of an abstention between no (0) and yes (1).",
    )(func)
    return click.option(
        "--body",
        type=click.Choice(["GA", "SC", "all"]),
        default="GA",
        show_default=True,
        help="General Assembly, Security Council or both.",
    )(func)


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    for command in (align, isolation, depend, allies, relations, network, graph, changepoints):
        cli.add_command(command)


# -- commands ------------------------------------------------------------------------------------
@click.command()
@db_option
@click.argument("a")
@click.argument("b", required=False)
@_years
@_vote_opts
@click.option("--min-votes", type=click.IntRange(1), default=1, show_default=True)
@click.option("--top", type=click.IntRange(1), default=10, show_default=True,
              help="Without B: closest partners shown per year.")  # fmt: skip
@_fmt_opt
@_plot_opt
@click.pass_context
def align(
    ctx: click.Context, db: str | None, a: str, b: str | None, since: int | None,
    until: int | None, body: str, abstain: float, absent: str, merge: str, min_votes: int,
    top: int, fmt: str, plot: str | None,
) -> None:  # fmt: skip
    """UN voting alignment of A and B per year: agreement, S, kappa, pi and shared votes.

    Without B: A's closest partners per year.
    """
    from realpolitik.analysis.alignment import agreement, vote_citation

    opts: dict[str, Any] = {"body": body, "abstain": abstain, "absent": absent,
                            "merge": merge, "min_votes": min_votes}  # fmt: skip
    with read_store(ctx, db) as store:
        rows = agreement(store, a, b, since, until, **opts).to_pylist()
        source = vote_citation(store)
    if not rows:
        raise RealpolitikError(
            Errors.E402, what=f"UN votes of {a}{'-' + b if b else ''}", since=since or "",
            until=until or "",
        )  # fmt: skip
    if b is None:
        by_year: dict[int, Rows] = {}
        for row in rows:
            by_year.setdefault(row["year"], []).append(row)
        rows = []
        for year in sorted(by_year):
            ranked = sorted(by_year[year], key=lambda r: -r["agree"])[:top]
            rows += [{**r, "rank": i} for i, r in enumerate(ranked, start=1)]
    emit(rows, fmt, source)
    if plot:
        if b is None:
            raise RealpolitikError(Errors.E901, option="--plot", reason="give both A and B")
        series = {m: [(r["year"], r[m]) for r in rows if r[m] is not None]
                  for m in ("agree", "s", "kappa", "pi")}  # fmt: skip
        plot_lines(series, plot, f"UN {body} voting alignment {rows[0]['a']}-{rows[0]['b']}",
                   "score", source)  # fmt: skip


@click.command()
@db_option
@click.argument("state", required=False)
@_years
@click.option("--measure", type=click.Choice(["agree", "s", "kappa", "pi"]), default="agree",
              show_default=True)  # fmt: skip
@_vote_opts
@click.option("--top", type=click.IntRange(1), default=None,
              help="Without STATE: the N most isolated states per year.")  # fmt: skip
@_fmt_opt
@_plot_opt
@click.pass_context
def isolation(
    ctx: click.Context, db: str | None, state: str | None, since: int | None, until: int | None,
    measure: str, body: str, abstain: float, absent: str, merge: str, top: int | None, fmt: str,
    plot: str | None,
) -> None:  # fmt: skip
    """A state's mean agreement with all UN members per year and its rank (1 = closest to all).

    Without STATE: every state, most isolated first.
    """
    from realpolitik.analysis.alignment import isolation as isolation_of
    from realpolitik.analysis.alignment import vote_citation

    opts: dict[str, Any] = {"body": body, "abstain": abstain, "absent": absent, "merge": merge}
    with read_store(ctx, db) as store:
        rows = isolation_of(store, state, since, until, measure, **opts)
        source = vote_citation(store)
    if state is None:
        rows.sort(key=lambda r: (r["year"], -r["rank"]))
        if top:
            kept: Rows = []
            for year in sorted({r["year"] for r in rows}):
                kept += [r for r in rows if r["year"] == year][:top]
            rows = kept
    emit(rows, fmt, source)
    if plot:
        if state is None:
            raise RealpolitikError(Errors.E901, option="--plot", reason="give a STATE")
        plot_lines({f"mean {measure}": [(r["year"], r["mean"]) for r in rows]}, plot,
                   f"{rows[0]['state']}: mean UN agreement with all members", measure, source)  # fmt: skip


@click.command()
@db_option
@click.argument("state")
@click.option("--layer", type=click.Choice(["arms", "trade"]), required=True)
@click.option("--windows", default=None, metavar="Y1-Y2,...",
              help="Arms: windows to compare (default: the two latest five-year windows).")  # fmt: skip
@click.option("--partner", default=None, help="Trade: only this partner.")
@_years
@click.option("--top", type=click.IntRange(1), default=10, show_default=True)
@click.option("--no-claims", is_flag=True, help="Trade: ignore shares stated in documents.")
@_fmt_opt
@_plot_opt
@click.pass_context
def depend(
    ctx: click.Context, db: str | None, state: str, layer: str, windows: str | None,
    partner: str | None, since: int | None, until: int | None, top: int, no_claims: bool,
    fmt: str, plot: str | None,
) -> None:  # fmt: skip
    """Arms or trade dependence: partner shares, concentration (HHI), asymmetry, change."""
    from realpolitik.analysis.dependence import (
        arms_dependence,
        parse_windows,
        trade_dependence,
    )

    with read_store(ctx, db) as store:
        if layer == "arms":
            result = arms_dependence(store, state, parse_windows(windows), top)
        else:
            result = trade_dependence(
                store, state, partner, since, until, claims=not no_claims, top=top
            )
    emit(result.rows, fmt, "" if fmt == "table" else result.citation)
    if fmt == "table":
        emit(result.summary, fmt, result.citation)
    if plot:
        if layer == "arms":
            keys = [k for k in result.rows[0] if k.startswith("share_")] if result.rows else []
            bars = {k[6:]: [(r["supplier"], r[k] or 0.0) for r in result.rows[:8]] for k in keys}
            title = f"Suppliers' shares of {result.state}'s arms imports (SIPRI TIV)"
            plot_bars(bars, plot, title, "share", result.citation)
            return
        series: dict[str, list[tuple[Any, float]]] = {}
        for row in result.rows:
            if row["d_ij"] is not None and len(series) <= 6:
                series.setdefault(row["partner"], []).append((row["year"], row["d_ij"]))
        title = f"Partner shares of {result.state}'s trade"
        plot_lines(series, plot, title, "share", result.citation)


@click.command()
@db_option
@click.argument("state")
@click.option("--year", callback=_year, required=True, help="Year (YYYY).")
@click.option("--weights", default=None, metavar="OBL=W,...",
              help="Obligation weights, e.g. defense=1,offense=0.8,neutrality=0.5,"
                   "nonaggression=0.4,consultation=0.3 (these are the defaults).")  # fmt: skip
@click.option("--combine", type=click.Choice(["max", "sum"]), default="max", show_default=True)
@_fmt_opt
@click.pass_context
def allies(
    ctx: click.Context, db: str | None, state: str, year: int, weights: str | None, combine: str,
    fmt: str,
) -> None:  # fmt: skip
    """Who is bound to STATE in a year (ATOP), by which obligations, and how strongly."""
    from realpolitik.analysis import citation
    from realpolitik.analysis.alliances import allies as allies_of

    with read_store(ctx, db) as store:
        rows = allies_of(store, state, year, _weights(weights), combine)
    emit(rows, fmt, citation("atop"))


def _weights(text: str | None) -> dict[str, float] | None:
    from realpolitik.analysis.alliances import OBLIGATIONS

    if not text:
        return None
    out: dict[str, float] = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        key = key.strip().lower()
        try:
            out[key] = float(value)
        except ValueError:
            raise RealpolitikError(
                Errors.E404, name=f"weights {part!r}", choices="OBLIGATION=NUMBER"
            ) from None
        if key not in OBLIGATIONS:
            raise RealpolitikError(Errors.E404, name=key, choices=", ".join(OBLIGATIONS))
    return out


@click.command()
@db_option
@click.argument("a")
@click.argument("b", required=False)
@_years
@click.option("--period", type=click.Choice(["year", "month"]), default="year", show_default=True)
@click.option(
    "--origin", default=None, help="Comma list of text,gdelt,icews,icews-counts (default: all)."
)
@click.option("--factuality", default="asserted,reported", show_default=True,
              help="Text events counted (comma list).")  # fmt: skip
@click.option("--undirected", is_flag=True, help="Fold A->B and B->A together.")
@_fmt_opt
@_plot_opt
@click.pass_context
def relations(
    ctx: click.Context, db: str | None, a: str, b: str | None, since: int | None,
    until: int | None, period: str, origin: str | None, factuality: str, undirected: bool,
    fmt: str, plot: str | None,
) -> None:  # fmt: skip
    """Event dyads A->B and B->A (or all of A's): QuadClass counts, Goldstein, net cooperation.

    Counts the project's own events (asserted/reported by default) and loaded GDELT/ICEWS
    events, normalised by each state's event volume in the period.
    """
    from realpolitik.analysis.dyads import ORIGINS, event_citation, event_dyads

    origins = tuple(o.strip() for o in origin.split(",") if o.strip()) if origin else ORIGINS
    facts = tuple(f.strip() for f in factuality.split(",") if f.strip())
    with read_store(ctx, db) as store:
        rows = event_dyads(store, a, b, since, until, period, origins, facts, not undirected)
        source = event_citation(store, origins)
    emit(rows, fmt, source)
    if plot:
        series: dict[str, list[tuple[Any, float]]] = {}
        for r in rows:
            if r["net_coop"] is not None:
                series.setdefault(f"{r['source']}->{r['target']}", []).append(
                    (r["period"], r["net_coop"])
                )
        plot_lines(series, plot, "Net cooperation (VC+MC-VK-MK)/events", "net cooperation",
                   source)  # fmt: skip


_LAYER = click.Choice(["votes", "alliances", "arms", "trade", "events"])


@click.command()
@db_option
@click.option("--layer", type=_LAYER, required=True)
@click.option("--year", callback=_year, required=True, help="Year (YYYY).")
@click.option("--top", type=click.IntRange(1), default=20, show_default=True)
@click.option("--measure", type=click.Choice(["agree", "s", "kappa", "pi"]), default="agree",
              show_default=True, help="Votes layer: edge weight.")  # fmt: skip
@click.option("--resolution", type=float, default=1.0, show_default=True,
              help="Louvain resolution (higher: more, smaller blocs).")  # fmt: skip
@_fmt_opt
@click.pass_context
def network(
    ctx: click.Context, db: str | None, layer: str, year: int, top: int, measure: str,
    resolution: float, fmt: str,
) -> None:  # fmt: skip
    """Centrality (strength, eigenvector, PageRank, betweenness) and blocs of a layer's network."""
    from realpolitik.analysis.network import network_table

    extra = {"measure": measure} if layer == "votes" else {}
    with read_store(ctx, db) as store:
        rows, graph = network_table(store, layer, year, top, resolution, **extra)
    sizes: dict[int, int] = {}
    for bloc in _blocs_of(graph):
        sizes[bloc] = sizes.get(bloc, 0) + 1
    title = (
        f"{layer} {year}: {graph.number_of_nodes()} states, {graph.number_of_edges()} ties,"
        f" {len(sizes)} blocs"
    )
    emit(rows, fmt, str(graph.graph.get("citation", "")), title)


def _blocs_of(graph: Any) -> list[int]:
    from realpolitik.analysis.network import blocs

    return list(blocs(graph).values())


@click.command()
@db_option
@click.option("--layer", type=_LAYER, default="votes", show_default=True)
@click.option("--year", callback=_year, required=True, help="Year (YYYY).")
@click.option("-o", "--output", required=True, metavar="FILE",
              help="FILE.gexf (Gephi) or FILE.graphml.")  # fmt: skip
@click.option("--resolution", type=float, default=1.0, show_default=True)
@click.pass_context
def graph(
    ctx: click.Context, db: str | None, layer: str, year: int, output: str, resolution: float
) -> None:
    """Export a layer's network of a year (with centrality and blocs) to GEXF or GraphML."""
    from realpolitik.analysis.network import export_graph

    with read_store(ctx, db) as store:
        path = export_graph(store, layer, year, output, resolution)
    click.echo(f"Wrote {path}")


@click.command()
@db_option
@click.option("--dyad", "dyad_", default=None, metavar="A,B", help="A dyad's series.")
@click.option("--state", default=None, help="A state's series.")
@click.option("--measure", default=None,
              help="Dyad: agree, s, kappa, pi, net_coop, goldstein, events (default agree);"
                   " state: isolation, allies, alliance_weight (default isolation).")  # fmt: skip
@_years
@click.option("--penalty", type=float, default=None,
              help="Penalty per change (default: 3 log(n) times the noise variance).")  # fmt: skip
@click.option("--min-size", type=click.IntRange(1), default=2, show_default=True,
              help="Shortest segment in years.")  # fmt: skip
@_fmt_opt
@_plot_opt
@click.pass_context
def changepoints(
    ctx: click.Context, db: str | None, dyad_: str | None, state: str | None,
    measure: str | None, since: int | None, until: int | None, penalty: float | None,
    min_size: int, fmt: str, plot: str | None,
) -> None:  # fmt: skip
    """Years where a dyad's or a state's series shifts (mean-shift change points)."""
    from realpolitik.analysis import citation
    from realpolitik.analysis.alignment import vote_citation
    from realpolitik.analysis.changepoint import dyad_series, series_breaks, state_series

    if (dyad_ is None) == (state is None):
        raise RealpolitikError(Errors.E901, option="--dyad/--state", reason="give exactly one")
    with read_store(ctx, db) as store:
        if dyad_ is not None:
            a, _, b = dyad_.partition(",")
            if not b:
                raise RealpolitikError(Errors.E901, option="--dyad", reason="write it as A,B")
            m = measure or "agree"
            series = dyad_series(store, a.strip(), b.strip(), m, since, until)
            name = f"{a.strip()}-{b.strip()}"
            source = vote_citation(store) if m in ("agree", "s", "kappa", "pi") else ""
        else:
            m = measure or "isolation"
            series = state_series(store, str(state), m, since, until)
            name = str(state)
            source = vote_citation(store) if m == "isolation" else citation("atop")
    if not series:
        raise RealpolitikError(Errors.E402, what=f"{m} of {name}", since=since or "",
                               until=until or "")  # fmt: skip
    rows = series_breaks(series, penalty, min_size)
    for row in rows:
        row["series"] = name
        row["measure"] = m
    emit(rows, fmt, source, f"{name} {m}: {len(rows) - 1} change point(s)")
    if plot:
        steps = [(r["start"], r["end"], r["mean"]) for r in rows]
        plot_lines({f"{name} {m}": series}, plot, f"{name}: {m} with segment means", m, source,
                   steps)  # fmt: skip
