"""The options of the event-dyad measure on hand-written events in a real store: which
factuality counts by default (asserted and reported, not possible or negated), origins, periods,
both directions, a minimum of events, volume shares and their omission, and net cooperation
and mean Goldstein worked out by hand."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from measures_data import add_event

from realpolitik.analysis import event_dyads
from realpolitik.analysis.dyads import DEFAULT_FACTUALITY
from realpolitik.store import Store

EVENTS = [  # source, target, date, quad class, goldstein, factuality, origin
    ("RUS", "UKR", "2022-02-24", 4, -10.0, "asserted", "text"),
    ("RUS", "UKR", "2022-03-01", 3, -4.0, "reported", "text"),
    ("RUS", "UKR", "2022-03-02", 4, -10.0, "possible", "text"),  # not counted by default
    ("RUS", "UKR", "2022-03-03", 1, 3.0, "negated", "text"),  # nor this
    ("UKR", "RUS", "2022-03-05", 1, 1.0, "asserted", "text"),
    ("RUS", "UKR", "2023-01-10", 2, 7.0, None, "gdelt"),  # datasets carry no factuality
    ("CHN", "RUS", "2022-05-01", 1, 3.4, "asserted", "text"),
]


@pytest.fixture
def events(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "dyads.duckdb") as store:
        for s, t, date, quad, goldstein, factuality, origin in EVENTS:
            add_event(store, source_country=s, target_country=t, date=date, quad_class=quad,
                      goldstein=goldstein, factuality=factuality, origin=origin, cameo="010")  # fmt: skip
        yield store


def by_dyad(
    rows: list[dict[str, object]],
) -> dict[tuple[object, object, object], dict[str, object]]:
    return {(r["period"], r["source"], r["target"]): r for r in rows}


def test_defaults_count_asserted_and_reported_text_and_dataset_events(events: Store) -> None:
    assert DEFAULT_FACTUALITY == ("asserted", "reported")
    rows = by_dyad(event_dyads(events, "RUS", "UKR").to_pylist())
    war = rows[("2022", "RUS", "UKR")]
    assert (war["events"], war["vk"], war["mk"], war["vc"]) == (2, 1, 1, 0)
    assert war["mean_goldstein"] == pytest.approx(-7.0)
    assert war["net_cooperation"] == pytest.approx(-1.0)  # (coop - conflict) / events
    assert rows[("2023", "RUS", "UKR")]["events"] == 1  # GDELT: no factuality, counted
    assert rows[("2022", "UKR", "RUS")]["events"] == 1  # both directions by default


def test_every_factuality_and_one_origin(events: Store) -> None:
    every = by_dyad(event_dyads(events, "RUS", "UKR", factuality=None).to_pylist())
    assert every[("2022", "RUS", "UKR")]["events"] == 4
    text_only = event_dyads(events, "RUS", "UKR", origins=("text",)).to_pylist()
    assert {r["period"] for r in text_only} == {"2022"}
    gdelt = event_dyads(events, "RUS", "UKR", origins=("gdelt",)).to_pylist()
    assert [(r["period"], r["events"], r["origins"]) for r in gdelt] == [("2023", 1, "gdelt")]


def test_periods_minimum_and_undirected(events: Store) -> None:
    whole = by_dyad(event_dyads(events, "RUS", "UKR", period="all").to_pylist())
    assert whole[("all", "RUS", "UKR")]["events"] == 3
    months = event_dyads(events, "RUS", "UKR", period="month").to_pylist()
    assert sorted({r["period"] for r in months}) == ["2022-02", "2022-03", "2023-01"]
    busy = event_dyads(events, "RUS", "UKR", period="all", min_events=2).to_pylist()
    assert [(r["source"], r["target"]) for r in busy] == [("RUS", "UKR")]
    one_row = event_dyads(events, "RUS", "UKR", period="all", directed=False).to_pylist()
    assert len(one_row) == 1 and one_row[0]["events"] == 4


def test_shares_of_each_sides_volume_and_leaving_them_out(events: Store) -> None:
    rows = by_dyad(event_dyads(events, period="all").to_pylist())
    ru = rows[("all", "RUS", "UKR")]
    # Russia is the source of 3 of the 4 events it takes part in (plus China's one toward it)
    assert ru["share_source"] == pytest.approx(3 / 5)
    assert ru["share_target"] == pytest.approx(3 / 4)  # Ukraine takes part in 4
    bare = by_dyad(event_dyads(events, period="all", shares=False).to_pylist())
    assert bare[("all", "RUS", "UKR")]["share_source"] is None
    assert bare[("all", "RUS", "UKR")]["events"] == ru["events"]
