"""A concessive clause after a negated main clause is the news (issue 9, clauses34: fresh22's L).

"Islamabad has not complained publicly, though Pakistani officials privately accuse Qatar of
dragging its feet on the port accord", "Chile has never protested, although its diplomats
accuse Peru of stalling": the main clause tells what did not happen; the "though / although"
clause, finite with a subject of its own, tells what does, and is news beside it (as a
"while" clause of contrast is, ``salience.contrast_clause``), not its scene. After a main
clause that tells an act ("X signed the deal, although Y criticised it") the concessive clause
stays background, as before, unless its subject is the main clause's own doer again ("Norway
now channels aid to Myanmar through Thailand, although it declined Thailand's request to ease
its visa rules": the doer's two acts, both news; parties47, fresh23's D).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONCESSIVE = frozenset({"though", "although"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_NEVER = frozenset({"never", "not", "n't"})
# A concessive clause's subject that names the main clause's doer again.
_SAME_DOER = frozenset({"it", "they", "he", "she"})


def concessive_news(clause: Token) -> bool:
    """``clause`` (an adverbial clause) is a finite "though / although" clause with its own
    subject after a negated main clause."""
    main = clause.head
    if clause.i < main.i or clause.tag_ not in _FINITE:
        return False
    kids = list(clause.children)
    if not any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in kids):
        return False
    subj = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if any(c.dep_ in ("neg", "advmod") and c.lower_ in _NEVER for c in main.children):
        return True
    return _same_doer(subj, main)


def _same_doer(subj: Token, main: Token) -> bool:
    """The concessive clause's subject is the main clause's doer again: a pronoun of it ("...,
    although it declined") or the same word ("..., although Norway declined")."""
    own = next((c for c in main.children if c.dep_ == "nsubj"), None)
    if own is None or own.pos_ == "PRON":
        return False
    return subj.lower_ in _SAME_DOER or subj.lower_ == own.lower_


def concessive_main_subject(pron: Token) -> Token | None:
    """The main clause's named subject that "it", the subject of a "though / although" clause
    on it, names again ("Norway, which ..., now channels aid to Myanmar, although it declined
    Thailand's request": Norway, not the state named last; parties47, fresh23's D)."""
    clause = pron.head
    if pron.dep_ != "nsubj" or clause.dep_ != "advcl" or clause.i < pron.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in clause.children):
        return None
    own = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if own is None or own.pos_ == "PRON" or own.i > pron.i:
        return None
    return own
