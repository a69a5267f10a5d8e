"""Venues: a place that only says where a gathering happened is no party to what was done there.

"Held talks in Doha", "met in Turkey's capital", "condemned the attack at a meeting in
Brussels", "freed 24 prisoners in an exchange carried out in Ankara": CAMEO coders give the
venue no role (a host that acts is coded by its own act, ``parties.hosts``). Only the place of a
gathering is a venue: the place of a strike, a deployment or an embassy ("struck targets in
Lebanon", "opened an embassy in Tehran") stays the act's target. Pure functions of tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns of gatherings whose place is only where they happen.
GATHERING_NOUNS = frozenset(
    {
        "meeting", "summit", "conference", "talk", "talks", "ceremony", "exchange", "forum",
        "session", "gathering", "negotiation", "negotiations", "sideline", "sidelines", "dinner",
        "banquet", "reception", "retreat", "round", "briefing", "signing", "consultation",
        "consultations", "swap", "handover",
    }
)  # fmt: skip
# Triggers that are themselves a gathering: "met in Ankara", "talks in Doha".
MEETING_WORDS = frozenset(
    {"meet", "meeting", "talk", "talks", "summit", "confer", "negotiate", "negotiation",
     "negotiations", "consult", "consultation", "consultations", "convene", "gather"}
)  # fmt: skip
_VENUE_PREPS = frozenset({"in", "at"})
# Common nouns of a place ("in Turkey's capital", "at a hotel in X"); a proper noun is one too.
_PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "resort", "hotel", "palace", "venue", "port", "island"}
)
_PARTNER_PREPS = frozenset({"with", "between"})


def gathering(tok: Token) -> bool:
    """A gathering noun ("summit", "talks", "exchange")."""
    return tok.lemma_.lower() in GATHERING_NOUNS or tok.lower_ in GATHERING_NOUNS


def _place(pobj: Token) -> bool:
    return pobj.pos_ == "PROPN" or pobj.lemma_.lower() in _PLACE_NOUNS


def gathering_venue(prep: Token) -> bool:
    """ "A summit in Jakarta", "an exchange carried out in Turkey's capital", "at a meeting in
    Brussels": "in"/"at" a place, hung on a gathering noun (or on the participle or relative
    clause that describes one)."""
    if prep.dep_ != "prep" or prep.lower_ not in _VENUE_PREPS:
        return False
    if not any(p.dep_ == "pobj" and _place(p) for p in prep.children):
        return False
    head = prep.head
    if _signed_phrase(head):
        return True  # "A and B signed a declaration on rail in Brussels" (parties33, TT)
    if head.pos_ in ("NOUN", "PROPN"):
        return gathering(head)
    return head.dep_ in ("acl", "relcl") and gathering(head.head)


# Verbs of signing: done by joined doers, a signing is a gathering of theirs.
_SIGNING_VERBS = frozenset({"sign", "initial", "ink", "countersign"})


def _signed_phrase(head: Token) -> bool:
    """``head`` is a joint signing verb, or a noun of what it signed ("a declaration on rail"),
    up through its object's own phrase."""
    for _ in range(4):
        if joint_signing(head):
            return True
        if head.dep_ not in ("dobj", "pobj", "prep") or head.head.i == head.i:
            return False
        head = head.head
    return False


def joint_signing(verb: Token) -> bool:
    """ "A and B signed ...": a verb of signing whose subject is joined doers (one of them
    perhaps unknown to the tables): the place it is done in names no party."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SIGNING_VERBS:
        return False
    subject = next((k for k in verb.children if k.dep_ == "nsubj"), None)
    return subject is not None and any(k.dep_ == "conj" for k in subject.children)


def venue(prep: Token, trigger: Token, kind: str | None = None) -> bool:
    """A gathering's venue (``gathering_venue``), the place of a meeting trigger's own
    "in"/"at" ("met in Ankara", "held talks in Doha"), or a city named on a gathering noun
    ("at the Paris conference": ``kind`` is the token's mention kind; a country there is what
    the talks are about, "the Iran talks", and stays)."""
    if gathering_venue(prep):
        return True
    if kind == "capital" and prep.dep_ in ("compound", "nmod") and gathering(prep.head):
        return True
    if prep.dep_ != "prep" or prep.lower_ not in _VENUE_PREPS or prep.head.i != trigger.i:
        return False
    if trigger.lemma_.lower() not in MEETING_WORDS and trigger.lower_ not in MEETING_WORDS:
        return False
    if _met_counterpart(trigger):
        return False  # "met his counterpart in Ankara": the place names whom
    return any(p.dep_ == "pobj" and _place(p) for p in prep.children)


# Words for the other side of a meeting that say whom only through the place ("met his
# counterpart in Ankara" meets Turkey's minister).
_COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts", "host", "hosts"})


def _met_counterpart(trigger: Token) -> bool:
    objs = [k for k in trigger.children if k.dep_ == "dobj"]
    objs += [p for k in trigger.children if k.dep_ == "prep" and k.lower_ == "with"
             for p in k.children if p.dep_ == "pobj"]  # fmt: skip
    return any(o.lemma_.lower() in _COUNTERPART_NOUNS for o in objs)


def venue_partners(prep: Token) -> list[Token]:
    """ "Talks in Doha with Hamas", "a summit in Jakarta between A and B" where the parser hung
    the partner on the place: the partner still counts, the place does not."""
    return [
        w
        for p in prep.children
        if p.dep_ == "pobj"
        for w in p.children
        if w.dep_ == "prep" and w.lower_ in _PARTNER_PREPS
    ]


def venue_tokens(sent: Span) -> set[int]:
    """Tokens of the sentence's gathering venues (``gathering_venue``): no state named there
    places an unplaced party."""
    out: set[int] = set()
    for t in tokens_with_form(sent, _VENUE_PREPS):  # (no Token for the other words)
        if gathering_venue(t):
            out.update(x.i for x in t.subtree)
    return out


def venue_mention(tok: Token) -> bool:
    """``tok`` (a word of a place's name) is the place of a meeting: "at a summit in Nairobi",
    "donors met in Geneva" (parties39: where donors meet is no stricken place)."""
    head = tok.head if tok.dep_ == "compound" else tok
    return head.dep_ == "pobj" and venue(head.head, head.head.head)
