"""Conditions opened by an inverted auxiliary ("Should X mass troops ..., Y would respond",
"Were X to cut gas ...", "Had X not intervened, ..."): every act inside one is hypothetical.
Split from :mod:`realpolitik.extract.factuality`, which uses them and re-exports
:func:`inverted_clause`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_bounds import INVERTING
from realpolitik.extract._factuality_words import MODALS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Auxiliaries that open a condition by inversion: "Should X ...", "Were X to ...", "Had X ...".
_SUBJECT_START = frozenset({"PROPN", "DET", "NOUN", "PRON", "ADJ", "NUM"})


def inverted_clause(sent: Span) -> tuple[int, int] | None:
    """ "Should X mass troops on the border, Y would respond", "Were X to cut gas supplies to Y,
    ...", "Had X not intervened, ...": the (auxiliary, comma) token indices of a condition
    opened by an inverted auxiliary and its subject, closed by a comma before a main clause
    with a modal; None for other sentences. Read from the words, since the parser often
    takes the clause for a noun phrase or for the main clause itself."""
    if len(sent) < 4:
        return None
    first = sent[0]
    kept = first.text == "," or not (first.is_punct or first.is_quote)  # words[0] below
    if kept and first.lower_ not in INVERTING:
        return None  # (most sentences: the first word opens no condition; no walk over them)
    words = [t for t in sent if not (t.is_punct or t.is_quote) or t.text == ","]
    if len(words) < 4 or words[0].lower_ not in INVERTING or words[-1].text == "?":
        return None
    if words[1].pos_ not in _SUBJECT_START:
        return None  # "Had talks ...": no inverted subject
    comma = next((t.i for t in words if t.text == ","), None)
    if comma is None or not any(t.lower_ in MODALS for t in words if t.i > comma):
        return None
    return words[0].i, comma


def inverted_condition(token: Token, sent: Span | None = None) -> bool:
    """Whether ``token`` lies in its sentence's inverted condition (:func:`inverted_clause`):
    every act there is hypothetical. ``sent``: the token's sentence, when already known
    (``token.sent`` reads the parse again)."""
    sent = token.sent if sent is None else sent
    first = sent[0]
    if first.lower_ not in INVERTING and not (first.is_punct or first.is_quote):
        return False  # the common case, without reading the sentence
    span = inverted_clause(sent)
    return span is not None and span[0] < token.i < span[1]
