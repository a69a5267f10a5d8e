"""The dyad-year panel: one row per pair of system members and year, one column per layer.

The table an analyst feeds to a regression (as peacesciencer builds it in R): the rows are the
dyads of the states that were members of the Correlates of War state system in that year
(``system_members``, loaded with ``data load cow-states`` or the starter pack). COW's list ends
with its version (v2016: 2016-12-31); states still members then are carried forward to later
years, and the table's metadata says so. Directed panels hold (a, b) and (b, a); undirected ones
each pair once with a < b (ISO3 order).

Each layer adds its columns, with NULL wherever the layer has no coverage: a year outside the
loaded data, a pair that never both voted. Inside its coverage an absent tie is 0 (no alliance,
no arms deliveries, no exports, no events), never NULL:

* ``agreement``: UN General Assembly agreement (Lijphart: 1 - mean |x - y|) and the number of
  shared roll calls (``analysis.alignment``; the USSR seat is its own series, as in COW).
* ``idealpoint_distance``: |ideal point a - ideal point b| from the stored ideal points.
* ``alliance``: ATOP obligations of a toward b (and, undirected, either way).
* ``arms``: SIPRI TIV delivered a -> b and b -> a.
* ``trade``: exports a -> b and b -> a in USD (``trade_flows``, as loaded: BACI, COW, ...).
* ``events``: events a -> b and b -> a (events table and ICEWS dyad-year counts).
* ``capabilities``: COW NMC CINC, military expenditure and population of a and b.
* ``distance``: minimum distance in km; ``igo``: shared IGO memberships.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from realpolitik._paths import output_path
from realpolitik.analysis._common import citation, window
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    import pandas

    from realpolitik.store import Store

COLUMNS = (
    "agreement",
    "idealpoint_distance",
    "alliance",
    "arms",
    "trade",
    "events",
    "capabilities",
    "distance",
    "igo",
)
MEMBERSHIP = "cow"
SYSTEMS = ("cow", "gw")  # the state system lists whose members are the rows
OBLIGATIONS = ("defense", "offense", "neutrality", "nonaggression", "consultation")
FORMATS = ("parquet", "csv", "jsonl")
_CITE = {
    "agreement": "unvotes",
    "idealpoint_distance": "unvotes",
    "alliance": "atop",
    "arms": "sipri",
    "trade": "trade",
    "events": "text",
    "capabilities": "cow-nmc",
    "distance": "cow-distance",
    "igo": "cow-igo",
}


def parse_columns(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """'agreement,alliance' (or a list; None or 'all': every layer) -> checked layer names."""
    if value is None:
        return COLUMNS
    items = value.split(",") if isinstance(value, str) else list(value)
    names = tuple(dict.fromkeys(i.strip() for i in items if i.strip()))
    if names == ("all",):
        return COLUMNS
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise RealpolitikError(Errors.E450, names=", ".join(unknown), choices=", ".join(COLUMNS))
    return names


def dyad_year_panel(
    store: Store,
    *,
    since: int | str | None = None,
    until: int | str | None = None,
    directed: bool = False,
    columns: str | Sequence[str] | None = None,
    system: str = MEMBERSHIP,
    progress: Callable[[int, int], None] | None = None,
) -> pa.Table:
    """One row per dyad of system members per year in [since, until], with the layers'
    columns (NULL where a layer has no coverage). ``system``: whose list of states makes the
    rows, 'cow' (Correlates of War) or 'gw' (Gleditsch & Ward). The schema metadata names the
    membership source, each layer's coverage and the citations. ``progress(done, total)`` is
    called as each layer starts and once at the end (a long panel joins layer by layer)."""
    layers = parse_columns(columns)
    if system not in SYSTEMS:
        raise RealpolitikError(Errors.E029, value=system)
    first, last = window(since, until)
    con = store.con
    members = f"FROM system_members WHERE system = '{system}'"
    members_last = _scalar(store, f"SELECT max(year) {members}")
    if members_last is None:
        raise RealpolitikError(Errors.E451 if system == "cow" else Errors.E030)
    first = max(first, _scalar(store, f"SELECT min(year) {members}") or first)
    if last > 2100:
        last = max(members_last, _scalar(store, "SELECT year(current_date)") or members_last)
    if first > last:
        raise RealpolitikError(Errors.E402, what="system members", since=first, until=last)
    pair = "a.iso3 <> b.iso3" if directed else "a.iso3 < b.iso3"
    rows_sql = (
        "WITH all_m AS (SELECT iso3, year, min(ccode) AS ccode FROM system_members"  # noqa: S608
        f" WHERE system = '{system}' GROUP BY iso3, year),"
        " m0 AS (SELECT * FROM all_m WHERE year BETWEEN ? AND ?),"
        " carried AS (SELECT s.iso3, CAST(y.range AS INTEGER) AS year, s.ccode FROM all_m s,"
        f" range({max(members_last + 1, first)}, {int(last) + 1}) y WHERE s.year = {members_last}),"
        " m AS (SELECT * FROM m0 UNION ALL SELECT * FROM carried)"
        " SELECT a.year, a.iso3 AS a, b.iso3 AS b, a.ccode AS ccode_a, b.ccode AS ccode_b"
        f" FROM m a JOIN m b ON a.year = b.year AND {pair} ORDER BY 1, 2, 3"
    )
    base = store.arrow(rows_sql, [first, last])
    # Each layer is joined to the rows on its own and its columns are set beside them in
    # row order: one wide join of every layer at once needs several times the memory.
    keys = base.select(["year", "a", "b"]).append_column(
        "i", pa.array(range(base.num_rows), pa.int64())
    )
    con.register("_panel_d", keys)
    registered = ["_panel_d"]
    notes: dict[str, str] = {}
    table = base
    try:
        for done, layer in enumerate(layers):
            if progress is not None:
                progress(done, len(layers))
            part = _LAYERS[layer](store, first, last, registered)
            if part is None:
                notes[layer] = "not loaded: every value is missing"
                empty = store.arrow(
                    "SELECT " + ", ".join(f"NULL::{t} AS {n}" for n, t in _EMPTY[layer])
                )
                for field in empty.schema:
                    table = table.append_column(field.name, pa.nulls(base.num_rows, field.type))
                continue
            cols, join, note = part
            notes[layer] = note
            got = store.arrow(
                f"SELECT {', '.join(cols)} FROM _panel_d d {join} ORDER BY d.i"  # noqa: S608
            )
            if got.num_rows != base.num_rows:  # a layer with two rows for one key
                raise RealpolitikError(
                    Errors.E454, layer=layer, got=got.num_rows, rows=base.num_rows
                )
            for name in got.column_names:
                table = table.append_column(name, got.column(name))
    finally:
        for name in registered:
            con.unregister(name)
    if progress is not None:
        progress(len(layers), len(layers))
    carried = last > members_last
    membership = (
        f"Correlates of War state system membership ({_version(store)})"
        if system == "cow"
        else f"Gleditsch-Ward list of independent states (ending {members_last})"
    )
    if carried:
        membership += f"; members at its end ({members_last}) carried forward to {last}"
    meta = {
        "realpolitik.membership": membership,
        "realpolitik.directed": "true" if directed else "false",
        "realpolitik.years": f"{first}-{last}",
        "realpolitik.layers": json.dumps(notes),
        "realpolitik.citations": json.dumps(
            {"membership": citation(system)} | {layer: _citation(store, layer) for layer in layers}
        ),
    }
    return table.replace_schema_metadata(meta)


def describe(table: pa.Table) -> dict[str, str]:
    """The panel's metadata (membership source, coverage notes, citations) as text."""
    meta = table.schema.metadata or {}
    return {k.decode(): v.decode() for k, v in meta.items() if k.startswith(b"realpolitik.")}


