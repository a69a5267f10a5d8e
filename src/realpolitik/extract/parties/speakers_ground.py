"""The speaker's own ground in a reported violation (issue 9, leftovers33).

"Greece said (complained) that Turkey had violated its airspace", "Armenia said that
Azerbaijan had violated its territory (border, sovereignty, waters)": "its" cannot be the
violator's own (no state violates its own airspace); it is the state that says so, the subject
of the verb of saying or complaining that reports the clause. With a demonym's forces for doer
("Turkish jets") the pronoun chain already skips the plural and reaches the speaker; with a
state's name for doer it stopped at the doer, so the act was aimed at no one. The act keeps its
own code and factuality (reported, GUIDE rule 3).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._dependents import child
from realpolitik.extract._factuality_words import CLAUSE_REPORTERS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# A state's own ground, sea or rights, which another violates or enters.
GROUND_NOUNS = frozenset(
    {"airspace", "waters", "water", "territory", "border", "frontier", "sovereignty", "soil",
     "integrity", "boundary", "space", "zone"}
)  # fmt: skip
_OWNER = frozenset({"its", "our"})
# Prepositions of a move onto another's ground ("crossed into", "intruded on").
_INTO = frozenset({"into", "on", "upon"})
# Verbs whose clause is what their subject says another did.
_SAYING = CLAUSE_REPORTERS | frozenset(
    {"say", "tell", "complain", "protest", "object", "allege", "claim", "charge", "insist", "state",
     "report", "add", "warn", "announce", "confirm", "assert", "note", "argue", "accuse"}
)  # fmt: skip
# Roots of a violation of another's ground: breach (12), force posture (15), force (19).
_VIOLATING_ROOTS = ("12", "15", "19")


def _owned_ground(tok: Token) -> Token | None:
    """The "its" / "our" that owns ``tok``'s object, a ground noun ("violated its airspace"),
    or the object of its "into" / "on" phrase ("crossed (strayed, intruded) into its airspace",
    leftovers34)."""
    objs = [k for k in tok.children if k.dep_ == "dobj"]
    for prep in (k for k in tok.children if k.dep_ == "prep" and k.lower_ in _INTO):
        objs += [k for k in prep.children if k.dep_ == "pobj"]
    for obj in objs:
        if obj.lemma_.lower() in GROUND_NOUNS or obj.lower_ in GROUND_NOUNS:
            return next((k for k in obj.children if k.dep_ == "poss" and k.lower_ in _OWNER), None)
    return None


def _speaker(tok: Token) -> Token | None:
    """The subject of the verb of saying whose complement clause ``tok`` is (through a
    conjunct: "said that Y had entered its waters and seized ...")."""
    clause = tok.head if tok.dep_ == "conj" else tok
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING:
        return None
    said = clause.head
    return child(said, "nsubj")


@acts_on(noun=False, roots=_VIOLATING_ROOTS)
def speakers_ground(s: Site, c: Candidates) -> Candidates:
    """ "Greece said that Turkey had violated its airspace": the speaker's state, where the
    target is missing or the violator's own."""
    owner = _owned_ground(s.tok) if c.sources else None
    if owner is None:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if c.targets and any(key(a) not in own and not unknown(a) for a in c.targets):
        return c
    subj = _speaker(s.tok)
    if subj is None:
        return c
    got: list[Arg] = [
        replace(a, tok=owner.i)  # (the pronoun's: the speaker is no party as the speaker)
        for a in s.actors.resolve(subj)
        if not unknown(a) and key(a) not in own and key(a)
    ]
    return c.with_targets(got) if got else c


__all__ = ["GROUND_NOUNS", "speakers_ground"]
