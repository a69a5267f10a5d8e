"""Alliance ties (ATOP): who is bound to whom in a year, how, and how strongly.

ATOP codes five obligations a member takes on toward another: defense (come to its aid if
attacked), offense (join it in war), neutrality (stay out of a war against it), non-aggression
(not attack it) and consultation (consult in a crisis). A tie's weight is the weight of its
strongest obligation in either direction, with the default weights

    defense 1.0, offense 0.8, neutrality 0.5, nonaggression 0.4, consultation 0.3

(an option: pass ``weights``; ``combine='sum'`` adds the weights of every obligation instead,
capped at nothing). The directed dyad-year table is used where it covers the year, else the
member-level file (pairs of members of one alliance active that year). The USSR's ties count as
Russia's with ``merge='successors'`` (default), as in the UN votes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from realpolitik.analysis._common import Row, choose, one_year, state_code, state_name, window
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import queries

if TYPE_CHECKING:
    import pyarrow as pa

    from realpolitik.store import Store

OBLIGATIONS = ("defense", "offense", "neutrality", "nonaggression", "consultation")
TYPES: dict[str, str] = {
    "defense": "defense", "offense": "offense", "neutral": "neutrality",
    "neutrality": "neutrality", "nonagg": "nonaggression", "nonaggression": "nonaggression",
    "consult": "consultation", "consultation": "consultation",
}  # fmt: skip
"""Obligation names for ``types``: ATOP's short names (neutral, nonagg, consult) or ours."""
ALLY_COLUMNS: list[tuple[str, str]] = [
    ("state", "string"), ("partner", "string"), ("partner_name", "string"), ("year", "int64"),
    ("defense", "bool"), ("owes", "string"), ("owed", "string"), ("weight", "float64"),
    ("weight_owes", "float64"), ("weight_owed", "float64"), ("atopids", "string"),
    ("alliances", "string"), ("basis", "string"),
]  # fmt: skip
DEFAULT_WEIGHTS: dict[str, float] = {
    "defense": 1.0,
    "offense": 0.8,
    "neutrality": 0.5,
    "nonaggression": 0.4,
    "consultation": 0.3,
}
_MERGE = {"none": {}, "successors": {"SUN": "RUS"}}


def _code(column: str, merge: str) -> str:
    mapping = _MERGE[choose("merge", merge, tuple(_MERGE))]
    if not mapping:
        return column
    cases = " ".join(f"WHEN '{old}' THEN '{new}'" for old, new in mapping.items())
    return f"CASE {column} {cases} ELSE {column} END"


def _directed_sql(store: Store, year: int, merge: str) -> tuple[str, list[Any], str]:
    """SQL for directed obligations in ``year``: (a, b, five flags, atopids), and its basis."""
    flags = ", ".join(f"max(coalesce({o}, 0)) AS {o}" for o in OBLIGATIONS)
    if store.exists("alliance_dyad_years", "year = ?", [year]):
        a, b = _code("state_a", merge), _code("state_b", merge)
        sql = (
            f"SELECT {a} AS a, {b} AS b, {flags},"  # noqa: S608
            " string_agg(DISTINCT atopids, ',') AS atopids FROM alliance_dyad_years"
            f" WHERE year = ? AND {a} <> {b} GROUP BY ALL"
        )
        return sql, [year], "atop dyad-year"
    m1, m2 = _code("m1.iso3", merge), _code("m2.iso3", merge)
    flags = ", ".join(f"max(coalesce(m1.{o}, 0)) AS {o}" for o in OBLIGATIONS)
    sql = (
        f"SELECT {m1} AS a, {m2} AS b, {flags},"  # noqa: S608
        " string_agg(DISTINCT CAST(m1.atopid AS VARCHAR), ',') AS atopids"
        " FROM alliance_members m1 JOIN alliance_members m2 ON m1.atopid = m2.atopid"
        " WHERE ? BETWEEN coalesce(m1.year_start, 0) AND coalesce(m1.year_end, 9999)"
        " AND ? BETWEEN coalesce(m2.year_start, 0) AND coalesce(m2.year_end, 9999)"
        f" AND {m1} <> {m2} GROUP BY ALL"
    )
    return sql, [year, year], "atop member-level"


def _weight(flags: Mapping[str, Any], weights: Mapping[str, float], combine: str) -> float:
    present = [weights.get(o, 0.0) for o in OBLIGATIONS if flags.get(o)]
    if not present:
        return 0.0
    return sum(present) if combine == "sum" else max(present)


