"""A carried message that says what it does: "the foreign minister carried a message from
President Ruto inviting President Museveni to Nairobi" (fresh17 class BM, fact29).

A message carried, delivered or conveyed with a participle of its content ("inviting",
"offering", "asking", "expressing") is that act, the sender's (the "from" phrase), aimed at its
addressee (GUIDE rule 4: a message carried for its owner is the owner's act); the carrying is
the means, no statement of its own (so the carrier's 010 with no target is not emitted). A
message with no content named ("carried a message from X to Y") stays X's 010 toward Y
(leftovers28).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract._verb_repairs import _verb_lemma
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties._reading import first

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that carry a message (the rows that code "carried a message" 010)
_CARRYING = frozenset({"carry", "deliver", "bear", "bring", "convey", "hand", "pass", "relay"})
_MESSAGES = frozenset({"message", "letter", "note", "greeting", "greetings", "telegram"})
_SENDER_PREPS = ("from",)


def _message_of(verb: Token) -> Token | None:
    """The message noun a verb of carrying takes."""
    if verb.lemma_.lower() not in _CARRYING:
        return None
    return next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _MESSAGES), None
    )


def _content(tok: Token) -> tuple[Token, Token] | None:
    """(verb of carrying, message) when ``tok`` is a participle of the message's content: on the
    message ("a message inviting X") or, misparsed, on its "from" phrase ("from NAME inviting
    X")."""
    if tok.tag_ != "VBG" or tok.pos_ != "VERB":
        return None
    head = tok.head
    if tok.dep_ == "acl" and head.lemma_.lower() in _MESSAGES and head.dep_ == "dobj":
        message = _message_of(head.head)
        return (head.head, head) if message is not None and message.i == head.i else None
    if tok.dep_ == "advcl" and _message_of(head) is not None:
        message = _message_of(head)  # ("delivered a message from NAME, inviting": on the verb)
        return (head, message) if message is not None else None
    if tok.dep_ not in ("pcomp", "acl", "advcl"):
        return None
    while head.dep_ in ("pobj", "prep") and head.lower_ != "from" and head.head.i != head.i:
        head = head.head  # ("from President NAME inviting": hung on the sender's name)
    if head.lower_ != "from":
        return None
    owner = head.head
    if owner.lemma_.lower() in _MESSAGES and owner.dep_ == "dobj":
        owner = owner.head
    message = _message_of(owner)
    return (owner, message) if message is not None else None


def carried_content(tok: Token, triggers: set[int]) -> bool:
    """``tok`` carries a message whose content participle is a trigger of its own: the
    carrying is no act (see the module doc)."""
    message = _message_of(tok)
    if message is None:
        return False
    spans = [message, *(c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from")]
    spans += [c for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
    return any(
        (t.i in triggers and t.i != tok.i and _content(t) is not None) or _misread_participle(t)
        for span in spans
        for t in span.subtree
    )


def _misread_participle(tok: Token) -> bool:
    """ "from Abdel Fattah el-Sisi inviting Colombia's president": the tagger may read the
    participle after a long name as a noun; a noun has no direct object, so an "-ing" noun
    with one in the "from" phrase is the content participle all the same."""
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("ing"):
        return False
    if tok.dep_ == "pobj" and any(k.dep_ == "dobj" for k in tok.children):
        return True
    # ("from Abdel Fattah el-Sisi inviting Belarus' president": the name hung on it)
    named = any(k.dep_ == "compound" and k.pos_ == "PROPN" and k.i < tok.i for k in tok.children)
    return named and _verb_lemma(tok.lower_) is not None


@acts_on(noun=False)
def content_sender(s: Site, c: Candidates) -> Candidates:
    """ "carried a message from President NAME inviting NAME2 to CAPITAL": the invitation is
    the sender's (see the module doc); a sender's name the parser hangs on the participle as a
    compound ("from Viktor Orban inviting") is read there."""
    if c.sources and not all(unknown(a) for a in c.sources):
        return c
    got = _content(s.tok)
    if got is None:
        return c
    verb, message = got
    froms = [p for _, p in pobjs(message, _SENDER_PREPS)] + [
        p for _, p in pobjs(verb, _SENDER_PREPS)
    ]
    froms += [k for k in s.tok.children if k.dep_ == "compound" and k.pos_ == "PROPN"]
    senders = [a for a in first(s.actors, froms) if not unknown(a)]
    if not senders:
        return c
    mine = {a.ref.code for a in senders}
    return c.with_sources(senders).with_targets([a for a in c.targets if a.ref.code not in mine])


__all__ = ["carried_content", "content_sender"]
