"""A group placed by its own phrase in a place that is no state: "rioters in Katanga province"
(issue 9, names19: fresh9's class G).

"Zambia closed a crossing after rioters in Katanga province set fire to lorries carrying Zambian
copper", "Protesters in Tete province attacked Malawian trucks": the group's own "in Y" phrase
says where it is, and Y is a province, a region or a town the tables do not hold. Which state
that place is in the sentence does not say; the state named nearest (the lorries' owner, the
trucks' state) is not it. Such a group stays of no state (``placing.locate``), as does the
unnamed doer standing for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors import STATE_NAME_KINDS
from realpolitik.extract._tree import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from realpolitik.extract._mentions import DocActors

# Prepositions of where a group is.
_WHERE = frozenset({"in", "near", "at", "around"})
# Nouns of a place inside a state: "Katanga province", "the Tete region", "the border town".
PLACE_NOUNS = frozenset(
    {
        "province", "region", "district", "state", "county", "town", "city", "village",
        "prefecture", "department", "governorate", "municipality", "area", "valley", "enclave",
    }
)  # fmt: skip
_NOUNS = frozenset({"NOUN", "PROPN"})
# Singular nouns of a group of people.
GROUP_NOUNS = frozenset({"mob", "crowd", "group", "gang", "band", "militia"})


def group_in_unnamed_place(tok: Token, unnamed: bool, actors: DocActors) -> bool:
    """The party on ``tok`` (for the unnamed doer, which stands on its trigger: the trigger's
    noun subject, "Rioters ... set fire") is a group placed in a place that is no state."""
    if unnamed:
        subj = [c for c in tok.children if c.dep_ == "nsubj" and _people(c)]
        if not subj:
            return False
        tok = subj[0]
    return tok.pos_ in _NOUNS and in_unnamed_place(tok, actors)  # ("Gunmen" opening: PROPN)


def _people(tok: Token) -> bool:
    """A noun of a group of people ("rioters", "gunmen", "a mob"), not of a thing ("a minefield
    explosion near the town of X" stays the unnamed doer it is)."""
    if tok.pos_ not in _NOUNS:
        return False
    return tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in GROUP_NOUNS


def in_unnamed_place(tok: Token, actors: DocActors) -> bool:
    """``tok``'s own "in Y" phrase names a place, and no state: "rioters in Katanga
    province", "gunmen in Goma" (not "protesters in Kenya", "in Nairobi", "in Kenya's north")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in _WHERE:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            words = list(pobj.subtree)
            kinds = {m.kind for w in words if (m := actors.mention_of(w)) is not None}
            if kinds:
                return not kinds & STATE_NAME_KINDS and pobj.lemma_.lower() in PLACE_NOUNS
            if pobj.pos_ == "PROPN" or (
                pobj.lemma_.lower() in PLACE_NOUNS
                and any(w.i != pobj.i and w.text[:1].isupper() for w in words)
            ):
                return True  # "in Katanga province", "in Goma": a place the tables do not hold
    return False


# Verbs of keeping someone captive: "soldiers ... still held in Eritrea" are not Eritrea's.
HELD_VERBS = frozenset({"hold", "detain", "jail", "imprison", "keep", "intern", "confine"})


def held_places(sent: Span) -> set[int]:
    """Tokens of the places where someone is said to be held ("are still held in Eritrea",
    "detained in Tunis"): the holder's place, no place of the held (nor of a role noun near
    them), so ``placing.locate`` does not place an unplaced party there. (Only the tokens of
    the verbs' lemmas are read: the lemmas read once per parse.)"""
    out: set[int] = set()
    for tok in tokens_with_lemma(sent, HELD_VERBS):
        if tok.tag_ != "VBN":
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in _WHERE:
                out.update(p.i for p in prep.children if p.dep_ == "pobj")
    return out


def held_passive(verb: Token) -> bool:
    """ "Are still held / jailed in Y": a passive verb of keeping someone captive."""
    return verb.lemma_.lower() in HELD_VERBS and any(c.dep_ == "auxpass" for c in verb.children)
