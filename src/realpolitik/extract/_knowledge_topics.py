"""What a piece of knowledge is about is no party (issue 9 round 23, parties33: fresh17's class
TP; issue 9's "a modifier becomes a party").

"Estonia should offer to share intelligence on the Russian ships that loiter near Latvian
cables", "Chile gave Uruguay information about Argentine vessels": the "on / about" phrase of a
noun of knowledge (intelligence, information, data, evidence) names the subject matter of what
is shared, offered or passed on, never whom the act is aimed at. Read off tokens alone, for the
party stages' phrase fallbacks (``Site.not_parties``) and the prepositional target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_lemmas, has_any, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns of knowledge, by lemma.
KNOWLEDGE_NOUNS = frozenset(
    {"intelligence", "information", "data", "datum", "detail", "evidence", "finding", "record",
     "briefing", "update", "analysis", "assessment", "knowledge", "imagery", "image"}
)  # fmt: skip
# Prepositions of whom knowledge is shared with or given to.
_PARTNER_PREPS = frozenset({"with", "to", "for"})
# Prepositions that name what something is about.
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


def knowledge_noun(tok: Token) -> bool:
    """``tok`` is a noun of knowledge ("intelligence", "data")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in KNOWLEDGE_NOUNS


def knowledge_topic_preps(preps: tuple[str, ...], head: Token) -> tuple[str, ...]:
    """``preps`` less the topic prepositions where ``head`` is a noun of knowledge (or the verb
    whose object is one)."""
    if not _about_knowledge(head):
        return preps
    return tuple(p for p in preps if p not in TOPIC_PREPS)


def topic_partners(head: Token | None) -> list[Token]:
    """Whom knowledge is shared with where the parser hung the partner inside its topic
    ("data on German aircraft with Taipei": Taipei)."""
    if head is None or not _about_knowledge(head):
        return []
    return [
        q for t in head.children if t.dep_ == "prep" and t.lower_ in TOPIC_PREPS
        for p in t.children if p.dep_ == "pobj"
        for k in p.children if k.dep_ == "prep" and k.lower_ in _PARTNER_PREPS
        for q in k.children if q.dep_ == "pobj"
    ]  # fmt: skip


def knowledge_topic_tokens(sent: Span) -> frozenset[int]:
    """Tokens of the sentence's topic phrases of nouns of knowledge ("on the Russian ships" of
    "intelligence on the Russian ships")."""
    if not has_any(sent, TOPIC_PREPS):
        return frozenset()
    out: set[int] = set()
    for t in tokens_with_form(sent, TOPIC_PREPS):  # (no Token made for the other words)
        if t.dep_ != "prep" or not _about_knowledge(t.head):
            continue
        # the topic's own words; a partner the parser hung inside it stays ("data on Z's
        # aircraft with Y": Y is whom it is shared with)
        kept = {x.i for k in t.subtree if k.dep_ == "prep" and k.lower_ in _PARTNER_PREPS
                for x in k.subtree}  # fmt: skip
        out.update(x.i for x in t.subtree if x.i not in kept)
    return frozenset(out)


def _about_knowledge(head: Token) -> bool:
    """The topic phrase hangs on a noun of knowledge, or on the verb whose object is one
    ("shared data with Y on Z's ships")."""
    if KNOWLEDGE_NOUNS.isdisjoint(doc_lemmas(head.doc)):
        return False  # (most parses: no noun of knowledge, no child read)
    if knowledge_noun(head):
        return True
    return head.pos_ == "VERB" and any(
        k.dep_ == "dobj" and knowledge_noun(k) for k in head.children
    )
