"""The check record and the rows people read: figures in their units, comparator signs, the
verdict from a finding (negation flips it), reason codes, and SQL with its values written in."""

from __future__ import annotations

import duckdb
import pytest

from realpolitik.claimcheck import REASONS, ClaimCheck, Finding, row, shown
from realpolitik.claimcheck._context import Context, fill, literal, named, pair, period_dict
from realpolitik.claimcheck._records import decide, unverifiable
from realpolitik.models import ActorRef, Claim, Comparator, Evidence, Factuality
from realpolitik.store import Store


def claim(
    measure: str = "trade_share",
    value: float = 0.9,
    unit: str = "fraction",
    *,
    comparator: Comparator = "=",
    factuality: Factuality = "asserted",
    precision: float | None = None,
    subject: ActorRef | None = None,
    obj: ActorRef | None = None,
) -> Claim:
    return Claim(
        "doc", 2, subject or ActorRef("China", "CHN", "CHN"), obj or ActorRef("N. Korea", "PRK", "PRK"),
        measure, value, unit, 2022, factuality, Evidence("China leads.", 0, 5, "accounts for"),
        comparator, None, precision, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "unit", "measure", "text"),
    [
        (None, "fraction", "", ""),
        (0.926, "fraction", "", "92.6%"),
        (0.1234, "index", "", "0.123"),
        (1.0, "rank", "", "#1"),
        (-0.05, "change", "", "-0.050"),
        (0.02, "change", "", "+0.020"),
        (1.0, "flag", "", "yes"),
        (0.0, "flag", "", "no"),
        (12500.0, "count", "", "12,500"),
        (350e6, "TIV", "", "350 million TIV"),
        (2.5e9, "USD", "", "2.50 billion USD"),
        (3.25e6, "USD", "", "3.2 million USD"),
        (4200.0, "USD", "", "4,200 USD"),
        (0.5, "flag", "alliance", "50% of years"),
        (1.0, "flag", "alliance_only", "1 defence ally"),
        (3.0, "flag", "alliance_only", "3 defence allies"),
    ],
)
def test_figures_in_their_units(value: float | None, unit: str, measure: str, text: str) -> None:
    assert shown(value, unit, measure) == text


@pytest.mark.parametrize(
    ("comparator", "computed", "factuality", "verdict"),
    [
        ("=", 0.90, "asserted", "supported"),
        ("=", 0.80, "asserted", "contradicted"),
        ("=", 0.80, "negated", "supported"),  # "not 90 percent" and it is 80
        (">", 0.95, "asserted", "supported"),
        (">", 0.95, "negated", "contradicted"),
        ("<=", 0.90, "asserted", "supported"),
    ],
)
def test_decide(
    comparator: Comparator, computed: float, factuality: Factuality, verdict: str
) -> None:
    c = claim(comparator=comparator, factuality=factuality)
    finding = Finding(computed=computed, claimed=0.9, comparator=comparator, tolerance=0.005)
    assert decide(c, finding) == verdict


def test_no_figure_is_never_a_verdict() -> None:
    c = claim()
    assert decide(c, Finding(computed=None, claimed=0.9)) == "unverifiable"
    assert decide(c, Finding(computed=0.9, claimed=None)) == "unverifiable"
    reasoned = unverifiable("not_loaded", "load BACI", dataset="baci")
    assert reasoned.reason == "not_loaded: load BACI" and reasoned.dataset == "baci"
    assert decide(c, Finding(computed=0.9, claimed=0.9, reason="ambiguous: x")) == "unverifiable"
    with pytest.raises(ValueError, match="unknown reason code 'nope'"):
        unverifiable("nope", "x")
    assert set(REASONS) >= {"no_dataset", "not_loaded", "out_of_coverage", "actor_unresolved"}


