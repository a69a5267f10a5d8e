"""A quoted maxim is no act (issue 9, clauses40: fresh28 B).

"The minister said Ghana 'does not shelter fugitives'", "'Norway does not pay ransoms,' she
said": a clause in quotation marks in the simple present whose object is a bare plural (no
article, no owner: any fugitives, ransoms in general) states what the state holds itself to,
not something it did or refused to do to another state; the lexicon's row for the verb
(shelter 075, pay 07x) would make it an act, asserted or `negated`. Only a present-tense verb
("does not V", "Vs", "do not V") with such an object, a quotation mark before it and one after.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "``", "''"})
_PRESENT = frozenset({"VBZ", "VBP"})
_DO = frozenset({"does", "do"})


def _present(verb: Token) -> bool:
    if verb.tag_ in _PRESENT:
        return True
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ in _DO for c in verb.children)


def _bare_plural(verb: Token) -> bool:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children)


def quoted_maxim(verb: Token) -> bool:
    """``verb`` heads a quoted present-tense clause with a bare plural object (the module)."""
    if verb.pos_ != "VERB" or not _present(verb) or not _bare_plural(verb):
        return False
    doc, sent = verb.doc, verb.sent
    lo, hi = max(verb.left_edge.i - 1, sent.start), min(verb.right_edge.i + 2, sent.end)
    before = any(doc[i].text in _QUOTES for i in range(lo, verb.i))
    after = any(doc[i].text in _QUOTES for i in range(verb.i + 1, hi))
    return before and after
