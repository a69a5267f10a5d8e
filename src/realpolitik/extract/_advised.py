"""Acts advised for or against, not done and not denied: "X should not threaten to close the
border", "X ought not to expel Y's diplomats", "X ought to recall its envoy" (issue 9, fact26:
fresh14's class SN).

A modal of advice or obligation says what someone thinks X should (not) do; the act is neither
told as done nor denied. It is `possible`, as a modal is (GUIDE rule 4: "might not approve" is
possible, not negated), with its negation or without. The climb of ``factuality_of`` reads the
negation first on the act's own level, and the parser hangs "ought" as the root with the act as
its ``xcomp`` and the "not" on the act, so that "ought not to expel" read as a plain negation and
"ought to expel" as asserted. "Did not", "cannot", "could not", "would not" still deny; an
inverted "Should X attack, ..." is a condition, no advice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import VERBAL
from realpolitik.extract._tree import doc_forms
from realpolitik.extract._words import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Auxiliaries of advice or obligation ("should not", "must not"); "ought" also heads its act.
ADVISING = frozenset({"should", "ought", "must"})
_OUGHT = "ought"
_OUGHT_CLIMB = 2  # the infinitive under "ought", or the gerund under that infinitive


def _own_verb(tok: Token) -> Token:
    """The verb that states ``tok``'s act: itself, or the light verb whose object it is
    ("should not hold talks")."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return tok


# Words that open a subject: after the modal, they put it before its subject (inversion).
_SUBJECT_START = frozenset({"PROPN", "NOUN", "PRON", "DET", "NUM"})


def _inverted(modal: Token) -> bool:
    """ "Should Turkey attack such forces, ...": the modal before its subject opens a condition
    (the parser may hang the subject as a compound of the verb, so the order is read)."""
    nxt = modal.i + 1
    return nxt < len(modal.doc) and modal.doc[nxt].pos_ in _SUBJECT_START


def advised_verb(tok: Token) -> Token | None:
    """The word of advice that governs ``tok``'s act: an auxiliary "should / ought / must" of
    its verb, or the "ought" whose infinitive the verb is; None if there is none."""
    if doc_forms(tok.doc).isdisjoint(ADVISING):
        return None  # (each answer is one of them: no walk where the parse has none)
    verb = _own_verb(tok)
    if verb.pos not in VERBAL:
        return None
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ in ADVISING:
            return None if _inverted(c) else c
    for _ in range(_OUGHT_CLIMB):  # ("ought to stop sending people back": fact28, ST)
        head = verb.head
        if verb.dep_ != "xcomp" or head.i == verb.i:
            return None
        if head.lower_ == _OUGHT:
            return head
        verb = head
    return None


def advised(tok: Token) -> bool:
    """``tok``'s act is advised for or against ("should not V", "ought (not) to V"), with any
    negation on the act's own verb or on the "ought": `possible`, never negated or asserted."""
    return advised_verb(tok) is not None


__all__ = ["ADVISING", "advised", "advised_verb"]
