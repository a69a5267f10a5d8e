"""The query API (events, dyads, ties, summary) on a store with known events."""

from __future__ import annotations

import pytest
from sample_store import populate

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, queries


@pytest.fixture
def sample(store: Store) -> Store:
    populate(store)
    return store


def test_events_in_date_order_with_document_and_evidence(sample: Store) -> None:
    rows = queries.events(sample, factuality=None).to_pylist()
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    first = rows[0]
    assert first["date"] == "2024-05-16" and first["source_code"] == "CHN"
    assert first["title"] == "Title 5" and first["published"] == "2024-05-16"
    assert first["trigger"] == "criticised"
    assert first["evidence_sentence"].startswith("Beijing criticised")


def test_actor_matches_code_or_country(sample: Store) -> None:
    assert queries.events(sample, actor="PRK").num_rows == 4
    assert queries.events(sample, actor="rus").num_rows == 6  # RUSGOV counts as RUS
    assert queries.events(sample, actor="RUSGOV").num_rows == 1
    assert queries.events(sample, actor="USA").num_rows == 0


def test_dyad_is_directed(sample: Store) -> None:
    forward = queries.events(sample, dyad="RUS,PRK")
    assert forward.column("cameo").to_pylist() == ["057", "070"]
    backward = queries.events(sample, dyad=("PRK", "RUS"))
    assert backward.column("cameo").to_pylist() == ["051", "074"]


def test_date_factuality_and_limit_filters(sample: Store) -> None:
    assert queries.events(sample, since="2024-07-01").num_rows == 3
    assert queries.events(sample, until="2024-06-19").num_rows == 3
    assert queries.events(sample, since="2024-06-19", until="2024-06-19").num_rows == 2
    assert queries.events(sample, since="2024-06", until="2024-06").num_rows == 2
    assert queries.events(sample, since="2024").num_rows == 6
    possible = queries.events(sample, factuality=["possible"])
    assert possible.column("cameo").to_pylist() == ["070"]
    assert queries.events(sample, limit=2).num_rows == 2
    assert queries.events(sample, origins=["gdelt"]).num_rows == 0


def test_bad_dyad_is_a_one_line_error(sample: Store) -> None:
    with pytest.raises(RealpolitikError, match=r"\[E901\] --dyad: 'RUS' is not 'A,B'"):
        queries.events(sample, dyad="RUS")


def test_dyads_count_quad_classes_of_factual_events(sample: Store) -> None:
    rows = {(r["source"], r["target"]): r for r in queries.dyads(sample).to_pylist()}
    assert set(rows) == {("PRK", "RUS"), ("RUS", "PRK"), ("RUS", "UKR"), ("CHN", "RUS")}
    prk_rus = rows["PRK", "RUS"]
    assert (prk_rus["vc"], prk_rus["mc"], prk_rus["vk"], prk_rus["mk"]) == (1, 1, 0, 0)
    assert prk_rus["events"] == 2
    assert prk_rus["mean_goldstein"] == pytest.approx(5.95)
    assert prk_rus["net_cooperation"] == pytest.approx(1.0)
    assert rows["RUS", "PRK"]["events"] == 1  # the "could send aid" event is only possible
    assert rows["RUS", "UKR"]["mk"] == 1
    assert rows["RUS", "UKR"]["net_cooperation"] == pytest.approx(-1.0)
    assert rows["CHN", "RUS"]["vk"] == 1
    assert list(rows)[0] == ("PRK", "RUS")  # busiest first


def test_dyads_with_every_factuality_and_dates(sample: Store) -> None:
    everything = queries.dyads(sample, factuality=None).to_pylist()
    rows = {(r["source"], r["target"]): r for r in everything}
    assert rows["RUS", "PRK"]["events"] == 2
    assert rows["RUS", "PRK"]["net_cooperation"] == pytest.approx(1.0)
    late = queries.dyads(sample, since="2024-07-01").to_pylist()
    assert {(r["source"], r["target"]) for r in late} == {("RUS", "UKR"), ("PRK", "RUS")}


def test_strongest_ties_are_undirected_and_signed(sample: Store) -> None:
    ties = queries.ties(sample).to_pylist()
    assert [(t["a"], t["b"]) for t in ties] == [("PRK", "RUS"), ("RUS", "UKR"), ("CHN", "RUS")]
    assert ties[0]["events"] == 3
    assert ties[0]["strength"] == pytest.approx(19.9)
    assert [t["tone"] for t in ties] == ["cooperation", "conflict", "conflict"]


def test_summary(sample: Store) -> None:
    result = queries.summary(sample)
    assert result["documents"] == 6
    assert result["events"] == 6
    assert result["claims"] == 1
    assert result["first_published"] == "2024-05-16"
    assert result["last_published"] == "2024-10-18"
    assert result["by_factuality"] == {"asserted": 4, "possible": 1, "reported": 1}
    assert result["top_dyads"][0]["source"] == "PRK"
    assert result["strongest_ties"][0]["a"] == "PRK"


def test_empty_store(store: Store) -> None:
    assert queries.events(store).num_rows == 0
    assert queries.events(store).column_names[:3] == ["event_id", "origin", "date"]
    assert queries.dyads(store).num_rows == 0
    assert queries.summary(store)["documents"] == 0
