"""A singular "its" cannot stand for a plural clause subject (leftovers26): "Chile alleged
(that) Argentine forces had violated its airspace", "Ghana claimed Togolese forces had seized its
boats". The nearest-subject rule picked "Argentine forces" (a group, so "their" would name it),
and so the demonym's own state: the act became Argentina -> Argentina, or lost its target. The
pronoun names another, singular antecedent, here the one who reports the clause. Where the
"its" clause's subject is a plural noun whose state is named by a demonym or possessor
("Argentine forces", "Togo's soldiers"), the pronoun passes over that state's mentions, as
``demander_codes`` passes over a demander.

A state whose own name is plural ("The Philippines", "the Netherlands", "the Solomon Islands",
"the United Arab Emirates", tagged NNPS) is one singular antecedent, not a group (parties32):
"The Philippines has made good on its pledge" -- "its" is the Philippines.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Resolver
from realpolitik.extract._victims_owner import clause_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def plural_subject_codes(actors: Resolver, tok: Token, depth: int) -> frozenset[str]:
    """Codes of the plural subject (and of its demonym or possessor) of the clause whose noun
    ``tok`` ("its") owns; empty when the subject is singular, after the pronoun, or of no
    state."""
    if tok.lower_ != "its" or tok.dep_ != "poss":
        return frozenset()
    verb = clause_verb(tok)
    if verb is None:
        return frozenset()
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.dep_ in ("xcomp", "conj"):  # ("forces tried to enter its waters")
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > tok.i or subj.tag_ not in _PLURAL_TAGS:
        return frozenset()
    named = actors.mention_of(subj)
    if named is not None and named.kind == "country" and named.ref.code == named.ref.country:
        return frozenset()  # ("The Philippines ... its": the state's own plural name)
    if any(c.dep_ == "cc" for c in subj.children) or any(c.dep_ == "conj" for c in subj.children):
        return frozenset()  # ("Chile and Peru ...": a pair, not one group)
    codes: set[str] = set()
    for t in subj.subtree:
        for a in actors.resolve(t, depth + 1):
            codes.add(a.ref.code)
            if a.ref.country:
                codes.add(a.ref.country)
    return frozenset(codes)


__all__ = ["plural_subject_codes"]
