"""Ideal points: states' foreign-policy positions per year, estimated from UN General Assembly votes.

A Python implementation of the dynamic ordinal item-response model of Bailey, Strezhnev & Voeten
(2017, Journal of Conflict Resolution 61(2): 430-456), fitted by fast alternating Newton steps
(posterior mode, Laplace standard errors) rather than MCMC. See docs/idealpoints.md for the model,
its settings and assumptions. ``estimate(store)`` reads the votes loaded by
``realpolitik data load unga-votes`` and stores one row per state-year in ``ideal_points``;
``fit_dynamic_ordinal_irt`` is the store-free numeric core, for simulated or other roll-call data.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa

from realpolitik.analysis._idealpoints_bridges import bridge_groups, normalise_title
from realpolitik.analysis._idealpoints_model import Result, Settings, fit_dynamic_ordinal_irt
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import Store

__all__ = [
    "CITATION",
    "DEFAULT_STATES",
    "MODEL",
    "Estimate",
    "IdealPoint",
    "Result",
    "Settings",
    "YearValue",
    "alignment",
    "bridge_groups",
    "citation",
    "estimate",
    "export",
    "fit_dynamic_ordinal_irt",
    "ideal_points",
    "idealpoint_distance",
    "normalise_title",
]

MODEL = "bsv2017-dynamic-ordinal-probit"
DEFAULT_STATES = ("USA", "RUS", "CHN", "PRK", "VNM")  # shown and plotted when none are named
BSV = "Bailey, Strezhnev & Voeten (2017), Journal of Conflict Resolution 61(2): 430-456."
CITATION = f"UN Digital Library voting data; model after {BSV}"
ISSUES = ("me", "nu", "di", "hr", "co", "ec")
_VOTE_CODE = {"N": 0, "A": 1, "Y": 2}


@dataclass(frozen=True)
class IdealPoint:
    """One state's position in one year; ``sd`` is its Laplace posterior standard deviation."""

    iso3: str
    year: int
    ideal_point: float
    sd: float
    n_votes: int


@dataclass(frozen=True)
class YearValue:
    """A measure per year, with its standard error where one follows from the ideal points' sd."""

    year: int
    value: float
    se: float | None = None


@dataclass
class Estimate:
    """What ``estimate`` fitted: positions plus counts that say what the fit rests on."""

    points: list[IdealPoint]
    model: str
    since: int
    until: int
    origin: str
    n_rollcalls: int  # contested roll calls used
    n_bridged: int  # of them, roll calls in a bridge group
    n_bridge_groups: int
    iterations: int
    log_posterior: float
    seconds: float
    settings: Settings


def _bounds(since: int | str | None, until: int | str | None) -> tuple[int | None, int | None]:
    """First and last year (ideal points are per whole year: a month or day bound is E903)."""
    from realpolitik.periods import span

    return span(since, until).years(what="ideal points")


def _origin(store: Store, origin: str | None, issues: Sequence[str] = ()) -> str:
    """UN Digital Library resolutions (final passage, as BSV's idealpointfp) when loaded; with
    ``issues`` the source that carries issue codes (unvotes)."""
    if issues:
        for code in issues:
            if code not in ISSUES:
                raise RealpolitikError(
                    Errors.E907, option="--issue", value=code, choices=", ".join(ISSUES)
                )
        with_issues = [
            str(r[0])
            for r in store.rows(
                "SELECT DISTINCT origin FROM un_roll_calls WHERE issue IS NOT NULL ORDER BY 1"
            )
        ]
        if origin is None and with_issues:
            return with_issues[-1]
        if origin not in with_issues:
            raise RealpolitikError(
                Errors.E908, option="--issue", other="these UN votes",
                reason="the loaded roll calls carry no issue codes; load the unvotes roll-call"
                " issues file with `data load unga-votes`",
            )  # fmt: skip
    if origin:
        return origin
    rows = store.rows("SELECT origin, count(*) FROM un_roll_calls WHERE body = 'GA' GROUP BY 1")
    have = {str(r[0]) for r in rows}
    return "undl" if "undl" in have or not have else sorted(have)[0]


