"""The report's measures section, parsed, against the measures themselves on a store loaded
through the real loaders (BACI trade, SIPRI, UNDL votes, ATOP): arms and trade dependence
tables, alliance ties of weight 0.5 and above, each with its producer cited."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import lxml.html
import pytest

from realpolitik.analysis import allies, arms_dependence, trade_dependence
from realpolitik.analysis.alignment import MIN_VOTES
from realpolitik.report import render_report
from realpolitik.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "check"))
from check_fixtures import build_store  # noqa: E402

Tree = lxml.html.HtmlElement


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("report-measures"), "full")


@pytest.fixture(scope="module")
def measures(db: Path) -> Tree:
    with Store(db, read_only=True) as store:
        page = lxml.html.fromstring(render_report(store))
    (found,) = page.xpath("//section[@id='section-measures']")
    return found


def shown(value: Any) -> str:
    """How the report writes a figure: large numbers grouped, others to three places."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 10_000 else f"{value:.3f}"
    return str(value)


def tables_after(section: Tree, heading: str) -> list[list[list[str]]]:
    """The tables between the sub-heading ``heading`` and the next h4/h3, as rows of cells."""
    (h4,) = section.xpath(f".//h4[normalize-space(.)='{heading}']")
    out: list[list[list[str]]] = []
    for el in h4.itersiblings():
        if el.tag in ("h3", "h4"):
            break
        if el.tag == "table":
            out.append(
                [[td.text_content() for td in tr.xpath("./td")] for tr in el.xpath(".//tbody/tr")]
            )
    return out


@pytest.mark.parametrize(("recipient", "heading"), [("VNM", "Vietnam"), ("IND", "India")])
def test_arms_tables_are_arms_dependence(
    db: Path, measures: Tree, recipient: str, heading: str
) -> None:
    with Store(db, read_only=True) as store:
        dep = arms_dependence(store, recipient, top=5)
    shares, summary = tables_after(measures, heading)
    windows = [k for k in dep.rows[0] if k.startswith("share_")]
    assert shares == [
        [r["supplier"], r["supplier_name"], *(shown(r[w]) for w in windows), shown(r["change"])]
        for r in dep.rows
    ]
    assert [row[0] for row in summary] == [s["window"] for s in dep.summary]
    assert [row[3] for row in summary] == [shown(s["hhi"]) for s in dep.summary]
    assert len(shares) >= 2  # the fixture has several suppliers for each


def test_trade_tables_are_trade_dependence(db: Path, measures: Tree) -> None:
    with Store(db, read_only=True) as store:
        dep = trade_dependence(store, "PRK", top=5)
    years = sorted({r["year"] for r in dep.rows if r["year"] is not None})
    recent = [r for r in dep.rows if r["year"] in years[-2:]]
    rows, summary = tables_after(measures, "North Korea")[:2]
    assert recent and rows == [
        [shown(r[k]) for k in ("year", "partner", "d_ij", "d_ji", "asymmetry", "salience",
                               "basis", "source")]
        for r in recent
    ]  # fmt: skip
    assert [row[0] for row in summary] == [str(s["year"]) for s in dep.summary[-3:]]
    assert "CHN" in [row[1] for row in rows]  # China is North Korea's main partner


def test_alliance_ties_of_weight_half_and_above(db: Path, measures: Tree) -> None:
    with Store(db, read_only=True) as store:
        expected = [r for r in allies(store, "RUS", 2018).to_pylist() if r["weight"] >= 0.5]
    (rows,) = tables_after(measures, "Russia, 2018")
    assert [r[0] for r in rows] == [e["partner"] for e in expected] == ["BLR"]
    assert rows[0][2] == expected[0]["owes"] and rows[0][4] == shown(expected[0]["weight"])


def test_each_measure_cites_its_producer(measures: Tree) -> None:
    notes = [p.text_content() for p in measures.xpath(".//p[@class='note']")]
    sources = [n for n in notes if n.startswith("Source: ")]
    text = " ".join(sources)
    assert "SIPRI" in text and "ATOP" in text and "CEPII" in text
    headings = [h.text_content() for h in measures.xpath(".//h3")]
    assert {"Arms dependence", "Trade dependence", "Alliances"} <= set(headings)


def test_vote_years_too_thin_to_measure_are_left_out(measures: Tree) -> None:
    """The fixture's vote years hold ten roll calls each, under MIN_VOTES: no alignment or
    isolation tables from them (and so no UN citation), rather than figures from ten votes."""
    assert MIN_VOTES > 10
    headings = [h.text_content() for h in measures.xpath(".//h3")]
    assert not [h for h in headings if "alignment" in h or "Isolation" in h]
    assert "Digital Library" not in measures.text_content()
