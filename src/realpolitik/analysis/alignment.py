"""UN voting alignment per dyad-year: agreement, Signorino-Ritter S, Cohen's kappa, Scott's pi.

Votes are coded no = 0, abstain = ``abstain`` (0.5 by default), yes = 1. For a dyad in a year,
over the roll calls where both cast a counted vote (n):

* agreement (Lijphart 1963; Voeten 2000) = 1 - mean |x - y|
* S (Signorino & Ritter 1999) = 1 - 2 * mean |x - y| / d_max, d_max = 1 (yes vs no)
* Cohen's kappa and Scott's pi (Haege 2011) = (p_o - p_e) / (1 - p_e) over the categories
  yes / abstain / no: p_o the share of identical votes, p_e the chance agreement from each
  state's own marginals (kappa) or from the pooled marginals of the two (pi). Where p_e = 1 (both
  always cast the same one vote) the value is 1.

Everything is vectorised: per year one states x roll-calls indicator matrix per category, and one
matrix product gives every dyad's 3 x 3 table of joint votes.

The setting ``REFERENCE`` (General Assembly = symbols starting "A/", year of the resolution date,
the USSR seat counted as Russia and the China seat as one series, roll calls where both voted
yes/abstain/no, abstain = 0.5) is the convention of the published dyad tables the project checks
itself against (``bench/check_measures.py``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
from numpy.typing import NDArray

from realpolitik.analysis._common import Row, choose, citation, one_year, state_code, window
from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import queries

if TYPE_CHECKING:
    from realpolitik.store import Store

Float = NDArray[np.float64]
Int = NDArray[np.int64]

BODIES = ("GA", "SC", "all")
ABSENT = ("exclude", "abstain", "no")
MERGES: dict[str, dict[str, str]] = {
    "none": {},
    "successors": {"SUN": "RUS"},  # the USSR's seat continued by Russia
    "seats": {"SUN": "RUS", "TWN": "CHN"},  # one series per UN seat (China's seat: ROC to 1971)
}
MEASURES = ("agree", "s", "kappa", "pi")
COLUMNS = ("year", "a", "b", "n", "agree", "s", "kappa", "pi", "note")
ISSUES: dict[str, str] = {
    "me": "Palestinian conflict (Middle East)",
    "nu": "nuclear weapons and material",
    "di": "arms control and disarmament",
    "hr": "human rights",
    "co": "colonialism",
    "ec": "economic development",
}
"""The issue codes of the unvotes roll calls (Voeten et al.), for ``issue``."""
MIN_VOTES = 20
ISOLATION_COLUMNS: list[tuple[str, str]] = [
    ("year", "int64"), ("state", "string"), ("mean", "float64"), ("rank", "int64"),
    ("states", "int64"), ("partners", "int64"), ("measure", "string"), ("note", "string"),
]  # fmt: skip


@dataclass(frozen=True)
class VoteOptions:
    """How votes are counted. The defaults: General Assembly, abstain halfway, absences left out."""

    body: str = "GA"  # 'GA', 'SC' or 'all'
    abstain: float = 0.5  # value of an abstention between no (0) and yes (1)
    absent: str = "exclude"  # absent / present-not-voting: 'exclude', 'abstain' or 'no'
    merge: str = "successors"  # 'none', 'successors' (SUN->RUS) or 'seats' (also TWN->CHN)
    origin: str | None = None  # 'undl' or 'unvotes'; None: UN Digital Library if loaded
    min_votes: int = MIN_VOTES  # dyad-years with fewer shared roll calls are left out
    issue: tuple[str, ...] = ()  # only roll calls on these issues (unvotes codes me, nu, ...)

    def checked(self) -> VoteOptions:
        choose("body", self.body, BODIES)
        choose("absent", self.absent, ABSENT)
        choose("merge", self.merge, tuple(MERGES))
        if self.origin is not None:
            choose("origin", self.origin, ("undl", "unvotes"))
        for code in self.issue:
            if code not in ISSUES:
                raise RealpolitikError(
                    Errors.E907, option="--issue", value=code, choices=", ".join(ISSUES)
                )
        if not 0.0 <= self.abstain <= 1.0:
            raise RealpolitikError(
                Errors.E404, name=f"abstain={self.abstain}", choices="a value in [0, 1]"
            )
        return self


# The published convention (see module docstring); the check reproduces its tables to 1e-6.
REFERENCE = VoteOptions(body="GA", abstain=0.5, absent="exclude", merge="seats", min_votes=1)


def agreement(
    store: Store,
    a: str | None = None,
    b: str | None = None,
    *,
    since: int | str | None = None,
    until: int | str | None = None,
    options: VoteOptions | None = None,
    **settings: Any,
) -> pa.Table:
    """Agreement, S, kappa and pi per dyad-year, with the number of shared roll calls.

    ``a`` and ``b`` given: that dyad; ``a`` only: a with every other state; neither: every dyad
    (each unordered pair once, ``a`` < ``b``). ``settings`` override fields of ``options``
    (``body='SC'``, ``abstain=0.5``, ``min_votes=20``, ``issue=('nu',)``, ...). Columns: year,
    a, b, n, agree, s, kappa, pi, note (says when the loaded votes cover only part of the year).
    """
    opts = _options(store, options, settings)
    first, last = window(since, until, what="UN voting alignment")
    code_a = state_code(a, option="A") if a else None
    code_b = state_code(b, option="B") if b else None
    if code_b and not code_a:
        code_a, code_b = code_b, None
    only = [c for c in (code_a, code_b) if c] if code_b else None
    parts: list[dict[str, Any]] = []
    notes = _partial_years(store, opts)
    for year, names, tab in _year_tables(store, opts, first, last, only):
        idx = {n: i for i, n in enumerate(names)}
        if code_a is None:
            i0, i1 = np.triu_indices(len(names), 1)
        elif code_a not in idx:
            continue
        elif code_b is not None:
            if code_b not in idx:
                continue
            i0, i1 = np.array([idx[code_a]]), np.array([idx[code_b]])
        else:
            others = np.array([i for i in range(len(names)) if i != idx[code_a]], dtype=np.int64)
            i0, i1 = np.full(len(others), idx[code_a]), others
        scores = _scores(tab[i0, i1], opts.abstain)
        keep = scores["n"] >= max(opts.min_votes, 1)
        names_arr = pa.array(names, pa.string())
        parts.append(
            {
                "year": np.full(int(keep.sum()), year, dtype=np.int32),
                "a": pc.take(names_arr, pa.array(i0[keep])),
                "b": pc.take(names_arr, pa.array(i1[keep])),
                **{k: v[keep] for k, v in scores.items()},
                "note": pa.array([notes.get(year)] * int(keep.sum()), pa.string()),
            }
        )
    return _concat(parts)


def isolation(
    store: Store,
    state: str | None = None,
    *,
    since: int | str | None = None,
    until: int | str | None = None,
    measure: str = "agree",
    options: VoteOptions | None = None,
    **settings: Any,
) -> pa.Table:
    """Mean agreement with every other voting state per year, and its rank (1 = highest).

    A state ranked near the bottom (rank close to ``states``) votes apart from most members.
    ``state`` None gives every state's rows. Each partner counts once, whatever its votes; a
    partner with fewer than ``min_votes`` shared roll calls that year is left out.
    """
    choose("measure", measure, MEASURES)
    opts = _options(store, options, settings)
    first, last = window(since, until, what="UN voting isolation")
    code = state_code(state, option="STATE") if state else None
    out: list[Row] = []
    notes = _partial_years(store, opts)
    for year, names, tab in _year_tables(store, opts, first, last, None):
        scores = _scores(tab, opts.abstain)
        value = scores[measure]
        valid = (scores["n"] >= max(opts.min_votes, 1)) & ~np.eye(len(names), dtype=bool)
        valid &= ~np.isnan(value)
        partners = valid.sum(axis=1)
        mean = np.where(valid, value, 0.0).sum(axis=1) / np.maximum(partners, 1)
        ranked = partners > 0
        order = np.argsort(-np.where(ranked, mean, -np.inf), kind="stable")
        rank = np.empty(len(names), dtype=np.int64)
        rank[order] = np.arange(1, len(names) + 1)
        count = int(ranked.sum())
        for i, name in enumerate(names):
            if not ranked[i] or (code is not None and name != code):
                continue
            out.append(
                {
                    "year": year,
                    "state": name,
                    "mean": float(mean[i]),
                    "rank": int(rank[i]),
                    "states": count,
                    "partners": int(partners[i]),
                    "measure": measure,
                    "note": notes.get(year),
                }
            )
    if code is not None and not out:
        raise RealpolitikError(Errors.E402, what=f"UN votes of {code}", since=first, until=last)
    return queries.table(out, ISOLATION_COLUMNS)


def partners(
    store: Store,
    state: str,
    year: int | str,
    *,
    measure: str = "agree",
    top: int | None = None,
    options: VoteOptions | None = None,
    **settings: Any,
) -> pa.Table:
    """A state's voting partners in one year, closest first (by ``measure``), with ``rank``."""
    choose("measure", measure, MEASURES)
    y = one_year(year)
    table = agreement(store, state, None, since=y, until=y, options=options, **settings)
    rows = sorted(table.to_pylist(), key=lambda r: -_num(r[measure]))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    kept = rows[:top] if top else rows
    return pa.Table.from_pylist(kept, schema=table.schema.append(pa.field("rank", pa.int64())))


