"""``dyad_rows`` and ``tie_rows`` against a plain oracle: QuadClass counts, mean Goldstein, net
cooperation, volume shares, first and last dates and origins per dyad and period, computed in
Python from the events of a real store, with the summaries up to date and stale alike, for
every period, direction, pick of states, date bound, origin and factuality; then the ICEWS
dyad-year counts, which stand in for ICEWS event rows only where none are selected."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date as Date
from pathlib import Path
from typing import Any

import pytest
from row_inserts import insert_rows
from summary_states import shared_readers

from realpolitik.periods import span
from realpolitik.store import Store, queries

STATES = ["RUS", "PRK", "CHN", "USA", "UKR", "JPN"]
EVENT_ORIGINS = ("text", "gdelt", "icews")


def _events(seed: int, n: int) -> list[tuple[Any, ...]]:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        origin = rng.choice(["text", "text", "gdelt", "icews"])
        src = rng.choice([*STATES, None])
        tgt = rng.choice([*STATES, None, src])
        day = None if rng.random() < 0.05 else Date(rng.randint(2016, 2020), rng.randint(1, 12), rng.randint(1, 28))  # fmt: skip
        fact = rng.choice(["asserted", "reported", "negated", "possible", None])
        gold = None if rng.random() < 0.1 else rng.choice([-10.0, -4.4, 0.0, 1.0, 3.4, 7.0])
        quad = rng.choice([1, 2, 3, 4, None])
        rows.append((origin, day, src, tgt, quad, gold, fact if origin == "text" else None))
    return rows


def _insert(store: Store, rows: list[tuple[Any, ...]]) -> None:
    insert_rows(
        store.con,
        "INSERT INTO events (origin, date, source_country, target_country, quad_class,"
        " goldstein, factuality) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _raw(store: Store) -> list[dict[str, Any]]:
    return store.dicts(
        "SELECT origin, date, source_country AS s, target_country AS t, quad_class AS q,"
        " goldstein AS g, factuality AS f FROM events"
    )


def oracle(
    rows: list[dict[str, Any]],
    *,
    a: str | None = None,
    b: str | None = None,
    since: Any = None,
    until: Any = None,
    period: str = "all",
    origins: tuple[str, ...] = EVENT_ORIGINS,
    factuality: tuple[str, ...] | None = ("asserted", "reported"),
    directed: bool = True,
    min_events: int = 1,
) -> list[dict[str, Any]]:
    """What ``dyad_rows`` must give for events rows only (no dyad-year counts)."""
    lo, hi = span(since, until).iso()
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["origin"] not in origins or r["s"] is None or r["t"] is None or r["s"] == r["t"]:
            continue
        if factuality and (r["f"] or "asserted") not in factuality:
            continue
        d = r["date"]
        if (lo or hi or period != "all") and d is None:
            continue
        if (lo and d.isoformat() < lo) or (hi and d.isoformat() > hi):
            continue
        p = {"all": "all", "year": f"{d.year}" if d else "", "month": f"{d:%Y-%m}" if d else ""}
        s, t = (r["s"], r["t"]) if directed else tuple(sorted((r["s"], r["t"])))
        groups[(p[period], s, t)].append(r)
    volume: dict[tuple[str, str], int] = defaultdict(int)
    for (p, s, t), found in groups.items():
        volume[(p, s)] += len(found)
        volume[(p, t)] += len(found)
    out = []
    for (p, s, t), found in groups.items():
        if a and b and {s, t} != {a, b}:
            continue
        if a and not b and a not in (s, t):
            continue
        if len(found) < min_events:
            continue
        quads = [sum(1 for r in found if r["q"] == q) for q in (1, 2, 3, 4)]
        scores = [r["g"] for r in found if r["g"] is not None]
        dates = [r["date"] for r in found if r["date"] is not None]
        out.append({
            "period": p, "source": s, "target": t, "events": len(found),
            "vc": quads[0], "mc": quads[1], "vk": quads[2], "mk": quads[3],
            "mean_goldstein": sum(scores) / len(scores) if scores else None,
            "net_cooperation": (quads[0] + quads[1] - quads[2] - quads[3]) / len(found),
            "share_source": len(found) / volume[(p, s)],
            "share_target": len(found) / volume[(p, t)],
            "first_date": min(dates).isoformat() if dates else None,
            "last_date": max(dates).isoformat() if dates else None,
            "origins": ",".join(sorted({r["origin"] for r in found})),
        })  # fmt: skip
    out.sort(key=lambda r: (r["period"], -r["events"], r["source"], r["target"]))
    return out


def rounded(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: round(v, 9) if isinstance(v, float) else v for k, v in r.items()} for r in rows]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dyad-oracle") / "events.duckdb"
    with Store(path) as store:
        _insert(store, _events(seed=41, n=900))
    return path


def _newer_rows(store: Store) -> None:
    """Rows the summaries do not know yet."""
    _insert(store, _events(seed=42, n=80))


shared_reader, reader = shared_readers(_newer_rows)


CASES: list[dict[str, Any]] = [
    {},
    {"period": "year"},
    {"period": "month"},
    {"directed": False},
    {"directed": False, "period": "year"},
    {"a": "RUS"},
    {"a": "RUS", "b": "PRK"},
    {"a": "CHN", "b": "USA", "period": "year", "directed": False},
    {"since": "2017", "until": "2018"},  # whole years: the summary when fresh
    {"since": "2017-03-05", "until": "2018-10"},  # not whole years: the events
    {"since": 2019, "period": "month"},
    {"until": "2017-12-31", "period": "year"},
    {"origins": ("text",)},
    {"origins": ("gdelt", "icews"), "period": "year"},
    {"factuality": None},
    {"factuality": ("negated", "possible"), "origins": ("text",)},
    {"min_events": 15},
    {"a": "UKR", "min_events": 3, "period": "year"},  # min_events held for A's both roles
    {"a": "RUS", "b": "USA", "min_events": 3, "period": "year"},
]


@pytest.mark.parametrize("kw", CASES, ids=lambda kw: ",".join(f"{k}={v}" for k, v in kw.items()) or "none")  # fmt: skip
def test_dyads_give_the_plain_answer(reader: Store, kw: dict[str, Any]) -> None:
    args = {"origins": EVENT_ORIGINS, **kw}
    want = oracle(_raw(reader), **args)
    assert want, "each case must find dyads, or it proves nothing"
    assert rounded(queries.dyad_rows(reader, **args)) == rounded(want)


@pytest.mark.parametrize("kw", [{}, {"a": "RUS"}, {"a": "JPN", "b": "CHN", "period": "year"}])
def test_without_shares_the_same_counts(reader: Store, kw: dict[str, Any]) -> None:
    args = {"origins": EVENT_ORIGINS, **kw}
    with_shares = rounded(queries.dyad_rows(reader, **args))
    without = rounded(queries.dyad_rows(reader, shares=False, **args))
    assert [r["share_source"] for r in without] == [None] * len(with_shares)
    strip = ("share_source", "share_target")
    assert [{k: v for k, v in r.items() if k not in strip} for r in without] == [
        {k: v for k, v in r.items() if k not in strip} for r in with_shares
    ]


def test_a_states_shares_add_up_to_one(reader: Store) -> None:
    """Every event of RUS with another state is in one of its dyads: shares sum to 1."""
    rows = queries.dyad_rows(reader, a="RUS", origins=EVENT_ORIGINS, period="year")
    years = {r["period"] for r in rows}
    assert len(years) >= 4
    for year in years:
        own = [r["share_source"] if r["source"] == "RUS" else r["share_target"]
               for r in rows if r["period"] == year]  # fmt: skip
        assert sum(own) == pytest.approx(1.0)


def tie_oracle(rows: list[dict[str, Any]], **kw: Any) -> list[dict[str, Any]]:
    lo, hi = span(kw.get("since"), kw.get("until")).iso()
    facts = kw.get("factuality", ("asserted", "reported"))
    sums: dict[tuple[str, str], list[Any]] = defaultdict(list)
    for r in rows:
        if r["s"] is None or r["t"] is None or r["s"] == r["t"]:
            continue
        if facts and (r["f"] or "asserted") not in facts:
            continue
        if (lo or hi) and r["date"] is None:
            continue
        if (lo and r["date"].isoformat() < lo) or (hi and r["date"].isoformat() > hi):
            continue
        sums[(min(r["s"], r["t"]), max(r["s"], r["t"]))].append(r["g"])
    out = []
    for (a, b), scores in sums.items():
        given = [g for g in scores if g is not None]
        total = sum(given)
        out.append({
            "a": a, "b": b, "events": len(scores),
            "mean_goldstein": round(total / len(given), 3) if given else None,
            "strength": round(abs(total), 3), "tone": "cooperation" if total >= 0 else "conflict",
        })  # fmt: skip
    out.sort(key=lambda r: (-r["strength"], -r["events"], r["a"], r["b"]))
    return out[: kw.get("limit", 10)]


@pytest.mark.parametrize(
    "kw",
    [
        {},
        {"limit": 50},
        {"since": "2018", "until": "2019"},
        {"since": "2018-02"},
        {"factuality": None, "limit": 3},
    ],  # fmt: skip
    ids=["default", "all", "whole-years", "from-february", "every-factuality"],
)
def test_ties_give_the_plain_answer(reader: Store, kw: dict[str, Any]) -> None:
    want = tie_oracle(_raw(reader), **kw)
    got = queries.tie_rows(reader, **kw)
    assert len(got) == len(want) and got
    # strengths tie at 3 decimals now and then: compare the ordered values, then the pairs
    assert [r["strength"] for r in got] == pytest.approx([r["strength"] for r in want], abs=2e-3)
    assert {(r["a"], r["b"], r["events"], r["tone"]) for r in got} == {
        (r["a"], r["b"], r["events"], r["tone"]) for r in want
    }


def test_dyad_year_counts_stand_in_only_where_no_icews_rows_are_chosen(tmp_path: Path) -> None:
    """RUS->PRK 2017 has ICEWS event rows and counts: the rows win; USA->CHN 2018 has counts
    only: they are added (no Goldstein, no dates); a year cut by ``since`` drops its counts."""
    path = tmp_path / "counts.duckdb"
    with Store(path) as store:
        _insert(store, [
            ("icews", Date(2017, 3, 1), "RUS", "PRK", 1, 2.0, None),
            ("icews", Date(2017, 4, 1), "RUS", "PRK", 4, -9.0, None),
            ("text", Date(2018, 5, 1), "USA", "CHN", 3, -2.0, "asserted"),
        ])  # fmt: skip
        insert_rows(
            store.con,
            "INSERT INTO event_dyad_years (source_country, target_country, year, vc, mc, vk, mk,"
            " origin) VALUES (?, ?, ?, ?, ?, ?, ?, 'icews-counts')",
            [("RUS", "PRK", 2017, 10, 10, 10, 10), ("USA", "CHN", 2018, 0, 1, 2, 3)],
        )
    for read_only in (True, False):  # fresh summaries, then the events after a write
        with Store(path, read_only=read_only) as store:
            if not read_only:
                _insert(store, [("gdelt", Date(2016, 1, 1), "JPN", "UKR", 2, 1.0, None)])
            rows = {(r["source"], r["target"]): r for r in queries.dyad_rows(store)}
            rus, usa = rows[("RUS", "PRK")], rows[("USA", "CHN")]
            assert (rus["events"], rus["vc"], rus["mk"], rus["origins"]) == (2, 1, 1, "icews")
            assert rus["mean_goldstein"] == pytest.approx(-3.5)
            assert (usa["events"], usa["mc"], usa["vk"], usa["mk"]) == (7, 1, 3, 3)
            assert usa["origins"] == "icews-counts,text"
            assert usa["mean_goldstein"] == pytest.approx(-2.0)  # the counts carry no scores
            # without ICEWS event rows chosen, RUS->PRK's counts stand in
            counts = queries.dyad_rows(store, a="RUS", origins=("icews-counts",))
            assert [(r["events"], r["origins"]) for r in counts] == [(40, "icews-counts")]
            cut = queries.dyad_rows(store, a="USA", since="2018-02-01")  # 2018 not whole
            assert [(r["events"], r["origins"]) for r in cut] == [(1, "text")]
            monthly = queries.dyad_rows(store, a="USA", period="month")
            assert [(r["period"], r["events"]) for r in monthly] == [("2018-05", 1)]
