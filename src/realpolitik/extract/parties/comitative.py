"""A joint act with a partner after "with": "A spoke by telephone with B", "A held talks with
B", "A had a call with B", "A conferred with B by video link" (issue 9, pairs23: fresh12's CW).

Talking with someone is done together: GUIDE rule 6 codes joint acts both ways, as "the two
spoke" is. A consultation (root 04, not a visit, a hosting or a mediation) whose one target is
the object of "with" on the trigger, or on the noun a light verb takes ("held talks with B"),
gets the reverse pair too, when the partner is a person or an office-holder ("President NAME",
"his counterpart": the other side of the conversation) and the talk is told as done (not
"chose to talk with", "would do best to open talks with"). Before this the comitative object was a target only (A -> B), and B's
side of the call was lost.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._counted_people import COUNTED_PERSON_NOUNS
from realpolitik.extract._performed_acts import manner_call
from realpolitik.extract._person_refs import OFFICE_WORDS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONSULT = "04"
# Consultations with a direction of their own: a visit (042), a hosting (043), a mediation (045).
_ONE_WAY = frozenset({"042", "043", "045"})
_WITH = "with"
_SPOKEN_TO = frozenset({"to", "with"})
_OBJECT_DEPS = frozenset({"dobj", "attr"})
_TOPIC_PREPS = frozenset({"on", "about", "of", "for", "over", "in"})
_VERB_POS = frozenset({"VERB", "AUX"})
_STATE_CODE = 3  # a code longer than a state's has a sector: a named person's office
_MEANS_DEPS = frozenset({"prep", "agent"})  # "by video link" is sometimes parsed as an agent
_CLIMB_DEPS = frozenset({"dobj", "attr", "pobj", "prep"})
# A verb governed by another ("chose to talk", "ruled out exchanging views") is not told done.
_CONTROLLED_DEPS = frozenset({"xcomp", "pcomp", "csubj"})
_DONE_TAGS = frozenset({"VBD", "VBN", "VBZ", "VBP"})  # "spoke", "has spoken", "holds talks"


def _with_object(tok: Token, trigger: Token) -> bool:
    """``tok`` is the object of "with" on ``trigger``, on its means ("spoke by phone with B"),
    on its object ("discussed trade with B"), or on the light verb of a noun trigger ("had a
    call on Friday with B")."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _SPOKEN_TO:
        framed = manner_call(trigger)  # "spoke to / with B in a phone call" (lexicon66)
        if framed is not None and prep.head.i == framed.i:
            return True
    if tok.dep_ != "pobj" or prep.lower_ != _WITH or prep.dep_ != "prep":
        return False
    host = prep.head
    if host.dep_ == "pobj" and host.head.dep_ in _MEANS_DEPS and host.head.head.i == trigger.i:
        host = host.head.head  # "spoke by telephone with B": "with" hung on the means
    if host.i == trigger.i:
        return True
    if host.dep_ in _OBJECT_DEPS and host.head.i == trigger.i:
        return True  # "discussed trade with B": "with" hung on the object
    if host.dep_ == "pobj" and host.head.lower_ in _TOPIC_PREPS:
        obj = host.head.head  # "signed a memorandum on lithium with B", "a memorandum of
        # understanding with B": "with" hung on the object's topic (parties56, fresh30's D)
        if obj.dep_ in _OBJECT_DEPS and obj.head.i == trigger.i:
            return True
    return trigger.dep_ in _OBJECT_DEPS and host.i == trigger.head.i  # "had a call ... with B"


def _person(s: Site, tok: Token) -> bool:
    """The partner is a person or an office-holder ("President NAME", "Nigeria's president",
    "his counterpart"): one side of a conversation, not a state a side turned to."""
    m = s.actors.mention_of(tok)
    if (m is not None and m.is_person) or tok.lemma_.lower() in COUNTED_PERSON_NOUNS:
        return True
    # "Italian Foreign Minister Ilse Varga": a name after an office title, whatever the tables
    # make of it (a demonym's office, parties56)
    return tok.pos_ == "PROPN" and any(
        k.dep_ == "compound" and k.lemma_.lower() in OFFICE_WORDS for k in tok.children
    )


def _told_done(trigger: Token) -> bool:
    """The talk is told as done ("spoke", "has held talks"), not chosen, advised or ruled out
    ("chose to talk with", "would do best to open talks with")."""
    verb = trigger
    while verb.pos_ not in _VERB_POS and verb.dep_ in _CLIMB_DEPS and verb.head.i != verb.i:
        verb = verb.head  # "held talks with": the light verb carries the tense
    if verb.dep_ in _CONTROLLED_DEPS or verb.pos_ not in _VERB_POS:
        return False
    kids = list(verb.children)
    if any(k.dep_ == "aux" and (k.tag_ == "MD" or k.lower_ == "to") for k in kids):
        return False
    return verb.tag_ in _DONE_TAGS


@acts_on(roots=(_CONSULT,))
def with_partner_both_ways(s: Site, c: Candidates) -> Candidates:
    """ "A spoke by telephone with B": A -> B and B -> A (a joint act, GUIDE rule 6)."""
    if s.root != _CONSULT or not c.pairs or len(c.pairs) != 1 or s.code[:3] in _ONE_WAY:
        return c
    src, tgt = c.pairs[0]
    if tgt is None or tgt.ref.code == src.ref.code or not 0 <= tgt.tok < len(s.tok.doc):
        return c
    partner = s.tok.doc[tgt.tok]
    person = _person(s, partner) or (bool(tgt.ref.name) and len(tgt.ref.code) > _STATE_CODE)
    if not _with_object(partner, s.tok) or not person or not _told_done(s.tok):
        return c
    return c.with_pairs([(src, tgt), (tgt, src)])
