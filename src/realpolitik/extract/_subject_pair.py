"""The pair a story opens on with no act between them: "X and Y have rarely been close", "X and
Y rarely cooperate" (an op-ed's subject, fresh30's class A). The story's pair (``StoryPair``) is
the last act between two states; a sentence whose subject is two conjoined states and that sets
no such pair names the pair a later "both" / "either of them" / "the two" means, so a state
named since only in a supposed case ("Were Z1 to blockade Z2, ...") does not take its place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_forms

if TYPE_CHECKING:
    from spacy.tokens import Span

    from realpolitik.extract._mention_map import MentionMap
    from realpolitik.extract._mention_parts import Mention
    from realpolitik.models import ActorRef


def _mention_span(sent: Span, i: int, actors: MentionMap) -> tuple[int, Mention] | None:
    """The state mention starting at token ``i`` (a leading "the" passed over) and the index of
    the token after it, or None."""
    if i < sent.end and sent.doc[i].lower_ == "the":
        i += 1
    if i >= sent.end:
        return None
    m = actors.mention_of(sent.doc[i])
    if m is None or not m.is_state or not m.ref.country:
        return None
    j = i
    while j < sent.end and actors.mention_of(sent.doc[j]) is m:
        j += 1
    return j, m


def subject_pair(sent: Span, actors: MentionMap) -> tuple[ActorRef, ActorRef] | None:
    """The two states of different countries the sentence opens on ("X and Y ..."), or None (one
    state, three, a state and a body, a sentence that opens on anything else). Read by word
    order: the parser often takes "trade" in "X and Y trade little" for a noun."""
    first = _mention_span(sent, sent.start, actors)
    if first is None:
        return None
    j, a = first
    if j >= sent.end or sent.doc[j].lower_ != "and":
        return None
    second = _mention_span(sent, j + 1, actors)
    if second is None:
        return None
    k, b = second
    if k < sent.end and (sent.doc[k].lower_ in ("and", "or") or sent.doc[k].is_punct):
        return None  # ("X and Y, and Z": a list; "X and Y." nothing said of them)
    if a.ref.country == b.ref.country:
        return None
    return a.ref, b.ref


# The prepositions that join a pair's second state to its first's verb: "paired X with Y",
# "linked X to Y", "X to grow close to Y".
_PAIRING_PREPS = frozenset({"with", "to"})
# The roles the first state holds under that verb (its object, or the subject of a clause
# another verb frames: "expected X to grow close to Y").
_FIRST_DEPS = frozenset({"dobj", "nsubj", "nsubjpass"})
# Words between the verb and the preposition that still join the two ("close to", "closer to").
_LINK_WORDS = frozenset({"advmod", "acomp", "prep"})


def paired_objects(sent: Span, actors: MentionMap) -> tuple[ActorRef, ActorRef] | None:
    """The two states an opening joins as a verb's object (or framed subject) and its "with" /
    "to" phrase ("Few would have paired X with Y", "linked X with Y", "Nobody expected X to grow
    close to Y"), where the sentence names no other state: the pair a later "the two" / "both
    capitals" means (parties58, fresh31's class A). Only for a sentence that set no pair of an
    act (``StoryPair.note_subjects``)."""
    if not _PAIRING_PREPS & sentence_forms(sent):
        return None
    spans = actors.spans_between(sent.start, sent.end - 1)
    states = [(i, j, m) for i, j, m in spans if m.is_state and m.ref.country]
    if len(states) != 2 or states[0][2].ref.country == states[1][2].ref.country:
        return None
    (ai, aj, a), (bi, bj, b) = states
    doc = sent.doc
    a_tok, b_tok = doc[ai:aj].root, doc[bi:bj].root
    if a_tok.dep_ not in _FIRST_DEPS or b_tok.dep_ != "pobj":
        return None
    prep = b_tok.head
    if prep.lower_ not in _PAIRING_PREPS:
        return None
    verb = prep.head
    while verb.dep_ in _LINK_WORDS and verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head  # ("grow close to Y": the preposition hangs on "close")
    if a_tok.head.i != verb.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    return a.ref, b.ref


__all__ = ["paired_objects", "subject_pair"]
