"""Extraction: a document in, events, claims and actor mentions out.

``extract_document`` is a pure function of (document, actor registry, date) so that it can run in
worker processes or on a cluster.

PLACEHOLDER: splits sentences only; the extraction issue fills in events, claims and mentions.
"""

from __future__ import annotations

import re
from typing import Any

from realpolitik.models import Document, Extraction, Sentence

_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def extract_document(
    doc: Document, registry: Any = None, date: str | None = None, nlp: Any = None
) -> Extraction:
    sentences = []
    for i, m in enumerate(m for m in _SENT.finditer(doc.text) if m.group().strip()):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.end()
        sentences.append(Sentence(doc.doc_id, i, start, end, doc.text[start:end]))
    return Extraction(doc, sentences, [], [], [])


__all__ = ["extract_document"]
