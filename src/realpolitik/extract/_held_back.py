"""Acts a doer holds back from: "X stopped / fell short of recalling its ambassador", "X refrained
/ abstained / desisted from imposing sanctions". The gerund is X's act, not done (negated, as
``factuality`` and ``_fact_scope`` read it); the parser hangs it under a preposition, where no
subject reaches it, so the party stages borrow the holding verb's subject (fact24). So do the
acts a noun of intent names: "X had no intention of invading Y", "X has no plans of sending
troops" (the doer is the subject of the verb that holds the noun; its factuality is read by the
climb, not here).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._double_negatives import _CEASED_ARCS, _NEGATORS, CEASING
from realpolitik.extract._syntax import child

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

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


# Verbs that end the act their gerund names: ``_double_negatives.CEASING`` (clauses35).
def ceasing_verb(tok: Token) -> Token | None:
    """The verb that ends ``tok``'s act ("stopped" for "has stopped accusing Y", "gave" for
    "gave up criticising"); None for any other word, for a verb negated itself ("has not stopped
    accusing": the act goes on) and for a passive one."""
    if tok.tag_ != "VBG" or tok.dep_ not in _CEASED_ARCS:
        return None
    gov = tok.head
    lemma = gov.lemma_.lower()
    if lemma not in CEASING and not (lemma == "give" and _particle(gov, "up")):
        return None
    kids = list(gov.children)
    if gov.pos_ not in ("VERB", "AUX") or any(
        c.dep_ == "nsubjpass" or (c.dep_ == "neg" or c.lower_ in _NEGATORS) for c in kids
    ):
        return None
    return gov


def gave_up_act(tok: Token) -> bool:
    """ "gave up criticising Y": "give up" ending a gerund's act gives nothing (no aid); "gave
    up its weapons" is left to the rows of "give"."""
    return (
        tok.lemma_.lower() == "give"
        and _particle(tok, "up")
        and any(c.tag_ == "VBG" and c.dep_ in _CEASED_ARCS for c in tok.children)
    )


def _particle(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


# Nouns of intent whose "of" gerund is their holder's act; nouns whose "for" gerund is the act
# their claimant owns ("claimed / took responsibility for shooting down Y's helicopter").
INTENT_NOUNS = frozenset({"intention", "intent", "plan", "desire", "wish", "aim", "goal", "hope"})
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})


def intending_verb(tok: Token) -> Token | None:
    """The verb whose object is the noun of intent or claim over ``tok``'s gerund ("had" for "had
    no intention of invading", "claimed" for "claimed responsibility for shooting down"); None
    otherwise."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    noun = prep.head
    nouns = INTENT_NOUNS if prep.lower_ == "of" else CLAIMED_NOUNS
    if noun.lemma_.lower() not in nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and child(verb, "nsubjpass") is None else None


# Verbs that keep another from the act in their "from" phrase ("prevented Y from sending").
PREVENTING = frozenset({"prevent", "stop", "bar", "block", "hinder", "keep", "prohibit", "deter"})


def kept_from(tok: Token) -> Token | None:
    """The verb that keeps another from ``tok``'s act ("prevented" for "X prevented Y from
    sending troops", "Y was barred from exporting grain"): the act is not done, and is the
    stopped one's, not the stopper's (leftovers22); None for any other gerund, and for a
    stopper with no one stopped ("refrained from": ``held_back_verb``)."""
    prep = tok.head
    if tok.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ != "from":
        return None
    gov = prep.head
    if gov.lemma_.lower() not in PREVENTING or gov.pos_ not in ("VERB", "AUX"):
        return None
    return gov if child(gov, "dobj") or child(gov, "nsubjpass") else None


# What a keeping verb's own rows code, kept over the generic 120: an entry ban, an exclusion, a
# detention, a restriction of movement; an embargo only from an object row ("barred Y's cattle
# from ..."), never from "stop" + a trade verb ("stopped Y from exporting grain" is the keeping).
_OWN_READINGS = frozenset({"172", "160", "173", "191"})
_EMBARGO = "163"


def recode_kept_from(found: list[Found]) -> None:
    """ "X stopped Y from sending warships / from attacking Z": X's act on Y is the keeping
    (120, PETRARCH2's PREVENT), not a cut of X's own aid (162) or a ceasefire (0871), which the
    rows of "stop" + a following verb read for "stopped sending" (leftovers22); a specific
    object reading ("barred Y's officials from entering": 172) stays."""
    for f in found:
        tok = f.tok
        if (
            f.entry.pos != "V"
            or tok.lemma_.lower() not in PREVENTING
            or f.code[:3] in _OWN_READINGS
            or (f.code[:3] == _EMBARGO and f.entry.obj)
        ):
            continue
        preps = (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from")
        if any((k := kept_from(g)) is not None and k.i == tok.i for p in preps for g in p.children):
            f.code = "120"


__all__ = [
    "CEASING",
    "ceasing_verb",
    "gave_up_act",
    "CLAIMED_NOUNS",
    "PREVENTING",
    "kept_from",
    "recode_kept_from",
    "HOLDING_BACK",
    "INTENT_NOUNS",
    "SHORT_OF",
    "held_back_verb",
    "intending_verb",
]
