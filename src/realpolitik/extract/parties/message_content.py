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
_PARTICLES = ("on", "over")


def _message_of(verb: Token) -> Token | None:
    """The message noun a verb of carrying takes."""
    if verb.lemma_.lower() not in _CARRYING:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [  # ("passed on a message": the particle read as a preposition)
        g
        for c in verb.children
        if c.dep_ in ("prep", "prt") and c.lower_ in _PARTICLES and c.i == verb.i + 1
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return next((c for c in objects if c.lemma_.lower() in _MESSAGES), None)


def _content(tok: Token) -> tuple[Token, Token] | None:
    """(verb of carrying, message) when ``tok`` is a participle of the message's content: on the
    message ("a message inviting X") or, misparsed, on its "from" phrase ("from NAME inviting
    X")."""
    if tok.tag_ != "VBG" or tok.pos_ != "VERB":
        return None
    head = tok.head
    if tok.dep_ == "acl" and head.lemma_.lower() in _MESSAGES and head.dep_ in ("dobj", "pobj"):
        owner = head.head if head.dep_ == "dobj" else head.head.head  # ("passed on a message")
        message = _message_of(owner)
        return (owner, head) if message is not None and message.i == head.i else None
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
    elif owner.lemma_.lower() in _MESSAGES and owner.dep_ == "pobj":
        owner = owner.head.head  # ("passed on a message from NAME inviting")
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
    compound ("from Viktor Orban inviting") is read there. A pronoun object of the participle
    is the message's addressee, whoever the sender is ("handed him a note from NAME inviting
    him", clauses31)."""
    known = bool(c.sources) and not all(unknown(a) for a in c.sources)
    if known and not _pronoun_object(s.tok):
        return c
    got = _content(s.tok)
    if got is None:
        return c
    verb, message = got
    froms = [p for _, p in pobjs(message, _SENDER_PREPS)] + [
        p for _, p in pobjs(verb, _SENDER_PREPS)
    ]
    froms += [k for k in s.tok.children if k.dep_ == "compound" and k.pos_ == "PROPN"]
    senders = c.sources if known else [a for a in first(s.actors, froms) if not unknown(a)]
    if not senders:
        return c
    mine = {a.ref.code for a in senders}
    targets = [a for a in c.targets if a.ref.code not in mine]
    if _pronoun_object(s.tok):  # "handed him a letter from NAME inviting him": the addressee
        addressed = [a for a in first(s.actors, _addressees(verb)) if not unknown(a)]
        targets = [a for a in addressed if a.ref.code not in mine] or targets
    return c.with_sources(senders).with_targets(targets)


def _pronoun_object(participle: Token) -> bool:
    """The content participle's object is a pronoun ("inviting him", "asking her to ...")."""
    return any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in participle.children)


def _addressees(verb: Token) -> list[Token]:
    """Whom the carrying verb hands its message to: its dative ("handed him a letter") or its
    "to" phrase ("delivered a letter to NAME"). A pronoun object of the content participle
    refers to that addressee (fresh19's E), not to the letter's writer named just before it."""
    got = [c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"]
    got += [p for _, p in pobjs(verb, ("to",))]
    if not got and verb.dep_ == "conj":  # "met NAME and passed on a message": the one met
        met = verb.head
        got = [c for c in met.children if c.dep_ == "dobj"] + [p for _, p in pobjs(met, ("with",))]
        for obj in [c for c in met.children if c.dep_ == "dobj"]:
            got += [p for _, p in pobjs(obj, ("with",))]  # ("held talks with NAME")
    return got


def message_content(tok: Token) -> bool:
    """``tok`` is the content participle of a carried message ("handed him a letter from NAME
    inviting him to CAPITAL"): the message's act, news of its own beside a meeting in the same
    sentence, never the scene of the carrying (clauses31, fresh19's E)."""
    return _content(tok) is not None


__all__ = ["carried_content", "content_sender", "message_content"]