def estimate(
    store: Store,
    *,
    since: int | str | None = None,
    until: int | str | None = None,
    settings: Settings | None = None,
    origin: str | None = None,
    issue: Sequence[str] | None = None,
    model: str = MODEL,
    save: bool = True,
    on_iteration: Callable[[int], None] | None = None,
) -> Estimate:
    """Estimate ideal points from the loaded General Assembly votes and store them.

    A stored earlier run of the same ``model`` is replaced. ``origin`` picks the roll-call
    source when both are loaded ('undl' by default, else 'unvotes'); the USSR's seat counts as
    Russia's. ``issue`` keeps roll calls on those unvotes issues (me, nu, di, hr, co, ec; the
    unvotes roll calls then). ``on_iteration(i)`` after each round of the fit (progress bars).
    """
    started = time.perf_counter()
    lo, hi = _bounds(since, until)
    issues = list(issue or ())
    src = _origin(store, origin, issues)
    where_issue = ""
    if issues:
        where_issue = (
            f" AND list_has_any(string_split(r.issue, ','), [{', '.join('?' for _ in issues)}])"
        )
    rows = store.numpy(
        "SELECT r.rcid, r.year, r.symbol, CASE WHEN r.origin = 'unvotes' THEN"  # noqa: S608
        " coalesce(r.description, r.title) ELSE coalesce(r.title, r.description) END AS text,"
        " v.iso3, v.vote FROM un_votes_successor v JOIN un_roll_calls r ON r.rcid = v.rcid"
        " WHERE r.body = 'GA' AND r.origin = ? AND r.year IS NOT NULL"
        f" AND v.vote IN ('Y', 'A', 'N') AND r.year >= ? AND r.year <= ?{where_issue}"
        " ORDER BY r.year, r.rcid",
        [src, lo if lo is not None else -9999, hi if hi is not None else 9999, *issues],
    )
    shown_lo = lo if lo is not None else "the first year"
    shown_hi = hi if hi is not None else "the last year"
    if len(rows["rcid"]) == 0:
        raise RealpolitikError(Errors.E503, since=shown_lo, until=shown_hi)
    rcids, item_idx = np.unique(rows["rcid"].astype(str), return_inverse=True)
    first = np.zeros(len(rcids), dtype=np.int64)
    first[item_idx[::-1]] = np.arange(len(item_idx))[::-1]
    item_year = np.asarray(rows["year"], dtype=np.int64)[first]
    texts = [None if t is None else str(t) for t in np.asarray(rows["text"])[first]]
    symbols = [None if s is None else str(s) for s in np.asarray(rows["symbol"])[first]]
    states, state_idx = np.unique(rows["iso3"].astype(str), return_inverse=True)
    y = np.array([_VOTE_CODE[v] for v in rows["vote"].astype(str)], dtype=np.int64)
    bridges = bridge_groups(texts, symbols, item_year)
    anchor = int(np.flatnonzero(states == "USA")[0]) if "USA" in states else None
    cfg = settings or Settings()
    try:
        fit = fit_dynamic_ordinal_irt(
            state_idx, item_idx, y, item_year, bridges=bridges, n_states=len(states),
            anchor=anchor, settings=cfg, on_iteration=on_iteration,
        )  # fmt: skip
    except RealpolitikError as exc:
        if exc.code in ("E502", "E503"):  # name the state and the asked range
            state = str(exc.kwargs.get("state", ""))
            if state.startswith("#"):
                state = str(states[int(state[1:])])
            raise RealpolitikError(
                Errors.E502 if exc.code == "E502" else Errors.E503,
                **({"state": state} if exc.code == "E502" else {}),
                since=shown_lo,
                until=shown_hi,
            ) from None
        raise
    points = [
        IdealPoint(str(states[s]), int(t), float(v), float(e), int(n))
        for s, t, v, e, n in zip(fit.state, fit.year, fit.theta, fit.sd, fit.n_votes, strict=True)
    ]
    used = fit.item_used
    result = Estimate(
        points=points,
        model=model,
        since=int(item_year.min()),
        until=int(item_year.max()),
        origin=src,
        n_rollcalls=int(used.sum()),
        n_bridged=int((used & (bridges >= 0)).sum()),
        n_bridge_groups=len(np.unique(bridges[used & (bridges >= 0)])),
        iterations=fit.iterations,
        log_posterior=fit.log_posterior,
        seconds=time.perf_counter() - started,
        settings=cfg,
    )
    if save:
        _save(store, result)
    return result


def _save(store: Store, est: Estimate) -> None:
    table = pa.table(
        {
            "iso3": [p.iso3 for p in est.points],
            "year": pa.array([p.year for p in est.points], pa.int32()),
            "ideal_point": [p.ideal_point for p in est.points],
            "sd": [p.sd for p in est.points],
            "n_votes": pa.array([p.n_votes for p in est.points], pa.int32()),
        }
    )
    with store.transaction() as con:
        con.register("_ip_new", table)
        try:
            con.execute("DELETE FROM ideal_points WHERE model = ?", [est.model])
            con.execute(
                "INSERT INTO ideal_points (iso3, year, ideal_point, sd, n_votes, model)"
                " SELECT iso3, year, ideal_point, sd, n_votes, ? FROM _ip_new",
                [est.model],
            )
        finally:
            con.unregister("_ip_new")
        con.execute("DELETE FROM ideal_point_runs WHERE model = ?", [est.model])
        con.execute(
            "INSERT INTO ideal_point_runs (model, since_year, until_year, origin, n_rollcalls,"
            " n_bridged, n_bridge_groups, n_state_years, iterations, log_posterior, seconds,"
            " settings, citation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                est.model,
                est.since,
                est.until,
                est.origin,
                est.n_rollcalls,
                est.n_bridged,
                est.n_bridge_groups,
                len(est.points),
                est.iterations,
                est.log_posterior,
                est.seconds,
                json.dumps(asdict(est.settings)),
                _cite_origin(est.origin),
            ],
        )


