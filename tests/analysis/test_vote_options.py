"""How UN votes are counted, as options: each checked, each with an effect, and the common
helpers that name states, choices and citations."""

from __future__ import annotations

from dataclasses import replace

import pytest

from realpolitik.analysis import REFERENCE, VoteOptions, agreement, citation, isolation, state_name
from realpolitik.analysis._common import choose, one_year, state_code
from realpolitik.analysis.alignment import ISSUES, MEASURES, MIN_VOTES
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


def test_defaults_are_documented_values() -> None:
    opts = VoteOptions()
    assert (opts.body, opts.abstain, opts.absent, opts.merge) == (
        "GA",
        0.5,
        "exclude",
        "successors",
    )
    assert opts.min_votes == MIN_VOTES == 20 and opts.issue == () and opts.origin is None
    assert REFERENCE.min_votes == 1 and REFERENCE.merge == "seats"  # the published tables
    assert set(ISSUES) == {"me", "nu", "di", "hr", "co", "ec"} and MEASURES[0] == "agree"


@pytest.mark.parametrize(
    "bad",
    [
        {"body": "WHO"},
        {"absent": "maybe"},
        {"merge": "all"},
        {"origin": "wikipedia"},
        {"abstain": 1.5},
        {"issue": ("xx",)},
    ],
)
def test_every_option_is_checked(bad: dict[str, object]) -> None:
    with pytest.raises(RealpolitikError) as err:
        replace(VoteOptions(), **bad).checked()
    assert err.value.code in ("E404", "E907")
    assert next(iter(bad)) in str(err.value) or str(next(iter(bad.values()))) in str(err.value)


def test_settings_override_options_and_unknown_ones_are_named(votes_store: Store) -> None:
    base = agreement(votes_store, "USA", "RUS", since=2000, until=2000, min_votes=1).to_pylist()
    lenient = agreement(votes_store, "USA", "RUS", since=2000, until=2000, min_votes=1,
                        abstain=0.0).to_pylist()  # fmt: skip
    assert base[0]["agree"] != lenient[0]["agree"]
    via_options = agreement(votes_store, "USA", "RUS", since=2000, until=2000,
                            options=VoteOptions(min_votes=1, abstain=0.0)).to_pylist()  # fmt: skip
    assert via_options == lenient
    with pytest.raises(RealpolitikError) as err:
        agreement(votes_store, "USA", "RUS", colour="red")
    assert err.value.code == "E404" and "colour" in str(err.value) and "min_votes" in str(err.value)


def test_min_votes_applies_to_isolation_partners(votes_store: Store) -> None:
    assert isolation(votes_store, since=2000, until=2000).num_rows == 0  # 4 roll calls a year
    rows = isolation(votes_store, since=2000, until=2000, min_votes=4).to_pylist()
    assert {r["state"]: r["partners"] for r in rows} == {"USA": 1, "RUS": 1}  # PRK voted 3 times
    assert isolation(votes_store, since=2000, until=2000, min_votes=3).num_rows == 3


def test_common_helpers() -> None:
    assert state_code("Russian Federation") == "RUS"
    assert state_name("PRK") == "North Korea" and state_name("XXX") == "XXX"
    assert "Leeds" in citation("atop") and "SIPRI" in citation("sipri")
    assert "realpolitik" in citation("text") and citation("unheard-of") == "unheard-of"
    assert choose("period", "year", ("year", "month")) == "year"
    with pytest.raises(RealpolitikError) as err:
        choose("period", "week", ("year", "month"))
    assert "period=week" in str(err.value) and "year, month" in str(err.value)
    assert one_year(2018) == 2018 and one_year("2018") == 2018
    with pytest.raises(RealpolitikError):
        one_year("2018-06")


def test_partners_by_each_measure(votes_store: Store) -> None:
    from realpolitik.analysis import partners

    by_agree = partners(votes_store, "RUS", 2000, min_votes=1).to_pylist()
    by_kappa = partners(votes_store, "RUS", 2000, measure="kappa", min_votes=1).to_pylist()
    assert [r["b"] for r in by_agree] == ["USA", "PRK"]
    assert {r["b"] for r in by_kappa} == {"USA", "PRK"} and by_kappa[0]["rank"] == 1
    assert by_kappa[0]["kappa"] >= by_kappa[1]["kappa"]
    top = partners(votes_store, "RUS", "2000", top=1, min_votes=1)
    assert top.num_rows == 1 and top.column("rank").to_pylist() == [1]
    with pytest.raises(RealpolitikError) as err:
        partners(votes_store, "RUS", 2000, measure="love")
    assert err.value.code == "E404" and "agree, s, kappa, pi" in str(err.value)
    none = partners(votes_store, "RUS", 2000)  # 4 shared votes: under the default 20
    assert none.num_rows == 0 and "rank" in none.column_names


def test_isolation_ranks_by_the_measure_asked(votes_store: Store) -> None:
    by_agree = isolation(votes_store, since=2000, until=2000, min_votes=3).to_pylist()
    by_pi = isolation(votes_store, since=2000, until=2000, min_votes=3, measure="pi").to_pylist()
    assert {r["measure"] for r in by_agree} == {"agree"} and {r["measure"] for r in by_pi} == {"pi"}
    assert sorted(r["rank"] for r in by_pi) == [1, 2, 3]
    best = min(by_pi, key=lambda r: r["rank"])
    assert best["mean"] == max(r["mean"] for r in by_pi)
    with pytest.raises(RealpolitikError) as err:
        isolation(votes_store, measure="closeness")
    assert err.value.code == "E404"
    only_usa = isolation(votes_store, "the US", since=2000, until=2000, min_votes=3).to_pylist()
    assert [r["state"] for r in only_usa] == ["USA"] and only_usa[0]["states"] == 3


def test_absent_states_count_as_the_option_says(votes_store: Store) -> None:
    """PRK was absent from one of the four 2000 roll calls: left out, or counted."""
    shared = {
        absent: agreement(
            votes_store, "USA", "PRK", since=2000, until=2000, min_votes=1, absent=absent
        )
        .column("n")
        .to_pylist()  # fmt: skip
        for absent in ("exclude", "abstain", "no")
    }
    assert shared == {"exclude": [3], "abstain": [4], "no": [4]}
