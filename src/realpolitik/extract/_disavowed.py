"""Disavowed conflict: "Iran is not seeking a war with Israel", "China said it was not looking
for a confrontation with Japan" (the fresh4 review's class S, lex11). The speaker says what it
does not want: no appeal (a negated 02) and no war (the noun is no act), noise for users."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_CONFLICT = frozenset(
    {"war", "fight", "confrontation", "conflict", "escalation", "clash", "showdown", "battle",
     "fighting", "hostility", "dispute"}
)  # fmt: skip
_WANTING = frozenset({"seek", "want", "look", "desire", "wish"})


def _negated_want(verb: Token) -> bool:
    return verb.lemma_.lower() in _WANTING and any(c.dep_ == "neg" for c in verb.children)


def _wanting_verb(noun: Token) -> Token | None:
    """The verb that ``noun`` is wanted by: "seeks a war", "looking for a fight"."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.dep_ == "prep":
        return noun.head.head
    return None


def disavowed_conflict(f: Found) -> bool:
    """A negated "seek / want / look for" whose object is a war, fight or confrontation, or
    that noun itself: neither is an event."""
    tok = f.tok
    if f.entry.pos == "V":
        return _negated_want(tok) and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _CONFLICT for c in tok.children
        )
    if f.entry.pos != "N" or tok.lemma_.lower() not in _CONFLICT:
        return False
    verb = _wanting_verb(tok)
    return verb is not None and _negated_want(verb)
