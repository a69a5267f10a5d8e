"""A promise kept asserts the promised act: "X made good on / fulfilled / honoured / kept its
promise to send aid to Y" reports the sending, done by the promise's owner, asserted (lex21,
GUIDE rule 4): the promise noun is then read as a decision noun is (``decided.py``: "X's
decision to expel Y's diplomats"). A promise broken, violated or only recalled names no act done
(``intent_topics.py`` drops the promise itself either way)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PROMISE_NOUNS = frozenset({"promise", "pledge", "commitment", "vow", "undertaking"})
# Verbs whose object is a promise they carry out ("kept / honoured its pledge").
_KEEPING_VERBS = frozenset({"keep", "honour", "honor", "fulfil", "fulfill", "implement"})
# Verbs that carry it out through "on": "made good on", "delivered on", "followed through on".
_KEEPING_ON = frozenset({"make", "deliver", "follow", "act"})


def kept_promise(noun: Token) -> bool:
    """``noun`` is a promise that its clause carries out ("made good on its promise", "kept
    its pledge"), not negated ("did not keep its promise")."""
    if noun.lemma_.lower() not in PROMISE_NOUNS:
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in _KEEPING_VERBS:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() in _KEEPING_ON:
        verb = head.head
        if verb.lemma_.lower() == "make" and not any(c.lower_ == "good" for c in verb.children):
            return False
    else:
        return False
    return not any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)
