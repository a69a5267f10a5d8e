"""What the dashboard does to text before a reader sees it, case by case: which URLs become
links, which CSV cells are neutralised, what JSON carries for NaN and odd values, and the
headers every response sends (the HTTP tests check them on a real server)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math

import pytest

from realpolitik.web._safety import CSP, HEADERS, META_CSP, csv_cell, json_ready, safe_url, to_csv


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True), ("http://example.org", True),
        ("  https://example.org/x  ", True), ("HTTPS://EXAMPLE.ORG", True),
        ("javascript:alert(1)", False), ("data:text/html,<script>", False),
        ("//example.org/x", False), ("https://", False), ("ftp://example.org", False),
        ("https://exa\nmple.org", False), ("https://example.org/\x00", False),
        ("http://[::1", False), (None, False), (42, False), ("", False),
    ],
)  # fmt: skip
def test_only_absolute_http_urls_are_links(url: object, kept: bool) -> None:
    got = safe_url(url)
    assert (got is not None) is kept
    if kept:
        assert isinstance(url, str) and got == url.strip()


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-2", "'-2"), ("@cmd", "'@cmd"),
        ("\tx", "'\tx"), ("\rx", "'\rx"), ("plain", "plain"), (" =late", " =late"),
        (-2, -2), (None, None), (1.5, 1.5),
    ],
)  # fmt: skip
def test_csv_cells_a_spreadsheet_would_run_get_a_quote(value: object, shown: object) -> None:
    assert csv_cell(value) == shown


def test_csv_rows_drop_unsafe_links_and_blank_missing_numbers() -> None:
    rows = [
        {"title": '=HYPERLINK("x")', "url": "javascript:alert(1)", "n": float("nan")},
        {"title": "Plain, with a comma", "url": "https://example.org", "n": 3},
        {"title": None, "n": float("inf")},
    ]
    text = to_csv(rows, ["title", "url", "n"])
    parsed = list(csv.reader(io.StringIO(text)))
    assert parsed == [
        ["title", "url", "n"],
        ['\'=HYPERLINK("x")', "", ""],
        ["Plain, with a comma", "https://example.org", "3"],
        ["", "", ""],
    ]


def test_json_carries_null_for_nan_and_checks_urls_at_any_depth() -> None:
    value = {
        "n": float("nan"), "x": 1.25, "inf": -math.inf, "ok": True, "none": None,
        "url": "javascript:void(0)",
        "docs": [{"url": "https://example.org/d", "score": float("inf")}, ("a", 2)],
        "when": dt.date(2024, 5, 1), 7: "seven",
    }  # fmt: skip
    assert json_ready(value) == {
        "n": None, "x": 1.25, "inf": None, "ok": True, "none": None, "url": None,
        "docs": [{"url": "https://example.org/d", "score": None}, ["a", 2]],
        "when": "2024-05-01", "7": "seven",
    }  # fmt: skip


def test_the_headers_forbid_remote_content_and_framing() -> None:
    headers = dict(HEADERS)
    assert headers["Content-Security-Policy"] == CSP
    assert "default-src 'none'" in CSP and "script-src 'self'" in CSP
    assert "unsafe-inline" not in CSP and "frame-ancestors 'none'" in CSP
    assert "frame-ancestors" not in META_CSP and META_CSP in CSP
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"
