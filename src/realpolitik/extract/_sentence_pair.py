"""The pair "the two ministers" count when their own sentence names it: "Tuya received her
Tanzanian counterpart Stergomena Tax in Nairobi, and the two ministers signed an agreement"
(fresh22's J). Officials the people table does not hold leave no two persons to count, and
the story's pair is noted only once a sentence is done, so the two states the sentence names
before the phrase (a minister's state, a counterpart's demonym) are the pair; a place the
sentence only sets the scene in ("in Nairobi", "to Geneva") names no party."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract._mention_parts import Mention

# Prepositions whose object is where an act happens, not who does it.
_PLACE_PREPS = frozenset({"in", "at", "to", "into", "near", "outside", "inside", "on"})
_PAIR = 2


def _place_word(tok: Token) -> bool:
    """``tok`` heads (or is a word of) a place phrase: the object of a place preposition."""
    head = tok
    while head.dep_ in ("compound", "amod", "poss", "case") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in _PLACE_PREPS


def sentence_pair(tok: Token, pos: int, placed: MentionChain) -> tuple[Mention, Mention] | None:
    """The last two states of different countries ``tok``'s sentence names before ``tok``
    (``pos`` its document offset), places of the scene passed over; None unless two."""
    sent_start = pos - (tok.idx - tok.sent.start_char)
    last = placed.last_before(pos)
    found: list[Mention] = []
    for k in range(last, -1, -1):
        m = placed.items[k]
        if m.start < sent_start:
            break
        if any(f.ref.country == m.ref.country for f in found):
            continue
        at = tok.sent.start_char + (m.start - sent_start)
        span = tok.doc.char_span(at, at + (m.end - m.start), alignment_mode="expand")
        if span is None or any(_place_word(w) for w in span):
            continue
        found.append(m)
        if len(found) == _PAIR:
            return found[1], found[0]
    return None
