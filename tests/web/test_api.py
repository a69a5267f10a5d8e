"""The JSON API over HTTP: a real server on 127.0.0.1 over a real DuckDB file."""

from __future__ import annotations

import csv
import http.client
import io
import json
from urllib.parse import urlsplit

import pytest
from web_http import fetch, get_json
from web_store import EVIDENCE_2023, FORMULA_TITLE, HOSTILE_TITLE


def test_years_per_layer(base_url: str) -> None:
    layers = get_json(f"{base_url}/api/years")["layers"]
    assert layers["events"] == [2022, 2023, 2024]
    assert layers["votes"] == [2021, 2022, 2023]
    assert layers["alliances"] == [2017, 2018]
    assert layers["trade"] == [2023]


def test_network_edges_change_by_year_with_gained_and_lost(base_url: str) -> None:
    y23 = get_json(f"{base_url}/api/network?layer=events&year=2023")
    y24 = get_json(f"{base_url}/api/network?layer=events&year=2024")
    pairs23 = {(e["source"], e["target"]) for e in y23["edges"]}
    pairs24 = {(e["source"], e["target"]) for e in y24["edges"]}
    assert pairs23 == {("RUS", "PRK"), ("RUS", "UKR"), ("USA", "CHN"), ("USA", "VNM")}
    assert y23["edges_total"] == 4 and y24["edges_total"] == 6
    assert {(e["source"], e["target"]) for e in y24["gained"]} == pairs24 - pairs23
    assert {(e["source"], e["target"]) for e in y24["lost"]} == pairs23 - pairs24
    rus = next(n for n in y24["nodes"] if n["state"] == "RUS")
    assert rus["strength"] == 7.0 and rus["bloc"] >= 1
    assert "GDELT" in y24["citation"]


def test_network_edges_are_capped(base_url: str) -> None:
    data = get_json(f"{base_url}/api/network?layer=votes&year=2023&edges=3")
    # 7 states, 21 pairs; USA and UKR never voted with RUS or PRK in 2023 (agreement 0: no tie)
    assert len(data["edges"]) == 3 and data["edges_total"] == 17
    assert data["edges"][0]["weight"] >= data["edges"][-1]["weight"]
    assert "United Nations Digital Library" in data["citation"]


def test_dyad_series_has_every_layer_on_a_shared_axis(base_url: str) -> None:
    data = get_json(f"{base_url}/api/dyad/RUS/PRK/series")
    keys = [layer["key"] for layer in data["layers"]]
    assert keys == [
        "events-text",
        "events-gdelt",
        "goldstein",
        "votes",
        "arms",
        "trade",
        "alliances",
    ]
    assert (data["first_year"], data["last_year"]) == (2018, 2024)
    votes = next(layer for layer in data["layers"] if layer["key"] == "votes")
    agree = dict(zip(votes["years"], votes["series"][0]["values"], strict=True))
    assert agree == {2021: 0.0, 2022: 1.0, 2023: 1.0}
    arms = next(layer for layer in data["layers"] if layer["key"] == "arms")
    assert [s["values"] for s in arms["series"]] == [[20.0], [250.0]]
    assert all(layer["citation"] for layer in data["layers"])


def test_dyad_evidence_both_ways_filtered_and_paged(base_url: str) -> None:
    rows = get_json(f"{base_url}/api/dyad/RUS/PRK/events")["rows"]
    assert EVIDENCE_2023 in [r["evidence_sentence"] for r in rows]
    assert {(r["source_country"], r["target_country"]) for r in rows} == {
        ("RUS", "PRK"),
        ("PRK", "RUS"),
    }
    reported = get_json(f"{base_url}/api/dyad/RUS/PRK/events?factuality=reported")["rows"]
    assert [r["cameo"] for r in reported] == ["074"]
    coded = get_json(f"{base_url}/api/dyad/PRK/RUS/events?code=05&origin=text")["rows"]
    assert sorted(r["cameo"] for r in coded) == ["051", "057"]
    page1 = get_json(f"{base_url}/api/dyad/RUS/PRK/events?limit=2&page=1")
    page2 = get_json(f"{base_url}/api/dyad/RUS/PRK/events?limit=2&page=2")
    assert page1["more"] is True and len(page1["rows"]) == 2
    assert {r["event_id"] for r in page1["rows"]}.isdisjoint(r["event_id"] for r in page2["rows"])


def test_claims_carry_a_verdict_or_the_reason_there_is_none(base_url: str) -> None:
    data = get_json(f"{base_url}/api/dyad/CHN/PRK/claims")
    assert [(r["measure"], r["value"]) for r in data["rows"]] == [("trade_share", 0.9)]
    assert data["rows"][0]["verdict"] and data["check"]


