"""What the JSON answers hold: plain cells as they are, no NaN or infinity, checked URLs."""

from __future__ import annotations

import math

from realpolitik.web._safety import json_ready


def test_cells_pass_and_non_finite_floats_become_null() -> None:
    row = {"n": 3, "ok": True, "name": "Viet Nam", "none": None, "g": 2.5, "bad": math.nan,
           "inf": -math.inf, "list": [1.0, math.inf, ("a", math.nan)], "nested": {"x": math.nan}}  # fmt: skip
    assert json_ready(row) == {"n": 3, "ok": True, "name": "Viet Nam", "none": None, "g": 2.5,
                               "bad": None, "inf": None, "list": [1.0, None, ["a", None]],
                               "nested": {"x": None}}  # fmt: skip


def test_urls_are_checked_only_under_a_url_key_and_other_values_become_text() -> None:
    import datetime as dt

    rows = [{"url": "javascript:alert(1)", "title": "javascript:alert(1)"},
            {"url": "https://example.org/a", "published": dt.date(2024, 1, 2)}]  # fmt: skip
    assert json_ready(rows) == [
        {"url": None, "title": "javascript:alert(1)"},
        {"url": "https://example.org/a", "published": "2024-01-02"},
    ]
