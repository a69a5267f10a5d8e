"""The report's claims-checked section, parsed: one table per document with each stored claim's
verdict, claimed and computed figures and period, as `realpolitik check --stored` gives them,
against a store with the claim-checking datasets loaded through the real loaders."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html
import pytest
from row_inserts import insert_rows

from realpolitik.claimcheck import check_stored, row
from realpolitik.report import render_report
from realpolitik.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "check"))
from check_fixtures import build_store  # noqa: E402

Tree = lxml.html.HtmlElement
CLAIM_COLUMNS = (
    "doc_id", "sentence_index", "subject_code", "subject_country", "subject_text",
    "object_code", "object_country", "object_text", "measure", "value", "unit", "year",
    "factuality", "evidence_sentence", "evidence_start", "evidence_end", "comparator",
    "stated_precision", "period_start", "period_end", "evidence_trigger",
)  # fmt: skip
CLAIMS = [
    ("pact", 0, "CHN", "CHN", "China", "PRK", "PRK", "North Korea", "alliance_defense", 1.0,
     "flag", None, "asserted", "China is North Korea's treaty ally.", 0, 5, "=", None, None,
     None, "treaty ally"),
    ("pact", 1, "RUS", "RUS", "Russia", "PRK", "PRK", "North Korea", "alliance_defense", 1.0,
     "flag", None, "asserted", "Russia <b>was</b> a treaty ally from 1990 to 2005.", 0, 6, "=",
     None, 1990, 2005, "treaty ally"),
    ("votes", 0, "BLR", "BLR", "Belarus", "RUS", "RUS", "Russia", "un_agreement", 0.9,
     "fraction", 2016, "asserted", "Belarus voted with Russia 90 percent of the time in 2016.",
     0, 7, "=", 0.005, None, None, "voted with"),
    ("votes", 1, "IGO", None, "NATO", "RUS", "RUS", "Russia", "un_agreement", 0.5, "fraction",
     2016, "asserted", "NATO voted with Russia half of the time.", 0, 4, "=", None, None, None,
     "voted with"),
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_store(tmp_path_factory.mktemp("report-checks"), "full")
    with Store(path) as store:
        insert_rows(
            store.con,
            "INSERT INTO documents (doc_id, source, title, content_hash, text, published)"
            " VALUES (?, ?, ?, ?, ?, CAST(? AS DATE))",
            [
                ("pact", "pact.txt", "Old treaties", "h1", "text", "2010-06-01"),
                ("votes", "votes.txt", "Votes <i>in</i> New York", "h2", "text", "2017-01-15"),
            ],
        )
        marks = ", ".join("?" for _ in CLAIM_COLUMNS)
        insert_rows(
            store.con,
            f"INSERT INTO claims ({', '.join(CLAIM_COLUMNS)}) VALUES ({marks})",  # noqa: S608
            CLAIMS,
        )
    return path


@pytest.fixture(scope="module")
def checks_section(db: Path) -> Tree:
    with Store(db, read_only=True) as store:
        page = lxml.html.fromstring(render_report(store))
    (found,) = page.xpath("//section[@id='section-checks']")
    return found


def test_one_table_per_document_titled_and_escaped(checks_section: Tree) -> None:
    titles = [h.text_content().strip() for h in checks_section.xpath(".//h3")]
    assert titles == ["Old treaties (2010-06-01)", "Votes <i>in</i> New York (2017-01-15)"]
    assert not checks_section.xpath(".//h3/i")  # a title is text, never markup
    assert not checks_section.xpath(".//td//b[.='was']")  # nor is a sentence
    text = checks_section.text_content()
    assert "4 claims: 2 supported, 1 contradicted, 1 unverifiable" in text


def test_each_row_is_the_stored_check(db: Path, checks_section: Tree) -> None:
    with Store(db, read_only=True) as store:
        expected = [row(c) for c in check_stored(store)]
    assert len(expected) == len(CLAIMS)
    shown = [
        [td.text_content().strip() for td in tr.xpath("./td")]
        for tr in checks_section.xpath(".//table[@class='checks']/tbody/tr")
    ]
    assert len(shown) == len(expected)
    by_sentence = {r[0]: r for r in shown}
    for want in expected:
        got = by_sentence[want["sentence"]]
        assert got[2:5] == [want["verdict"], want["claimed"], want["computed"]], got
        assert got[5].startswith(want["period"])
        assert got[6] == (want["reason"] or want["source"])


def test_verdicts_follow_the_loaded_data(checks_section: Tree) -> None:
    rows = {
        tr.xpath("./td")[0].text_content().strip(): tr
        for tr in checks_section.xpath(".//table[@class='checks']/tbody/tr")
    }
    verdict = {
        s: tr.xpath(".//span[contains(@class, 'verdict')]")[0].text for s, tr in rows.items()
    }
    assert verdict == {
        "China is North Korea's treaty ally.": "supported",
        "Russia <b>was</b> a treaty ally from 1990 to 2005.": "contradicted",  # 6 of 16 years
        "Belarus voted with Russia 90 percent of the time in 2016.": "supported",
        "NATO voted with Russia half of the time.": "unverifiable",
    }
    pact = rows["China is North Korea's treaty ally."].text_content()
    assert "the article's year (2010-06-01)" in pact  # an undated claim: the document's date
    nato = rows["NATO voted with Russia half of the time."].text_content()
    assert "actor_unresolved" in nato and "'NATO'" in nato


def test_no_stored_claims_no_section(tmp_path: Path) -> None:
    path = build_store(tmp_path, "full")
    with Store(path, read_only=True) as store:
        page = lxml.html.fromstring(render_report(store))
    assert not page.xpath("//section[@id='section-checks']")
    assert page.xpath("//section[@id='section-measures']")  # the datasets still give measures