def write_panel(table: pa.Table, path: str | Path, *, fmt: str | None = None) -> Path:
    """Write the panel as Parquet (metadata kept), CSV or JSON Lines, by ``fmt`` or suffix."""
    target = Path(path)
    kind = fmt or target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise RealpolitikError(Errors.E452, path=target, choices=", ".join(FORMATS))
    output_path(target)
    if kind == "parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, target, compression="zstd")
    elif kind == "csv":
        import pyarrow.csv as pcsv

        pcsv.write_csv(table, target)
    else:
        with target.open("w", encoding="utf-8") as handle:
            for batch in table.to_batches(100_000):
                for row in batch.to_pylist():
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return target


def to_pandas(table: pa.Table) -> pandas.DataFrame:
    """The table as a pandas DataFrame (``pip install 'realpolitik[pandas]'``)."""
    try:
        import pandas  # noqa: F401
    except ImportError:
        raise RealpolitikError(Errors.E453) from None
    return table.to_pandas()


# -- layers ---------------------------------------------------------------------------------------
Part = tuple[list[str], str, str] | None


def _scalar(store: Store, sql: str, params: Sequence[Any] = ()) -> int | None:
    rows = store.rows(sql, params)  # all rows: store.value leaves a result open for DuckDB
    return int(rows[0][0]) if rows and rows[0][0] is not None else None


