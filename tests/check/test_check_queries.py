"""Every figure's query is runnable SQL on the same store file and gives the same figure; the
figures are the project's measures (``realpolitik.analysis``), not a second copy of them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from realpolitik.analysis import agreement, arms_dependence, partners, trade_dependence
from realpolitik.claimcheck import ClaimCheck, check_document
from realpolitik.models import Document
from realpolitik.store import Store

CORPUS = [
    json.loads(line)
    for line in (Path(__file__).parent / "claims_corpus.jsonl").read_text().splitlines()
    if line.strip()
]
CHECKED = [
    r for r in CORPUS if r["store"] == "full" and not r["expect"]["verdict"].startswith("unver")
]


def _checked(record: dict[str, Any], store: Store, nlp: Any) -> ClaimCheck:
    doc = Document(record["id"], record["text"], record["id"], date=record["date"])
    return next(
        c
        for c in check_document(doc, store, nlp=nlp)
        if c.claim.measure == record["expect"]["measure"]
    )


def _figure(check: ClaimCheck, rows: list[tuple[Any, ...]], names: list[str]) -> float:
    """The figure a user reads off the query's result, by the measure's own rule."""
    m = check.claim.measure
    col = {n: i for i, n in enumerate(names)}
    period = check.finding.period or {}
    first, last = period.get("first"), period.get("last")
    subject = check.claim.subject.code if check.claim.subject else None
    if m.endswith("_share") and m != "arms_share":
        inside = [r for r in rows if first <= r[col["year"]] <= last]
        return sum(r[col["part"]] for r in inside) / sum(r[col["whole"]] for r in inside)
    if m == "arms_share":
        return float(rows[0][col["share"]])
    if m.endswith("_value"):
        value = float(rows[0][0])
        return value
    if m in ("un_closest_partner", "trade_top_partner", "export_top_partner", "import_top_partner",
             "arms_top_supplier", "arms_top_recipient"):  # fmt: skip
        key = "partner" if "partner" in col else names[0]
        ranks = [r[col["rank"]] for r in rows if r[col[key]] == subject]
        return float(ranks[0] if ranks else len(rows) + 1)  # not ranked: after the last
    if m == "un_agreement":
        return float(rows[-1][col["agree"]])
    if m == "un_agreement_trend":
        return float(rows[-1][col["agree"]] - rows[0][col["agree"]])
    if m in ("alliance", "alliance_defense"):
        years = last - first + 1
        return sum(1 for r in rows if r[col["defense"]]) / years
    if m == "alliance_only":
        allies = [r[0] for r in rows if r[col["defense"]]]
        return float(len(allies) if subject in allies else 0)
    raise AssertionError(f"no rule for {m}")


@pytest.mark.parametrize("record", CHECKED, ids=[r["id"] for r in CHECKED])
def test_query_reproduces_the_figure(
    record: dict[str, Any], stores: dict[str, Store], fixture_dbs: dict[str, Path], nlp: Any
) -> None:
    check = _checked(record, stores["full"], nlp)
    if check.claim.measure == "alliance_primary":
        pytest.skip("tie weights are the alliance measure's own; the query lists the ties")
    query = check.finding.query
    assert query is not None and "?" not in query and "$" not in query
    with duckdb.connect(str(fixture_dbs["full"]), read_only=True) as con:  # a separate client
        cursor = con.execute(query)
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    assert check.finding.computed == pytest.approx(_figure(check, rows, names), abs=1e-6)
    for name, value in check.finding.params.items():
        assert f"'{value}'" in query or str(value) in query, name


def test_shares_are_the_dependence_measure(stores: dict[str, Store], nlp: Any) -> None:
    store = stores["full"]
    record = {"id": "x", "text": "China's share of North Korea's trade was 95 percent in 2022.",
              "date": "2024-03-01", "expect": {"measure": "trade_share"}}  # fmt: skip
    check = _checked(record, store, nlp)
    dep = trade_dependence(store, "PRK", partner="CHN", since=2022, until=2022, claims=False)
    assert check.finding.computed == pytest.approx(dep.rows[0]["d_ij"], abs=1e-6)
    assert check.finding.computed == pytest.approx(0.95)
    assert check.finding.period is not None
    assert check.finding.period["neighbours"] == {"2021": 0.88, "2023": 0.96}


def test_arms_and_votes_are_the_analysis_measures(stores: dict[str, Store], nlp: Any) -> None:
    store = stores["full"]
    arms = _checked(
        {"id": "a", "text": "Russia supplied 85 percent of Vietnam's arms imports in 2010-2014.",
         "date": "2024-03-01", "expect": {"measure": "arms_share"}}, store, nlp,
    )  # fmt: skip
    dep = arms_dependence(store, "VNM", windows=[(2010, 2014)])
    rus = next(r for r in dep.rows if r["supplier"] == "RUS")
    assert arms.finding.computed == pytest.approx(rus["share_2010-2014"]) == pytest.approx(0.85)
    assert arms.verdict == "supported"
    votes = _checked(
        {"id": "v", "text": "China and Russia agreed on 85 percent of UN votes in 2023.",
         "date": "2024-03-01", "expect": {"measure": "un_agreement"}}, store, nlp,
    )  # fmt: skip
    table = agreement(store, "CHN", "RUS", since=2023, until=2023, min_votes=1).to_pylist()
    assert votes.finding.computed == pytest.approx(table[0]["agree"]) == pytest.approx(0.85)
    # with no floor the measure ranks Guinea first on one shared roll call (the default
    # --min-votes 20 leaves it out); the check needs half the most
    ranked = partners(store, "RUS", 2023, min_votes=1).to_pylist()
    assert (ranked[0]["b"], ranked[0]["n"]) == ("GIN", 1)
    closest = _checked(
        {"id": "c", "text": "North Korea was Russia's closest partner in UN votes in 2023.",
         "date": "2024-03-01", "expect": {"measure": "un_closest_partner"}}, store, nlp,
    )  # fmt: skip
    assert closest.verdict == "supported" and closest.finding.params["min_votes"] == 5