def vote_citation(store: Store, options: VoteOptions | None = None, **settings: Any) -> str:
    """Whom to cite for results from the UN votes these options select (the source used)."""
    opts = _options(store, options, settings)
    return citation(_origin(store, opts))


# -- internals -----------------------------------------------------------------------------------
def _num(value: Any) -> float:
    return float(value) if value is not None and value == value else float("-inf")


def _options(store: Store, options: VoteOptions | None, settings: dict[str, Any]) -> VoteOptions:
    base = asdict(options or VoteOptions())
    unknown = set(settings) - set(base)
    if unknown:
        raise RealpolitikError(
            Errors.E404, name=", ".join(sorted(unknown)), choices=", ".join(base)
        )
    base.update({k: v for k, v in settings.items() if v is not None})
    base["issue"] = tuple(base["issue"] or ())
    opts = VoteOptions(**base).checked()
    if opts.issue:
        with_issues = [
            str(r[0])
            for r in store.rows(
                "SELECT DISTINCT origin FROM un_roll_calls WHERE issue IS NOT NULL ORDER BY 1"
            )
        ]
        if opts.origin is None and with_issues:
            opts = VoteOptions(**{**asdict(opts), "issue": opts.issue, "origin": with_issues[-1]})
        elif opts.origin not in with_issues:
            raise RealpolitikError(
                Errors.E908, option="--issue", other="these UN votes",
                reason="the loaded roll calls carry no issue codes; load the unvotes roll-call"
                " issues file (unvotes_roll_call_issues.csv) with `data load unga-votes`",
            )  # fmt: skip
    return opts


