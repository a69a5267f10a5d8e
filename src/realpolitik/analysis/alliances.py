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

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from realpolitik.analysis._common import Row, choose, state_code, state_name, window
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store import Store

OBLIGATIONS = ("defense", "offense", "neutrality", "nonaggression", "consultation")
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
    weights: Mapping[str, float] | None = None,
    combine: str = "max",
    merge: str = "successors",
) -> list[Row]:
    """Every state bound to ``state`` in ``year``: obligations each way and the tie weight.

    ``owes`` lists what ``state`` promised the partner, ``owed`` what the partner promised it.
    Sorted by weight, strongest first.
    """
    choose("combine", combine, ("max", "sum"))
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    code = state_code(state)
    y = window(year, year)[0]
    if not (store.exists("alliance_dyad_years") or store.exists("alliance_members")):
        raise RealpolitikError(Errors.E310, kind="atop")
    sql, params, basis = _directed_sql(store, y, merge)
    rows = store.rows(
        f"WITH d AS ({sql}) SELECT * FROM d WHERE a = ? OR b = ?",  # noqa: S608
        [*params, code, code],
    )
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
        out.append(
            {
                "state": code,
                "partner": partner,
                "partner_name": state_name(partner),
                "year": y,
                "owes": ",".join(owes),
                "owed": ",".join(owed),
                "weight": _weight(either, w, combine),
                "weight_owes": _weight(dict.fromkeys(owes, 1), w, combine),
                "weight_owed": _weight(dict.fromkeys(owed, 1), w, combine),
                "atopids": ",".join(sorted(slot["atopids"], key=_int_key)),
                "basis": basis,
            }
        )
    out.sort(key=lambda r: (-r["weight"], r["partner"]))
    return out


def _int_key(text: str) -> tuple[int, str]:
    return (int(text), text) if text.isdigit() else (10**9, text)


def alliance_ties(
    store: Store,
    year: int | str,
    weights: Mapping[str, float] | None = None,
    combine: str = "max",
    merge: str = "successors",
) -> list[tuple[str, str, float]]:
    """Undirected weighted ties (a < b, weight) among all states in ``year``, for networks."""
    choose("combine", combine, ("max", "sum"))
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    y = window(year, year)[0]
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
    since: int | str | None = None,
    until: int | str | None = None,
    weights: Mapping[str, float] | None = None,
) -> list[Row]:
    """Per year: number of allies, defense allies and the sum of tie weights (dyad-year table)."""
    w = {**DEFAULT_WEIGHTS, **(weights or {})}
    code = state_code(state)
    first, last = window(since, until)
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