def test_the_record_and_the_row_agree() -> None:
    c = claim(comparator=">", precision=0.05)
    finding = Finding(
        computed=0.93, claimed=0.9, comparator=">", period=period_dict(2022, 2022, "stated"),
        dataset="baci", source="CEPII BACI", query="SELECT 1", params={"year": 2022},
    )  # fmt: skip
    check = ClaimCheck("doc", c, decide(c, finding), finding)
    record = check.to_dict()
    assert record["kind"] == "claim_check" and record["verdict"] == "supported"
    assert record["claim"]["trigger"] == "accounts for" and "evidence" not in record["claim"]
    assert record["evidence"] == {"sentence": "China leads.", "start": 0, "end": 5}
    assert record["period"] == {"label": "2022", "first": 2022, "last": 2022, "basis": "stated"}
    assert check.reason_code is None
    flat = row(check)
    assert flat["claimed"] == "> 90.0%" and flat["computed"] == "93.0%"
    assert (flat["subject"], flat["object"], flat["period"]) == ("CHN", "PRK", "2022")
    assert (flat["dataset"], flat["source"], flat["query"]) == ("baci", "CEPII BACI", "SELECT 1")
    assert flat["claim"] == "accounts for" and flat["sentence"] == "China leads."


def test_rows_show_neighbouring_years_and_tolerance() -> None:
    c = claim()
    period = period_dict(2021, 2021, "stated", neighbours={2022: 0.95, 2020: 0.85})
    check = ClaimCheck("doc", c, "supported", Finding(0.9, 0.9, "=", 0.05, period))
    flat = row(check)
    assert flat["claimed"] == "≈ 90.0% ± 5.0%"
    assert flat["basis"] == "stated; 2020: 85.0%, 2022: 95.0%"
    ranked = ClaimCheck("doc", claim("trade_top_partner", 1.0, "rank"), "supported",
                        Finding(2.0, 1.0, "="))  # fmt: skip
    assert row(ranked)["claimed"] == "#1" and row(ranked)["computed"] == "#2"


def test_sql_literals_and_named_placeholders() -> None:
    assert [literal(v) for v in (None, True, False, 3, 2.5, "O'Neil")] == [
        "NULL", "TRUE", "FALSE", "3", "2.5", "'O''Neil'",
    ]  # fmt: skip
    sql, used = fill(
        "\n  SELECT $a AS a,   \n\n  $b AS b, $a AS again  \n", {"a": "VNM", "b": 2010, "c": 1}
    )
    assert sql == "SELECT 'VNM' AS a,\n  2010 AS b, 'VNM' AS again"
    assert used == {"a": "VNM", "b": 2010}  # only what the query uses
    assert duckdb.execute(sql).fetchall() == [("VNM", 2010, "VNM")]
    assert named("SELECT ? + ?", ["first", "last"]) == "SELECT $first + $last"
    with pytest.raises(ValueError, match="2 placeholders for 1 names"):
        named("SELECT ? + ?", ["first"])


def test_pair_and_context_tolerances(store: Store) -> None:
    assert pair(claim()) == ("CHN", "PRK")
    unresolved = pair(claim(obj=ActorRef("the West", "WST", None)))
    assert isinstance(unresolved, Finding) and unresolved.reason is not None
    assert unresolved.reason.startswith("actor_unresolved: the claim's object is not a state")
    ctx = Context(store, "2024-05-01")
    assert ctx.doc_year == 2024 and Context(store, "n.d.").doc_year is None
    assert ctx.share_tolerance(claim()) == 0.005  # half a point by default
    assert ctx.share_tolerance(claim(precision=0.05)) == 0.05
    assert Context(store, None, 2.0).share_tolerance(claim()) == pytest.approx(0.02)
    amount = claim("trade_value", 2e9, "USD")
    assert ctx.amount_tolerance(amount) == pytest.approx(1e8)  # 5 % of the value
    assert Context(store, None, 10.0).amount_tolerance(amount) == pytest.approx(2e8)
    assert ctx.amount_tolerance(claim("trade_value", 2e9, "USD", precision=5e8)) == 5e8