# -- reading stored results ---------------------------------------------------------------------


def ideal_points(
    store: Store,
    *,
    states: Sequence[str] | None = None,
    since: int | str | None = None,
    until: int | str | None = None,
    model: str = MODEL,
) -> list[IdealPoint]:
    """Stored ideal points, by state then year (E512 when none are stored for ``model``)."""
    lo, hi = _bounds(since, until)
    sql = (
        "SELECT iso3, year, ideal_point, coalesce(sd, 'NaN'), coalesce(n_votes, 0)"
        " FROM ideal_points WHERE model = ? AND year >= ? AND year <= ?"
    )
    params: list[object] = [model, lo if lo is not None else -9999, hi if hi is not None else 9999]
    if states:
        sql += f" AND iso3 IN ({', '.join('?' for _ in states)})"
        params += [s.upper() for s in states]
    rows = store.rows(sql + " ORDER BY iso3, year", params)
    if not rows and not _has_model(store, model):
        raise RealpolitikError(Errors.E512, model=model)
    return [IdealPoint(str(r[0]), int(r[1]), float(r[2]), float(r[3]), int(r[4])) for r in rows]


def _has_model(store: Store, model: str) -> bool:
    return store.exists("ideal_points", "model = ?", [model])


def _series(store: Store, state: str, model: str) -> dict[int, IdealPoint]:
    points = ideal_points(store, states=[state], model=model)
    if not points:
        raise RealpolitikError(Errors.E401, state=state)
    return {p.year: p for p in points}


def _years(lo: int | None, hi: int | None, *series: dict[int, IdealPoint]) -> list[int]:
    common = set.intersection(*(set(s) for s in series))
    return sorted(y for y in common if (lo is None or y >= lo) and (hi is None or y <= hi))


def idealpoint_distance(
    store: Store,
    a: str,
    b: str,
    *,
    since: int | str | None = None,
    until: int | str | None = None,
    model: str = MODEL,
) -> list[YearValue]:
    """|theta_a - theta_b| per year both states have a position (se from both sd's)."""
    sa, sb = _series(store, a.upper(), model), _series(store, b.upper(), model)
    return [
        YearValue(
            y,
            abs(sa[y].ideal_point - sb[y].ideal_point),
            float(np.hypot(sa[y].sd, sb[y].sd)),
        )
        for y in _years(*_bounds(since, until), sa, sb)
    ]


def alignment(
    store: Store,
    state: str,
    *,
    pole_a: str = "USA",
    pole_b: str = "CHN",
    since: int | str | None = None,
    until: int | str | None = None,
    model: str = MODEL,
) -> list[YearValue]:
    """Position between two poles: (theta - theta_b) / (theta_a - theta_b); 1 = with a, 0 = with b.

    The US and China by default. Values outside [0, 1] mean beyond a pole. The se is the
    delta-method one, from the three states' sd's (independence assumed).
    """
    s = _series(store, state.upper(), model)
    pa_, pb = _series(store, pole_a.upper(), model), _series(store, pole_b.upper(), model)
    out: list[YearValue] = []
    for y in _years(*_bounds(since, until), s, pa_, pb):
        span = pa_[y].ideal_point - pb[y].ideal_point
        if abs(span) < 1e-9:
            continue
        value = (s[y].ideal_point - pb[y].ideal_point) / span
        se = float(np.sqrt(s[y].sd ** 2 + (value * pa_[y].sd) ** 2 + ((1 - value) * pb[y].sd) ** 2))
        out.append(YearValue(y, float(value), se / abs(span)))
    return out


def citation(store: Store, model: str = MODEL) -> str:
    """Whom to cite for the stored positions of ``model``: the vote source its run used."""
    origin = store.value("SELECT origin FROM ideal_point_runs WHERE model = ? LIMIT 1", [model])
    return _cite_origin(str(origin) if origin else None)


def _cite_origin(origin: str | None) -> str:
    from realpolitik.analysis._common import citation as cite

    data = cite(origin) if origin else "UN General Assembly voting data."
    return f"{data} Model after {BSV}"


def export(points: Sequence[IdealPoint], path: str | Path, *, model: str = MODEL) -> Path:
    """Write ideal points to .csv or .parquet (by the file's extension)."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".parquet"):
        raise RealpolitikError(Errors.E514, path=out, suffix=suffix)
    table = pa.table(
        {
            "iso3": [p.iso3 for p in points],
            "year": pa.array([p.year for p in points], pa.int32()),
            "ideal_point": [p.ideal_point for p in points],
            "sd": [p.sd for p in points],
            "n_votes": pa.array([p.n_votes for p in points], pa.int32()),
            "model": [model] * len(points),
        }
    )
    if suffix == ".csv":
        import pyarrow.csv as pacsv

        pacsv.write_csv(table, str(out))
    else:
        import pyarrow.parquet as pq

        pq.write_table(table, str(out))
    return out
