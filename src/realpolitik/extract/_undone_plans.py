"""Plans told in the past perfect: "had intended to travel", "had planned to sign" (class H of
fresh4). The pluperfect plan is told as one that did not come about: neither the plan nor the
planned act is asserted (``factuality``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._going_plans import going_plan
from realpolitik.extract._obligations import obligation
from realpolitik.extract._pos import NOUN, VERB

if TYPE_CHECKING:
    from spacy.tokens import Token

# Plan verbs by their past participle.
PLAN_PARTICIPLES = frozenset(
    {"intended", "planned", "hoped", "meant", "wanted", "aimed", "expected", "wished"}
)


def pluperfect_plan(verb: Token) -> bool:
    """ "Japan's foreign minister had intended to travel to Canberra": a plan verb with "had"
    and an infinitive."""
    if verb.lower_ not in PLAN_PARTICIPLES:
        return False
    kids = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in kids) and any(
        c.dep_ == "xcomp" for c in kids
    )


def undone_plan(token: Token) -> bool:
    """The plan verb itself or the act it plans ("had planned to send troops": the sending), or
    the act of a "going to" plan ("is going to send troops", leftovers19) or of an obligation
    ("has to negotiate", "is going to have to negotiate", leftovers20); also the event noun of
    such an act's light verb ("is going to have to hold talks") and the purpose of a trip
    under way ("is going to Kampala to sign the deal": not yet signed, leftovers21) or
    scheduled ("is due in Tokyo next week to sign": clauses31)."""
    if token.pos == NOUN and token.dep_ == "dobj" and token.head.pos == VERB:
        token = token.head
    if going_plan(token) or obligation(token) or _trip_purpose(token) or _due_purpose(token):
        return True
    return pluperfect_plan(token) or (token.dep_ == "xcomp" and pluperfect_plan(token.head))


_TRIP_VERBS = frozenset({"go", "travel", "head", "fly"})


def _trip_purpose(token: Token) -> bool:
    """``token`` is the purpose infinitive of a trip told in the progressive ("is going /
    travelling / heading to Kampala to sign"): the trip is under way, its purpose not done."""
    trip = token.head
    if token.dep_ not in ("advcl", "xcomp") or trip.lemma_.lower() not in _TRIP_VERBS:
        return False
    if trip.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lemma_ == "be" for c in trip.children):
        return False
    to = next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return to is not None and to.i > trip.i + 1  # ("going to sign" is going_plan's)


# Adjectives of a schedule that "be" takes as its complement: "is due / set / slated in Tokyo".
_SCHEDULED = frozenset({"due", "set", "slated", "scheduled", "expected", "poised"})


def _due_purpose(token: Token) -> bool:
    """``token`` is the purpose infinitive of a scheduled stay, hung by the parser on "be"
    rather than on its adjective: "the minister is due in Tokyo next week to sign a pact"
    (fresh19's F). The stay is a schedule (GUIDE rule 4: "is due to" is `possible`), and what
    it is for is not yet done; the hedge of the adjective reaches the purpose clause."""
    if token.dep_ != "advcl" or token.head.lemma_ != "be":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _SCHEDULED for c in token.head.children)
