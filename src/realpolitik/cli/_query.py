"""CLI commands that query stored events: events, dyads (alias relations), summary, sql.

Thin twins of ``realpolitik.store.queries``: ``events``, ``dyads``, ``summary`` and ``sql``.
All open the store read-only.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import click

from realpolitik.cli._common import (
    db_option,
    factuality_option,
    format_option,
    origin_option,
    plot_option,
    read_store,
    since_until,
    top_option,
)
from realpolitik.cli._output import emit, wrote

if TYPE_CHECKING:
    from realpolitik.store import Store

EVENT_VIEW = [
    ("date", "date"), ("source_code", "source"), ("target_code", "target"), ("cameo", "cameo"),
    ("plover", "plover"), ("goldstein", "gs"), ("factuality", "factuality"),
    ("evidence_sentence", "evidence"),
]  # fmt: skip
DYAD_VIEW = [
    ("period", "period"), ("source", "source"), ("target", "target"), ("vc", "VC"),
    ("mc", "MC"), ("vk", "VK"), ("mk", "MK"), ("events", "events"),
    ("mean_goldstein", "mean gs"), ("net_cooperation", "net coop"), ("origins", "origins"),
]  # fmt: skip


def _actor(store: Store, value: str, option: str) -> str:
    from realpolitik.actors.states import actor_code

    def stored(code: str) -> bool:
        return store.exists("events", "source_code = ? OR target_code = ?", [code, code])

    return actor_code(value, option=option, known=stored)


def _citation(store: Store, rows: list[dict[str, Any]], column: str) -> str:
    """Whom to cite for the rows shown: the producers of the origins they come from."""
    found = {o for r in rows if r[column] for o in str(r[column]).split(",")}
    if not found:  # no rows, nobody to cite: no look at the store's origins
        return ""
    from realpolitik.analysis.dyads import event_citation
    from realpolitik.store import queries

    return event_citation(store, [o for o in queries.ORIGINS if o in found])


@click.command()
@db_option
@click.option("--actor", default=None, metavar="STATE",
              help="Source or target: a state (code, name, alias, capital) or an actor code"
              " (RUSGOV).")  # fmt: skip
@click.option("--dyad", default=None, metavar="A,B", help="Directed dyad SOURCE,TARGET.")
@since_until
@origin_option
@factuality_option
@format_option
@click.option("--limit", type=click.IntRange(1), default=None, help="At most N events.")
@plot_option
@click.pass_context
def events(
    ctx: click.Context, db: str | None, actor: str | None, dyad: str | None, since: str | None,
    until: str | None, origins: tuple[str, ...], factuality: tuple[str, ...], fmt: str,
    raw: bool, limit: int | None, plot: str | None,
) -> None:  # fmt: skip
    """List stored events with their evidence sentences, oldest first.

    --plot draws events per month by QuadClass.
    """
    from realpolitik.errors import Errors, RealpolitikError
    from realpolitik.store import queries

    if "icews-counts" in origins and len(origins) < 4:  # asked for by name, not by 'all'
        raise RealpolitikError(
            Errors.E908, option="--origin icews-counts", other="events",
            reason="ICEWS dyad-year counts are not event rows; count them with `realpolitik dyads`",
        )  # fmt: skip
    with read_store(ctx, db) as store:
        who = _actor(store, actor, "--actor") if actor else None
        pair = None
        if dyad is not None:
            a, _, b = dyad.partition(",")
            if not a.strip() or not b.strip():
                raise RealpolitikError(
                    Errors.E901, option="--dyad", reason=f"{dyad!r} is not 'A,B'"
                )
            pair = (_actor(store, a, "--dyad"), _actor(store, b, "--dyad"))
        rows = queries.event_rows(
            store, actor=who, dyad=pair, since=since, until=until, origins=origins,
            factuality=factuality, limit=limit,
        )  # fmt: skip
        source = _citation(store, rows, "origin")
    fields = [name for name, _ in queries.EVENT_COLUMNS]
    if fmt == "table":
        from realpolitik.models import shown_date

        shown = [{**r, "date": shown_date(r["date"], r["date_precision"])} for r in rows]
        emit(shown, fmt, fields=fields, columns=EVENT_VIEW, source=source)
    else:
        emit(rows, fmt, fields=fields, source=source, raw=raw)
    if plot:
        from collections import Counter

        from realpolitik.charts import plot_quad_months

        months = Counter(
            (r["date"][:7], r["quad_class"]) for r in rows if r["date"] and r["quad_class"]
        )
        counts = [(m, q, n) for (m, q), n in sorted(months.items())]
        wrote(plot_quad_months(counts, plot, title="Events per month by QuadClass", source=source))


@click.command()
@db_option
@click.argument("a", required=False)
@click.argument("b", required=False)
@since_until
@click.option("--period", type=click.Choice(["all", "year", "month"]), default="all",
              show_default=True, help="One row per dyad for the whole range, or per year or month.")  # fmt: skip
@origin_option
@factuality_option
@click.option("--undirected", is_flag=True, help="Fold A->B and B->A together.")
@top_option(None)
@format_option
@plot_option
@click.pass_context
def dyads(
    ctx: click.Context, db: str | None, a: str | None, b: str | None, since: str | None,
    until: str | None, period: str, origins: tuple[str, ...], factuality: tuple[str, ...],
    undirected: bool, top: int | None, fmt: str, raw: bool, plot: str | None,
) -> None:  # fmt: skip
    """Events per directed dyad: QuadClass counts, mean Goldstein, net cooperation, shares.

    A and B (states: codes, names, aliases, capitals) pick A's dyads or the dyad A-B in both
    directions. Counts the project's own events (asserted and reported by default) and loaded
    GDELT/ICEWS events and counts; shares are of each state's event volume in the period.
    `relations` is the same command. --plot draws net cooperation per period (per dyad with
    --period all).
    """
    from realpolitik.cli._common import state
    from realpolitik.store import queries

    code_a = state(a, "A") if a else None
    code_b = state(b, "B") if b else None
    with read_store(ctx, db) as store:
        rows = queries.dyad_rows(
            store, a=code_a, b=code_b, since=since, until=until, period=period,
            origins=origins, factuality=factuality, directed=not undirected,
        )  # fmt: skip
        source = _citation(store, rows, "origins")
    rows = rows[:top] if top else rows
    view = DYAD_VIEW if period != "all" else [c for c in DYAD_VIEW if c[0] != "period"]
    fields = [name for name, _ in queries.DYAD_COLUMNS]
    emit(rows, fmt, fields=fields, columns=view, source=source, raw=raw)
    if plot:
        _plot_dyads(rows, plot, period, source)


def _plot_dyads(rows: list[dict[str, Any]], path: str, period: str, source: str) -> None:
    from realpolitik.charts import plot_bars, plot_lines

    title = "Net cooperation (VC+MC-VK-MK)/events"
    if period == "all":
        bars = [(f"{r['source']}->{r['target']}", r["net_cooperation"] or 0.0) for r in rows[:30]]
        wrote(plot_bars({"net cooperation": bars}, path, title=title, ylabel="net cooperation",
                        source=source, horizontal=True))  # fmt: skip
        return
    series: dict[str, list[tuple[str, float]]] = {}
    for r in rows:
        if r["net_cooperation"] is not None:
            key = f"{r['source']}->{r['target']}"
            series.setdefault(key, []).append((r["period"], r["net_cooperation"]))
    busiest = dict(sorted(series.items(), key=lambda kv: -len(kv[1]))[:8])
    wrote(plot_lines(busiest, path, title=title, ylabel="net cooperation", source=source))


@click.command()
@db_option
@top_option(10)
@format_option
@click.pass_context
def summary(ctx: click.Context, db: str | None, top: int, fmt: str, raw: bool) -> None:
    """Documents, events per dyad and the strongest ties in the database.

    csv and parquet give the counts as (what, value) rows; jsonl one object with everything.
    """
    from realpolitik.store import queries

    with read_store(ctx, db) as store:
        result = queries.summary(store, top=top)
    if fmt == "jsonl":
        click.echo(json.dumps(result, ensure_ascii=False, default=str))
    elif fmt == "table":
        _print_summary(result)
    else:
        flat = [
            {"what": k, "value": v} for k, v in result.items() if not isinstance(v, list | dict)
        ]
        flat += [{"what": f"events_{k}", "value": v} for k, v in result["by_factuality"].items()]
        emit([{**r, "value": "" if r["value"] is None else str(r["value"])} for r in flat], fmt,
             fields=("what", "value"), raw=raw)  # fmt: skip


def _print_summary(result: dict[str, Any]) -> None:
    span = ""
    if result["first_published"]:
        span = f", published {result['first_published']} to {result['last_published']}"
    click.echo(
        f"{result['documents']} documents ({result['sentences']} sentences{span}); "
        f"{result['events']} events, {result['claims']} claims, "
        f"{result['mentions']} actor mentions."
    )
    if result["by_factuality"]:
        parts = ", ".join(f"{k} {v}" for k, v in result["by_factuality"].items())
        click.echo(f"Events by factuality: {parts}.")
    click.echo("")
    emit(result["top_dyads"], "table", fields=[k for k, _ in DYAD_VIEW], columns=DYAD_VIEW[1:],
         title="Events per directed dyad (asserted, reported)")  # fmt: skip
    click.echo("")
    ties = [("a", "state"), ("b", "state"), ("events", "events"), ("mean_goldstein", "mean gs"),
            ("strength", "|sum gs|"), ("tone", "leans to")]  # fmt: skip
    emit(result["strongest_ties"], "table", fields=[k for k, _ in ties], columns=ties,
         title="Strongest ties (|sum of Goldstein|, both ways)")  # fmt: skip


@click.command()
@db_option
@click.argument("query", required=False)
@click.option("--schema", is_flag=True, help="Print every table and column (Markdown) instead.")
@format_option
@click.pass_context
def sql(ctx: click.Context, db: str | None, query: str | None, schema: bool, fmt: str,
        raw: bool) -> None:  # fmt: skip
    """Run one read-only SQL QUERY (SELECT, WITH, EXPLAIN, DESCRIBE, SHOW) on the store.

    Tables and columns: docs/schema.md or --schema. Example:
    realpolitik sql "SELECT origin, count(*) FROM events GROUP BY 1"
    """
    from realpolitik.errors import Errors, RealpolitikError

    with read_store(ctx, db) as store:
        if schema:
            from realpolitik.store.describe import markdown

            click.echo(markdown(store), nl=False)
            return
        if not query:
            raise RealpolitikError(
                Errors.E901, option="QUERY", reason="give a SQL query or --schema"
            )
        from realpolitik.store import queries

        found = queries.sql(store, query)
    emit(found, fmt, raw=raw)


COMMANDS = [events, dyads, summary, sql]
ALIASES = {"relations": dyads}