def allies(
    store: Store,
    state: str,
    year: int | str,
    *,
    weights: Mapping[str, float] | None = None,
    combine: str = "max",
    merge: str = "successors",
    types: Sequence[str] | None = None,
) -> pa.Table:
    """Every state bound to ``state`` in ``year``: obligations each way and the tie weight.

    ``owes`` lists what ``state`` promised the partner, ``owed`` what the partner promised it;
    ``atopids`` the ATOP alliances behind the tie and ``alliances`` what they are (ATOP
    publishes no names: members and years, when the alliance-level file is loaded). Defence
    pacts first, then by weight. ``types`` keeps partners bound by one of these obligations
    (defense, offense, neutral, nonagg, consult). A year outside the loaded ATOP years is E910.
    """
    choose("combine", combine, ("max", "sum"))
    wanted = {_type(t) for t in types or ()}
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    code = state_code(state, option="STATE")
    y = one_year(year)
    if not (store.exists("alliance_dyad_years") or store.exists("alliance_members")):
        raise RealpolitikError(Errors.E310, kind="atop")
    check_coverage(store, y)
    sql, params, basis = _directed_sql(store, y, merge)
    rows = store.rows(
        f"WITH d AS ({sql}) SELECT * FROM d WHERE a = ? OR b = ?",  # noqa: S608
        [*params, code, code],
    )
    labels = _labels(store, code)
    names = ["a", "b", *OBLIGATIONS, "atopids"]
    by_partner: dict[str, dict[str, Any]] = {}
    for raw in rows:
        rec = dict(zip(names, raw, strict=True))
        outgoing = rec["a"] == code
        partner = str(rec["b"] if outgoing else rec["a"])
        slot = by_partner.setdefault(partner, {"owes": {}, "owed": {}, "atopids": set()})
        slot["owes" if outgoing else "owed"] = rec
        if rec["atopids"]:
            slot["atopids"].update(str(rec["atopids"]).split(","))
    out: list[Row] = []
    for partner, slot in by_partner.items():
        owes = [o for o in OBLIGATIONS if slot["owes"].get(o)]
        owed = [o for o in OBLIGATIONS if slot["owed"].get(o)]
        if not owes and not owed:
            continue
        either = {o: (o in owes or o in owed) for o in OBLIGATIONS}
        if wanted and not any(either[o] for o in wanted):
            continue
        ids = sorted(slot["atopids"], key=_int_key)
        out.append(
            {
                "state": code,
                "partner": partner,
                "partner_name": state_name(partner),
                "year": y,
                "defense": either["defense"],
                "owes": ",".join(owes),
                "owed": ",".join(owed),
                "weight": _weight(either, w, combine),
                "weight_owes": _weight(dict.fromkeys(owes, 1), w, combine),
                "weight_owed": _weight(dict.fromkeys(owed, 1), w, combine),
                "atopids": ",".join(ids),
                "alliances": "; ".join(labels.get(i, f"ATOP {i}") for i in ids),
                "basis": basis,
            }
        )
    out.sort(key=lambda r: (not r["defense"], -r["weight"], r["partner"]))
    return queries.table(out, ALLY_COLUMNS)


def coverage(store: Store) -> tuple[int, int | None] | None:
    """First and last year the loaded ATOP data cover (None: open-ended), or None if none.

    From the load log (the years of each loaded file) where there is one, else from the
    tables: dyad-years, and member-level alliances (an alliance without an end is open).
    """
    row = store.row(
        "SELECT min(min_year), max(max_year) FROM dataset_loads WHERE kind = 'atop'"
        " AND min_year IS NOT NULL"
    )
    if row and row[0] is not None:
        return int(row[0]), int(row[1])
    spans: list[tuple[int, int | None]] = []
    row = store.row("SELECT min(year), max(year) FROM alliance_dyad_years")
    if row and row[0] is not None:
        spans.append((int(row[0]), int(row[1])))
    row = store.row(
        "SELECT min(year_start), max(year_end), count(*) FILTER (WHERE year_end IS NULL)"
        " FROM alliance_members"
    )
    if row and row[0] is not None:
        spans.append((int(row[0]), None if row[2] or row[1] is None else int(row[1])))
    if not spans:
        return None
    ends = [e for _, e in spans]
    return min(s for s, _ in spans), None if None in ends else max(e for e in ends if e is not None)


def check_coverage(store: Store, year: int) -> None:
    """E910 when ``year`` lies outside the loaded ATOP years (never an empty result)."""
    covered = coverage(store)
    if covered is None:
        return
    first, last = covered
    if year < first or (last is not None and year > last):
        raise RealpolitikError(
            Errors.E910, what="alliances", year=year, dataset="ATOP", first=first,
            last=last if last is not None else "today",
        )  # fmt: skip


def _type(name: str) -> str:
    key = name.strip().lower()
    if key not in TYPES:
        raise RealpolitikError(
            Errors.E907, option="--type", value=name,
            choices="defense, offense, neutral, nonagg, consult",
        )  # fmt: skip
    return TYPES[key]


