"""Claims at the edges of what can be checked, built by hand: counts no dataset records, a
ranking that does not say in what, a measure nobody loads, periods outside the data; and a
reversed period, which must not come out as a contradiction by a figure of zero."""

from __future__ import annotations

import pytest

from realpolitik.claimcheck import check_claim
from realpolitik.models import ActorRef, Claim, Evidence
from realpolitik.store import Store


def claim(measure: str, value: float, subject: str, obj: str, *, unit: str = "fraction",
          period: tuple[int, int] | None = None) -> Claim:  # fmt: skip
    return Claim(
        "d", 4, ActorRef(subject, subject, subject), ActorRef(obj, obj, obj), measure, value,
        unit, None, "asserted", Evidence("A sentence.", 0, 11, "x"), "=", None, None, period,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("c", "code", "words"),
    [
        (claim("troops", 1000, "RUS", "PRK", unit="count"), "no_dataset",
         "no loaded dataset counts troops"),
        (claim("missiles", 50, "PRK", "RUS", unit="count"), "no_dataset", "counts missiles"),
        (claim("top_partner", 1, "CHN", "PRK", unit="rank"), "ambiguous",
         "does not say in what"),
        (claim("debt_share", 0.5, "CHN", "LKA"), "no_dataset",
         "no loaded dataset measures debt share"),
        (claim("un_agreement", 0.9, "BLR", "RUS", period=(2016, 2099)), "out_of_coverage",
         "cover 2016-2023, not 2016-2099"),
        (claim("trade_share", 0.9, "CHN", "PRK", period=(2015, 2016)), "out_of_coverage",
         "no trade loaded for 2015, 2016"),
    ],
    ids=["troops", "missiles", "top-partner", "debt", "votes-future", "trade-early"],
)  # fmt: skip
def test_unverifiable_with_a_reason(stores: dict[str, Store], c: Claim, code: str,
                                    words: str) -> None:  # fmt: skip
    got = check_claim(c, stores["full"])
    assert got.verdict == "unverifiable" and got.reason_code == code
    assert words in (got.finding.reason or "")
    record = got.to_dict()
    assert record["computed"] is None and record["claim"]["sentence_index"] == 4


def test_a_reversed_period_is_checked_as_the_same_years(stores: dict[str, Store]) -> None:
    reversed_ = check_claim(claim("arms_share", 0.85, "RUS", "VNM", period=(2014, 2010)),
                            stores["full"])  # fmt: skip
    ordered = check_claim(claim("arms_share", 0.85, "RUS", "VNM", period=(2010, 2014)),
                          stores["full"])  # fmt: skip
    assert reversed_.finding.computed == ordered.finding.computed
    assert reversed_.finding.computed is not None and reversed_.finding.computed > 0
    assert reversed_.verdict == ordered.verdict


def test_a_long_gap_lists_its_first_missing_years(stores: dict[str, Store]) -> None:
    got = check_claim(claim("trade_share", 0.9, "CHN", "PRK", period=(1990, 2020)),
                      stores["full"])  # fmt: skip
    assert got.reason_code == "out_of_coverage"
    assert "no trade loaded for 1990, 1991, 1992, 1993, 1994 (loaded: 2019-2023)" in (
        got.finding.reason or ""
    )
