"""The HTML report: self-contained, escaped, evidence with the trigger marked, every table."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html

from realpolitik.models import ActorRef, Claim, Document, Event, Evidence, Extraction, Sentence
from realpolitik.report import render_report, write_report
from realpolitik.report._html import highlight, net_bar
from realpolitik.store import Store

RUS = ActorRef("Russia", "RUS", "RUS")
PRK = ActorRef("Pyongyang", "PRK", "PRK")
CHN = ActorRef("China", "CHN", "CHN")


def _save(store: Store, doc_id: str, text: str, trigger: str, cameo: str, gs: float, quad: int,
          title: str, url: str | None = None, fact: str = "asserted") -> None:  # fmt: skip
    doc = Document(doc_id, text, f"/c/{doc_id}.txt", title=title, date="2024-06-19", url=url)
    ev = Evidence(text, 0, len(text), trigger)
    event = Event(doc_id, 0, RUS, PRK, cameo, "AGREE", None, gs, quad, fact, "2024-06-19", "day", ev, 0.8)  # fmt: skip
    claim = Claim(doc_id, 0, CHN, PRK, "trade_share", 0.9, "fraction", 2023, "asserted", ev)
    store.save_extraction(
        Extraction(doc, [Sentence(doc_id, 0, 0, len(text), text)], [event], [claim], [])
    )


def test_report_is_self_contained_and_complete(store: Store, tmp_path: Path) -> None:
    _save(store, "w/treaty", "Russia signed a treaty with Pyongyang.", "signed", "057", 8.0, 1,
          "Putin and Kim sign a treaty", "https://wire.example.org/treaty")  # fmt: skip
    _save(store, "w/threat", "Moscow <b>threatened</b> Pyongyang & Seoul.", "threatened", "130",
          -4.4, 3, "<script>alert('x')</script> headline", fact="possible")  # fmt: skip
    out = write_report(store, tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")

    # self-contained: no scripts, no stylesheets or images fetched from anywhere
    assert "<script" not in html
    assert not re.search(r"<link\b|\bsrc=|@import|url\(", html)
    assert "<style>" in html and "<svg" in html

    # escaped everywhere, trigger marked in the evidence sentence
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; headline" in html
    assert "Moscow &lt;b&gt;<mark>threatened</mark>&lt;/b&gt; Pyongyang &amp; Seoul." in html
    assert "Russia <mark>signed</mark> a treaty with Pyongyang." in html

    tree = lxml.html.fromstring(html)
    assert tree.xpath("//section[@id='overview']//div[@class='card']")
    dyad_rows = tree.xpath("//section[@id='dyads']//tbody/tr")
    assert len(dyad_rows) == 1  # the possible event is not counted in dyads
    cells = [c.text_content().strip() for c in dyad_rows[0].xpath("./td")]
    assert cells[:9] == ["RUS", "PRK", "1", "0", "0", "0", "1", "8", "1"]
    event_rows = tree.xpath("//section[@id='events']//tbody/tr")
    assert len(event_rows) == 2
    assert {r.xpath(".//span[contains(@class, 'fact')]")[0].text for r in event_rows} == {
        "asserted",
        "possible",
    }
    assert tree.xpath("//section[@id='events']//a[@href='#doc-w/treaty']")
    claim_rows = tree.xpath("//section[@id='claims']//tbody/tr")
    assert len(claim_rows) == 2 and "trade_share" in claim_rows[0].text_content()
    sources = tree.xpath("//section[@id='sources']//ol/li")
    assert [s.get("id") for s in sources] == ["doc-w/threat", "doc-w/treaty"]
    assert "https://wire.example.org/treaty" in sources[1].text_content()
    assert "Goldstein, Joshua S. (1992)" in html


def test_report_of_an_empty_store(store: Store) -> None:
    html = render_report(store)
    assert "No events were extracted" in html
    assert "No documents stored." in html


def test_report_caps_the_events_table(store: Store) -> None:
    for i in range(3):
        _save(store, f"d{i}", f"Russia signed treaty number {i}.", "signed", "057", 8.0, 1, f"T{i}")
    html = render_report(store, max_events=2)
    tree = lxml.html.fromstring(html)
    assert len(tree.xpath("//section[@id='events']//tbody/tr")) == 2
    assert "The first 2 events by date are shown" in html


def test_highlight_marks_whole_words_only() -> None:
    assert str(highlight("He resigned, then signed it.", "signed")) == (
        "He resigned, then <mark>signed</mark> it."
    )
    assert str(highlight("No trigger <here>.", None)) == "No trigger &lt;here&gt;."
    assert str(highlight("Visit to Hanoi.", "visit")) == "<mark>Visit</mark> to Hanoi."


def test_net_bar_direction() -> None:
    right = str(net_bar(0.5))
    left = str(net_bar(-1.0))
    assert 'x="60.0"' in right and 'width="30.0"' in right and "#2171b5" in right
    assert 'x="0.0"' in left and 'width="60.0"' in left and "#cb181d" in left
    assert str(net_bar(None)) == ""
