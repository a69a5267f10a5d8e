"""``event_rows`` against a plain oracle: every filter, alone and combined, and every page of
it, on a store of random events written straight into a real DuckDB file, read once with the
summaries up to date (the fast paths: date windows, ``events_pairs``) and once while they are
stale (the scans). Both must give exactly the rows a plain reading of the filters gives, in the
documented order: date (undated last), document, sentence, event id."""

from __future__ import annotations

import random
from datetime import date as Date
from pathlib import Path
from typing import Any

import pytest
from row_inserts import insert_rows
from summary_states import shared_readers

from realpolitik.periods import span
from realpolitik.store import Store, queries

STATES = ["RUS", "PRK", "CHN", "USA", "UKR"]
CAMEOS = ["010", "036", "057", "0571", "111", "190", "195", "1951", None]
WORDS = ["signed a treaty", "Sanctions were imposed", "troops crossed", "talks", None]


def _events(seed: int, n: int) -> list[tuple[Any, ...]]:
    """Rows with the awkward cases: codes that are not the country (GOV, RUSGOV), no country,
    the same state on both sides, no date, no factuality, no CAMEO, no evidence."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        origin = rng.choice(["text", "text", "gdelt", "icews"])
        src = rng.choice([*STATES, None])
        tgt = rng.choice([*STATES, None, src])
        src_code = rng.choice([src, f"{src or ''}GOV", "GOV", None])
        tgt_code = rng.choice([tgt, f"{tgt or ''}MIL", "MIL", None])
        day = None if rng.random() < 0.08 else Date(rng.randint(2017, 2020), rng.randint(1, 12), rng.randint(1, 28))  # fmt: skip
        fact = rng.choice(["asserted", "reported", "negated", "possible", None])
        doc = f"doc{rng.randint(0, 30):02d}" if origin == "text" else None
        words = rng.choice(WORDS)
        rows.append(
            (origin, doc, rng.randint(0, 5), day, src_code, src, tgt_code, tgt,
             rng.choice(CAMEOS), rng.choice([1, 2, 3, 4]), fact if origin == "text" else None,
             f"{words} ({i})" if words else None)
        )  # fmt: skip
    return rows


def _insert(store: Store, rows: list[tuple[Any, ...]]) -> None:
    insert_rows(
        store.con,
        "INSERT INTO events (origin, doc_id, sentence_index, date, source_code, source_country,"
        " target_code, target_country, cameo, quad_class, factuality, evidence_sentence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _all(store: Store) -> list[dict[str, Any]]:
    return store.dicts(
        "SELECT event_id, origin, doc_id, sentence_index, date, source_code, source_country,"
        " target_code, target_country, cameo, factuality, evidence_sentence FROM events"
    )


def _sides(row: dict[str, Any], side: str) -> tuple[Any, Any]:
    return row[f"{side}_code"], row[f"{side}_country"]


def oracle(rows: list[dict[str, Any]], **kw: Any) -> list[int]:
    """The event ids ``event_rows(**kw)`` must give, by reading the filters plainly."""
    since, until = span(kw.get("since"), kw.get("until")).iso()
    kept = []
    for r in rows:
        d = r["date"]
        if since and (d is None or d.isoformat() < since):
            continue
        if until and (d is None or d.isoformat() > until):
            continue
        if kw.get("origins") and r["origin"] not in kw["origins"]:
            continue
        if kw.get("factuality") and (r["factuality"] or "asserted") not in kw["factuality"]:
            continue
        if (x := kw.get("actor")) and x not in (*_sides(r, "source"), *_sides(r, "target")):
            continue
        if dyad := kw.get("dyad"):
            a, b = dyad
            ab = a in _sides(r, "source") and b in _sides(r, "target")
            ba = b in _sides(r, "source") and a in _sides(r, "target")
            if not (ab or (kw.get("both_ways") and ba)):
                continue
        if kw.get("cameo") and not (r["cameo"] or "\0").startswith(kw["cameo"]):
            continue
        if kw.get("search") and kw["search"].lower() not in (r["evidence_sentence"] or "").lower():
            continue
        if kw.get("doc_id") and r["doc_id"] != kw["doc_id"]:
            continue
        kept.append(r)
    kept.sort(
        key=lambda r: (r["date"] is None, r["date"] or Date.min, r["doc_id"] is None,
                       r["doc_id"] or "", r["sentence_index"], r["event_id"])
    )  # fmt: skip
    return [r["event_id"] for r in kept]


FILTERS: list[dict[str, Any]] = [
    {},
    {"since": "2018"},
    {"until": "2018-06"},
    {"since": "2018-03-05", "until": "2019-02"},
    {"since": 2019, "until": 2019},
    {"origins": ["text"]},
    {"origins": ["gdelt", "icews"]},
    {"origins": ["icews", "icews-counts"]},  # counts are not event rows: ignored
    {"factuality": ["asserted"]},  # dataset events count as asserted
    {"factuality": ["negated", "possible"]},
    {"origins": ["text"], "factuality": ["reported"], "since": "2018"},
    {"actor": "RUS"},
    {"actor": "prk"},  # any case
    {"actor": "GOV"},  # a code that is no country
    {"actor": "RUSGOV"},
    {"actor": "USA", "since": "2019", "origins": ["text"]},
    {"dyad": ("RUS", "PRK")},
    {"dyad": ("RUS", "PRK"), "both_ways": True},
    {"dyad": ("CHN", "CHN")},  # the same state on both sides
    {"dyad": ("GOV", "USA"), "both_ways": True},
    {"dyad": ("RUSGOV", "UKR")},
    {"dyad": ("USA", "CHN"), "since": "2018", "until": "2019", "factuality": ["asserted"]},
    {"dyad": ("UKR", "RUS"), "both_ways": True, "origins": ["gdelt"]},
    {"cameo": "19"},
    {"cameo": "057"},
    {"cameo": "0571"},
    {"search": "TREATY"},
    {"search": "troops", "actor": "CHN"},
    {"doc_id": "doc07"},
    {"doc_id": "doc03", "cameo": "1"},
    {"actor": "RUS", "dyad": ("RUS", "USA"), "both_ways": True},
]


def _ids(found: list[dict[str, Any]]) -> list[int]:
    return [int(r["event_id"]) for r in found]


def _dyad_text(kw: dict[str, Any]) -> dict[str, Any]:
    """The dyad as the command line passes it, ``"a,b"``, with the actor in any case."""
    out = dict(kw)
    if "dyad" in out:
        out["dyad"] = ",".join(out["dyad"]).lower()
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("oracle") / "events.duckdb"
    with Store(path) as store:
        _insert(store, _events(seed=31, n=700))
    return path


def _newer_rows(store: Store) -> None:
    """Rows the summaries do not know yet."""
    _insert(store, _events(seed=32, n=60))


shared_reader, reader = shared_readers(_newer_rows)


def _normalise(kw: dict[str, Any]) -> dict[str, Any]:
    out = dict(kw)
    if "actor" in out:
        out["actor"] = out["actor"].upper()
    if "origins" in out:
        out["origins"] = [o for o in out["origins"] if o != "icews-counts"]
    return out


@pytest.mark.parametrize("kw", FILTERS, ids=lambda kw: ",".join(f"{k}={v}" for k, v in kw.items()) or "none")  # fmt: skip
def test_every_filter_gives_the_plain_answer(reader: Store, kw: dict[str, Any]) -> None:
    want = oracle(_all(reader), **_normalise(kw))
    assert _ids(queries.event_rows(reader, **kw)) == want
    assert _ids(queries.event_rows(reader, **_dyad_text(kw))) == want


PAGES_NEAR = 3  # pages read on each side of the first row, the first undated row and the end


def _page_offsets(whole: list[dict[str, Any]], size: int) -> list[int]:
    """Offsets of the pages worth reading: those around the list's start, the first undated
    row (where a page's date window must take in the undated rows) and the end (the last,
    short page and the empty ones past it). The pages between hold nothing these do not."""
    n = len(whole)
    undated = next((i for i, r in enumerate(whole) if r["date"] is None), n)
    near = {
        (mark // size + step) * size
        for mark in (0, undated, n)
        for step in range(-PAGES_NEAR, PAGES_NEAR + 1)
    }
    return sorted(o for o in near if 0 <= o <= n + size)


@pytest.mark.parametrize("kw", FILTERS[::3], ids=lambda kw: ",".join(kw) or "none")
@pytest.mark.parametrize("size", [1, 7, 50])
def test_pages_add_up_to_the_whole_list(reader: Store, kw: dict[str, Any], size: int) -> None:
    """Each page read is its slice of the whole list: the pages at the start, around the
    first undated row and at the end (see ``_page_offsets``)."""
    found = queries.event_rows(reader, **kw)
    whole = _ids(found)
    offsets = _page_offsets(found, size)
    assert offsets[0] == 0 and offsets[-1] >= len(whole)  # the first page and one past the end
    for offset in offsets:
        page = _ids(queries.event_rows(reader, limit=size, offset=offset, **kw))
        assert len(page) <= size
        assert page == whole[offset : offset + size], offset


def test_the_oracle_is_not_trivially_empty(reader: Store) -> None:
    """The fixture must hold every case the filters above look for, or they prove little."""
    rows = _all(reader)
    sizes = {i: len(oracle(rows, **_normalise(kw))) for i, kw in enumerate(FILTERS)}
    assert sizes[0] == len(rows) and len(rows) >= 700
    empty = [FILTERS[i] for i, n in sizes.items() if n == 0]
    assert empty == []
    assert sizes[1] < sizes[0] and sizes[16] < sizes[17]  # since cuts; both ways adds


def test_a_page_past_the_end_is_empty_and_keeps_the_columns(reader: Store) -> None:
    total = len(queries.event_rows(reader))
    assert queries.event_rows(reader, limit=10, offset=total) == []
    assert queries.event_rows(reader, limit=10, offset=total + 1000) == []
    table = queries.events(reader, limit=10, offset=total)
    assert table.num_rows == 0
    assert table.column_names == [name for name, _ in queries.EVENT_COLUMNS]


def test_each_event_appears_once_though_it_matches_on_several_columns(reader: Store) -> None:
    """An event whose source and target both match the actor (CHN -> CHN, RUSGOV -> RUSMIL) is
    one row, not one per matching column."""
    for actor in STATES:
        ids = _ids(queries.event_rows(reader, actor=actor))
        assert len(ids) == len(set(ids)) and ids
    twice = reader.value(
        "SELECT count(*) FROM events WHERE source_country = 'CHN' AND target_country = 'CHN'"
    )
    assert twice > 0
