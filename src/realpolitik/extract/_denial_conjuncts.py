"""A simple-past clause after a denied perfect clause is the narrator's, not part of what was
denied (issue 9, leftovers53: practice18's "noticed" conjunct).

"The Y-ian embassy denied that its staff had ever contacted the man, and Z's ministry backed
X's move": the parser hangs "backed" on "contacted" as its conjunct, so the denial's negation
reaches it (Z -> X 05 `negated`). The denied content is told in the perfect ("had contacted",
"have met"); a conjunct in the simple past with no auxiliary of its own leaves that tense, so it
cannot share the perfect's "had": it is the next clause of the sentence, and hangs on the
denying verb (its "and" with it). Only where the conjunct has a subject of its own or follows
", and" ("denied that its troops had crossed and fired on ..." keeps its shared "had").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DENYING = frozenset({"deny"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_PERFECT = frozenset({"have", "had", "has", "'d", "'ve"})


def _perfect(clause: Token) -> bool:
    return any(k.dep_ == "aux" and k.lower_ in _PERFECT for k in clause.children)


def _own_clause(conj: Token) -> bool:
    """A simple past with no auxiliary, after its own subject or a comma before the "and"."""
    if conj.tag_ != "VBD" or any(k.dep_ in ("aux", "auxpass") for k in conj.children):
        return False
    if any(k.dep_ in _SUBJECTS for k in conj.children):
        return True
    before = conj.doc[conj.left_edge.i - 2 : conj.left_edge.i]
    return [t.lower_ for t in before] == [",", "and"]


def denial_conjunct(sent: Span) -> None:
    """ "denied that its staff had contacted N, and Z backed X": "backed" the denial's conjunct."""
    words = sentence_words(sent)
    if DENYING.isdisjoint(words) or "and" not in words:
        return  # (most sentences: no denial, no word read)
    for verb in tokens_with_lemma(sent, DENYING):
        if verb.pos_ != "VERB":
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i < verb.i or not _perfect(clause):
                continue
            for conj in clause.children:
                if conj.dep_ != "conj" or conj.i < clause.i or not _own_clause(conj):
                    continue
                cc = [k for k in clause.children if k.dep_ in ("cc", "punct") and k.i < conj.i]
                heads, deps = tree_of(sent)
                heads[conj.i] = verb.i
                for k in cc[-2:]:
                    if k.i > clause.i:
                        heads[k.i] = verb.i
                _write_tree(sent, heads, deps)
                return


__all__ = ["DENYING", "denial_conjunct"]
