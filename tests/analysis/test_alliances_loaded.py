"""Alliance measures on ATOP files loaded through the real loader (member level and alliance
level, no dyad-years): who is bound to North Korea in a year, with the alliances named by their
members and years, the USSR as Russia, and the years the files cover."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from realpolitik import datasets
from realpolitik.analysis import alliance_ties, allies
from realpolitik.analysis.alliances import coverage
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "datasets"))
from datasets_fixtures import ATOP_ALLIANCES, ATOP_MEMBERS, write  # noqa: E402

# China joins North Korea's 1961 treaty in the member file (atopid 3445, still in force).
MEMBERS = ATOP_MEMBERS + "3445,,,731,0,1961,0,1,1,0,0,0,0\n3445,,,710,0,1961,0,1,1,0,0,0,0\n"


@pytest.fixture
def loaded(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "atop.duckdb") as store:
        datasets.load(store, "atop", [write(tmp_path / "atop_members.csv", MEMBERS)])
        datasets.load(store, "atop", [write(tmp_path / "atop_alliances.csv", ATOP_ALLIANCES)])
        yield store


def test_member_level_ties_of_a_year(loaded: Store) -> None:
    rows = allies(loaded, "North Korea", 1980).to_pylist()
    assert [(r["partner"], r["owes"], r["basis"]) for r in rows] == [
        ("CHN", "defense", "atop member-level"),
        ("RUS", "defense,consultation", "atop member-level"),  # the USSR's tie, as Russia's
    ]
    ussr = {r["partner"]: r for r in allies(loaded, "PRK", 1980, merge="none").to_pylist()}
    assert set(ussr) == {"CHN", "SUN"}
    assert ussr["SUN"]["alliances"] == "ATOP 3440: SUN, PRK (1961–1996)"
    assert ussr["CHN"]["alliances"] == "ATOP 3445: PRK, CHN (1961–)"  # still in force


def test_later_years_follow_entries_and_exits(loaded: Store) -> None:
    later = {r["partner"]: r for r in allies(loaded, "PRK", 2000).to_pylist()}
    assert set(later) == {"CHN"}  # the 1961 Soviet treaty ended in 1996; 4940 has one member
    assert [(a, b) for a, b, _ in alliance_ties(loaded, 2000)] == [("CHN", "PRK")]
    # the load log's years: first entry to last entry of the member file
    assert coverage(loaded) == (1961, 2000)
    with pytest.raises(RealpolitikError) as err:
        allies(loaded, "PRK", 2005)
    assert err.value.code == "E910" and "1961–2000" in str(err.value)


def test_a_state_with_no_alliance_that_year(loaded: Store) -> None:
    assert allies(loaded, "USA", 1980).num_rows == 0
    with pytest.raises(RealpolitikError) as err:
        allies(loaded, "Atlantis", 1980)
    assert err.value.code in ("E905", "E906") and "Atlantis" in str(err.value)
