"""Conditions opened by an inverted auxiliary ("Should X mass troops ..., Y would respond",
"Were X to cut gas ...", "Had X not intervened, ..."): every act inside one is hypothetical.
Split from :mod:`realpolitik.extract.factuality`, which uses them and re-exports
:func:`inverted_clause`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_bounds import INVERTING
from realpolitik.extract._factuality_words import MODALS
from realpolitik.extract._tree import doc_forms, sentence_forms, token_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Auxiliaries that open a condition by inversion: "Should X ...", "Were X to ...", "Had X ...".
_SUBJECT_START = frozenset({"PROPN", "DET", "NOUN", "PRON", "ADJ", "NUM"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# What an inverted subject after the main clause is made of ("had the Indian army", "were
# Beijing's forces"), and the verb form each auxiliary takes after it.
_SUBJECT_WORDS = frozenset({"PROPN", "DET", "NOUN", "PRON", "ADJ", "NUM", "PART"})
_VERB_AFTER = {"had": ("VBN", "VBD"), "should": ("VB",), "were": ("TO",)}
# What the main clause may end in before the auxiliary ("would have soared had", "would be
# thrown into turmoil were", "would respond, should"): never a subordinator, a pronoun or "and".
_MAIN_END = frozenset({"VERB", "NOUN", "PROPN", "ADJ", "ADV", "NUM", "PUNCT"})
_WH_TAGS = frozenset({"WRB", "WDT", "WP", "WP$"})
_PERFECT = frozenset({"have", "'ve"})
_TRAIL_SUBJECT = 6  # words an inverted subject after the main clause may have


def inverted_clause(sent: Span) -> tuple[int, int] | None:
    """ "Should X mass troops on the border, Y would respond", "Were X to cut gas supplies to Y,
    ...", "Had X not intervened, ...": the (auxiliary, comma) token indices of a condition
    opened by an inverted auxiliary and its subject, closed by a comma before a main clause
    with a modal; None for other sentences. Read from the words, since the parser often
    takes the clause for a noun phrase or for the main clause itself."""
    if len(sent) < 4 or INVERTING.isdisjoint(sentence_forms(sent)):
        return None  # (the condition opens with an inverting word: none, no token read)
    first = sent[0]
    kept = first.text == "," or not (first.is_punct or first.is_quote)  # words[0] below
    if kept and first.lower_ not in INVERTING:
        return None  # (most sentences: the first word opens no condition; no walk over them)
    words = [t for t in sent if not (t.is_punct or t.is_quote) or t.text == ","]
    if len(words) < 4 or words[0].lower_ not in INVERTING or words[-1].text == "?":
        return None
    if words[1].pos_ not in _SUBJECT_START and words[1].tag_ not in _NAME_TAGS:
        return None  # "Had talks ...": no inverted subject ("Had Modi": a name read as aux)
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
    if first.lower_ in INVERTING or first.is_punct or first.is_quote:
        span = inverted_clause(sent)
        if span is not None and span[0] < token.i < span[1]:
            return True
    return _trailing(token, sent)


def modal_main(main: Span, aux: Token) -> bool:
    """The main clause before a trailing inverted auxiliary has a modal; before "had", a
    perfect one ("would have soared had X attacked"), as a counterfactual takes: so "would not
    comment on reports Taiwan had sent troops" (an elided "that") is no condition."""
    doc, lowers = aux.doc, token_lowers(aux.doc)  # (a Token only of a modal)
    modal = [doc[i] for i in range(main.start, main.end) if lowers[i] in MODALS]
    if aux.lower_ != "had":
        return bool(modal)
    return any(t.i + 1 < aux.i and doc[t.i + 1].lower_ in _PERFECT for t in modal) or any(
        t.i + 2 < aux.i and doc[t.i + 1].lower_ == "not" and doc[t.i + 2].lower_ in _PERFECT
        for t in modal
    )


def _trailing(token: Token, sent: Span) -> bool:
    """ "Oil prices would have soared had Iran attacked Israel", "NATO would respond should
    Russia attack Poland", "markets would fall were China to blockade Taiwan": a condition
    opened by an inverted auxiliary after a main clause with a modal. The auxiliary follows a
    word of the main clause (no subordinator, relative word or "and": "if / which had"), a
    short noun phrase stands between it and the verb (so never "the army had attacked"), and the verb form after it is the auxiliary's ("had" + participle,
    "should" + bare verb, "were" + "to"); the token lies between the auxiliary and the
    clause's end (a comma or the sentence's)."""
    doc = sent.doc
    if token.i <= sent.start + 2 or doc_forms(doc).isdisjoint(INVERTING):
        return False  # (most documents: no inverting word at all, read from a cached set)
    lowers = token_lowers(doc)
    for k in range(sent.start + 2, token.i):
        forms = _VERB_AFTER.get(lowers[k])
        if forms is None:
            continue  # (no inverting word: no Token for it)
        aux, prev = doc[k], doc[k - 1]
        if prev.pos_ not in _MAIN_END or prev.tag_ in _WH_TAGS:
            continue  # ("if / that / where Iran had attacked", "which had", "and had")
        if not modal_main(doc[sent.start : aux.i], aux):
            continue
        j = aux.i + 1
        while j < sent.end and j - aux.i <= _TRAIL_SUBJECT and doc[j].tag_ not in forms:
            if (
                doc[j].pos_ not in _SUBJECT_WORDS
                and doc[j].lower_ != "not"
                and doc[j].tag_ != "HYPH"
            ):
                break
            j += 1
        if j == aux.i + 1 or j >= sent.end or doc[j].tag_ not in forms:
            continue
        end = next((t.i for t in doc[j : sent.end] if t.text == ","), sent.end)
        if aux.i < token.i < end:
            return True
    return False
