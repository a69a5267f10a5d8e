"""A tit-for-tat act answered in kind is news of its own (leftovers30): "Poland expelled
Russia's ambassador after Moscow expelled its envoy", "Kenya banned Ugandan imports after
Uganda banned Kenyan goods". An "after" clause is scene-setting by default (GUIDE rule 1), but
a clause whose own subject did the very act the main clause answers in kind (the same verb)
is the other half of one exchange, reported together: both acts are the sentence's news. A
clause dated to an earlier time ("after Moscow expelled its envoy in March", "last year") is
an old act recalled and stays background. Called by :mod:`realpolitik.extract._extract`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words of a time phrase that dates the clause (the parse carries no entity labels here).
_TIME_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "yesterday", "week", "weeks", "month", "months", "year",
     "years", "ago", "earlier", "previously", "last", "spring", "summer", "autumn", "winter"}
)  # fmt: skip


def answered_in_kind(tok: Token) -> bool:
    """``tok`` is the verb of an "after" clause with a subject of its own, hung on a main verb
    of the same lemma, and with no time phrase of its own."""
    if tok.dep_ != "advcl" or tok.pos_ != "VERB":
        return False
    main = tok.head
    if main.pos_ != "VERB" or main.lemma_.lower() != tok.lemma_.lower():
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "mark" and c.lower_ == "after" for c in kids):
        return False
    if not any(c.dep_ == "nsubj" for c in kids):
        return False
    return not any(
        t.lower_ in _TIME_WORDS or (t.like_num and len(t.text) == 4) for t in tok.subtree
    )
