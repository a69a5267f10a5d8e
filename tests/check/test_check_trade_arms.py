"""Trade and arms claims on hand-built claims (no parser) against the fixture store's BACI,
DOTS and SIPRI files, with every expected figure worked out by hand from check_fixtures."""

from __future__ import annotations

import pytest

from realpolitik.claimcheck import check_claim, row
from realpolitik.models import ActorRef, Claim, Comparator, Evidence
from realpolitik.store import Store


def claim(
    measure: str,
    value: float,
    subject: str,
    obj: str,
    *,
    unit: str = "fraction",
    period: tuple[int, int] | None = None,
    comparator: Comparator = "=",
    precision: float | None = None,
) -> Claim:
    return Claim(
        "d", 0, ActorRef(subject, subject, subject), ActorRef(obj, obj, obj), measure, value,
        unit, None, "asserted", Evidence("A sentence.", 0, 11, "x"), comparator, None, precision,
        period,
    )  # fmt: skip


# (claim, expected verdict, expected figure); figures from check_fixtures.TRADE and ARMS
CASES = [
    # North Korea's trade 2021 (kUSD): China 600+280, Russia 80+20, Viet Nam 20 -> 880/1000
    (claim("trade_share", 0.9, "CHN", "PRK", period=(2021, 2021), precision=0.05),
     "supported", 0.88),
    (claim("trade_share", 0.9, "CHN", "PRK", period=(2021, 2021)), "contradicted", 0.88),
    # North Korea's imports 2023: China 740 of 740+25+10
    (claim("import_share", 0.7, "CHN", "PRK", period=(2023, 2023), precision=0.05),
     "contradicted", 740 / 775),
    # China-Russia trade 2023: 110 + 130 billion USD
    (claim("trade_value", 240e9, "CHN", "RUS", unit="USD", period=(2023, 2023)),
     "supported", 240e9),
    (claim("trade_top_partner", 1.0, "CHN", "VNM", unit="rank", period=(2023, 2023)),
     "supported", 1.0),
    # Viet Nam's arms 2010-2014 (TIV): Russia 850 of 850 + Belarus 50 + Ukraine 100
    (claim("arms_share", 0.5, "RUS", "VNM", period=(2010, 2014)), "contradicted", 0.85),
    (claim("arms_share", 0.8, "RUS", "VNM", period=(2010, 2014), comparator=">"),
     "supported", 0.85),
    (claim("arms_value", 850e6, "RUS", "VNM", unit="TIV", period=(2010, 2014)),
     "supported", 850e6),
    # India 2019-2023: Russia 500, France 300, United States 150, Israel 50
    (claim("arms_top_supplier", 1.0, "RUS", "IND", unit="rank", period=(2019, 2023)),
     "supported", 1.0),
    (claim("arms_top_supplier", 1.0, "FRA", "IND", unit="rank", period=(2019, 2023)),
     "contradicted", 2.0),
    # Russia's recipients 2015-2023: India 1100, China 400, Viet Nam 160
    (claim("arms_top_recipient", 1.0, "IND", "RUS", unit="rank", period=(2015, 2023)),
     "supported", 1.0),
]  # fmt: skip


@pytest.mark.parametrize(
    ("c", "verdict", "figure"), CASES, ids=[f"{c.measure}-{c.subject.code}" for c, *_ in CASES]
)
def test_figures_and_verdicts(
    stores: dict[str, Store], c: Claim, verdict: str, figure: float
) -> None:
    got = check_claim(c, stores["full"])
    assert got.verdict == verdict, got.finding
    assert got.finding.computed == pytest.approx(figure, rel=1e-5)
    assert got.finding.period is not None and got.finding.period["basis"] == "stated"
    assert got.finding.query and got.finding.source


def test_an_undated_claim_takes_the_latest_year_before_the_article(
    stores: dict[str, Store],
) -> None:
    got = check_claim(claim("trade_share", 0.9, "CHN", "PRK", comparator=">"), stores["full"],
                      doc_date="2024-03-01")  # fmt: skip
    assert got.verdict == "supported" and got.finding.computed == pytest.approx(0.96)
    period = got.finding.period
    assert period is not None and period["label"] == "2023"
    assert period["basis"] == "latest loaded year before the article (2024-03-01)"
    assert period["neighbours"] == {"2022": pytest.approx(0.95)}
    assert row(got)["basis"].endswith("2022: 95.0%")


def test_money_is_not_a_measure_of_arms(stores: dict[str, Store]) -> None:
    got = check_claim(
        claim("arms_value", 1e9, "RUS", "VNM", unit="USD", period=(2010, 2014)), stores["full"]
    )
    assert got.reason_code == "no_dataset" and "trend-indicator values" in (
        got.finding.reason or ""
    )


def test_years_without_trade_and_a_product_subset(stores: dict[str, Store]) -> None:
    early = check_claim(claim("trade_share", 0.9, "CHN", "PRK", period=(2010, 2010)),
                        stores["full"])  # fmt: skip
    assert early.reason_code == "out_of_coverage"
    assert "no trade loaded for 2010 (loaded: 2019-2023)" in (early.finding.reason or "")
    subset = check_claim(claim("trade_share", 0.9, "CHN", "PRK", period=(2022, 2022)),
                         stores["products"])  # fmt: skip
    assert subset.reason_code == "partial_coverage"
    assert "1 HS product code(s), not total trade" in (subset.finding.reason or "")
    empty = check_claim(claim("arms_share", 0.5, "RUS", "VNM", period=(2010, 2014)),
                        stores["empty"])  # fmt: skip
    assert empty.reason_code == "not_loaded"
