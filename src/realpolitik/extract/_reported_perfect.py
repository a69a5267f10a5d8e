"""A second "had V-ed" after "said it had V-ed" is one more thing said (issue 9, context22:
fresh11's class V).

"South Africa said it had protested to Nigeria and had recalled its ambassador": the parser may
conjoin "had recalled" to "said", so that the recall reads as the writer's assertion beside the
saying, not as the speaker's report. A finite conjunct of a saying verb with no subject of its
own and the pluperfect "had" is in the tense of the reported clause before it, which also has
"had" (the mirror of ``_said_conjunct``, whose subjectless appeals in the simple past are the
speaker's own acts): it is conjoined to that clause instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._said_conjunct import SAYING
from realpolitik.extract._tree import sentence_words
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_HAD = "have"
_PAST = "VBD"


def _perfect(verb: Token) -> bool:
    """``verb`` carries the pluperfect "had" (and no subject of its own where asked)."""
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == _HAD and c.tag_ == _PAST for c in verb.children
    )


def reported_perfect(sent: Span) -> None:
    """Re-hang "... said it had V-ed and had W-ed": W onto V (in place)."""
    words = sentence_words(sent)
    if SAYING.isdisjoint(words) or "had" not in words:
        return  # (most sentences: no walk over their tokens)
    for tok in sent:
        said = tok.head
        if tok.dep_ != "conj" or said.lemma_.lower() not in SAYING or said.i > tok.i:
            continue
        if any(c.dep_ in _SUBJECTS for c in tok.children) or not _perfect(tok):
            continue
        reported = [c for c in said.children if c.dep_ == "ccomp" and c.i < tok.i]
        if len(reported) != 1 or not _perfect(reported[0]):
            continue
        for joiner in list(said.children):  # the "and" (and its comma) before the conjunct
            if joiner.dep_ in ("cc", "punct") and reported[0].i < joiner.i < tok.i:
                relabel(joiner, head=reported[0])
        relabel(tok, head=reported[0])


__all__ = ["reported_perfect"]
