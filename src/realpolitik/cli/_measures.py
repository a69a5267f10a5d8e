"""CLI commands on dependence, alliances and shifts: depend, allies, changepoints.

Twins of ``realpolitik.analysis.arms_dependence`` / ``trade_dependence``, ``allies`` and
``dyad_series`` / ``state_series`` with ``series_breaks``.
"""

from __future__ import annotations

from typing import Any

import click

from realpolitik.cli._common import (
    OBLIGATION_TYPES,
    choice_list,
    db_option,
    format_option,
    layer_option,
    plot_option,
    read_store,
    since_until,
    state,
    top_option,
    vote_options,
    vote_settings,
    year_option,
)
from realpolitik.cli._output import emit, wrote


@click.command()
@db_option
@click.argument("state_", metavar="STATE")
@layer_option
@click.option("--windows", default=None, metavar="Y1-Y2,...",
              help="arms: windows to compare (default: the two latest five-year windows, or"
              " --since/--until as one window).")  # fmt: skip
@click.option("--partner", default=None, metavar="STATE", help="trade: only this partner.")
@since_until
@top_option(10)
@click.option("--no-claims", is_flag=True, help="trade: ignore shares stated in documents.")
@format_option
@plot_option
@click.pass_context
def depend(
    ctx: click.Context, db: str | None, state_: str, layer: str, windows: str | None,
    partner: str | None, since: str | None, until: str | None, top: int, no_claims: bool,
    fmt: str, raw: bool, plot: str | None,
) -> None:  # fmt: skip
    """Arms or trade dependence of STATE: partner shares, concentration (HHI), asymmetry, change.

    --layer arms (SIPRI) or trade; the other layers have no dependence measure.
    """
    from realpolitik.analysis.dependence import arms_dependence, parse_windows, trade_dependence
    from realpolitik.errors import Errors, RealpolitikError

    if layer not in ("arms", "trade"):
        raise RealpolitikError(
            Errors.E908, option=f"--layer {layer}", other="depend",
            reason="dependence is measured on the arms and trade layers (for votes see align)",
        )  # fmt: skip
    code = state(state_, "STATE")
    if layer == "arms":
        if partner or no_claims:
            raise RealpolitikError(Errors.E908, option="--partner/--no-claims",
                                   other="--layer arms", reason="they apply to trade")  # fmt: skip
        if windows and (since or until):
            raise RealpolitikError(
                Errors.E908, option="--since/--until", other="--windows",
                reason="give the windows to compare with --windows, or one window with"
                " --since/--until",
            )  # fmt: skip
        wins = parse_windows(windows)
        if wins is None and (since or until):
            from realpolitik.analysis import window

            wins = [window(since, until, what="arms dependence")]
    elif windows:
        raise RealpolitikError(Errors.E908, option="--windows", other="--layer trade",
                               reason="trade is measured per year; use --since/--until")  # fmt: skip
    with read_store(ctx, db) as store:
        if layer == "arms":
            result = arms_dependence(store, code, windows=wins, top=top)
        else:
            result = trade_dependence(
                store, code, partner=partner, since=since, until=until, claims=not no_claims,
                top=top,
            )  # fmt: skip
    if fmt == "table":
        emit(result.rows, fmt, title=f"{layer} dependence of {result.state}")
        emit(result.summary, fmt, source=result.citation, notes=result.notes)
    else:
        emit(result.rows, fmt, source=result.citation, notes=result.notes, raw=raw)
    if plot:
        _plot_dependence(result.rows, layer, result.state, plot, result.citation)


def _plot_dependence(rows: list[dict[str, Any]], layer: str, code: str, path: str,
                     source: str) -> None:  # fmt: skip
    from realpolitik.charts import plot_bars, plot_lines

    if layer == "arms":
        keys = [k for k in rows[0] if k.startswith("share_")] if rows else []
        bars = {k[6:]: [(r["supplier"], r[k] or 0.0) for r in rows[:8]] for k in keys}
        title = f"Suppliers' shares of {code}'s arms imports (SIPRI TIV)"
        wrote(plot_bars(bars, path, title=title, ylabel="share", source=source))
        return
    series: dict[str, list[tuple[Any, float]]] = {}
    for row in rows:
        if row["d_ij"] is not None and (row["partner"] in series or len(series) < 6):
            series.setdefault(row["partner"], []).append((row["year"], row["d_ij"]))
    wrote(plot_lines(series, path, title=f"Partner shares of {code}'s trade", ylabel="share",
                     source=source))  # fmt: skip


@click.command()
@db_option
@click.argument("state_", metavar="STATE")
@year_option
@click.option("--type", "types", callback=choice_list(OBLIGATION_TYPES), default=None,
              metavar="LIST", help="Only partners bound by these obligations: "
              + ",".join(OBLIGATION_TYPES) + ".")  # fmt: skip
@click.option("--weights", default=None, metavar="OBL=W,...",
              help="Obligation weights, e.g. defense=1,offense=0.8,neutrality=0.5,"
                   "nonaggression=0.4,consultation=0.3 (these are the defaults).")  # fmt: skip
@click.option("--combine", type=click.Choice(["max", "sum"]), default="max", show_default=True,
              help="A tie's weight: its strongest obligation, or their sum.")  # fmt: skip
