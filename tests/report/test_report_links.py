"""Links in the report come from feeds and JSON Lines, i.e. from anyone: only http(s) is clickable,
and the page says so itself with a Content-Security-Policy that allows no script at all."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html

from realpolitik.ingest import read_paths
from realpolitik.models import Document, Extraction, Sentence
from realpolitik.report import write_report
from realpolitik.report._html import web_link
from realpolitik.store import Store

HOSTILE = [
    "javascript:alert(document.cookie)",
    " JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "\x01javascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example.org/x",
    "https:evil",
]
GOOD = ["https://wire.example.org/a?b=1&c=2", "http://old.example.org/x"]


def test_only_http_links_are_clickable(tmp_path: Path) -> None:
    lines = tmp_path / "links.jsonl"
    records = [{"id": f"d{n}", "text": f"Story number {n}.", "url": url}
               for n, url in enumerate(HOSTILE + GOOD)]  # fmt: skip
    lines.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    docs = [d for d in read_paths([lines]) if isinstance(d, Document)]
    assert [d.url for d in docs] == HOSTILE + GOOD
    with Store(tmp_path / "db.duckdb") as store:
        for doc in docs:
            sentence = Sentence(doc.doc_id, 0, 0, len(doc.text), doc.text)
            store.save_extraction(Extraction(doc, [sentence], [], [], []))
        html = write_report(store, tmp_path / "report.html").read_text(encoding="utf-8")

    tree = lxml.html.fromstring(html)
    hrefs = tree.xpath("//a/@href")
    outside = sorted(h for h in hrefs if not h.startswith("#"))
    assert outside == sorted(GOOD)
    for item in tree.xpath("//section[@id='sources']//li"):
        if item.get("id") in {f"doc-d{n}" for n in range(len(HOSTILE))}:
            assert not item.xpath(".//a") and item.xpath(".//code")
    policy = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")
    assert policy and "default-src 'none'" in policy[0] and "script-src" not in policy[0]
    head = html.index("<head>")
    assert html.index("Content-Security-Policy") < html.index("<style>") and head >= 0


def test_web_link() -> None:
    for url in HOSTILE + ["", None, "https://", "https://a.example.org/\x00x"]:
        assert web_link(url) is None, url
    assert web_link(" https://a.example.org/x ") == "https://a.example.org/x"
    assert web_link("HTTPS://A.example.org/") == "HTTPS://A.example.org/"
