"""Verdicts from claimed and computed figures: comparators, stated precision, a user tolerance,
negation, reason codes that say what would fill the gap, and the record contract."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.claimcheck import REASONS, check, check_claim, compare
from realpolitik.errors import InputError, RealpolitikError
from realpolitik.models import ActorRef, Claim, Comparator, Evidence, Factuality
from realpolitik.store import Store

RECORD_KEYS = {
    "kind", "doc_id", "claim", "evidence", "verdict", "claimed", "computed", "comparator",
    "tolerance", "period", "dataset", "source", "query", "params", "reason",
}  # fmt: skip


def state(code: str) -> ActorRef:
    return ActorRef(code, code, code)


def claim(
    measure: str,
    value: float,
    subject: str = "RUS",
    obj: str = "VNM",
    *,
    comparator: Comparator = "=",
    precision: float | None = None,
    period: tuple[int, int] | None = None,
    factuality: Factuality = "asserted",
    unit: str = "fraction",
) -> Claim:
    return Claim(
        "d", 0, state(subject), state(obj), measure, value, unit, None, factuality,
        Evidence("A sentence.", 0, 11, "x"), comparator, None, precision, period,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("computed", "claimed", "comparator", "tolerance", "holds"),
    [
        (0.88, 0.90, "=", 0.05, True),  # "90 percent" at its rounding: 85-95
        (0.84, 0.90, "=", 0.05, False),
        (0.815, 0.82, "=", 0.005, True),  # "82 percent": 81.5-82.5
        (0.81, 0.82, "=", 0.005, False),
        (0.79, 0.80, ">", None, False),  # "more than 80" vs 0.79
        (0.80, 0.80, ">", None, False),  # strictly more
        (0.80, 0.80, ">=", None, True),
        (0.60, 0.75, "<", None, True),
        (0.75, 0.75, "<=", None, True),
        (0.76, 0.75, "<=", None, False),
    ],
)
def test_compare(
    computed: float, claimed: float, comparator: str, tolerance: float | None, holds: bool
) -> None:
    assert compare(computed, claimed, comparator, tolerance) is holds


def test_stated_precision_and_user_tolerance(stores: dict[str, Store]) -> None:
    full = stores["full"]
    about = claim("arms_share", 0.6, precision=0.05, period=(2020, 2023))  # computed 0.5
    assert check_claim(about, full).verdict == "contradicted"
    wide = check_claim(about, full, tolerance=10)
    assert (wide.verdict, wide.finding.tolerance) == ("supported", pytest.approx(0.10))
    exact = claim("arms_share", 0.85, precision=0.005, period=(2010, 2014))
    assert check_claim(exact, full).verdict == "supported"
    assert check_claim(exact, full, tolerance=0).verdict == "supported"
    near = claim("arms_share", 0.86, precision=0.005, period=(2010, 2014))
    assert check_claim(near, full).verdict == "contradicted"
    strict = claim("arms_share", 0.8, comparator=">", precision=0.05, period=(2010, 2014))
    record = check_claim(strict, full)
    assert (record.verdict, record.finding.tolerance) == ("supported", None)


def test_negated_claim_holds_when_the_figure_does_not(stores: dict[str, Store]) -> None:
    top = claim("arms_top_supplier", 1.0, "ISR", "VNM", unit="rank", period=(2019, 2023))
    assert check_claim(top, stores["full"]).verdict == "contradicted"
    negated = claim(
        "arms_top_supplier", 1.0, "ISR", "VNM", unit="rank", period=(2019, 2023),
        factuality="negated",
    )  # fmt: skip
    record = check_claim(negated, stores["full"])
    assert record.verdict == "supported"
    assert record.to_dict()["claim"]["factuality"] == "negated"


@pytest.mark.parametrize(
    ("measure", "unit", "command"),
    [
        ("trade_share", "fraction", "data load trade"),
        ("arms_share", "fraction", "data load sipri"),
        ("un_closest_partner", "rank", "data load unga-votes"),
        ("alliance_defense", "flag", "data load atop"),
    ],
)
def test_not_loaded_names_the_command(
    stores: dict[str, Store], measure: str, unit: str, command: str
) -> None:
    record = check_claim(claim(measure, 1.0, unit=unit, period=(2015, 2015)), stores["empty"])
    assert record.verdict == "unverifiable" and record.reason_code == "not_loaded"
    assert record.finding.reason is not None and command in record.finding.reason
    assert "data fetch" in record.finding.reason or command == "data load trade"


def test_record_has_exactly_the_fields_of_the_contract(stores: dict[str, Store]) -> None:
    record = check_claim(claim("arms_share", 0.85, period=(2010, 2014)), stores["full"])
    out = record.to_dict()
    assert set(out) == RECORD_KEYS
    assert out["kind"] == "claim_check" and out["verdict"] == "supported"
    assert set(out["evidence"]) == {"sentence", "start", "end"}
    assert out["period"]["label"] == "2010-2014" and out["period"]["basis"] == "stated"
    assert out["params"] == {"supplier": "RUS", "recipient": "VNM", "first": 2010, "last": 2014}
    assert "SIPRI" in out["source"] and out["dataset"] == "sipri"
    assert all(code in REASONS for code in ("no_dataset", "not_loaded", "partial_coverage"))


def test_unverifiable_reasons_are_codes_with_a_hint(stores: dict[str, Store]) -> None:
    troops = check_claim(claim("troops", 11_000, "PRK", "RUS", unit="count"), stores["full"])
    assert troops.reason_code == "no_dataset"
    unresolved = Claim(
        "d", 0, ActorRef("the EU", "IGOEUREEC"), state("VNM"), "export_share", 0.3,
        "fraction", None, "asserted", Evidence("s", 0, 1),
    )  # fmt: skip
    assert check_claim(unresolved, stores["full"]).reason_code == "actor_unresolved"
    late = claim("arms_share", 0.9, period=(2024, 2024))
    record = check_claim(late, stores["full"])
    assert record.reason_code == "out_of_coverage" and "2010-2023" in (record.finding.reason or "")


def test_default_arms_window_is_said(stores: dict[str, Store]) -> None:
    record = check_claim(
        claim("arms_share", 0.5, "RUS", "IND"), stores["full"], doc_date="2025-05-01"
    )
    period = record.finding.period or {}
    assert (period["first"], period["last"]) == (2019, 2023)
    assert "before the article (2025-05-01)" in period["basis"] and "2023" in period["basis"]
    assert record.verdict == "supported"


def test_a_failing_check_is_one_coded_error_not_an_abort(tmp_path: Path) -> None:
    with Store(tmp_path / "broken.duckdb") as store:
        store.con.execute("DROP TABLE trade_flows")
        with pytest.raises(InputError, match=r"\[E610\].*trade_share"):
            check_claim(claim("trade_share", 0.9, "CHN", "PRK"), store)


def test_python_twin_checks_paths_and_rejects_bad_options(
    tmp_path: Path, fixture_dbs: dict[str, Path]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "Arms\nDate: 2024-03-01\n\nRussia supplied more than 80 percent of Vietnam's arms"
        " imports in 2010-2014.\n",
        encoding="utf-8",
    )
    import realpolitik
    import realpolitik.claimcheck

    assert realpolitik.check is check  # the twin, even once the package itself is imported
    records = list(realpolitik.check([article], db=fixture_dbs["full"]))
    assert [(r.claim.measure, r.verdict) for r in records] == [("arms_share", "supported")]
    with pytest.raises(RealpolitikError, match=r"\[E604\]"):
        list(check([article], db=fixture_dbs["full"], tolerance=-1))
    with pytest.raises(RealpolitikError, match=r"\[E014\]"):
        list(check([tmp_path / "missing.txt"], db=fixture_dbs["full"]))