def _origin(store: Store, opts: VoteOptions) -> str:
    """The roll-call source used: ``opts.origin``, else the UN Digital Library if loaded."""
    if opts.origin:
        return opts.origin
    rows = store.rows(
        "SELECT origin, count(*) FROM un_roll_calls GROUP BY 1 ORDER BY origin = 'undl' DESC"
    )
    return str(rows[0][0]) if rows else "undl"


def _partial_years(store: Store, opts: VoteOptions) -> dict[int, str]:
    """{year: note} for a last year the loaded votes cover only in part (before December)."""
    body = "" if opts.body == "all" else " AND body = ?"
    params: list[Any] = [_origin(store, opts)] + ([opts.body] if opts.body != "all" else [])
    last = store.value(
        f"SELECT max(date) FROM un_roll_calls WHERE origin = ?{body}",  # noqa: S608
        params,
    )
    if last is None or last.month >= 12:
        return {}
    count = store.value(
        f"SELECT count(*) FROM un_roll_calls WHERE origin = ?{body} AND year = ?",  # noqa: S608
        [*params, last.year],
    )
    return {
        last.year: f"partial year: the loaded votes end {last.isoformat()}"
        f" ({count} roll call(s) that year)"
    }


def _load(
    store: Store, opts: VoteOptions, first: int, last: int, only: list[str] | None
) -> pa.Table:
    """Counted votes (year, rcid, iso3, code 0/1/2) sorted by year, as an Arrow table."""
    merge = MERGES[opts.merge]
    case = "v.iso3"
    params: list[Any] = []
    if merge:
        case = "CASE v.iso3 " + " ".join("WHEN ? THEN ?" for _ in merge) + " ELSE v.iso3 END"
        for old, new in merge.items():
            params += [old, new]
    absent = {"exclude": "NULL", "abstain": "1", "no": "0"}[opts.absent]
    body = "" if opts.body == "all" else "AND r.body = ?"
    if opts.issue:
        marks = ", ".join("?" for _ in opts.issue)
        body += f" AND list_has_any(string_split(r.issue, ','), [{marks}])"
    sql = (
        f"SELECT r.year, v.rcid, {case} AS iso3,"  # noqa: S608
        f" CASE v.vote WHEN 'N' THEN 0 WHEN 'A' THEN 1 WHEN 'Y' THEN 2 ELSE {absent} END AS code"
        " FROM un_votes v JOIN un_roll_calls r ON r.rcid = v.rcid"
        f" WHERE r.origin = ? AND r.year BETWEEN ? AND ? {body}"
    )
    params += [_origin(store, opts), first, last]
    if opts.body != "all":
        params.append(opts.body)
    params += list(opts.issue)
    outer = "SELECT * FROM (" + sql + ") WHERE code IS NOT NULL"
    if only:
        outer += " AND iso3 IN (" + ", ".join("?" for _ in only) + ")"
        params += only
    return store.arrow(outer + " ORDER BY year", params)