def _version(store: Store) -> str:
    rows = store.rows("SELECT string_agg(DISTINCT 'v' || version, ', ') FROM cow_states")
    return str(rows[0][0]) if rows and rows[0][0] else "version not recorded"


def _coverage(store: Store, sql: str, first: int, last: int) -> tuple[int, int] | None:
    rows = store.rows(sql)
    row = rows[0] if rows else None
    if not row or row[0] is None:
        return None
    lo, hi = max(int(row[0]), first), min(int(row[1]), last)
    return (lo, hi) if lo <= hi else None


def _inside(span: tuple[int, int], value: str) -> str:
    """``value`` inside the covered years, NULL outside (an absent tie there is unknown)."""
    return f"CASE WHEN d.year BETWEEN {span[0]} AND {span[1]} THEN {value} END"


def _agreement(store: Store, first: int, last: int, registered: list[str]) -> Part:
    from realpolitik.analysis.alignment import agreement

    if _scalar(store, "SELECT count(*) FROM un_votes") in (None, 0):
        return None
    scores = agreement(store, since=first, until=last, merge="none", min_votes=1).select(
        ["year", "a", "b", "n", "agree"]
    )
    store.con.register("_panel_agree", scores)
    registered.append("_panel_agree")
    join = (
        "LEFT JOIN _panel_agree ag ON ag.year = d.year AND ag.a = least(d.a, d.b)"
        " AND ag.b = greatest(d.a, d.b)"
    )
    return (
        ["ag.agree AS agreement", "ag.n AS agreement_votes"],
        join,
        ("UN General Assembly roll calls where both voted yes/abstain/no; missing: no shared vote"),
    )


def _idealpoints(store: Store, first: int, last: int, registered: list[str]) -> Part:
    from realpolitik.analysis.idealpoints import MODEL

    if not _scalar(store, "SELECT count(*) FROM ideal_points WHERE model = ?", [MODEL]):
        return None
    succ = "CASE {c} WHEN 'SUN' THEN 'RUS' ELSE {c} END"  # ideal points count the USSR as Russia
    points = (
        "(SELECT iso3, year, avg(ideal_point) AS ideal_point FROM ideal_points"
        f" WHERE model = '{MODEL}' GROUP BY ALL)"
    )
    join = (
        f"LEFT JOIN {points} ipa ON ipa.year = d.year AND ipa.iso3 = {succ.format(c='d.a')}"
        f" LEFT JOIN {points} ipb ON ipb.year = d.year AND ipb.iso3 = {succ.format(c='d.b')}"
    )
    return (
        ["abs(ipa.ideal_point - ipb.ideal_point) AS idealpoint_distance"],
        join,
        ("stored ideal points (realpolitik idealpoints); missing where either has none that year"),
    )


def _alliance(store: Store, first: int, last: int, registered: list[str]) -> Part:
    span = _coverage(store, "SELECT min(year), max(year) FROM alliance_dyad_years", first, last)
    if span is None:
        return None
    flags = ", ".join(f"max(coalesce({o}, 0)) AS {o}" for o in OBLIGATIONS)
    either = ", ".join(f"max({o}) AS {o}" for o in OBLIGATIONS)
    sub = (
        f"(SELECT state_a AS a, state_b AS b, year, {flags} FROM alliance_dyad_years"  # noqa: S608
        f" WHERE year BETWEEN {span[0]} AND {span[1]} GROUP BY ALL)"
    )
    join = f"LEFT JOIN {sub} al ON al.a = d.a AND al.b = d.b AND al.year = d.year"
    # Undirected rows hold an obligation of either state toward the other.
    join += (
        f" LEFT JOIN (SELECT a, b, year, {either} FROM (SELECT * FROM {sub} UNION ALL"
        f" SELECT b, a, year, {', '.join(OBLIGATIONS)} FROM {sub}) GROUP BY ALL) al2"
        " ON al2.a = d.a AND al2.b = d.b AND al2.year = d.year"
    )
    cols = [f"{_inside(span, f'coalesce(al.{o}, 0)')}::TINYINT AS atop_{o}" for o in OBLIGATIONS]
    cols.append(
        f"{_inside(span, 'CAST(greatest(' + ', '.join(f'coalesce(al2.{o}, 0)' for o in OBLIGATIONS) + ') AS TINYINT)')}"
        " AS atop_any"
    )
    return cols, join, f"ATOP directed dyad-years {span[0]}-{span[1]}; a's obligations toward b"


