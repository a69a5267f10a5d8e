"""Clauses the parser hangs on a verb whose hedge or negation does not reach them.

A climb from a trigger to its governors (``factuality.factuality_of``) stops at such a verb:

- a later inverted condition: "X held talks and discussed how each would respond should Y
  attack": the parser may hang the main clause on "should Y attack", which governs only what
  follows it;
- an elided answer (lex16, fresh7's negation across conjuncts): "Hungary expelled the envoys;
  Poland did not", "Kenya has signed; Uganda has not": the first clause, hung as a complement of
  the bare auxiliary after it, is its own clause, asserted; only the second state's act (its
  verb elided) is negated, and it names no act to extract;
- a clause before a semicolon, colon or dash (context22, fresh11's FS): "Milei accuses Lula of protecting
  smugglers; Lula says Buenos Aires is hiding its failures": the parser may hang the first
  clause on the speech verb after the semicolon, yet that verb reports its own complement, not
  the clause before it (which is the writer's, asserted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

INVERTING = frozenset({"should", "were", "had"})
# Auxiliaries that stand for an elided verb phrase: "did not", "has not", "will not", "was not".
STAND_INS = frozenset({"do", "have", "will", "would", "can", "could", "be", "shall", "should"})
# What a stand-in has when it is a full verb ("did the work", "has two envoys").
_OWN_COMPLEMENTS = frozenset({"dobj", "xcomp", "attr", "acomp", "prep", "agent", "oprd"})


def clause_apart(verb: Token, clause: Token) -> bool:
    """Whether ``clause`` (a complement of ``verb``) stands apart from it (see the module doc)."""
    if clause.dep_ != "ccomp" or verb.i < clause.i:
        return False
    return _later_condition(verb) or _elided_answer(verb, clause) or _semicolon_apart(verb, clause)


def _later_condition(verb: Token) -> bool:
    kids = list(verb.children)
    subj = next((c.i for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(
        c.dep_ == "aux" and c.lower_ in INVERTING and c.i < subj for c in kids
    )


def _elided_answer(verb: Token, clause: Token) -> bool:
    """ "Hungary expelled the envoys; Poland did not": a bare auxiliary with a subject of its
    own and no complement, after a clause with its own subject."""
    if verb.lemma_.lower() not in STAND_INS:
        return False
    if any(c.dep_ in _OWN_COMPLEMENTS for c in verb.children):
        return False
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return own and any(c.dep_ == "nsubj" for c in verb.children)


# Marks that end a clause before a new one: a semicolon, a colon, a dash.
_CLAUSE_BREAKS = frozenset({";", ":", "-", "\u2013", "\u2014", "--"})
# What a speech verb reports besides the clause hung on it: its own complement after it.
_REPORTED_COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp"})


def _break(tok: Token) -> bool:
    """A semicolon, colon or free-standing dash (not the hyphen of "pro-Russian")."""
    if tok.text not in _CLAUSE_BREAKS:
        return False
    return tok.text in (";", ":") or (bool(tok.whitespace_) and bool(tok.nbor(-1).whitespace_))


def _semicolon_apart(verb: Token, clause: Token) -> bool:
    """A clause with its own subject, ended by a semicolon (colon, dash) before ``verb``, which
    has its own subject and complement after it ("A accuses B of X; B says Y")."""
    doc = verb.doc
    if not any(_break(doc[i]) for i in range(clause.i + 1, verb.i)):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return any(c.dep_ in _REPORTED_COMPLEMENTS and c.i > verb.i for c in verb.children)