@format_option
@plot_option
@click.pass_context
def allies(
    ctx: click.Context, db: str | None, state_: str, year: int, types: tuple[str, ...] | None,
    weights: str | None, combine: str, fmt: str, raw: bool, plot: str | None,
) -> None:  # fmt: skip
    """Who is bound to STATE in a year (ATOP): obligations each way, weight, alliances.

    Defence pacts first, then by weight; ATOP ids and what each alliance is. A year outside
    the loaded ATOP years is an error naming their range.
    """
    from realpolitik.analysis import citation
    from realpolitik.analysis.alliances import allies as allies_of

    code = state(state_, "STATE")
    with read_store(ctx, db) as store:
        found = allies_of(store, code, year, weights=_weights(weights), combine=combine,
                          types=types)  # fmt: skip
    source = citation("atop")
    view = [("partner", "partner"), ("partner_name", "name"), ("defense", "defence"),
            ("owes", "owes"), ("owed", "owed"), ("weight", "weight"), ("atopids", "ATOP ids"),
            ("alliances", "alliances")]  # fmt: skip
    emit(found, fmt, columns=view, source=source, title=f"Allies of {code} in {year}", raw=raw)
    if plot:
        from realpolitik.charts import plot_bars

        rows = found.to_pylist()[:30]
        bars = {
            "owes": [(r["partner"], r["weight_owes"]) for r in rows],
            "owed": [(r["partner"], r["weight_owed"]) for r in rows],
        }
        wrote(plot_bars(bars, plot, title=f"Alliance ties of {code}, {year} (ATOP)",
                        ylabel="obligation weight", source=source, horizontal=True))  # fmt: skip


def _weights(text: str | None) -> dict[str, float] | None:
    from realpolitik.analysis.alliances import OBLIGATIONS
    from realpolitik.errors import Errors, RealpolitikError

    if not text:
        return None
    out: dict[str, float] = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        key = key.strip().lower()
        if key not in OBLIGATIONS:
            raise RealpolitikError(
                Errors.E907, option="--weights", value=key, choices=", ".join(OBLIGATIONS)
            )
        try:
            out[key] = float(value)
        except ValueError:
            raise RealpolitikError(
                Errors.E907, option="--weights", value=part, choices="OBLIGATION=NUMBER"
            ) from None
    return out


@click.command()
@db_option
@click.option("--dyad", "dyad_", default=None, metavar="A,B", help="A dyad's series.")
@click.option("--state", "state_", default=None, metavar="STATE", help="A state's series.")
@click.option("--measure", default=None,
              help="Dyad: agree, s, kappa, pi, net_cooperation, mean_goldstein, events (default"
              " agree); state: isolation, allies, alliance_weight (default isolation).")  # fmt: skip
@since_until
@vote_options
@click.option("--penalty", type=float, default=None,
              help="Penalty per change (default: 3 log(n) times the noise variance).")  # fmt: skip
@click.option("--min-size", type=click.IntRange(1), default=2, show_default=True,
              help="Shortest segment in years.")  # fmt: skip
@format_option
@plot_option
@click.pass_context
def changepoints(
    ctx: click.Context, db: str | None, dyad_: str | None, state_: str | None,
    measure: str | None, since: str | None, until: str | None, body: str, abstain: float,
    absent: str, merge: str, min_votes: int, issue: tuple[str, ...] | None,
    penalty: float | None, min_size: int, fmt: str, raw: bool, plot: str | None,
) -> None:  # fmt: skip
    """Years where a dyad's or a state's series shifts (mean-shift change points)."""
    from realpolitik.analysis import citation
    from realpolitik.analysis.alignment import vote_citation
    from realpolitik.analysis.changepoint import (
        DYAD_MEASURES,
        STATE_MEASURES,
        dyad_series,
        series_breaks,
        state_series,
    )
    from realpolitik.errors import Errors, RealpolitikError

    if (dyad_ is None) == (state_ is None):
        raise RealpolitikError(Errors.E901, option="--dyad/--state", reason="give exactly one")
    votes = vote_settings(locals())
    with read_store(ctx, db) as store:
        if dyad_ is not None:
            a, _, b = dyad_.partition(",")
            if not b.strip():
                raise RealpolitikError(Errors.E901, option="--dyad", reason="write it as A,B")
            m = measure or "agree"
            if m not in DYAD_MEASURES:
                raise RealpolitikError(Errors.E907, option="--measure", value=m,
                                       choices=", ".join(DYAD_MEASURES))  # fmt: skip
            code_a, code_b = state(a, "--dyad"), state(b, "--dyad")
            voting = m in ("agree", "s", "kappa", "pi")
            series = dyad_series(store, code_a, code_b, measure=m, since=since, until=until,
                                 **(votes if voting else {}))  # fmt: skip
            name = f"{code_a}-{code_b}"
            source = vote_citation(store, **votes) if voting else citation("text")
        else:
            m = measure or "isolation"
            if m not in STATE_MEASURES:
                raise RealpolitikError(Errors.E907, option="--measure", value=m,
                                       choices=", ".join(STATE_MEASURES))  # fmt: skip
            name = state(str(state_), "--state")
            series = state_series(store, name, measure=m, since=since, until=until,
                                  **(votes if m == "isolation" else {}))  # fmt: skip
            source = vote_citation(store, **votes) if m == "isolation" else citation("atop")
    if not series:
        raise RealpolitikError(Errors.E402, what=f"{m} of {name}", since=since or "…",
                               until=until or "…")  # fmt: skip
    rows = series_breaks(series, penalty=penalty, min_size=min_size)
    rows = [{"series": name, "measure": m, **row} for row in rows]
    emit(rows, fmt, fields=("series", "measure", "start", "end", "years", "mean", "shift"),
         source=source, title=f"{name} {m}: {len(rows) - 1} change point(s)", raw=raw)  # fmt: skip
    if plot:
        from realpolitik.charts import plot_lines

        steps = [(r["start"], r["end"], r["mean"]) for r in rows]
        wrote(plot_lines({f"{name} {m}": series}, plot, title=f"{name}: {m} with segment means",
                         ylabel=m, source=source, steps=steps))  # fmt: skip


COMMANDS = [depend, allies, changepoints]
