"""CLI command: idealpoints (estimate, store, export and plot UN General Assembly ideal points)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from realpolitik.cli._common import db_option, read_store, write_store
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:  # the analysis (numpy, scipy) loads only when the command runs
    from realpolitik.analysis.idealpoints import IdealPoint

_DATA = (".csv", ".parquet")
_IMAGES = (".png", ".svg")


def register(cli: click.Group) -> None:
    """Add this module's commands to the top-level group."""
    cli.add_command(idealpoints_command)


@click.command("idealpoints")
@click.option("--since", default=None, metavar="YEAR", help="First year (YYYY or YYYY-MM-DD).")
@click.option("--until", default=None, metavar="YEAR", help="Last year (YYYY or YYYY-MM-DD).")
@click.option("-o", "--output", "outputs", multiple=True, type=click.Path(dir_okay=False),
              help="Write FILE by its extension: .csv/.parquet (all ideal points) or .png/.svg"
              " (trajectories of the --plot states). Repeatable.")  # fmt: skip
@click.option("--plot", "plot", multiple=True, metavar="STATES",
              help="States to show and plot (ISO3, repeatable or comma-separated;"
              " default USA RUS CHN PRK VNM).")  # fmt: skip
@click.option("--stored", is_flag=True, help="Use the stored estimates; do not estimate again.")
@click.option("--omega", type=float, default=None,
              help="Yearly random-walk sd of a state's position (default 0.1).")  # fmt: skip
@click.option("--max-iter", type=int, default=None, help="Iteration limit of the fit.")
@click.option("--pool-sparse-years", is_flag=True,
              help="Merge a year with too few contested roll calls into its neighbour (else E501).")  # fmt: skip
@db_option
@click.pass_context
def idealpoints_command(
    ctx: click.Context,
    since: str | None,
    until: str | None,
    outputs: tuple[str, ...],
    plot: tuple[str, ...],
    stored: bool,
    omega: float | None,
    max_iter: int | None,
    pool_sparse_years: bool,
    db: str | None,
) -> None:
    """Estimate states' yearly ideal points from UN General Assembly votes (BSV 2017 model).

    Reads the votes loaded with `realpolitik data load unga-votes FILE...`, stores the positions
    (table ideal_points) and prints them for a few states. Example:
    `realpolitik idealpoints --since 1991 -o points.csv -o trajectories.png --plot RUS,CHN,USA`.
    """
    from dataclasses import replace

    from realpolitik.analysis import idealpoints as ip
    from realpolitik.charts import plot_trajectories

    for out in outputs:
        suffix = Path(out).suffix.lower()
        if suffix not in _DATA + _IMAGES:
            raise RealpolitikError(Errors.E514, path=out, suffix=suffix)
    states = [s.strip().upper() for item in plot for s in item.split(",") if s.strip()]
    states = states or list(ip.DEFAULT_STATES)
    settings = ip.Settings()
    if omega is not None:
        settings = replace(settings, omega=omega)
    if max_iter is not None:
        settings = replace(settings, max_iter=max_iter)
    if pool_sparse_years:
        settings = replace(settings, pool_sparse_years=True)
    with (read_store if stored else write_store)(ctx, db) as store:
        if not stored:
            est = ip.estimate(store, since, until, settings=settings)
            click.echo(
                f"Estimated {len(est.points):,} state-years {est.since}–{est.until} from"
                f" {est.n_rollcalls:,} contested roll calls ({est.n_bridged:,} bridged in"
                f" {est.n_bridge_groups:,} recurring resolutions); {est.iterations} iterations,"
                f" {est.seconds:.1f} s."
            )
        points = ip.ideal_points(store, since=since, until=until)
        shown = [p for p in points if p.iso3 in states]
        unknown = sorted(set(states) - {p.iso3 for p in shown})
        if unknown:
            raise RealpolitikError(Errors.E401, state=unknown[0])
    _print_table(shown)
    for out in outputs:
        suffix = Path(out).suffix.lower()
        if suffix in _DATA:
            ip.export(points, out)
        else:
            Path(out).write_bytes(plot_trajectories(shown, fmt=suffix[1:]))
        click.echo(f"Wrote {out}")
    click.echo(f"Source: {ip.CITATION}")


def _print_table(points: list[IdealPoint]) -> None:
    """States as rows, about eight evenly spaced years (always the last) as columns."""
    if not points:
        return
    years = sorted({p.year for p in points})
    step = max(1, (len(years) + 6) // 7)
    cols = sorted(set(years[::step]) | {years[-1]})
    value = {(p.iso3, p.year): p for p in points}
    click.echo("state " + " ".join(f"{y:>11}" for y in cols))
    for iso3 in sorted({p.iso3 for p in points}):
        cells = []
        for y in cols:
            p = value.get((iso3, y))
            cells.append(f"{p.ideal_point:+6.2f}±{1.96 * p.sd:4.2f}" if p else f"{'–':>11}")
        click.echo(f"{iso3:<5} " + " ".join(cells))
    click.echo("(ideal point ± 1.96 sd; higher = closer to the US-led order)")
