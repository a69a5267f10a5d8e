"""Hand-written parses for stage tests: a sentence given with its dependency tree, so a stage is
tested on exactly the structure it reads (no model, whatever a parser would make of it)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span, Token

VOCAB = spacy.blank("en").vocab

# (word, head index, dep, POS, lemma); the root is its own head. A trailing "_" after a word
# means no space follows it.
Row = tuple[str, int, str, str, str]


def parse(rows: list[Row]) -> Doc:
    words = [w.removesuffix("_") for w, *_ in rows]
    spaces = [not w.endswith("_") for w, *_ in rows]
    spaces[-1] = False
    return Doc(
        VOCAB, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
        pos=[r[3] for r in rows], lemmas=[r[4] for r in rows],
    )  # fmt: skip


def token(doc: Doc, word: str) -> Token:
    (found,) = [t for t in doc if t.text == word]
    return found


def sentence(doc: Doc) -> Span:
    return doc[0 : len(doc)]
