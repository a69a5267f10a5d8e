"""Readers: every format into plain Documents, with the doc_id and date conventions."""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.ingest import read_paths
from realpolitik.models import Document

ARTICLE = """Putin and Kim sign a treaty in Pyongyang
Date: 2024-06-19

PYONGYANG, June 19 (Wire) - Russia and North Korea signed a treaty on Wednesday.

Putin’s visit was his first in 24 years.
"""

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Russia vetoes UN panel | The Example Times</title>
<meta property="og:title" content="Russia vetoes renewal of UN panel on North Korea">
<meta property="article:published_time" content="2024-03-28T09:00:00Z">
<link rel="canonical" href="https://news.example.org/2024/03/28/veto">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/asia">Asia</a></li></ul></nav></header>
<main><article>
<h1>Russia vetoes renewal of UN panel on North Korea</h1>
<time datetime="2024-03-28">28 March 2024</time>
<p>Russia on Thursday vetoed a Security Council resolution that would have renewed the panel of
experts monitoring sanctions on North Korea, ending its mandate at the end of April.</p>
<p>Thirteen members voted in favour and China abstained, diplomats said after the vote in New
York, where the United States accused Moscow of shielding its arms deals with Pyongyang.</p>
<p>The panel had reported on North Korean shipments of munitions to Russia since last year and
on Pyongyang’s evasion of oil and coal sanctions.</p>
</article>
<aside class="related"><h2>Related articles</h2><ul>
<li><a href="/a">Kim visits Vostochny cosmodrome for rare summit with Putin</a></li>
<li><a href="/b">Seoul says Pyongyang has shipped millions of shells to Moscow</a></li></ul></aside>
</main>
<footer><p>Suggest a correction to this article by writing to our standards desk.</p>
<p>Copyright 2024 The Example Times. All rights reserved.</p></footer>
</body></html>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire</title><link>https://wire.example.org/</link>
<description>Example feed</description><language>en-gb</language>
<item><title>Xi and Putin meet in Beijing</title>
<link>https://wire.example.org/2024/05/16/xi-putin</link>
<guid isPermaLink="false">wire-xi-putin</guid>
<pubDate>Thu, 16 May 2024 08:00:00 GMT</pubDate>
<description><![CDATA[<p>BEIJING (Wire) - Xi Jinping hosted Vladimir Putin in Beijing.</p><p>The two leaders signed a joint statement.</p>]]></description>
</item>
<item><title>No body</title><link>https://wire.example.org/empty</link></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id>
<updated>2023-09-10T12:00:00Z</updated>
<entry><title>US and Vietnam upgrade ties</title><id>urn:desk:1</id>
<link href="https://desk.example.org/us-vietnam"/>
<updated>2023-09-10T12:00:00Z</updated>
<content type="html">&lt;p&gt;Joe Biden and Nguyen Phu Trong agreed in Hanoi to upgrade relations.&lt;/p&gt;</content>
</entry></feed>
"""


def _docs(items: list[Document | InputError]) -> list[Document]:
    return [d for d in items if isinstance(d, Document)]


def _errors(items: list[Document | InputError]) -> list[InputError]:
    return [d for d in items if isinstance(d, InputError)]


def test_text_file_with_header(tmp_path: Path) -> None:
    path = tmp_path / "treaty.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = _docs(list(read_paths([path])))
    assert doc.title == "Putin and Kim sign a treaty in Pyongyang"
    assert doc.date == "2024-06-19"
    assert doc.text.startswith("PYONGYANG, June 19 (Wire)")
    assert "Date:" not in doc.text and "Putin and Kim sign" not in doc.text
    assert doc.doc_id == "treaty"
    assert doc.source == str(path.resolve())


def test_curly_apostrophes_are_straightened_one_for_one(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("“Putin’s visit,” he said, ‘twice’.", encoding="utf-8")
    [doc] = _docs(list(read_paths([path])))
    assert doc.text == "\"Putin's visit,\" he said, 'twice'."


def test_plain_text_without_header_is_all_body_and_takes_date_option(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Russia and China signed a trade deal.\nIt was the first.\n", encoding="utf-8")
    [doc] = _docs(list(read_paths([path], date="2024-05-16")))
    assert doc.title is None
    assert doc.text == "Russia and China signed a trade deal.\nIt was the first."
    assert doc.date == "2024-05-16"


def test_header_date_beats_date_option(tmp_path: Path) -> None:
    path = tmp_path / "treaty.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [doc] = _docs(list(read_paths([path], date="2000-01-01")))
    assert doc.date == "2024-06-19"


def test_markdown_strips_heading_marks_and_emphasis(tmp_path: Path) -> None:
    path = tmp_path / "op-ed.md"
    path.write_text(
        "# The clause returns\nDate: 2024-06-21\n\n*Analysis.* Putin's visit mattered.\n\n"
        "## What changes\n\nThe **treaty** could draw Russia in.\n",
        encoding="utf-8",
    )
    [doc] = _docs(list(read_paths([path])))
    assert doc.title == "The clause returns"
    assert doc.date == "2024-06-21"
    assert doc.text == (
        "Analysis. Putin's visit mattered.\n\nWhat changes\n\nThe treaty could draw Russia in."
    )


def test_html_main_text_title_date_and_no_furniture(tmp_path: Path) -> None:
    path = tmp_path / "veto.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = _docs(list(read_paths([path])))
    assert doc.date == "2024-03-28"
    assert doc.title is not None and "Russia vetoes renewal of UN panel" in doc.title
    assert doc.url == "https://news.example.org/2024/03/28/veto"
    assert "Russia on Thursday vetoed" in doc.text
    assert "Pyongyang's evasion" in doc.text  # curly apostrophe straightened
    for furniture in ("cookies", "Home", "Related articles", "Suggest a correction", "Copyright"):
        assert furniture not in doc.text, furniture
    assert "Vostochny" not in doc.text  # related-article link text


def test_html_in_other_declared_charset(tmp_path: Path) -> None:
    path = tmp_path / "latin.html"
    page = PAGE.replace('<html lang="en"><head>', '<html><head><meta charset="iso-8859-1">')
    page = page.replace("Thirteen members", "Thirteen members (café diplomacy)")
    path.write_bytes(page.replace("’", "'").encode("iso-8859-1"))
    [doc] = _docs(list(read_paths([path])))
    assert "café diplomacy" in doc.text


def test_rss_entries_are_documents_with_guid_link_and_date(tmp_path: Path) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(read_paths([path]))
    [doc] = _docs(items)  # the entry without text is left out
    assert not _errors(items)
    assert doc.doc_id == "wire-xi-putin"
    assert doc.date == "2024-05-16"
    assert doc.url == "https://wire.example.org/2024/05/16/xi-putin"
    assert doc.title == "Xi and Putin meet in Beijing"
    assert doc.text == (
        "BEIJING (Wire) - Xi Jinping hosted Vladimir Putin in Beijing.\n\n"
        "The two leaders signed a joint statement."
    )
    assert doc.source == f"{path.resolve()}#wire-xi-putin"
    assert doc.language == "en"


def test_atom_feed_in_xml_file_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "desk.xml"
    path.write_text(ATOM, encoding="utf-8")
    [doc] = _docs(list(read_paths([path])))
    assert doc.doc_id == "urn:desk:1"
    assert doc.date == "2023-09-10"
    assert doc.url == "https://desk.example.org/us-vietnam"
    assert doc.text == "Joe Biden and Nguyen Phu Trong agreed in Hanoi to upgrade relations."


def test_jsonl_records_only_text_required(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl"
    lines = [
        {
            "id": "lavrov-1",
            "text": "Lavrov met Kim.",
            "date": "2023-10-19",
            "title": "T",
            "url": "u",
        },
        {"text": "Xi met Putin."},
        {"id": 7, "text": "Trong met Biden.", "date": "2023-09-10T10:00:00Z", "title": None},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    docs = _docs(list(read_paths([path], date="2024-01-01")))
    assert [d.doc_id for d in docs] == ["lavrov-1", "archive#2", "7"]
    assert [d.date for d in docs] == ["2023-10-19", "2024-01-01", "2023-09-10"]
    assert docs[0].title == "T" and docs[0].url == "u"
    assert docs[1].source == f"{path.resolve()}#L2"
    assert docs[2].source == f"{path.resolve()}#7"


def test_directories_recursive_sorted_skipping_readme_hidden_and_other_files(
    tmp_path: Path,
) -> None:
    root = tmp_path / "corpus"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    (root / ".git").mkdir()
    (root / "b" / "z.txt").write_text("Zeta text here.", encoding="utf-8")
    (root / "a" / "y.md").write_text("Why text here.", encoding="utf-8")
    (root / "x.txt").write_text("Ex text here.", encoding="utf-8")
    (root / "README.md").write_text("# Not an article", encoding="utf-8")
    (root / "actors.tsv").write_text("Han River Policy Institute\tKORNGO\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (root / ".git" / "c.txt").write_text("hidden", encoding="utf-8")
    items = list(read_paths([root]))
    assert not _errors(items)
    assert [d.doc_id for d in _docs(items)] == ["a/y", "b/z", "x"]


def test_same_file_named_directly_gets_its_stem(tmp_path: Path) -> None:
    root = tmp_path / "corpus" / "wire"
    root.mkdir(parents=True)
    (root / "story.txt").write_text("A story.", encoding="utf-8")
    [via_dir] = _docs(list(read_paths([tmp_path / "corpus"])))
    [direct] = _docs(list(read_paths([root / "story.txt"])))
    assert via_dir.doc_id == "wire/story"
    assert direct.doc_id == "story"
    assert via_dir.source == direct.source  # the same document for the store


def test_reader_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Text {i}.", encoding="utf-8")
    gen = read_paths([tmp_path])
    first = next(gen)
    assert isinstance(first, Document) and first.doc_id == "0"


def test_dates_written_other_ways(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Headline\nDate: 19 June 2024\n\nBody text here.", encoding="utf-8")
    lines = tmp_path / "b.jsonl"
    lines.write_text(
        json.dumps({"id": "x", "text": "Body.", "date": "Thu, 05 Dec 2024 09:15:00 GMT"}),
        encoding="utf-8",
    )
    docs = _docs(list(read_paths([text, lines])))
    assert [d.date for d in docs] == ["2024-06-19", "2024-12-05"]
    assert docs[0].title == "Headline" and docs[0].text == "Body text here."


def test_windows_line_endings_and_bom(tmp_path: Path) -> None:
    path = tmp_path / "w.txt"
    path.write_bytes(
        b"\xef\xbb\xbfHeadline\r\nDate: 2024-01-02\r\n\r\nLine one.\r\n\r\nLine two.\r\n"
    )
    [doc] = _docs(list(read_paths([path])))
    assert (doc.title, doc.date, doc.text) == ("Headline", "2024-01-02", "Line one.\n\nLine two.")
