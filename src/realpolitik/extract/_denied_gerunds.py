"""Two parse repairs of a verb's complement hung as something else (issue 9, leftovers33).

A denied act told as a gerund after a time phrase or an adverb: "Russia denied on Friday
breaching the accord with Ukraine", "Uganda denied yesterday attacking Kenyan troops". With
nothing between them the parser reads the gerund as the complement of "denied" (an ``xcomp``,
the denied act: GUIDE rule 2's denial, 016, and the act `negated`); a time phrase in between
makes it read an adverbial clause ("denied on Friday, breaching ..."), so the act was lost.

An answer's "with" hung on the act answered: "China met Japan's plan with condemnation" read as
"the plan with condemnation", so the condemnation took the plan's hedge (``answer_with``).
Both are called by :func:`realpolitik.extract._apposed_repairs.joined_phrases`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DENYING = frozenset({"deny"})
# What may stand between the verb and its gerund: a time phrase or an adverb of the verb.
_BETWEEN_DEPS = frozenset({"prep", "npadvmod", "advmod", "tmod"})
# A gerund with one of these is a clause of its own ("denied it, saying ...", "while visiting").
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass"})


def denied_gerund(sent: Span) -> None:
    """ "X denied on Friday V-ing Y": a gerund read as an adverbial clause of a denying verb
    with no object, separated from it only by the verb's own time phrases or adverbs (no
    comma, no subject or subordinator of its own), is the verb's complement (``xcomp``), as
    it is with nothing between them. "Having V-ed" (the gerund's own "having") is the same."""
    if sentence_words(sent).isdisjoint(_DENYING):
        return
    for verb in tokens_with_lemma(sent, _DENYING):
        gerund = _adverbial_gerund(verb)
        if gerund is None:
            continue
        heads, deps = tree_of(sent)
        deps[gerund.i] = "xcomp"
        _write_tree(sent, heads, deps)


def _adverbial_gerund(verb: Token) -> Token | None:
    """The gerund ``verb`` governs as an adverbial clause after its time phrases, if any."""
    if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    gerund = next((c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i), None)
    if gerund is None or gerund.tag_ not in ("VBG", "VBN"):
        return None
    if any(c.dep_ in _OWN_CLAUSE_DEPS and c.i < gerund.i for c in gerund.children):
        having = [c for c in gerund.children if c.dep_ == "aux" and c.i < gerund.i]
        if len(having) != 1 or having[0].lower_ != "having" or having[0].i != gerund.i - 1:
            return None
        if any(c.dep_ != "aux" and c.dep_ in _OWN_CLAUSE_DEPS for c in gerund.children):
            return None  # ("having" is the only word of a clause of its own)
    elif gerund.tag_ != "VBG":
        return None  # (a past participle only after "having")
    start = min(gerund.left_edge.i, gerund.i)
    between = [c for c in verb.children if verb.i < c.i < start]
    if not between or any(c.dep_ not in _BETWEEN_DEPS for c in between):
        return None
    if any(t.is_punct for t in verb.doc[verb.i + 1 : start]):
        return None
    return gerund


_MEETING = frozenset({"meet", "greet"})
# Acts another answers ("met Y's offer with a rebuff"), as the lexicon's no-meeting rows name them.
ANSWERED_NOUNS = frozenset(
    {"proposal", "offer", "plan", "move", "idea", "initiative", "overture", "bid", "decision",
     "suggestion", "announcement", "invitation", "appeal", "plea", "approach", "gesture",
     "request", "demand", "call", "protest", "threat", "ultimatum", "accusation"}
)  # fmt: skip


def answer_with(sent: Span) -> None:
    """ "China met Japan's plan with condemnation": the parser may hang the answer's "with" on
    the object ("the plan with condemnation"), so the answer reads as part of the plan (and
    takes the plan's hedge). A "with" phrase ending an answered noun that a meeting verb with a
    subject takes as its object is the verb's: the manner of its answer (leftovers33)."""
    if sentence_words(sent).isdisjoint(_MEETING):
        return
    for verb in tokens_with_lemma(sent, _MEETING):
        if not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.lemma_.lower() not in ANSWERED_NOUNS:
            continue
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        if prep is None or prep.i < obj.i:
            continue
        heads, deps = tree_of(sent)
        heads[prep.i] = verb.i
        _write_tree(sent, heads, deps)