def test_state_endpoints(base_url: str) -> None:
    ip = get_json(f"{base_url}/api/state/VNM/idealpoints")["rows"]
    assert [r["year"] for r in ip] == [2021, 2022, 2023]
    assert ip[0]["low"] == pytest.approx(-0.6 - 1.96 * 0.2)
    iso = get_json(f"{base_url}/api/state/VNM/isolation")
    assert [r["states"] for r in iso["rows"]] == [7, 7, 7] and iso["citation"]
    trade = get_json(f"{base_url}/api/state/VNM/partners?layer=trade")["rows"]
    assert trade[0]["partner"] == "CHN" and trade[0]["value"] == pytest.approx(200 / 307)
    arms = get_json(f"{base_url}/api/state/VNM/arms")
    assert arms["summary"][-1]["top_supplier"] == "RUS"
    assert arms["summary"][-1]["hhi"] == pytest.approx(
        (420 / 520) ** 2 + (40 / 520) ** 2 + (60 / 520) ** 2
    )
    allies = get_json(f"{base_url}/api/state/PRK/alliances")["rows"]
    assert [(r["partner"], r["weight"]) for r in allies] == [("CHN", 1.0), ("RUS", 0.3)]


def test_map_values_relative_to_focal_state(base_url: str) -> None:
    votes = get_json(f"{base_url}/api/map?focal=RUS&layer=votes&year=2023")
    assert votes["values"]["PRK"] == 1.0 and votes["values"]["USA"] == 0.0
    assert "RUS" not in votes["values"]
    trade = get_json(f"{base_url}/api/map?focal=CHN&layer=trade&year=2023")
    assert trade["values"]["PRK"] == pytest.approx(2.3 / 2.35)
    ids = get_json(f"{base_url}/api/map/ids")["ids"]
    assert ids["408"] == "PRK" and ids["704"] == "VNM"


def test_documents_search_and_one_document(base_url: str) -> None:
    found = get_json(f"{base_url}/api/documents?q=TALKS")["rows"]
    assert [r["doc_id"] for r in found] == ["talks2023"]
    doc = get_json(f"{base_url}/api/document?id=talks2023")
    event = doc["events"][0]
    assert doc["text"][event["evidence_start"] : event["evidence_end"]] == EVIDENCE_2023


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("/api/network?year=20x4", "year"),
        ("/api/network?year=1700", "year"),
        ("/api/network?layer=gossip", "layer"),
        ("/api/dyad/RUS/XXX/series", "b"),
        ("/api/dyad/R;DROP/PRK/series", "a"),
        ("/api/dyad/RUS/RUS/series", "b"),
        ("/api/events?limit=501", "limit"),
        ("/api/events?page=0", "page"),
        ("/api/events?code=abc", "code"),
        ("/api/events?factuality=certain", "factuality"),
        ("/api/map?focal=ZZZ", "focal"),
        ("/api/documents?format=xml", "format"),
        ("/api/documents?q=" + "x" * 201, "q"),
    ],
)
def test_bad_parameters_are_400_with_the_error_shape(
    base_url: str, path: str, parameter: str
) -> None:
    error = get_json(base_url + path, status=400)["error"]
    assert error["code"] == "E710" and error["status"] == 400
    assert error["parameter"] == parameter and parameter in error["message"]


@pytest.mark.parametrize("path", ["/api/nothing", "/api/document?id=nope", "/api/network/extra"])
def test_unknown_paths_and_data_are_404(base_url: str, path: str) -> None:
    error = get_json(base_url + path, status=404)["error"]
    assert error["code"] in ("E711", "E712") and error["status"] == 404


@pytest.mark.parametrize(
    "raw", ["/static/../_app.py", "/static/%2e%2e/_app.py", "/static/vendor/../../_server.py"]
)
def test_static_files_never_escape_their_folder(base_url: str, raw: str) -> None:
    host = urlsplit(base_url)
    con = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    con.request("GET", raw)
    response = con.getresponse()
    body = response.read()
    assert response.status == 404 and b"import" not in body


def test_writes_are_refused(base_url: str) -> None:
    host = urlsplit(base_url)
    con = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    con.request("POST", "/api/documents", body=b"x")
    response = con.getresponse()
    assert response.status == 405 and json.loads(response.read())["error"]["status"] == 405


def test_csv_export_neutralises_formulas_and_unsafe_links(base_url: str) -> None:
    code, headers, body = fetch(f"{base_url}/api/documents?format=csv")
    assert code == 200 and headers["Content-Type"].startswith("text/csv")
    rows = {r["doc_id"]: r for r in csv.DictReader(io.StringIO(body.decode()))}
    assert rows["formula"]["title"] == "'" + FORMULA_TITLE
    assert rows["hostile"]["url"] == "" and rows["formula"]["url"] == ""
    assert rows["talks2023"]["url"] == "https://example.org/talks"
    assert rows["hostile"]["title"] == HOSTILE_TITLE


def test_every_response_carries_the_security_headers(base_url: str) -> None:
    for path in ("/network", "/api/years", "/static/app.css", "/api/nothing", "/dyad/RUS/PRK"):
        _, headers, _ = fetch(base_url + path)
        csp = headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp and headers["X-Content-Type-Options"] == "nosniff"


def test_pages_escape_text_and_link_only_http(base_url: str) -> None:
    _, _, body = fetch(f"{base_url}/documents")
    html = body.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert 'href="javascript:' not in html and 'href="data:' not in html
    assert 'href="https://example.org/talks"' in html
    _, _, body = fetch(f"{base_url}/api/document?id=hostile")
    assert json.loads(body)["url"] is None
