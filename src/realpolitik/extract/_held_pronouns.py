"""Who "they" are when the people a state's forces seized are then deported or questioned.

"Indian coastguards intercepted a boat carrying 12 Kenyan men. They were later deported": the
pronoun is the people carried, not the coastguards, though the coastguards were the sentence's
subject (the antecedent a pronoun prefers). A passive of what is done to held people ("were
deported / questioned / repatriated / released") has the held as its subject; the holder of the
sentence before (the subject of a seizure whose object names another state's people) is the
one antecedent it cannot take. Without this the holder became its own victim and the story's
other state the doer (issue 9, the wrong party in a slot; brief 43's "seized a boat ... He was
questioned").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_map import MentionMap

# What is done to people already held: the pronoun subject of their passive is the held.
_DONE_TO_HELD = frozenset(
    {"deport", "question", "interrogate", "repatriate", "release", "free", "expel", "charge"}
)
# Seizures whose subject holds the people its object names.
_SEIZING = frozenset(
    {"seize", "intercept", "detain", "arrest", "stop", "capture", "board", "impound", "hold"}
)
_PEOPLE_PRONOUNS = frozenset({"they", "he", "she"})


def holder_codes(actors: MentionMap, tok: Token, depth: int) -> frozenset[str]:
    """Codes of the holder in the sentence before, when ``tok`` is the subject of a passive
    of what is done to the held ("They were deported") and that sentence's seizure took
    another state's people: the pronoun passes over them."""
    verb = tok.head
    if tok.dep_ != "nsubjpass" or tok.lower_ not in _PEOPLE_PRONOUNS:
        return frozenset()
    if verb.lemma_.lower() not in _DONE_TO_HELD:
        return frozenset()
    start = tok.sent.start
    if start == 0:
        return frozenset()
    before = tok.doc[start - 1].sent
    codes: set[str] = set()
    for seize in tokens_with_lemma(before, _SEIZING):
        subj = next((c for c in seize.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in seize.children if c.dep_ == "dobj"), None)
        if subj is None or obj is None:
            continue
        holders = {a.ref.code: a.ref.country for a in actors.resolve(subj, depth + 1)}
        if not holders or None in holders.values():
            continue
        lo, hi = obj.left_edge.i, obj.right_edge.i
        held = {m.ref.country for m in actors.named_between(lo, hi)}
        if held - set(holders.values()) - {None}:
            codes |= set(holders)
    return frozenset(codes)