def _arms(store: Store, first: int, last: int, registered: list[str]) -> Part:
    span = _coverage(
        store, "SELECT min(delivery_year), max(delivery_year) FROM arms_transfers", first, last
    )
    if span is None:
        return None
    sub = (
        "(SELECT supplier AS a, recipient AS b, delivery_year AS year, sum(tiv) AS tiv"
        " FROM arms_transfers WHERE tiv IS NOT NULL GROUP BY ALL)"
    )
    join = (
        f"LEFT JOIN {sub} ar1 ON ar1.a = d.a AND ar1.b = d.b AND ar1.year = d.year"
        f" LEFT JOIN {sub} ar2 ON ar2.a = d.b AND ar2.b = d.a AND ar2.year = d.year"
    )
    cols = [
        f"{_inside(span, 'coalesce(ar1.tiv, 0.0)')} AS arms_tiv_ab",
        f"{_inside(span, 'coalesce(ar2.tiv, 0.0)')} AS arms_tiv_ba",
    ]
    return cols, join, f"SIPRI TIV delivered {span[0]}-{span[1]} (millions)"


def _trade(store: Store, first: int, last: int, registered: list[str]) -> Part:
    span = _coverage(store, "SELECT min(year), max(year) FROM trade_flows", first, last)
    if span is None:
        return None
    sub = (
        "(SELECT reporter AS a, partner AS b, year, sum(value) AS value FROM trade_flows"
        " WHERE flow = 'export' AND product IS NULL GROUP BY ALL)"
    )
    join = (
        f"LEFT JOIN {sub} tr1 ON tr1.a = d.a AND tr1.b = d.b AND tr1.year = d.year"
        f" LEFT JOIN {sub} tr2 ON tr2.a = d.b AND tr2.b = d.a AND tr2.year = d.year"
    )
    origins = [str(r[0]) for r in store.rows("SELECT DISTINCT origin FROM trade_flows ORDER BY 1")]
    cols = [
        f"{_inside(span, 'coalesce(tr1.value, 0.0)')} AS exports_ab",
        f"{_inside(span, 'coalesce(tr2.value, 0.0)')} AS exports_ba",
    ]
    return cols, join, f"exports in USD {span[0]}-{span[1]} from trade_flows ({', '.join(origins)})"


def _events(store: Store, first: int, last: int, registered: list[str]) -> Part:
    years = [
        int(r[0])
        for r in store.rows(
            "SELECT DISTINCT year(date) FROM events WHERE date IS NOT NULL"
            " UNION SELECT DISTINCT year FROM event_dyad_years"
        )
        if r[0] is not None and first <= int(r[0]) <= last
    ]
    if not years:
        return None
    sub = (
        "(SELECT a, b, year, sum(n) AS n FROM (SELECT source_country AS a, target_country AS b,"
        " year(date) AS year, count(*) AS n FROM events WHERE source_country IS NOT NULL"
        " AND target_country IS NOT NULL GROUP BY ALL UNION ALL SELECT source_country,"
        " target_country, year, vc + mc + vk + mk FROM event_dyad_years) GROUP BY ALL)"
    )
    covered = ", ".join(str(y) for y in sorted(years))
    join = (
        f"LEFT JOIN {sub} ev1 ON ev1.a = d.a AND ev1.b = d.b AND ev1.year = d.year"
        f" LEFT JOIN {sub} ev2 ON ev2.a = d.b AND ev2.b = d.a AND ev2.year = d.year"
    )
    cols = [
        f"CASE WHEN d.year IN ({covered}) THEN coalesce(ev1.n, 0) END AS events_ab",
        f"CASE WHEN d.year IN ({covered}) THEN coalesce(ev2.n, 0) END AS events_ba",
    ]
    return cols, join, f"events (text, GDELT, ICEWS) in the years that have any: {covered}"