def _labels(store: Store, code: str) -> dict[str, str]:
    """ATOP id -> 'members (start-end)' from the alliance-level table, where loaded."""
    out: dict[str, str] = {}
    for atopid, start, end, members in store.rows(
        "SELECT atopid, min(year_start), max(year_end), any_value(members) FROM alliances"
        " GROUP BY atopid"
    ):
        names = [m for m in str(members or "").split(",") if m]
        shown = ", ".join(names[:4]) + (f" +{len(names) - 4}" if len(names) > 4 else "")
        span = f"{start or '?'}–{end or ''}"
        out[str(atopid)] = (
            f"ATOP {atopid}: {shown} ({span})" if shown else f"ATOP {atopid} ({span})"
        )
    return out


def _int_key(text: str) -> tuple[int, str]:
    return (int(text), text) if text.isdigit() else (10**9, text)


def alliance_ties(
    store: Store,
    year: int | str,
    *,
    weights: Mapping[str, float] | None = None,
    combine: str = "max",
    merge: str = "successors",
) -> list[tuple[str, str, float]]:
    """Undirected weighted ties (a < b, weight) among all states in ``year``, for networks."""
    choose("combine", combine, ("max", "sum"))
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    y = one_year(year)
    sql, params, _ = _directed_sql(store, y, merge)
    flags = ", ".join(f"max({o}) AS {o}" for o in OBLIGATIONS)
    rows = store.rows(
        f"WITH d AS ({sql}) SELECT least(a, b), greatest(a, b), {flags}"  # noqa: S608
        " FROM d GROUP BY ALL ORDER BY 1, 2",
        params,
    )
    out = []
    for raw in rows:
        weight = _weight(dict(zip(OBLIGATIONS, raw[2:], strict=True)), w, combine)
        if weight > 0:
            out.append((str(raw[0]), str(raw[1]), weight))
    return out


def alliance_series(
    store: Store,
    state: str,
    *,
    since: int | str | None = None,
    until: int | str | None = None,
    weights: Mapping[str, float] | None = None,
) -> list[Row]:
    """Per year: number of allies, defense allies and the sum of tie weights (dyad-year table)."""
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    code = state_code(state, option="STATE")
    first, last = window(since, until, what="alliance ties")
    a, b = _code("state_a", "successors"), _code("state_b", "successors")
    flags = ", ".join(f"max(coalesce({o}, 0)) AS {o}" for o in OBLIGATIONS)
    weight = "greatest(" + ", ".join(f"{o} * {float(w[o])!r}" for o in OBLIGATIONS) + ")"
    rows = store.rows(
        f"WITH d AS (SELECT year, CASE WHEN {a} = ? THEN {b} ELSE {a} END AS partner,"  # noqa: S608
        f" {flags} FROM alliance_dyad_years WHERE ({a} = ? OR {b} = ?) AND {a} <> {b}"
        " AND year BETWEEN ? AND ? GROUP BY ALL)"
        f" SELECT year, count(*), count(*) FILTER (WHERE defense = 1), sum({weight})"
        " FROM d GROUP BY year ORDER BY year",
        [code, code, code, first, last],
    )
    return [
        {"state": code, "year": int(r[0]), "allies": int(r[1]), "defense": int(r[2]),
         "weight": float(r[3] or 0.0)}
        for r in rows
    ]  # fmt: skip


def dyad_obligations(
    store: Store,
    a: str,
    b: str,
    *,
    since: int | str | None = None,
    until: int | str | None = None,
    weights: Mapping[str, float] | None = None,
) -> list[Row]:
    """Per year (dyad-year table): the obligations a owes b and b owes a, and the tie weight."""
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    code_a, code_b = state_code(a), state_code(b)
    first, last = window(since, until)
    sa, sb = _code("state_a", "successors"), _code("state_b", "successors")
    flags = ", ".join(f"max(coalesce({o}, 0)) AS {o}" for o in OBLIGATIONS)
    rows = store.rows(
        f"SELECT year, {sa} = ? AS outgoing, {flags} FROM alliance_dyad_years"  # noqa: S608
        f" WHERE (({sa} = ? AND {sb} = ?) OR ({sa} = ? AND {sb} = ?)) AND year BETWEEN ? AND ?"
        " GROUP BY ALL ORDER BY year",
        [code_a, code_a, code_b, code_b, code_a, first, last],
    )
    by_year: dict[int, dict[str, list[str]]] = {}
    for year, outgoing, *values in rows:
        slot = by_year.setdefault(int(year), {"owes": [], "owed": []})
        slot["owes" if outgoing else "owed"] = [
            o for o, v in zip(OBLIGATIONS, values, strict=True) if v
        ]
    return [
        {
            "year": year,
            "a": code_a,
            "b": code_b,
            "owes": ",".join(slot["owes"]),
            "owed": ",".join(slot["owed"]),
            "weight": _weight(dict.fromkeys(slot["owes"] + slot["owed"], 1), w, "max"),
        }
        for year, slot in sorted(by_year.items())
    ]
