"""Parse repairs that re-hang a whole clause: a trailing appositive's relative clause read as
the main clause. Called by :func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ARTICLES = frozenset({"a", "an"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NOUNISH = frozenset({"NOUN", "PROPN"})
_NOT_IN_SUBJECT = frozenset({"ADP", "VERB", "AUX", "PUNCT", "SCONJ", "CCONJ"})
_SHORTEST_SUBJECT = 1  # (words between the appositive's noun and the relative's auxiliary)


def trailing_relative(sent: Span) -> None:
    """ "Moscow went ahead with the pipeline, a plan Caracas has repeatedly rejected": the
    parser may read the appositive's relative clause (its object left out) as the sentence's
    main clause, with the real main clause its complement ("Caracas rejected [Moscow went
    ahead]") or the appositive noun its subject. When the sentence ends "..., a NOUN SUBJECT
    has/have (ADV) PARTICIPLE.", the clause before the comma becomes the main clause again,
    the noun its set-off modifier and the participle the noun's relative clause."""
    end = sent.end - 1 if sent[-1].is_punct else sent.end
    doc = sent.doc
    verb = doc[end - 1]
    if verb.tag_ != "VBN" or end - sent.start < 6:
        return
    aux = verb.i - 1
    while aux > sent.start and doc[aux].pos_ == "ADV":
        aux -= 1
    if doc[aux].lemma_.lower() != "have" or doc[aux].tag_ not in _FINITE:
        return
    comma = next((i for i in range(aux - 1, sent.start, -1) if doc[i].text == ","), None)
    if comma is None or doc[comma + 1].lower_ not in _ARTICLES:
        return
    nouns = [i for i in range(comma + 2, aux) if doc[i].pos_ == "NOUN"]
    if not nouns:
        return
    noun = doc[nouns[0]]
    subject = list(range(noun.i + 1, aux))
    if len(subject) < _SHORTEST_SUBJECT or doc[subject[-1]].pos_ not in _NOUNISH:
        return  # (", a spokesman has said": no relative clause)
    if any(doc[i].pos_ in _NOT_IN_SUBJECT for i in subject):
        return  # (", an official in Kyiv has confirmed": the noun is the subject)
    if verb.dep_ == "relcl" and verb.head.i == noun.i:
        return  # (read right)
    main = _main_verb(sent, comma)
    if main is None or any(c.dep_ == "dobj" for c in verb.children if c.i > verb.i):
        return
    _rehang(sent, main, noun, verb, subject, comma)


def _main_verb(sent: Span, comma: int) -> Token | None:
    """The finite verb of the clause before the comma that has a subject there."""
    for t in sent.doc[sent.start : comma]:
        if t.pos_ == "VERB" and t.tag_ in _FINITE:
            return t
    return None


def _rehang(
    sent: Span, main: Token, noun: Token, verb: Token, subject: list[int], comma: int
) -> None:
    """Write the heads and labels of the repaired reading, then rebuild the tree's links."""
    import numpy as np
    from spacy.attrs import DEP, HEAD

    doc = sent.doc
    heads = {t.i: t.head.i for t in sent}
    deps = {t.i: t.dep_ for t in sent}
    inside = range(sent.start, comma)
    for i in inside:  # the main clause hangs from its verb
        if i != main.i and not sent.start <= heads[i] < comma:
            heads[i] = main.i
    heads[main.i], deps[main.i] = main.i, "ROOT"
    head_of_subject = subject[-1]
    for i in range(comma, sent.end):
        if i in (noun.i, verb.i):
            continue
        if i == comma or doc[i].is_punct:
            heads[i], deps[i] = main.i if i > verb.i else noun.i, "punct"
        elif i < noun.i:
            heads[i] = noun.i  # "a", and words before the noun
        elif i == head_of_subject:
            heads[i], deps[i] = verb.i, "nsubj"
        elif i in subject and not noun.i < heads[i] <= head_of_subject:
            heads[i] = head_of_subject
        elif i > head_of_subject:
            heads[i] = verb.i  # the auxiliary and adverbs
    heads[noun.i], deps[noun.i] = main.i, "npadvmod"
    heads[verb.i], deps[verb.i] = noun.i, "relcl"
    arr = doc.to_array([HEAD, DEP])
    labels = doc.vocab.strings
    for i in range(sent.start, sent.end):
        arr[i, 0] = np.int64(heads[i] - i).astype(np.uint64)
        arr[i, 1] = labels.add(deps[i])
    doc.from_array([HEAD, DEP], arr)