def _capabilities(store: Store, first: int, last: int, registered: list[str]) -> Part:
    if not _scalar(store, "SELECT count(*) FROM state_capabilities"):
        return None
    # Two COW codes of one state in a year (260 and 255 are Germany in 1990): the larger.
    caps = (
        "(SELECT iso3, year, max(cinc) AS cinc, max(milex) AS milex, max(tpop) AS tpop"
        " FROM state_capabilities GROUP BY iso3, year)"
    )
    join = (
        f"LEFT JOIN {caps} ca ON ca.iso3 = d.a AND ca.year = d.year"
        f" LEFT JOIN {caps} cb ON cb.iso3 = d.b AND cb.year = d.year"
    )
    cols = [f"c{s}.{v} AS {v}_{s}" for v in ("cinc", "milex", "tpop") for s in ("a", "b")]
    return cols, join, "COW National Material Capabilities; missing where NMC has no value"


def _distance(store: Store, first: int, last: int, registered: list[str]) -> Part:
    if not _scalar(store, "SELECT count(*) FROM dyad_distances"):
        return None
    dist = (
        "(SELECT state_a, state_b, year, min(mindist_km) AS mindist_km FROM dyad_distances"
        " GROUP BY ALL)"
    )
    join = (
        f"LEFT JOIN {dist} di1 ON di1.state_a = d.a AND di1.state_b = d.b AND di1.year = d.year"
        f" LEFT JOIN {dist} di2 ON di2.state_a = d.b AND di2.state_b = d.a AND di2.year = d.year"
    )
    return (
        ["coalesce(di1.mindist_km, di2.mindist_km) AS mindist_km"],
        join,
        ("minimum distance in km as loaded (cow-distance)"),
    )


def _igo(store: Store, first: int, last: int, registered: list[str]) -> Part:
    if not _scalar(store, "SELECT count(*) FROM igo_dyad_years"):
        return None
    igo = "(SELECT state_a, state_b, year, max(shared) AS shared FROM igo_dyad_years GROUP BY ALL)"
    join = (
        f"LEFT JOIN {igo} ig1 ON ig1.state_a = d.a AND ig1.state_b = d.b AND ig1.year = d.year"
        f" LEFT JOIN {igo} ig2 ON ig2.state_a = d.b AND ig2.state_b = d.a AND ig2.year = d.year"
    )
    return ["coalesce(ig1.shared, ig2.shared) AS igo_shared"], join, "COW IGO shared memberships"


_LAYERS = {
    "agreement": _agreement,
    "idealpoint_distance": _idealpoints,
    "alliance": _alliance,
    "arms": _arms,
    "trade": _trade,
    "events": _events,
    "capabilities": _capabilities,
    "distance": _distance,
    "igo": _igo,
}
_EMPTY: dict[str, list[tuple[str, str]]] = {
    "agreement": [("agreement", "DOUBLE"), ("agreement_votes", "BIGINT")],
    "idealpoint_distance": [("idealpoint_distance", "DOUBLE")],
    "alliance": [(f"atop_{o}", "TINYINT") for o in (*OBLIGATIONS, "any")],
    "arms": [("arms_tiv_ab", "DOUBLE"), ("arms_tiv_ba", "DOUBLE")],
    "trade": [("exports_ab", "DOUBLE"), ("exports_ba", "DOUBLE")],
    "events": [("events_ab", "BIGINT"), ("events_ba", "BIGINT")],
    "capabilities": [(f"{v}_{s}", "DOUBLE") for v in ("cinc", "milex", "tpop") for s in "ab"],
    "distance": [("mindist_km", "DOUBLE")],
    "igo": [("igo_shared", "INTEGER")],
}


def _citation(store: Store, layer: str) -> str:
    if layer == "membership":
        return citation("cow")
    if layer in ("agreement", "idealpoint_distance"):
        from realpolitik.analysis.alignment import vote_citation

        return vote_citation(store)
    if layer == "trade":
        origins = [str(r[0]) for r in store.rows("SELECT DISTINCT origin FROM trade_flows")]
        return " ".join(citation("cow-trade" if o == "cow" else o) for o in origins) or citation(
            "trade"
        )
    return citation(_CITE[layer])
