"""A quoted verdict verb the tagger reads as a noun (issue 9, clauses42: fresh29's class E).

"Ghana said Togo's decision 'rewards impunity'", "said Y's arms sales' reward impunity": after
a speech verb and an act noun, a quotation that opens with a verb of harm or abetting
("rewards", "reward", "threatens") is the quoted predicate of that noun; the tagger may read
the verb as a plural noun (an apposition of the act noun, or a compound of the noun after it),
so the sentence has no clause for ``_predicted_harm`` to read as the speaker's judgement (111)
and the act noun stays the speech verb's object. The verb becomes the speech verb's clause
(``ccomp``, a present form), the act noun its subject, the quotation's last noun its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._predicted_harm import ABETTING_VERBS, HARM_VERBS, QUOTED_ACT_NOUNS
from realpolitik.extract._readings import _SPEECH
from realpolitik.extract._tree import forget
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

VERDICT_VERBS = HARM_VERBS | ABETTING_VERBS
QUOTE_MARKS = frozenset({"'", '"'})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_VERB_OR_NOUN = frozenset({"NN", "NNS", "VB", "VBP", "VBZ"})
# Words between an owner's "'s" and its act noun ("Y's new fishing law", "Y's arms sales").
_MODIFIER_TAGS = frozenset({"JJ", "NN", "NNS", "VBG"})
# Words a quoted object phrase may hold ("regional peace", "the truce", "our fishermen").
_OBJECT_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "PRP$", "NNP"})
_LONGEST_OBJECT = 4


def quoted_verdict_verb(sent: Span) -> None:
    """Read a verdict verb that opens a quotation after a speech verb's act noun as that
    noun's quoted predicate (see the module's docstring)."""
    doc = sent.doc
    for w in sent:
        if w.lemma_.lower() not in VERDICT_VERBS or w.tag_ not in _VERB_OR_NOUN:
            continue
        if w.i < sent.start + 2 or doc[w.i - 1].text not in QUOTE_MARKS:
            continue
        subj = doc[w.i - 2]
        if not _noun_like(subj) or not {subj.lemma_.lower(), subj.lower_} & QUOTED_ACT_NOUNS:
            continue
        speech = _speech_verb(subj)
        if speech is None:
            continue
        if w.tag_.startswith("VB"):  # ("'endanger our fishermen'": the verb, its subject lost)
            if w.dep_ != "ccomp" or w.head.i != speech.i:
                continue
            obj = None
        else:
            obj = _quoted_object(sent, w)
            if obj is None:
                continue
        _rewrite(sent, speech, subj, w, obj)
        return


def _noun_like(word: Token) -> bool:
    """A noun, or an "-ing" act noun the tagger reads as a participle ("Y's ruling")."""
    return word.tag_ in _NOUN_TAGS or word.tag_ == "VBG"


def _speech_verb(subj: Token) -> Token | None:
    """The speech verb the act noun hangs on (its object, the subject of a clause of it, or the
    subject of the noun the quoted verb was read as a compound of)."""
    head = subj.head
    for _ in range(3):
        if head.pos_ == "VERB" and head.lemma_.lower() in _SPEECH and head.i < subj.i:
            return head
        head = head.head
    return None


def _quoted_object(sent: Span, verb: Token) -> tuple[int, int] | None:
    """The first and last index of the quotation's words after its verb, up to the closing
    quote: a short noun phrase ending in a noun."""
    doc = sent.doc
    end = verb.i + 1
    while end < sent.end and doc[end].text not in QUOTE_MARKS:
        if doc[end].tag_ not in _OBJECT_TAGS or end - verb.i > _LONGEST_OBJECT:
            return None
        end += 1
    if end == verb.i + 1 or end >= sent.end or not doc[end - 1].tag_.startswith("NN"):
        return None
    return verb.i + 1, end - 1


def _rewrite(
    sent: Span, speech: Token, subj: Token, verb: Token, obj: tuple[int, int] | None
) -> None:
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = speech.i, "ccomp"
    heads[subj.i], deps[subj.i] = verb.i, "nsubj"
    heads[verb.i - 1], deps[verb.i - 1] = verb.i, "punct"
    if obj is not None:
        first, last = obj
        heads[last], deps[last] = verb.i, "dobj"
        for j in range(first, last):
            if not first <= heads[j] <= last:
                heads[j] = last  # ("regional", "the": the object's own words)
        for t in sent:
            if heads[t.i] in (verb.i, subj.i) and t.i > last:
                heads[t.i] = speech.i  # (the closing quote, the full stop: the speech verb's)
    _own_words(sent, subj, heads, deps)
    _write_tree(sent, heads, deps)
    if obj is not None:
        verb.tag_ = "VBP" if subj.tag_ == "NNS" else "VBZ"
        verb.pos_ = "VERB"
    elif verb.tag_ == "VB":
        verb.tag_ = "VBP"  # (a plural present: "Y's arms sales 'endanger ...'")
    if subj.tag_ == "VBG":
        subj.tag_, subj.pos_, subj.lemma_ = "NN", "NOUN", subj.lower_
    forget(sent.doc)


def _own_words(sent: Span, subj: Token, heads: dict[int, int], deps: dict[int, str]) -> None:
    """The act noun's own words before it ("Rome's", "arms", "new"), which the parser may hang
    on a word of the quotation, hung back on it."""
    doc = sent.doc
    j = subj.i - 1
    while j > sent.start and doc[j].tag_ in _MODIFIER_TAGS:
        heads[j] = subj.i
        j -= 1
    if j > sent.start and doc[j].tag_ == "POS" and doc[j - 1].dep_ == "poss":
        heads[j - 1], deps[j - 1] = subj.i, "poss"


__all__ = ["QUOTE_MARKS", "VERDICT_VERBS", "quoted_verdict_verb"]
