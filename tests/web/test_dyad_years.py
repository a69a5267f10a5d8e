"""The server's dyad-year tables answer exactly as the dyad query and as plain SQL over the
events: every pair, every state-year, from the summaries and from the events themselves.

The store is a real DuckDB file with events of every origin, factuality and kind of actor
(government codes, domestic events, one-sided events, undated ones) and ICEWS dyad-year
counts that overlap some ICEWS event rows, so that each rule of the dyad query is exercised.
"""

from __future__ import annotations

import json
import math
import random
import shutil
import threading
import urllib.request
from collections.abc import Iterator
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest
from row_inserts import insert_rows

from realpolitik.analysis.dyads import ORIGINS, event_dyads
from realpolitik.store import Store
from realpolitik.web import make_dashboard_server, url_of
from realpolitik.web._api_dyad import EVENT_SOURCES
from realpolitik.web._dyad_years import DyadYears, dyad_years

STATES = ["CHN", "IND", "PRK", "RUS", "UKR", "USA", "VNM"]
YEARS = range(2019, 2024)
GROUPS = [ORIGINS, *(origins for _, origins, _ in EVENT_SOURCES)]


def _build(path: Path) -> Path:
    rng = random.Random(11)
    rows: list[tuple[Any, ...]] = []
    for i in range(4000):
        origin = rng.choice(["text", "gdelt", "gdelt", "icews"])
        src = rng.choice([*STATES, None]) if rng.random() < 0.05 else rng.choice(STATES[:5])
        tgt = rng.choice(STATES)
        code = f"{src}GOV" if src and rng.random() < 0.2 else src
        quad = rng.randint(1, 4)
        goldstein = None if rng.random() < 0.1 else round(rng.uniform(-10, 10), 1)
        date = None if rng.random() < 0.02 else f"{rng.choice(YEARS)}-{rng.randint(1, 12):02d}-15"
        fact = (
            rng.choice(["asserted", "reported", "possible", "negated"])
            if origin == "text"
            else None
        )
        rows.append((origin, date, code, src, tgt, tgt, quad, goldstein, fact, f"x{i}"))
    with Store(path) as store:
        insert_rows(
            store.con,
            "INSERT INTO events (origin, date, source_code, source_country, target_code,"
            " target_country, quad_class, goldstein, factuality, external_id, cameo)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '040')",
            rows,
        )
        counts = [(s, t, y, rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 9),
                   rng.randint(0, 9)) for s, t in combinations(STATES, 2) for y in (2018, 2021)]  # fmt: skip
        insert_rows(
            store.con,
            "INSERT INTO event_dyad_years (source_country, target_country, year, vc, mc, vk, mk,"
            " origin) VALUES (?, ?, ?, ?, ?, ?, ?, 'icews-counts')",
            counts,
        )
    return path


def same(one: list[dict[str, Any]], other: list[dict[str, Any]]) -> bool:
    """Equal rows, floats to 1e-9 (sums of Goldstein scores may differ in the last bits with
    the order DuckDB's threads add them in)."""
    if len(one) != len(other):
        return False
    for x, y in zip(one, other, strict=True):
        if x.keys() != y.keys():
            return False
        for k, v in x.items():
            w = y[k]
            if isinstance(v, float) and isinstance(w, float):
                if not math.isclose(v, w, rel_tol=1e-9, abs_tol=1e-9):
                    return False
            elif v != w:
                return False
    return True


@pytest.fixture(scope="module")
def dyad_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("dyad_years") / "dyads.duckdb")


