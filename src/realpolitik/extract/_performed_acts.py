"""Acts a contact performs, named beside it (lex25, fresh13_classes.md NC).

"Called his Ugandan counterpart to offer condolences", "rang X to express sympathy": a purpose
infinitive of a verb of contact names what is done in that contact, not a plan; "thanked X in a
telephone call", "agreed during a phone call with X": the call named by the manner phrase took
place. Both read as background today (an adverbial clause, an object of a preposition under
another trigger); they are news of the same breath (GUIDE rule 1), read here so that
:mod:`realpolitik.extract._extract` keeps them and ``parties.purpose_acts`` aims them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Verbs of calling or writing to someone, whose purpose infinitive is said in the call or the
# letter itself. Not a meeting or a visit: "visited X to sign a deal" names a plan the visit
# serves, which may not be done (two false assertions on fresh12 when they were here).
CONTACT_VERBS = frozenset({"call", "phone", "telephone", "ring", "write"})
# Speech acts of cooperation a contact may perform: comments, appeals, offers, consultations,
# praise and thanks, condolences (CAMEO 01-05).
SPOKEN_ROOTS = frozenset({"01", "02", "03", "04", "05"})
# "in / during / on / over a (telephone) call", "by telephone" named as the manner of an act.
_MANNER_PREPS = frozenset({"in", "during", "on", "over"})
_CALL_NOUNS = frozenset({"call", "conversation"})
_CALL_MODIFIERS = frozenset({"phone", "telephone", "video", "telephonic"})


def purpose_infinitive(tok: Token, noun: bool) -> Token | None:
    """The "to" infinitive of purpose that holds an act, with no subject of its own: the
    trigger itself ("to congratulate X") or the light verb whose object it is ("to offer
    condolences")."""
    verb = tok.head if noun and tok.dep_ == "dobj" else tok
    if noun and verb is tok:
        return None
    if verb.dep_ not in ("advcl", "xcomp", "acl") or verb.head.i > verb.i:
        return None
    if not to_infinitive(verb):
        return None
    if any(a.dep_ in ("nsubj", "nsubjpass") for a in verb.children):
        return None  # ("called X for him to ...": another doer)
    return verb


def contact_purpose(tok: Token, code: str, noun: bool) -> Token | None:
    """The contact verb whose purpose infinitive ``tok``'s act is ("called X to offer
    condolences": "called"), for the spoken roots only."""
    if code[:2] not in SPOKEN_ROOTS:
        return None
    inf = purpose_infinitive(tok, noun)
    if inf is None:
        return None
    contact = inf.head
    if inf.dep_ == "acl" and contact.dep_ in ("nsubj", "dobj"):
        contact = contact.head  # ("called X to offer ...": the parser may hang it on a noun)
    return contact if contact.lemma_.lower() in CONTACT_VERBS else None


def manner_call(tok: Token) -> Token | None:
    """The verb whose manner ``tok`` names, when it is "a telephone / phone / video call" in an
    "in / during / on / over" phrase ("thanked X in a telephone call"): the call took place."""
    if tok.lemma_.lower() not in _CALL_NOUNS or tok.dep_ != "pobj":
        return None
    if not any(c.lemma_.lower() in _CALL_MODIFIERS for c in tok.children):
        return None
    prep = tok.head
    if prep.lower_ not in _MANNER_PREPS or prep.dep_ != "prep":
        return None
    # (not when hung on a noun, "thanked X for the aid in a phone call": climbing to the verb
    # there cost fresh6 a spurious key)
    return prep.head if prep.head.pos_ == "VERB" else None


def performed_in_contact(tok: Token, code: str, noun: bool) -> bool:
    """Whether ``tok``'s act is news of a contact: its purpose, or the call it was made in."""
    return contact_purpose(tok, code, noun) is not None or (noun and manner_call(tok) is not None)


_TALK = "040"
_CALL = "041"


def fold_framed_call(found: list[Found]) -> None:
    """ "X spoke with Y in a phone call", "talked with Y during a video call": the talk is the
    call the manner phrase names, one act (041, each way once), not a consultation (040)
    beside it (lexicon66)."""
    calls = {f.tok.i: f for f in found if f.code == _CALL and f.entry.pos == "N"}
    if not calls:
        return
    for f in found:
        if f.code != _TALK or f.entry.pos != "V" or f.absorbed:
            continue
        for prep in f.tok.children:
            if prep.dep_ != "prep" or prep.lower_ not in _MANNER_PREPS:
                continue
            for noun in prep.children:
                if noun.i in calls and manner_call(noun) is not None:
                    f.absorbed = True
