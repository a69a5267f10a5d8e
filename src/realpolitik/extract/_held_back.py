"""Acts a doer holds back from: "X stopped / fell short of recalling its ambassador", "X refrained
/ abstained / desisted from imposing sanctions". The gerund is X's act, not done (negated, as
``factuality`` and ``_fact_scope`` read it); the parser hangs it under a preposition, where no
subject reaches it, so the party stages borrow the holding verb's subject (fact24).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that hold back from the act in their "from" phrase.
HOLDING_BACK = frozenset({"refrain", "abstain", "desist"})
# Verbs that "stop / fall short of" the act in the "of" phrase of their "short".
SHORT_OF = frozenset({"stop", "fall"})


def held_back_verb(tok: Token) -> Token | None:
    """The verb that holds back from ``tok``'s act ("stopped" for "stopped short of recalling",
    "refrained" for "refrained from imposing"); None for any other gerund. A verb with an object
    ("stopped Y from sending") or a passive one holds back another doer, and gives none."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.i == prep.head.i:
        return None
    gov = prep.head
    if prep.lower_ == "of" and gov.lower_ == "short" and gov.dep_ in ("advmod", "acomp", "oprd"):
        gov = gov.head
        if gov.lemma_.lower() not in SHORT_OF:
            return None
    elif prep.lower_ != "from" or gov.lemma_.lower() not in HOLDING_BACK:
        return None
    if gov.pos_ not in ("VERB", "AUX") or child(gov, "dobj") or child(gov, "nsubjpass"):
        return None
    return gov


__all__ = ["HOLDING_BACK", "SHORT_OF", "held_back_verb"]
