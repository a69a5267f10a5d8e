"""The subject pronoun of a demanded act is not the one demanding it (leftovers20): "Ghana fined
a Nigerian firm and demanded that it pay", "Iraq invaded Kuwait. The UN demanded that it pay
reparations": "it" is the firm, Iraq, not the demander, which the nearest-subject rule picked
(the demand then had its own source as target and was dropped). As with an object pronoun
("praised him"), the demander's codes are passed over. A clause about the demander's own
standing ("demanded that it be allowed", "that it have access") keeps the rule.

Likewise the owner of a refuser (leftovers21): "Kenya asked Uganda to hand over the rebels, but
its ambassador refused": the one who refuses answers the request, so "its" is not the asker's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Resolver
from realpolitik.extract._plural_owner import plural_subject_codes
from realpolitik.extract._victims_owner import attacker_codes
from realpolitik.extract._words import OWNER_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "that" clause names an act another must do.
DEMAND_VERBS = frozenset({"demand", "ask", "request", "urge", "order", "require", "press"})
_SUBJECT_PRONOUNS = frozenset({"it", "they"})
_STANDING_VERBS = frozenset({"be", "have", "get", "receive", "keep"})


def demander_codes(actors: Resolver, tok: Token, depth: int) -> frozenset[str]:
    """Codes of the demander when ``tok`` is the subject pronoun of the act demanded."""
    act = tok.head
    if tok.dep_ == "poss":
        return (
            _refuser_owner_askers(actors, tok, depth)
            | attacker_codes(actors, tok, depth)
            | plural_subject_codes(actors, tok, depth)
        )
    if tok.lower_ not in _SUBJECT_PRONOUNS or tok.dep_ != "nsubj" or act.dep_ != "ccomp":
        return frozenset()
    gov = act.head
    if gov.lemma_.lower() not in DEMAND_VERBS or act.lemma_.lower() in _STANDING_VERBS:
        return frozenset()
    subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
    if subj is None and gov.dep_ == "conj":  # "fined a firm and demanded that it pay"
        subj = next((c for c in gov.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return frozenset()
    return frozenset(a.ref.code for a in actors.resolve(subj, depth + 1))


# Verbs of refusing whose subject answers a request ("its envoy refused / declined").
_REFUSING = frozenset({"refuse", "decline", "reject", "rebuff", "spurn", "balk"})
_ASKING = DEMAND_VERBS | {"call", "appeal"}  # ("called on Y to V")


def _refuser_owner_askers(actors: Resolver, tok: Token, depth: int) -> frozenset[str]:
    """Codes of the askers of the requests before a refusal whose subject ``tok`` owns ("its
    ambassador refused"): in its own sentence or the one before."""
    owned = tok.head
    verb = owned.head
    if tok.lower_ not in OWNER_PRONOUNS or owned.dep_ != "nsubj" or verb.pos_ != "VERB":
        return frozenset()
    if verb.lemma_.lower() not in _REFUSING:
        return frozenset()
    start = verb.sent.start
    if start > 0:
        start = verb.doc[start - 1].sent.start
    codes: set[str] = set()
    for ask in verb.doc[start : tok.i]:
        if ask.pos_ != "VERB" or ask.lemma_.lower() not in _ASKING:
            continue
        for subj in (c for c in ask.children if c.dep_ == "nsubj"):
            codes.update(a.ref.code for a in actors.resolve(subj, depth + 1))
    return frozenset(codes)
