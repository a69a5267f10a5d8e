"""CLI commands on networks of states: network (rankings, blocs, a drawing) and graph (export).

Twins of ``realpolitik.analysis.network_table`` and ``export_graph``.
"""

from __future__ import annotations

import click

from realpolitik.cli._common import (
    SORTS,
    db_option,
    factuality_option,
    format_option,
    layer_option,
    min_votes_option,
    origin_option,
    plot_option,
    read_store,
    top_option,
    year_option,
)
from realpolitik.cli._output import emit, wrote


def _layer_options(
    layer: str, measure: str, min_votes: int, origins: tuple[str, ...],
    factuality: tuple[str, ...],
) -> dict[str, object]:  # fmt: skip
    """The options each layer's measure takes (the others do not apply to it)."""
    if layer == "votes":
        return {"measure": measure, "min_votes": min_votes}
    if layer == "events":
        return {"origins": origins, "factuality": factuality}
    return {}


def _check_applies(layer: str, ctx: click.Context, names: tuple[str, ...]) -> None:
    """Options set away from their default on a layer that ignores them are errors."""
    from realpolitik.errors import Errors, RealpolitikError

    used = {
        "votes": ("measure", "min_votes"),
        "events": ("origins", "factuality"),
    }.get(layer, ())
    for name in names:
        source = ctx.get_parameter_source(name)
        if name not in used and source is not None and source.name == "COMMANDLINE":
            option = "--" + {"origins": "origin"}.get(name, name).replace("_", "-")
            raise RealpolitikError(Errors.E908, option=option, other=f"--layer {layer}",
                                   reason="that layer does not use it")  # fmt: skip


def _common_network(func: click.decorators.FC) -> click.decorators.FC:
    for option in (
        click.option("--resolution", type=float, default=1.0, show_default=True,
                     help="Louvain resolution (higher: more, smaller blocs)."),
        factuality_option,
        origin_option,
        min_votes_option,
        click.option("--measure", type=click.Choice(["agree", "s", "kappa", "pi"]),
                     default="agree", show_default=True, help="votes: the edge weight."),
        year_option,
        layer_option,
    ):  # fmt: skip
        func = option(func)
    return func


@click.command()
@db_option
@_common_network
@click.option("--sort", type=click.Choice(SORTS), default=None,
              help="Rank by this (default per layer: weighted strength).")  # fmt: skip
@top_option(20)
@format_option
@plot_option
@click.option("-o", "--output", default=None, metavar="FILE",
              help="Also export the graph to FILE.gexf (Gephi) or FILE.graphml.")  # fmt: skip
@click.pass_context
def network(
    ctx: click.Context, db: str | None, layer: str, year: int, measure: str, min_votes: int,
    origins: tuple[str, ...], factuality: tuple[str, ...], resolution: float,
    sort: str | None, top: int | None, fmt: str, raw: bool, plot: str | None,
    output: str | None,
) -> None:  # fmt: skip
    """Rankings (strength, degree, PageRank, eigenvector, betweenness) and blocs of a layer.

    --plot draws the graph: node size by the --sort measure, colour by bloc.
    """
    _network(ctx, db, layer, year, measure, min_votes, origins, factuality, resolution, sort,
             top, fmt, raw, plot, output)  # fmt: skip


@click.command()
@db_option
@_common_network
@click.option("-o", "--output", required=True, metavar="FILE",
              help="FILE.gexf (Gephi) or FILE.graphml.")  # fmt: skip
@click.option("--sort", type=click.Choice(SORTS), default=None,
              help="Rank by this (default per layer: weighted strength).")  # fmt: skip
@top_option(20)
@format_option
@plot_option
@click.pass_context
def graph(
    ctx: click.Context, db: str | None, layer: str, year: int, measure: str, min_votes: int,
    origins: tuple[str, ...], factuality: tuple[str, ...], resolution: float, output: str,
    sort: str | None, top: int | None, fmt: str, raw: bool, plot: str | None,
) -> None:  # fmt: skip
    """Export a layer's network of a year (with centrality and blocs) to GEXF or GraphML.

    The same as `network -o FILE`: the ranked states are printed too.
    """
    _network(ctx, db, layer, year, measure, min_votes, origins, factuality, resolution, sort,
             top, fmt, raw, plot, output)  # fmt: skip


def _network(
    ctx: click.Context, db: str | None, layer: str, year: int, measure: str, min_votes: int,
    origins: tuple[str, ...], factuality: tuple[str, ...], resolution: float,
    sort: str | None, top: int | None, fmt: str, raw: bool, plot: str | None,
    output: str | None,
) -> None:  # fmt: skip
    from realpolitik.analysis.network import DEFAULT_SORT, blocs, export_graph, network_table

    _check_applies(layer, ctx, ("measure", "min_votes", "origins", "factuality"))
    opts = _layer_options(layer, measure, min_votes, origins, factuality)
    key = sort or DEFAULT_SORT[layer]
    with read_store(ctx, db) as store:
        if output:
            wrote(export_graph(store, layer, year, output, resolution=resolution, **opts))
        found, built = network_table(store, layer, year, top=top, resolution=resolution,
                                     sort=key, **opts)  # fmt: skip
    groups = blocs(built, resolution=resolution)
    title = (
        f"{layer} {year}: {built.number_of_nodes()} states, {built.number_of_edges()} ties,"
        f" {len(set(groups.values()))} blocs; ranked by {key}"
    )
    source = str(built.graph.get("citation", ""))
    emit(found, fmt, source=source, title=title, raw=raw)
    if plot:
        from realpolitik.analysis.network import centrality
        from realpolitik.charts import plot_network

        size = {n: v.get(key, 0.0) for n, v in centrality(built).items()}
        wrote(plot_network(built, plot, size=size, blocs=groups, title=title, source=source))


COMMANDS = [network, graph]
