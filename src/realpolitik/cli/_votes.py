"""CLI commands on UN votes: align, isolation, idealpoints.

Twins of ``realpolitik.analysis.agreement`` / ``partners`` / ``isolation`` and
``realpolitik.analysis.idealpoints.estimate`` / ``ideal_points``. Each cites the vote source it
used and flags a year the loaded votes cover only in part.
"""

from __future__ import annotations

from typing import Any

import click

from realpolitik.cli._common import (
    db_option,
    format_option,
    issue_option,
    plot_option,
    read_store,
    since_until,
    split_list,
    state,
    states_option,
    top_option,
    vote_options,
    vote_settings,
    write_store,
)
from realpolitik.cli._output import emit, wrote


def _notes(rows: list[dict[str, Any]]) -> list[str]:
    return sorted({f"{r['year']}: {r['note']}" for r in rows if r.get("note")})


@click.command()
@db_option
@click.argument("a")
@click.argument("b", required=False)
@since_until
@vote_options
@top_option(10)
@format_option
@plot_option
@click.pass_context
def align(
    ctx: click.Context, db: str | None, a: str, b: str | None, since: str | None,
    until: str | None, body: str, abstain: float, absent: str, merge: str, min_votes: int,
    issue: tuple[str, ...] | None, top: int, fmt: str, raw: bool, plot: str | None,
) -> None:  # fmt: skip
    """UN voting alignment of A and B per year: agreement, S, kappa, pi and shared votes.

    Without B: A's closest partners per year (--top of them). States are codes, names,
    aliases or capitals; years with fewer than --min-votes shared roll calls are left out.
    """
    from realpolitik.analysis.alignment import agreement, vote_citation
    from realpolitik.errors import Errors, RealpolitikError

    if plot and b is None:
        raise RealpolitikError(Errors.E908, option="--plot", other="one state",
                               reason="the chart is a dyad's series; give both A and B")  # fmt: skip
    code_a, code_b = state(a, "A"), (state(b, "B") if b else None)
    opts = vote_settings(locals())
    with read_store(ctx, db) as store:
        found = agreement(store, code_a, code_b, since=since, until=until, **opts)
        source = vote_citation(store, **opts)
    rows = found.to_pylist()
    if not rows:
        raise RealpolitikError(
            Errors.E402, what=f"UN votes of {code_a}{'-' + code_b if code_b else ''} (at least"
            f" {opts['min_votes']} shared roll calls a year)", since=since or "…",
            until=until or "…",
        )  # fmt: skip
    if code_b is None:
        by_year: dict[int, list[dict[str, Any]]] = {}
        for row in rows:
            by_year.setdefault(row["year"], []).append(row)
        rows = []
        for year in sorted(by_year):
            ranked = sorted(by_year[year], key=lambda r: -(r["agree"] or 0.0))[:top]
            rows += [{**r, "rank": i} for i, r in enumerate(ranked, start=1)]
    fields = [*found.column_names, *(["rank"] if code_b is None else [])]
    emit(rows, fmt, fields=fields, source=source, notes=_notes(rows), raw=raw)
    if plot:
        from realpolitik.charts import plot_lines

        series = {m: [(r["year"], r[m]) for r in rows if r[m] is not None]
                  for m in ("agree", "s", "kappa", "pi")}  # fmt: skip
        title = f"UN {body} voting alignment {code_a}-{code_b}"
        wrote(plot_lines(series, plot, title=title, ylabel="score", source=source))


@click.command()
@db_option
@click.argument("state_", metavar="[STATE]", required=False)
@since_until
@click.option("--measure", type=click.Choice(["agree", "s", "kappa", "pi"]), default="agree",
              show_default=True, help="The agreement measure averaged.")  # fmt: skip
