"""Acts a noun holds in prospect (leftovers22): "X has no plans / no intention to send troops to
Y", "X is in talks to buy jets from Y", "X is on the verge / brink of signing a deal with Y".

The parser hangs the infinitive on the noun ("plans to deploy": ``acl``) or the gerund under the
noun's "of" (``pcomp``), where no subject reaches it; the act is the subject's of the verb that
holds the noun ("has", "is"), so the party stages borrow that subject, as they do for the "of"
gerund of a noun of intent (``_held_back.intending_verb``, fact24). None of these acts is done:
a plan, a negotiation or an act close at hand is `possible` (GUIDE rule 4: "planned"), and "no
plans / no intention to V" states the act not intended, `negated`, as "had no intention of
invading" (GUIDE rule 4, settled in leftovers22). The verb says the same: "X does not plan /
does not intend / is not planning to V Y" is the act not intended, `negated` (fact26: fresh14's
class NP; was the act `possible`, or a threat, through "plan" as a governor of possibility).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._held_back import INTENT_NOUNS
from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of negotiation whose "to" infinitive is the act negotiated ("in talks to buy jets").
TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion"})
# Nouns of an act close at hand, with their "of" gerund ("on the verge / brink of signing").
IMMINENT_NOUNS = frozenset({"verge", "brink", "cusp", "threshold"})
# The prepositions that hold a negotiation or imminence noun on its verb ("is in talks").
_HOLDING_PREPS = frozenset({"in", "on", "at"})

Pending = Literal["intent", "talks", "imminent"]


def pending_act(tok: Token) -> tuple[Token, Pending] | None:
    """The verb whose subject does ``tok``'s act held in prospect, and how it is held: "has"
    and "intent" for "has no plans to deploy", "is" and "talks" for "is in talks to buy", "is"
    and "imminent" for "is on the verge of signing"; None for any other verb. A passive holder
    ("plans are being drawn up to ...") gives none."""
    head, dep = tok.head, tok.dep_
    kind: Pending
    verb: Token | None
    if dep == "acl" and to_infinitive(tok):
        noun = head
        lemma = noun.lemma_.lower()
        if lemma in INTENT_NOUNS and noun.dep_ == "dobj":
            kind, verb = "intent", noun.head
        elif lemma in TALK_NOUNS or noun.lower_ in TALK_NOUNS:
            kind, verb = "talks", _held_by_prep(noun)
        else:
            return None
    elif dep == "pcomp" and head.lower_ == "of" and head.dep_ == "prep":
        noun = head.head
        if noun.lemma_.lower() not in IMMINENT_NOUNS:
            return None
        kind, verb = "imminent", _held_by_prep(noun)
    else:
        return None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or child(verb, "nsubjpass") is not None:
        return None
    return verb, kind


def pending_verb(tok: Token) -> Token | None:
    """The verb whose subject does ``tok``'s act held in prospect (``pending_act``), or None."""
    held = pending_act(tok)
    return held[0] if held is not None else None


def _held_by_prep(noun: Token) -> Token | None:
    """The verb of "is in talks", "is on the verge": the verb over the noun's preposition."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _HOLDING_PREPS:
        return None
    return prep.head if prep.head.i != prep.i else None


# Verbs that hold a negotiation in their "in" phrase: "X is / remains in talks with Y".
_BEING = frozenset({"be", "remain", "stay"})


def in_talks(noun: Token, verb: Token) -> bool:
    """ "Egypt is in talks / negotiations with Sudan": the subject of the verb over the "in"
    phrase holds the talks, as "held talks" does, and the verb's hedge or negation is theirs
    ("is not in talks", "could be in talks"; leftovers23). Talks with a "to" infinitive ("in
    talks to buy jets") hold the act negotiated instead (``pending_act``)."""
    prep = noun.head
    return (
        noun.lower_ in TALK_NOUNS
        and noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.i == verb.i
        and verb.lemma_.lower() in _BEING
        and not any(c.dep_ == "acl" and child(c, "aux") is not None for c in noun.children)
    )


# Verbs of intent whose negation states the act not intended ("does not plan to V").
_INTENDING = frozenset({"plan", "intend"})
_NEGATING = frozenset({"not", "n't", "never"})


def unplanned(tok: Token) -> bool:
    """ "X does not plan / does not intend / never planned to V": ``tok`` is the infinitive of
    a negated verb of intent."""
    head = tok.head
    if tok.dep_ != "xcomp" or head.i == tok.i or head.lemma_.lower() not in _INTENDING:
        return False
    if not to_infinitive(tok):
        return False
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in _NEGATING for c in head.children)


def pending_factuality(tok: Token) -> Literal["possible", "negated"] | None:
    """What holding ``tok``'s act in prospect makes of it: "has no plans to V" negated (the
    plan's "no"), "does not plan to V" too, any other plan, talks or verge possible; None
    where no noun holds it."""
    if unplanned(tok):
        return "negated"
    held = pending_act(tok)
    if held is None:
        return None
    if held[1] == "intent" and any(c.lower_ == "no" for c in tok.head.children):
        return "negated"
    return "possible"


__all__ = [
    "IMMINENT_NOUNS",
    "TALK_NOUNS",
    "in_talks",
    "pending_act",
    "pending_factuality",
    "pending_verb",
    "unplanned",
]
