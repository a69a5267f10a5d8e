"""A trailing "according to X" at the end of a long coordination reports every conjunct
(issue 9, context22: fresh11's class TA).

"The ambassador pledged that Japan would stand by the Philippine people and said Tokyo had
asked the company to set aside funds, according to a statement from the president's office":
the parser hangs the attribution on the nearest clause ("asked"), so the climb of
``factuality_of`` never meets it from the first conjunct's pledge, which came out asserted. A
sentence-final "according to" set off by a comma attributes the whole sentence: every act on
the sentence's main line (the root, its conjuncts and their complements, not a relative or
adverbial clause, which set the scene) is `reported` (GUIDE rule 3), as long as nothing nearer
made it hedged or negated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_forms, tokens_with_form
from realpolitik.models import Factuality

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Arcs that leave the sentence's main line: a relative, adverbial or adnominal clause, an
# apposition or a quoted aside is background to it, not one of its reported acts.
_ASIDE_ARCS = frozenset({"relcl", "advcl", "acl", "appos", "parataxis", "csubj"})
_ATTRIBUTING = "according"
_MAX_CLIMB = 12
_END_SLACK = 2  # the phrase may stop before a closing full stop or quote


def _main_line(tok: Token) -> bool:
    """``tok`` reaches the sentence's root through no aside arc."""
    for _ in range(_MAX_CLIMB):
        if tok.head.i == tok.i:
            return True
        if tok.dep_ in _ASIDE_ARCS:
            return False
        tok = tok.head
    return False


def _trailing_phrase(sent: Span) -> Token | None:
    """The sentence's final ", according to X" (its "according"), when it has one."""
    for t in tokens_with_form(sent, (_ATTRIBUTING,)):
        if t.lower_ != _ATTRIBUTING or t.i + 1 >= sent.end or t.i == sent.start:
            continue
        if t.nbor(1).lower_ != "to" or t.nbor(-1).text != ",":
            continue
        if t.right_edge.i >= sent.end - _END_SLACK and _main_line(t.head):
            return t
    return None


def trailing_report(tok: Token, fact: Factuality, sent: Span) -> Factuality:
    """``fact`` made `reported` where an act on the main line of ``sent`` comes before a
    sentence-final ", according to X" (see the module's docstring)."""
    if fact != "asserted" or _ATTRIBUTING not in sentence_forms(sent):  # (no Span.text)
        return fact
    phrase = _trailing_phrase(sent)
    if phrase is None or tok.i >= phrase.i or not _main_line(tok):
        return fact
    return "reported"


__all__ = ["trailing_report"]
