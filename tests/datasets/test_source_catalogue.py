"""The catalogue of where each dataset comes from (``data sources``, ``data fetch NAME``): every
entry is loadable by a kind the loaders know, has a citation for that kind, says how to get it
(an https address, a dated pattern, or where to go by hand), and URLs are built from --date and
--url as documented; no network is used."""

from __future__ import annotations

import re

import pytest

from realpolitik import datasets
from realpolitik.datasets.citations import CITATIONS
from realpolitik.errors import RealpolitikError

SOURCES = datasets.SOURCES


def test_every_entry_is_for_a_kind_the_loaders_know() -> None:
    assert len(SOURCES) >= 10
    for name, source in SOURCES.items():
        assert source.kind == "" or source.kind in datasets.KINDS, name
        assert source.about and source.about.strip() == source.about, name
        if source.url is None:
            assert source.where, name  # a form or a login: say where to go
        else:
            assert source.url.startswith(("https://", "http://")), name
            assert source.url.startswith("https://") or source.http_only, name
            assert ("{date}" in source.url) == (source.date is not None), name


# The citation keys of a kind where they differ from its name: UN votes are cited by their
# distributor (UN Digital Library or the unvotes package), ICEWS counts as ICEWS, COW states as COW.
CITED_AS = {"unga-votes": ("undl", "unvotes"), "icews-counts": ("icews",), "cow-states": ("cow",),
            "gw-states": ("gw",)}  # fmt: skip


def test_every_loadable_kind_is_cited() -> None:
    kinds = {s.kind for s in SOURCES.values() if s.kind} | set(datasets.KINDS)
    for kind in kinds:
        keys = CITED_AS.get(kind, (kind,))
        assert all(CITATIONS.get(k) for k in keys), kind


def test_the_listing_says_how_each_file_is_had() -> None:
    rows = datasets.list_sources()
    assert [r["name"] for r in rows] == list(SOURCES)
    for row in rows:
        source = SOURCES[row["name"]]
        assert set(row) == {"name", "kind", "access", "url_or_where", "about"}
        if source.url is None:
            assert (row["access"], row["url_or_where"]) == ("manual", source.where)
        elif source.date:
            assert row["access"] == f"direct, --date {source.date}"
        else:
            assert (row["access"], row["url_or_where"]) == ("direct", source.url)
        assert row["kind"] == (source.kind or "-")


def test_urls_from_names_dates_and_overrides() -> None:
    plain = next(n for n, s in SOURCES.items() if s.url and not s.date)
    assert datasets.source_url(plain) == SOURCES[plain].url
    assert datasets.source_url(plain, url="https://mirror.example/f.csv") == (
        "https://mirror.example/f.csv"
    )
    # an override with a {date} pattern takes the date too (YYYYMMDD unless the entry says)
    assert datasets.source_url("x", url="https://m.example/{date}.zip", date="20240105") == (
        "https://m.example/20240105.zip"
    )
    with pytest.raises(RealpolitikError) as dated:
        datasets.source_url(plain, date="20240105")
    assert dated.value.code == "E901" and "--date" in str(dated.value)
    with pytest.raises(RealpolitikError) as unknown:
        datasets.source_url("no-such-dataset")
    assert unknown.value.code == "E306" and plain in str(unknown.value)


def test_manual_entries_say_where_to_go() -> None:
    manual = [n for n, s in SOURCES.items() if s.url is None]
    assert "sipri" in manual  # SIPRI and others are behind a form
    for name in manual:
        with pytest.raises(RealpolitikError) as err:
            datasets.source_url(name)
        assert err.value.code == "E317" and SOURCES[name].where in str(err.value)


@pytest.mark.parametrize("name", [n for n, s in SOURCES.items() if s.date])
def test_dated_entries_check_their_date(name: str) -> None:
    with pytest.raises(RealpolitikError) as err:
        datasets.source_url(name, date="yesterday")
    assert err.value.code.startswith(("E3", "E9")) and "yesterday" in str(err.value)
    fmt = SOURCES[name].date or ""
    sample = {"YYYYMMDD": "20240105", "YYYYMMDDHHMMSS": "20240105121500",
              "YYYY|YYYYMM": "199504"}.get(fmt)  # fmt: skip
    assert sample is not None, fmt  # a format this test knows
    url = datasets.source_url(name, date=sample)
    assert sample in url and "{date}" not in url and re.match(r"https?://", url)
