"""The report, parsed: every section against the store it was written from (counts, dyads, ties,
events, claims, measures, ideal points, sources), and the citations of what it actually shows."""

from __future__ import annotations

import sys
from pathlib import Path

import lxml.html
import pytest

from realpolitik.report import STEPS, render_report, write_report
from realpolitik.store import Store, queries

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "cli"))
from conventions_store import build  # noqa: E402

Tree = lxml.html.HtmlElement


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("report") / "conventions.duckdb")


@pytest.fixture(scope="module")
def page(db: Path) -> Tree:
    with Store(db, read_only=True) as store:
        return lxml.html.fromstring(render_report(store))


def cells(row: Tree) -> list[str]:
    return [c.text_content().strip() for c in row.xpath("./td")]


def section(page: Tree, ident: str) -> Tree:
    (found,) = page.xpath(f"//section[@id='{ident}']")
    return found


def test_overview_cards_are_the_store_counts(db: Path, page: Tree) -> None:
    with Store(db, read_only=True) as store:
        summary = queries.summary(store)
        dyads = queries.dyad_rows(store)
    cards = [
        c.text_content().split() for c in section(page, "overview").xpath(".//div[@class='card']")
    ]
    shown = {words[1]: int(words[0]) for words in cards}
    assert shown == {"documents": summary["documents"], "sentences": summary["sentences"],
                     "events": summary["events"], "claims": summary["claims"],
                     "directed": len(dyads)}  # fmt: skip


def test_dyads_section_is_the_dyad_query(db: Path, page: Tree) -> None:
    with Store(db, read_only=True) as store:
        expected = queries.dyad_rows(store)
    rows = [cells(r) for r in section(page, "dyads").xpath(".//tbody/tr")]
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        assert row[:7] == [want["source"], want["target"], *(str(want[k]) for k in
                                                               ("vc", "mc", "vk", "mk", "events"))]  # fmt: skip


def test_ties_section_is_the_tie_query(db: Path, page: Tree) -> None:
    with Store(db, read_only=True) as store:
        expected = queries.tie_rows(store, limit=15)
    rows = [cells(r) for r in section(page, "ties").xpath(".//tbody/tr")]
    assert [(r[0], r[1], int(r[2]), r[-1]) for r in rows] == [
        (t["a"], t["b"], t["events"], t["tone"]) for t in expected
    ]


def test_events_section_shows_every_text_event_with_its_evidence(db: Path, page: Tree) -> None:
    with Store(db, read_only=True) as store:
        expected = queries.event_rows(store, origins=["text"])
    rows = section(page, "events").xpath(".//tbody/tr")
    assert len(rows) == len(expected) == 7
    texts = [r.text_content() for r in rows]
    for text, want in zip(texts, expected, strict=True):
        assert want["evidence_sentence"][:30].replace("<", "") in text.replace("<", "")
        assert want["cameo"] in text
    marked = section(page, "events").xpath(".//mark")
    assert {m.text for m in marked} >= {"signed", "attacked", "warned"}  # triggers highlighted


def test_claims_and_sources(db: Path, page: Tree) -> None:
    claims = [cells(r) for r in section(page, "claims").xpath(".//tbody/tr")]
    assert len(claims) == 1 and any("trade_share" in c for c in claims[0])
    sources = section(page, "sources")
    listed = sources.text_content()
    for title in ("Title 0", "Title 5", "@SUM(A1)"):
        assert title in listed
    citations = [li.text_content() for li in sources.xpath(".//li")]
    assert any("CAMEO" in c for c in citations)
    assert any("GDELT" in c for c in citations)  # GDELT rows (2019) are in the dyads shown


def test_measures_sections_against_the_measures(db: Path, page: Tree) -> None:
    (measures,) = page.xpath("//section[@id='section-measures']")
    text = measures.text_content()
    for heading in ("UN voting alignment", "Isolation", "Arms dependence", "Alliances",
                    "Network centrality"):  # fmt: skip
        assert heading in text, heading
    assert "weighted strength" in text  # the same ranking as `realpolitik network`
    assert "Leeds" in text and "SIPRI" in text  # each measure cites its producer
    alliance_tables = measures.xpath(
        ".//h4[contains(., 'North Korea, 2018')]/following-sibling::table[1]"
    )
    partners = [cells(r)[0] for r in alliance_tables[0].xpath(".//tbody/tr")]
    assert partners == ["CHN"]  # ties of weight 0.5 and above: the defence pact, not consultation


def test_ideal_points_section_shows_the_stored_latest_year(db: Path, page: Tree) -> None:
    (points,) = page.xpath("//section[@id='section-idealpoints']")
    rows = {cells(r)[0]: cells(r) for r in points.xpath(".//tbody/tr")}
    assert set(rows) == {"RUS", "PRK", "CHN", "VNM", "USA"}
    assert rows["USA"][1] == "+2.20" and rows["RUS"][1] == "-1.00"  # 2023 values of the store
    assert points.xpath(".//svg")


def test_write_report_reports_its_steps(db: Path, tmp_path: Path) -> None:
    seen: list[str] = []
    with Store(db, read_only=True) as store:
        out = write_report(store, tmp_path / "r.html", on_step=seen.append)
    assert seen == list(STEPS)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not (tmp_path / ".r.html.tmp").exists()  # written atomically


def test_an_empty_store_still_makes_a_report(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.duckdb") as store:
        tree = lxml.html.fromstring(render_report(store))
    assert section(tree, "overview").xpath(".//div[@class='card']")
    assert not section(tree, "dyads").xpath(".//tbody/tr")
    assert not tree.xpath("//section[@id='section-measures']")


def test_the_page_links_its_sections_and_forbids_remote_content(page: Tree) -> None:
    links = {a.get("href") for a in page.xpath("//nav//a")}
    assert {"#section-measures", "#section-idealpoints"} <= links
    for href in links:
        assert href.startswith("#") and page.xpath(f"//*[@id='{href[1:]}']"), href
    (csp,) = page.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert "default-src 'none'" in csp
    assert not page.xpath("//script") and not page.xpath("//*[@src]")
    hrefs = [a.get("href") for a in page.xpath("//a[@href]")]
    assert all(h.startswith(("#", "http://", "https://")) for h in hrefs)  # no javascript: links


def test_measures_leave_out_a_vote_year_covered_in_part(db: Path, page: Tree) -> None:
    """The loaded votes end in February 2024: the report's latest vote year is 2023."""
    (measures,) = page.xpath("//section[@id='section-measures']")
    assert "Isolation in the General Assembly, 2023" in measures.text_content()
    assert "2024" not in measures.xpath(".//h3[contains(., 'Isolation')]")[0].text_content()
