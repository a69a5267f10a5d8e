"""Each measure module on claims built by hand (no parser): alliances and UN votes against the
fixture store's ATOP and UNDL files, the period rules (stated, the article's year, clipped to
the data), every reason code they give, and the rows people read."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from realpolitik.claimcheck import ClaimCheck, check_claim, row
from realpolitik.models import ActorRef, Claim, Comparator, Evidence, Factuality
from realpolitik.store import Store


def claim(
    measure: str,
    subject: str | None,
    obj: str,
    *,
    value: float = 1.0,
    unit: str = "flag",
    period: tuple[int, int] | None = None,
    comparator: Comparator = "=",
    factuality: Factuality = "asserted",
) -> Claim:
    return Claim(
        "d", 0, ActorRef(subject, subject, subject) if subject else None, ActorRef(obj, obj, obj),
        measure, value, unit, None, factuality, Evidence("A sentence.", 0, 11, "ally"),
        comparator, None, None, period,
    )  # fmt: skip


def checked(store: Store, c: Claim, date: str | None = None) -> ClaimCheck:
    return check_claim(c, store, doc_date=date)


# -- alliances (ATOP directed dyad-years: CHN-PRK defence 1961-2018, RUS-PRK defence until
#    1995 and consultation only from 2000, USA-JPN defence, ATOP ends in 2018) ---------------
def test_a_present_claim_is_checked_in_the_articles_year(stores: dict[str, Store]) -> None:
    got = checked(stores["full"], claim("alliance_defense", "CHN", "PRK"), "2010-01-01")
    assert got.verdict == "supported" and got.finding.computed == 1.0
    assert got.finding.period is not None and got.finding.period["label"] == "2010"
    assert got.finding.period["basis"].startswith("the article's year (2010-01-01)")
    assert got.finding.dataset == "atop" and "ATOP" in (got.finding.source or "")
    shown = row(got)
    assert (shown["claimed"], shown["computed"], shown["verdict"]) == (
        "yes", "100% of years", "supported",
    )  # fmt: skip


def test_a_stated_period_counts_the_share_of_years(stores: dict[str, Store]) -> None:
    c = claim("alliance_defense", "RUS", "PRK", period=(1990, 2005))
    got = checked(stores["full"], c)
    # defence 1990-1995 (6 years), none in 1996-2005: 6 of 16 years
    assert got.verdict == "contradicted" and got.finding.computed == pytest.approx(6 / 16)
    assert row(got)["computed"] == "38% of years"
    # any obligation counts for a plain "ally": consultation from 2000
    plain = checked(stores["full"], claim("alliance", "RUS", "PRK", period=(2000, 2010)))
    assert plain.verdict == "supported" and plain.finding.computed == 1.0
    negated = claim("alliance_defense", "RUS", "PRK", period=(2000, 2010), factuality="negated")
    assert checked(stores["full"], negated).verdict == "supported"  # "no longer a treaty ally"


def test_the_pair_query_reproduces_the_share(
    stores: dict[str, Store], fixture_dbs: dict[str, Path]
) -> None:
    got = checked(stores["full"], claim("alliance_defense", "RUS", "PRK", period=(1990, 2005)))
    assert got.finding.query and got.finding.params == {
        "state": "PRK", "partner": "RUS", "first": 1990, "last": 2005,
    }  # fmt: skip
    with duckdb.connect(str(fixture_dbs["full"]), read_only=True) as con:
        cur = con.execute(got.finding.query)
        names = [d[0] for d in cur.description]
        rows = cur.fetchall()
    years = [r[names.index("year")] for r in rows]
    assert years == [*range(1990, 1996), *range(2000, 2006)]  # no row: no tie that year
    defence = [r[names.index("defense")] for r in rows]
    assert sum(defence) / len(range(1990, 2006)) == got.finding.computed


def test_years_past_the_data_are_out_of_coverage_with_a_note(stores: dict[str, Store]) -> None:
    got = checked(stores["full"], claim("alliance_defense", "CHN", "PRK"), "2024-01-01")
    assert got.verdict == "unverifiable" and got.reason_code == "out_of_coverage"
    assert "ATOP covers 1949-2018, not 2024-2024" in (got.finding.reason or "")
    assert "in 2018, the last ATOP year, the pair had a defence obligation" in (
        got.finding.reason or ""
    )
    clipped = checked(stores["full"], claim("alliance_defense", "USA", "JPN", period=(2010, 2024)))
    assert clipped.verdict == "supported" and clipped.finding.period is not None
    assert clipped.finding.period["label"] == "2010-2018"
    assert "checked over the ATOP years 2010-2018" in clipped.finding.period["basis"]


def test_only_ally_and_primary_ally(stores: dict[str, Store]) -> None:
    only = checked(stores["full"], claim("alliance_only", "CHN", "PRK"), "2010-05-01")
    assert only.verdict == "supported" and only.finding.period is not None
    assert only.finding.period["allies"] == ["CHN"]  # Russia owes consultation only
    assert row(only)["computed"] == "1 defence ally"
    not_only = checked(stores["full"], claim("alliance_only", "RUS", "PRK"), "2010-05-01")
    assert not_only.verdict == "contradicted" and not_only.finding.computed == 0.0
    primary = checked(
        stores["full"], claim("alliance_primary", "RUS", "PRK", unit="rank"), "2010-05-01"
    )
    assert primary.verdict == "contradicted" and primary.finding.computed == 2.0
    assert row(primary)["computed"] == "#2" and row(primary)["claimed"] == "#1"
    tied = checked(
        stores["full"], claim("alliance_primary", "CHN", "PRK", unit="rank"), "1970-05-01"
    )
    assert tied.verdict == "unverifiable" and tied.reason_code == "ambiguous"
    assert "2 allies of PRK share the strongest ATOP tie in 1970 (CHN, RUS)" in (
        tied.finding.reason or ""
    )


@pytest.mark.parametrize(
    ("subject", "obj", "date", "code", "words"),
    [
        ("CHN", "PRK", None, "ambiguous", "no period stated and the article has no date"),
        ("CHN", "CHN", "2010-01-01", "actor_unresolved", "subject and object are both CHN"),
        (None, "PRK", "2010-01-01", "actor_unresolved", "subject is not a state"),
        ("EU", "PRK", "2010-01-01", "actor_unresolved", "subject is not a state"),
    ],
)
def test_alliance_claims_that_cannot_be_checked(
    stores: dict[str, Store], subject: str | None, obj: str, date: str | None, code: str,
    words: str,
) -> None:  # fmt: skip
    got = checked(stores["full"], claim("alliance_defense", subject, obj), date)
    assert got.verdict == "unverifiable" and got.reason_code == code
    assert words in (got.finding.reason or "")
    assert got.to_dict()["reason"] == got.finding.reason


# -- UN votes (2016 and 2023, ten roll calls each) -------------------------------------
def test_agreement_level_and_its_tolerance(stores: dict[str, Store]) -> None:
    c = claim("un_agreement", "BLR", "RUS", value=0.9, unit="fraction", period=(2016, 2016))
    got = checked(stores["full"], c)
    assert got.verdict == "supported" and got.finding.computed == pytest.approx(0.9)
    assert got.finding.tolerance == pytest.approx(0.005)
    assert row(got)["claimed"] == "≈ 90.0% ± 0.5%" and row(got)["computed"] == "90.0%"
    far = claim("un_agreement", "USA", "RUS", value=0.5, unit="fraction", period=(2016, 2016))
    assert checked(stores["full"], far).verdict == "contradicted"
    loose = check_claim(far, stores["full"], tolerance=50.0)  # 50 points either way
    assert loose.verdict == "supported"


def test_closest_partner_ranks(stores: dict[str, Store]) -> None:
    top = checked(stores["full"], claim("un_closest_partner", "PRK", "RUS", unit="rank",
                                        period=(2023, 2023)))  # fmt: skip
    assert top.verdict == "supported" and top.finding.period is not None
    assert top.finding.period["leader"] == "PRK" and top.finding.period["agree"] == 1.0
    fourth = checked(stores["full"], claim("un_closest_partner", "CHN", "RUS", unit="rank",
                                           period=(2023, 2023)))  # fmt: skip
    assert fourth.verdict == "contradicted" and fourth.finding.computed == 4.0
    assert row(fourth)["computed"] == "#4"


def test_agreement_trend_needs_a_start_year(stores: dict[str, Store]) -> None:
    falls = claim("un_agreement_trend", "USA", "RUS", value=0.0, unit="change", comparator="<",
                  period=(2016, 2023))  # fmt: skip
    got = checked(stores["full"], falls)
    assert got.verdict == "supported" and got.finding.computed == pytest.approx(-0.1)
    assert got.finding.period is not None
    assert got.finding.period["values"] == {"2016": pytest.approx(0.1), "2023": 0.0}
    assert row(got)["claimed"] == "falls" and row(got)["computed"] == "-0.100"
    rises = claim("un_agreement_trend", "USA", "RUS", value=0.0, unit="change", comparator=">",
                  period=(2016, 2023))  # fmt: skip
    assert checked(stores["full"], rises).verdict == "contradicted"
    assert row(checked(stores["full"], rises))["claimed"] == "rises"
    undated = claim("un_agreement_trend", "USA", "RUS", value=0.0, unit="change", comparator="<")
    got = checked(stores["full"], undated, "2024-01-01")
    assert got.reason_code == "ambiguous" and "start year" in (got.finding.reason or "")


def test_vote_years_outside_the_loaded_ones(stores: dict[str, Store]) -> None:
    c = claim("un_agreement", "BLR", "RUS", value=0.9, unit="fraction", period=(1990, 1990))
    got = checked(stores["full"], c)
    assert got.reason_code == "out_of_coverage"
    assert "cover 2016-2023, not 1990-1990" in (got.finding.reason or "")


@pytest.mark.parametrize(
    ("measure", "hint"),
    [
        ("alliance_defense", "realpolitik data load atop FILE"),
        ("un_agreement", "realpolitik data load unga-votes FILE"),
    ],
)
def test_nothing_loaded_says_what_to_load(
    stores: dict[str, Store], measure: str, hint: str
) -> None:
    c = claim(measure, "BLR", "RUS", value=0.9, unit="fraction", period=(2016, 2016))
    got = checked(stores["empty"], c)
    assert got.verdict == "unverifiable" and got.reason_code == "not_loaded"
    assert hint in (got.finding.reason or "")
    assert row(got)["computed"] == "" and row(got)["reason"] == got.finding.reason


def test_closest_partner_needs_enough_shared_votes_and_a_year(stores: dict[str, Store]) -> None:
    # Guinea agreed with Russia on the one roll call it voted in 2023: too few to rank first
    guinea = checked(stores["full"], claim("un_closest_partner", "GIN", "RUS", unit="rank",
                                           period=(2023, 2023)))  # fmt: skip
    assert guinea.verdict == "contradicted" and guinea.finding.computed == 7.0
    assert guinea.finding.period is not None and guinea.finding.period["leader"] == "PRK"
    # undated: the latest loaded year before the article
    undated = checked(stores["full"], claim("un_closest_partner", "PRK", "RUS", unit="rank"),
                      "2024-02-01")  # fmt: skip
    assert undated.verdict == "supported" and undated.finding.period is not None
    assert undated.finding.period["label"] == "2023"
    assert undated.finding.period["basis"] == "latest loaded year before the article (2024-02-01)"
    # India abstained on every roll call: half agreement with anyone who voted
    india = checked(stores["full"], claim("un_agreement", "IND", "RUS", value=0.5,
                                          unit="fraction", period=(2023, 2023)))  # fmt: skip
    assert india.verdict == "supported" and india.finding.computed == pytest.approx(0.5)


def test_agreement_over_a_stated_period_pools_its_roll_calls(stores: dict[str, Store]) -> None:
    store = stores["full"]
    votes = store.rows(
        "SELECT v.rcid, v.iso3, v.vote FROM un_votes v JOIN un_roll_calls r USING (rcid)"
        " WHERE r.body = 'GA' AND r.year BETWEEN 2016 AND 2023 AND v.iso3 IN ('BLR', 'RUS')"
        " AND v.vote IN ('Y', 'A', 'N')"
    )
    x = {"N": 0.0, "A": 0.5, "Y": 1.0}
    by_call: dict[object, dict[str, float]] = {}
    for rcid, iso3, vote in votes:
        by_call.setdefault(rcid, {})[iso3] = x[vote]
    shared = [v for v in by_call.values() if len(v) == 2]
    assert len(shared) >= 15  # both years' ten roll calls each, less absences
    expected = 1 - sum(abs(v["BLR"] - v["RUS"]) for v in shared) / len(shared)
    got = checked(store, claim("un_agreement", "BLR", "RUS", value=round(expected, 2),
                               unit="fraction", period=(2016, 2023)))  # fmt: skip
    assert got.finding.computed == pytest.approx(expected)
    assert got.verdict == "supported"
    assert "pooled" in got.to_dict()["period"]["basis"]
    assert got.to_dict()["period"]["roll_calls"] == len(shared)
    one_year = checked(store, claim("un_agreement", "BLR", "RUS", value=0.9, unit="fraction",
                                    period=(2023, 2023)))  # fmt: skip
    assert one_year.to_dict()["period"]["basis"] == "stated"
