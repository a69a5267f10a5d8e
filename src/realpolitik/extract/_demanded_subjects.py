"""The subject pronoun of a demanded act is not the one demanding it (leftovers20): "Ghana fined
a Nigerian firm and demanded that it pay", "Iraq invaded Kuwait. The UN demanded that it pay
reparations": "it" is the firm, Iraq, not the demander, which the nearest-subject rule picked
(the demand then had its own source as target and was dropped). As with an object pronoun
("praised him"), the demander's codes are passed over. A clause about the demander's own
standing ("demanded that it be allowed", "that it have access") keeps the rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Resolver

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose "that" clause names an act another must do.
DEMAND_VERBS = frozenset({"demand", "ask", "request", "urge", "order", "require", "press"})
_SUBJECT_PRONOUNS = frozenset({"it", "they"})
_STANDING_VERBS = frozenset({"be", "have", "get", "receive", "keep"})


def demander_codes(actors: Resolver, tok: Token, depth: int) -> frozenset[str]:
    """Codes of the demander when ``tok`` is the subject pronoun of the act demanded."""
    act = tok.head
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