def _year_tables(
    store: Store, opts: VoteOptions, first: int, last: int, only: list[str] | None
) -> Iterator[tuple[int, list[str], Float]]:
    """Per year: the voting states (sorted) and every pair's 3 x 3 table, shape (s, s, 3, 3)."""
    table = _load(store, opts, first, last, only)
    if table.num_rows == 0:
        return
    years = table.column("year").to_numpy().astype(np.int64)
    rc = pc.dictionary_encode(table.column("rcid")).combine_chunks()
    rc_idx = rc.indices.to_numpy().astype(np.int64)
    st = pc.dictionary_encode(table.column("iso3")).combine_chunks()
    dictionary = st.dictionary.to_pylist()
    order = sorted(range(len(dictionary)), key=dictionary.__getitem__)
    alphabetical = np.empty(len(order), dtype=np.int64)
    alphabetical[order] = np.arange(len(order))
    st_idx = alphabetical[st.indices.to_numpy().astype(np.int64)]  # codes in alphabetical order
    st_names = [dictionary[i] for i in order]
    code = table.column("code").to_numpy().astype(np.int64)
    bounds = np.flatnonzero(np.diff(years)) + 1
    starts = np.concatenate([[0], bounds])
    ends = np.concatenate([bounds, [len(years)]])
    for lo, hi in zip(starts, ends, strict=True):
        present, local_st = np.unique(st_idx[lo:hi], return_inverse=True)
        _, local_rc = np.unique(rc_idx[lo:hi], return_inverse=True)
        s, r = len(present), int(local_rc.max()) + 1
        ind = np.zeros((3, s, r), dtype=np.float64)
        ind[code[lo:hi], local_st, local_rc] = 1.0
        flat = ind.reshape(3 * s, r)
        joint = (flat @ flat.T).reshape(3, s, 3, s).transpose(1, 3, 0, 2)
        yield int(years[lo]), [str(st_names[i]) for i in present], joint


def _scores(tab: Float, abstain: float) -> dict[str, Float]:
    """Scores from joint-vote tables (..., 3, 3); categories in the order no, abstain, yes."""
    values = np.array([0.0, abstain, 1.0])
    dist = np.abs(values[:, None] - values[None, :])
    n = tab.sum(axis=(-2, -1))
    with np.errstate(divide="ignore", invalid="ignore"):
        mean_dist = (tab * dist).sum(axis=(-2, -1)) / n
        p_o = np.trace(tab, axis1=-2, axis2=-1) / n
        row = tab.sum(axis=-1) / n[..., None]
        col = tab.sum(axis=-2) / n[..., None]
        p_e_kappa = (row * col).sum(axis=-1)
        pooled = (row + col) / 2.0
        p_e_pi = (pooled * pooled).sum(axis=-1)
        kappa = _chance_corrected(p_o, p_e_kappa)
        pi = _chance_corrected(p_o, p_e_pi)
    return {
        "n": n.astype(np.int64),
        "agree": 1.0 - mean_dist,
        "s": 1.0 - 2.0 * mean_dist,
        "kappa": kappa,
        "pi": pi,
    }


def _chance_corrected(p_o: Float, p_e: Float) -> Float:
    denominator = 1.0 - p_e
    safe = np.where(np.abs(denominator) < 1e-12, 1.0, denominator)
    out = (p_o - p_e) / safe
    return np.where(np.abs(denominator) < 1e-12, np.where(p_o >= 1.0 - 1e-12, 1.0, np.nan), out)


def _concat(parts: list[dict[str, Any]]) -> pa.Table:
    schema = pa.schema(
        [
            ("year", pa.int32()),
            ("a", pa.string()),
            ("b", pa.string()),
            ("n", pa.int64()),
            ("agree", pa.float64()),
            ("s", pa.float64()),
            ("kappa", pa.float64()),
            ("pi", pa.float64()),
            ("note", pa.string()),
        ]
    )
    if not parts:
        return schema.empty_table()
    columns = {
        name: pa.concat_arrays([pa.array(p[name], from_pandas=True) for p in parts])
        if not isinstance(parts[0][name], pa.Array)
        else pa.concat_arrays([p[name] for p in parts])
        for name in COLUMNS
    }
    return pa.table(columns, schema=schema)
