"""The dashboard's row endpoints against the store queries they stand for, through a real server
on 127.0.0.1 over a store of random events: every filter, every page, JSON and CSV alike, and
the "more" flag that tells the page whether to offer a next page."""

from __future__ import annotations

import csv
import io
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pytest
from web_http import fetch, get_json

from realpolitik.store import Store, queries
from realpolitik.web import make_dashboard_server, url_of
from realpolitik.web._api_dyad import EVENT_COLUMNS

TESTS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(TESTS / "store"))
sys.path.insert(0, str(TESTS / "cli"))
from sample_store import populate  # noqa: E402
from store_events_data import fill  # noqa: E402


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("web-vs-queries") / "events.duckdb"
    with Store(path) as store:
        populate(store)
        fill(store, n=500, seed=17)
    return path


@pytest.fixture(scope="module")
def api(db: Path) -> Iterator[str]:
    server = make_dashboard_server(db, host="127.0.0.1", port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url_of(server).rstrip("/") + "/api"
    server.shutdown()
    server.server_close()
    server.dashboard.store.close()  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def reader(db: Path, api: str) -> Iterator[Store]:
    """A second read-only connection beside the server's (DuckDB allows several readers)."""
    with Store(db, read_only=True) as store:
        yield store


def shown(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The columns the dashboard shows, as JSON carries them."""
    return [{c: r[c] for c in EVENT_COLUMNS} for r in rows]


EVENT_CASES: list[tuple[dict[str, str], dict[str, Any]]] = [
    ({}, {}),
    ({"actor": "RUS"}, {"actor": "RUS"}),
    ({"actor": "prk"}, {"actor": "PRK"}),
    ({"factuality": "asserted,reported"}, {"factuality": ["asserted", "reported"]}),
    ({"factuality": "negated"}, {"factuality": ["negated"]}),
    ({"origin": "gdelt"}, {"origins": ["gdelt"]}),
    ({"origin": "text", "actor": "CHN"}, {"origins": ["text"], "actor": "CHN"}),
    ({"code": "05"}, {"cameo": "05"}),
    ({"q": "north korea"}, {"search": "north korea"}),
    ({"actor": "USA", "origin": "icews", "factuality": "asserted"},
     {"actor": "USA", "origins": ["icews"], "factuality": ["asserted"]}),
]  # fmt: skip


def url(base: str, path: str, params: dict[str, str]) -> str:
    return f"{base}{path}?{urlencode(params)}" if params else f"{base}{path}"


@pytest.mark.parametrize(("params", "kw"), EVENT_CASES, ids=lambda v: urlencode(v) if isinstance(v, dict) and not any(k in v for k in ("origins", "cameo", "search")) else "")  # fmt: skip
def test_events_endpoint_is_the_query(
    api: str, reader: Store, params: dict[str, str], kw: dict[str, Any]
) -> None:
    want = queries.event_rows(reader, limit=51, **kw)
    assert want, "each case must find events, or it proves nothing"
    data = get_json(url(api, "/events", params))
    assert data["rows"] == shown(want[:50])
    assert data["more"] is (len(want) > 50)
    assert data["columns"] == EVENT_COLUMNS and data["page"] == 1 and data["limit"] == 50


def test_events_pages_walk_the_whole_list(api: str, reader: Store) -> None:
    whole = [r["event_id"] for r in queries.event_rows(reader, actor="RUS")]
    assert len(whole) > 60
    seen: list[int] = []
    page = 1
    while True:
        data = get_json(url(api, "/events", {"actor": "RUS", "limit": "25", "page": str(page)}))
        seen += [r["event_id"] for r in data["rows"]]
        if not data["more"]:
            break
        assert len(data["rows"]) == 25
        page += 1
    assert seen == whole and page == -(-len(whole) // 25)


def test_a_page_past_the_end_is_empty_not_an_error(api: str) -> None:
    data = get_json(url(api, "/events", {"page": "999", "limit": "500"}))
    assert data["rows"] == [] and data["more"] is False and data["page"] == 999


def test_events_csv_holds_the_json_rows(api: str) -> None:
    params = {"actor": "CHN", "limit": "40"}
    data = get_json(url(api, "/events", params))
    code, headers, body = fetch(url(api, "/events", {**params, "format": "csv"}))
    assert code == 200 and headers["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert [r["event_id"] for r in rows] == [str(r["event_id"]) for r in data["rows"]]
    assert [r["date"] for r in rows] == [r["date"] or "" for r in data["rows"]]
    with_score = [(r["goldstein"], j["goldstein"]) for r, j in zip(rows, data["rows"], strict=True)
                  if j["goldstein"] is not None]  # fmt: skip
    assert with_score and all(float(c) == j for c, j in with_score)
    assert list(rows[0]) == EVENT_COLUMNS


@pytest.mark.parametrize(
    ("a", "b"), [("RUS", "PRK"), ("PRK", "RUS"), ("USA", "CHN"), ("JPN", "UKR")]
)
def test_dyad_events_are_both_ways(api: str, reader: Store, a: str, b: str) -> None:
    want = queries.event_rows(reader, dyad=(a, b), both_ways=True, limit=501)
    assert want
    data = get_json(f"{api}/dyad/{a}/{b}/events?limit=500")
    assert data["rows"] == shown(want[:500]) and (data["a"], data["b"]) == (a, b)
    pairs = {(r["source_country"], r["target_country"]) for r in data["rows"]}
    assert (a, b) in pairs or (b, a) in pairs
    reverse = get_json(f"{api}/dyad/{b}/{a}/events?limit=500")
    assert [r["event_id"] for r in reverse["rows"]] == [r["event_id"] for r in data["rows"]]


def test_dyad_events_filters(api: str, reader: Store) -> None:
    want = queries.event_rows(
        reader, dyad=("RUS", "PRK"), both_ways=True, origins=["text"], factuality=["asserted"],
        cameo="05", limit=51,
    )  # fmt: skip
    data = get_json(f"{api}/dyad/RUS/PRK/events?origin=text&factuality=asserted&code=05")
    assert data["rows"] == shown(want) and [r["cameo"] for r in data["rows"]] == ["057", "051"]


def test_documents_endpoint_is_the_query(api: str, reader: Store) -> None:
    want = queries.document_rows(reader, limit=3, offset=3)
    data = get_json(f"{api}/documents?limit=3&page=2")
    cols = ["doc_id", "title", "published", "url", "events", "claims"]
    assert data["rows"] == [{c: r[c] for c in cols} for r in want] and len(want) == 3
    assert data["more"] is False  # six documents: page 2 of 3 is the last
    found = get_json(f"{api}/documents?q=MISSILES")["rows"]
    assert [r["doc_id"] for r in found] == ["doc2"] and found[0]["events"] == 1


def test_one_document_with_its_events_and_offsets(api: str, reader: Store) -> None:
    doc = get_json(f"{api}/document?id=doc0")
    want = queries.document(reader, "doc0")
    assert want is not None and doc["text"] == want["text"]
    assert [e["cameo"] for e in doc["events"]] == ["057"]
    event = doc["events"][0]
    assert (
        doc["text"][event["evidence_start"] : event["evidence_end"]] == event["evidence_sentence"]
    )


def test_summary_endpoint_is_the_summary(api: str, reader: Store) -> None:
    data = get_json(f"{api}/summary")
    want = queries.summary(reader)
    assert {r["what"]: r["count"] for r in data["rows"]} == {
        k: want[k]
        for k in ("documents", "sentences", "events", "text_events", "claims", "mentions")
    }
    assert data["by_factuality"] == want["by_factuality"]
    assert data["first_published"] == want["first_published"] == "2024-05-16"
    assert want["events"] == 506


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/events?actor=RUSSIA", "actor"),
        ("/events?actor=ZZZ", "actor"),
        ("/events?origin=twitter", "origin"),
        ("/events?limit=0", "limit"),
        ("/events?limit=ten", "limit"),
        ("/events?code=1", "code"),
        ("/events?code=19x", "code"),
        ("/events?factuality=asserted,rumoured", "factuality"),
        ("/documents?page=-1", "page"),
        ("/dyad/RUS/PRK/events?origin=web", "origin"),
        ("/dyad/RUS/PRK/events?limit=1000", "limit"),
        ("/dyad/rus;/PRK/events", "a"),
        ("/events?format=json&format=tsv", "format"),
    ],
)
def test_bad_parameters_are_named(api: str, path: str, parameter: str) -> None:
    error = get_json(api + path, status=400)["error"]
    assert error["code"] == "E710" and error["parameter"] == parameter
    assert parameter in error["message"]
