"""The main verb after an apposition read as a reduced relative (practice1, issue 9 round 16).

"Chile's foreign minister, Alberto van Klaveren, called on Peru to respect the ruling",
"Greenland's premier, Jens-Frederik Nielsen, called on Washington to ...": after a name in
commas (or a relative clause in commas: "Egypt's president, who proposed talks, called Sudan's
leader", parties36) the parser often reads a past-tense verb as a participle modifying the subject ("a
minister, called on ...": acl), so the sentence has no verb, the subject no act, and the
appeal was lost. Repaired in place when the sentence's root is that noun: the verb governs,
the noun is its subject. A true reduced relative stays ("the minister, called to testify,
said ..." has a verb of its own, so the noun is no root).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import NOMINAL
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PAST = frozenset({"VBD", "VBN"})
_COMMA = ","


def _apposed_verb(noun: Token) -> Token | None:
    """A past verb right after the comma that closes the noun's apposition, hung as a
    participle (acl) on the noun or on the apposed name."""
    appos = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
    rels = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
    inner = [t for r in rels[:1] for t in r.subtree if t.i > r.i]  # ("talks, called": inside)
    for holder in [noun, *appos, *inner]:
        for c in holder.children:
            if c.dep_ != "acl" or c.pos_ != "VERB" or c.tag_ not in _PAST:
                continue
            if noun.doc[c.i - 1].text != _COMMA:
                continue
            if appos and c.i > appos[0].i:
                return c
            if rels and c.i > rels[0].i:
                return c  # "Egypt's president, who proposed talks, called ..." (parties36)
    return None


def apposed_verb_root(sent: Span) -> None:
    """Make a past verb the sentence's root where the parser hung it on the apposed subject."""
    root = sent.root
    if root.pos not in NOMINAL:
        return
    verb = _apposed_verb(root)
    if verb is None:
        return
    if any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return  # "..., backed by X": a participle indeed
    relabel(verb, "ROOT", verb)
    relabel(root, "nsubj", verb)
    for holder in (root, *(c for c in root.children if c.dep_ == "appos")):
        for c in list(holder.children):  # the closing punctuation belongs to the verb
            if c.dep_ == "punct" and c.i > verb.i:
                relabel(c, head=verb)