@vote_options
@top_option(None)
@format_option
@plot_option
@click.pass_context
def isolation(
    ctx: click.Context, db: str | None, state_: str | None, since: str | None,
    until: str | None, measure: str, body: str, abstain: float, absent: str, merge: str, min_votes: int,
    issue: tuple[str, ...] | None, top: int | None, fmt: str, raw: bool,
    plot: str | None,
) -> None:  # fmt: skip
    """A state's mean agreement with all UN members per year and its rank (1 = closest to all).

    Without STATE: every state, most isolated first (--top per year).
    """
    from realpolitik.analysis.alignment import isolation as isolation_of
    from realpolitik.analysis.alignment import vote_citation
    from realpolitik.errors import Errors, RealpolitikError

    if plot and state_ is None:
        raise RealpolitikError(Errors.E908, option="--plot", other="every state",
                               reason="the chart is one state's series; give STATE")  # fmt: skip
    code = state(state_, "STATE") if state_ else None
    opts = vote_settings(locals())
    with read_store(ctx, db) as store:
        found = isolation_of(store, code, since=since, until=until, measure=measure, **opts)
        source = vote_citation(store, **opts)
    rows = found.to_pylist()
    if code is None:
        rows.sort(key=lambda r: (r["year"], -r["rank"]))
        if top:
            kept: list[dict[str, Any]] = []
            for year in sorted({r["year"] for r in rows}):
                kept += [r for r in rows if r["year"] == year][:top]
            rows = kept
    emit(rows, fmt, fields=found.column_names, source=source, notes=_notes(rows), raw=raw)
    if plot and rows:
        from realpolitik.charts import plot_lines

        title = f"{rows[0]['state']}: mean UN agreement with all members"
        wrote(plot_lines({f"mean {measure}": [(r["year"], r["mean"]) for r in rows]}, plot,
                         title=title, ylabel=measure, source=source))  # fmt: skip


@click.command()
@db_option
@since_until
@states_option
@click.option("--stored", is_flag=True, help="Use the stored estimates; do not estimate again.")
@issue_option
@click.option("--omega", type=float, default=None,
              help="Yearly random-walk sd of a state's position (default 0.1).")  # fmt: skip
@click.option("--max-iter", type=int, default=None, help="Iteration limit of the fit.")
@click.option("--pool-sparse-years", is_flag=True,
              help="Merge a year with too few contested roll calls into its neighbour (else E501).")  # fmt: skip
@format_option
@plot_option
@click.pass_context
def idealpoints(
    ctx: click.Context, db: str | None, since: str | None, until: str | None,
    states: str | None, stored: bool, issue: tuple[str, ...] | None, omega: float | None,
    max_iter: int | None, pool_sparse_years: bool, fmt: str, raw: bool, plot: str | None,
) -> None:  # fmt: skip
    """Estimate states' yearly ideal points from UN General Assembly votes (BSV 2017 model).

    Reads the votes loaded with `realpolitik data load unga-votes FILE...`, stores the positions
    (table ideal_points) and prints those of --states (default USA, RUS, CHN, PRK, VNM; `all`
    for every state); --plot draws their trajectories. Example:
    `realpolitik idealpoints --since 1991 --states RUS,China,US --plot trajectories.png`.
    """
    from dataclasses import replace

    from realpolitik.analysis import idealpoints as ip
    from realpolitik.cli._output import progress

    wanted = None if (states or "").strip().lower() == "all" else (
        [state(s, "--states") for s in split_list(states)] or list(ip.DEFAULT_STATES)
    )  # fmt: skip
    settings = ip.Settings()
    if omega is not None:
        settings = replace(settings, omega=omega)
    if max_iter is not None:
        settings = replace(settings, max_iter=max_iter)
    if pool_sparse_years:
        settings = replace(settings, pool_sparse_years=True)
    opener = read_store if stored else write_store
    with opener(ctx, db) as store:
        if not stored:
            with progress("estimating", total=settings.max_iter) as advance:
                est = ip.estimate(store, since=since, until=until, settings=settings,
                                  issue=issue, on_iteration=lambda _i: advance())  # fmt: skip
            click.echo(
                f"Estimated {len(est.points):,} state-years {est.since}–{est.until} from"
                f" {est.n_rollcalls:,} contested roll calls ({est.n_bridged:,} bridged in"
                f" {est.n_bridge_groups:,} recurring resolutions); {est.iterations} iterations,"
                f" {est.seconds:.1f} s.",
                err=True,
            )
        points = ip.ideal_points(store, states=wanted, since=since, until=until)
        source = ip.citation(store)
    rows = [
        {"iso3": p.iso3, "year": p.year, "ideal_point": p.ideal_point, "sd": p.sd,
         "n_votes": p.n_votes}
        for p in points
    ]  # fmt: skip
    emit(rows, fmt, fields=("iso3", "year", "ideal_point", "sd", "n_votes"), source=source,
         raw=raw)  # fmt: skip
    if plot:
        from pathlib import Path

        from realpolitik.charts import plot_trajectories

        Path(plot).write_bytes(plot_trajectories(points, fmt=Path(plot).suffix[1:].lower()))
        wrote(plot)


COMMANDS = [align, isolation, idealpoints]