@pytest.fixture(scope="module")
def stale_db(dyad_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same store whose summaries are marked out of date: queries read the events."""
    copy = tmp_path_factory.mktemp("stale") / "stale.duckdb"
    shutil.copy(dyad_db, copy)
    with Store(copy) as store:
        store.con.execute("DELETE FROM summary_builds")
        store.close(refresh=False)
    return copy


def _tables(path: Path) -> Iterator[tuple[Store, dict[tuple[str, ...], DyadYears]]]:
    with Store(path, read_only=True) as store:
        yield store, {origins: dyad_years(store, origins) for origins in GROUPS}


@pytest.fixture(scope="module")
def fresh(dyad_db: Path) -> Iterator[tuple[Store, dict[tuple[str, ...], DyadYears]]]:
    yield from _tables(dyad_db)


def test_the_fixture_reads_the_summaries_and_its_copy_does_not(
    dyad_db: Path, stale_db: Path
) -> None:
    with Store(dyad_db, read_only=True) as store:
        assert store.summaries_fresh()
    with Store(stale_db, read_only=True) as store:
        assert not store.summaries_fresh()


@pytest.mark.parametrize("origins", GROUPS)
def test_each_pair_is_the_dyad_query_for_that_pair(
    fresh: Any, stale_db: Path, origins: tuple[str, ...]
) -> None:
    store, tables = fresh
    found = 0
    with Store(stale_db, read_only=True) as stale:
        for a, b in combinations(STATES, 2):
            for x, y in ((a, b), (b, a)):
                looked_up = tables[origins].pair(x, y)
                asked = event_dyads(store, x, y, origins=origins, directed=False, shares=False)
                from_events = event_dyads(
                    stale, x, y, origins=origins, directed=False, shares=False
                )
                assert same(looked_up, asked.to_pylist()), (x, y)
                assert same(looked_up, from_events.to_pylist()), (x, y)
                found += len(looked_up)
    assert found > 50  # the store has events for many pairs and years


def test_pairs_equal_plain_sql_over_the_events(fresh: Any, dyad_db: Path) -> None:
    """GDELT counts per pair and year, added up by hand from the events table."""
    _, tables = fresh
    import duckdb

    con = duckdb.connect(str(dyad_db), read_only=True)
    expected = {
        (a, b, str(y)): (n, vc, mc, vk, mk, g)
        for a, b, y, n, vc, mc, vk, mk, g in con.execute(
            "SELECT least(source_country, target_country), greatest(source_country, target_country),"
            " year(date), count(*), count(*) FILTER (quad_class = 1), count(*) FILTER (quad_class = 2),"
            " count(*) FILTER (quad_class = 3), count(*) FILTER (quad_class = 4), avg(goldstein)"
            " FROM events WHERE origin = 'gdelt' AND date IS NOT NULL AND source_country <> target_country"
            " GROUP BY ALL"
        ).fetchall()
    }
    con.close()
    served = {}
    for a, b in combinations(STATES, 2):
        for r in tables[("gdelt",)].pair(a, b):
            served[(r["source"], r["target"], r["period"])] = (
                r["events"], r["vc"], r["mc"], r["vk"], r["mk"], r["mean_goldstein"],
            )  # fmt: skip
    assert served.keys() == expected.keys()
    for key, (n, vc, mc, vk, mk, g) in expected.items():
        assert served[key][:5] == (n, vc, mc, vk, mk)
        assert served[key][5] == pytest.approx(g)


def test_a_state_year_is_the_dyad_query_for_that_state_and_year(fresh: Any, stale_db: Path) -> None:
    store, tables = fresh
    found = 0
    with Store(stale_db, read_only=True) as stale:
        for state in STATES:
            for year in (2018, *YEARS):
                looked_up = tables[ORIGINS].state_year(state, year)
                for source in (store, stale):
                    asked = event_dyads(
                        source, state, since=year, until=year, directed=False, shares=False
                    )
                    assert same(looked_up, asked.to_pylist()), (state, year)
                found += len(looked_up)
    assert found > 50


def test_an_unknown_pair_or_year_has_no_rows(fresh: Any) -> None:
    _, tables = fresh
    assert tables[ORIGINS].pair("USA", "GBR") == []
    assert tables[ORIGINS].state_year("USA", 1990) == []


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def test_the_served_pages_carry_the_same_figures(dyad_db: Path) -> None:
    """Through a real server: the dyad series' GDELT layer, a state's partners, the map."""
    server = make_dashboard_server(dyad_db, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = url_of(server).rstrip("/")
    try:
        with Store(dyad_db, read_only=True) as store:
            direct = event_dyads(
                store, "RUS", "USA", origins=("gdelt",), directed=False, shares=False
            )
            partners = event_dyads(
                store, "RUS", since=2021, until=2021, directed=False, shares=False
            )
        series = _get(f"{base}/api/dyad/USA/RUS/series")
        layer = next(x for x in series["layers"] if x["key"] == "events-gdelt")
        rows = direct.to_pylist()
        assert layer["years"] == [int(r["period"]) for r in rows]
        vc = next(s for s in layer["series"] if s["key"] == "vc")
        assert vc["values"] == [r["vc"] for r in rows]
        top = _get(f"{base}/api/state/RUS/partners?layer=events&year=2021")["rows"]
        ranked = sorted(partners.to_pylist(), key=lambda r: -r["events"])[:10]
        assert [(r["partner"], r["value"]) for r in top] == [
            (r["target"] if r["source"] == "RUS" else r["source"], r["events"]) for r in ranked
        ]
        assert len(top) >= 3
        shown = _get(f"{base}/api/map?focal=RUS&layer=events&year=2021")["values"]
        assert shown == {
            r["target"] if r["source"] == "RUS" else r["source"]: r["net_cooperation"]
            for r in partners.to_pylist()
        }
        assert len(shown) >= 3
    finally:
        server.shutdown()
        server.server_close()
        server.dashboard.store.close()  # type: ignore[attr-defined]
