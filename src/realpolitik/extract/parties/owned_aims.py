"""Force aimed at a thing owned through "its" / "their" is aimed at the owner (issue 9,
parties30: the prepositional form of leftovers26's plural-subject "its").

"Kabul said Pakistani soldiers had fired on its posts", "Yerevan said Azerbaijani troops opened
fire at its positions": the act's direct object carries its owner to the target
(``verbs.object_agent``), but a prepositional object did not ("on its posts" names no actor by
itself, a thing's owner is no party for ``prepositional_target``), so the act lost its target and
``home_target`` gave it the doer's own state (PAK -> PAK). Where force (roots 18-20) is aimed
"on / at / against / into" a thing whose possessor is an owner pronoun, the pronoun's state is
the target, resolved as for the object (a singular "its" passes over a plural subject's state:
``_plural_owner``); the doer's own state is never taken ("Azerbaijan had fired on its
villages" stays without a target, as the direct object's reading does).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._words import OWNER_PRONOUNS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import FORCE_ROOTS, Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions that aim force at a thing ("fired on / at / into its posts").
_AIM_PREPS = frozenset({"on", "at", "upon", "against", "into", "toward", "towards"})


def _owned_aims(tok: Token) -> list[Token]:
    """Owner pronouns of the things the verb's aiming prepositions name ("on its posts":
    "its")."""
    return [
        g
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS
        for p in prep.children
        if p.dep_ == "pobj"
        for g in p.children
        if g.dep_ == "poss" and g.lower_ in OWNER_PRONOUNS
    ]


@acts_on(noun=False, roots=FORCE_ROOTS)
def owned_aim_target(s: Site, c: Candidates) -> Candidates:
    """ "Pakistani soldiers had fired on its posts": force aimed at a thing owned through "its"
    is aimed at the pronoun's state, never at the doer's own (see the module's docstring)."""
    if s.noun or c.targets or not c.sources:
        return c
    own = {key(a) for a in c.sources} | {a.ref.country for a in c.sources if a.ref.country}
    for pron in _owned_aims(s.tok):
        got = [
            a
            for a in s.actors.resolve(pron)
            if not unknown(a) and key(a) not in own and a.ref.code not in own
        ]
        if got:
            return c.with_targets(got)
    return c


# Verbs that voice another's act: "Kenya said (claimed, complained) that Uganda had seized its boats".
_VOICING = frozenset({"say", "claim", "allege", "complain", "protest", "report", "insist", "state"})
# Coercive roots whose owned object is the victim's: seizures, arrests (17), assaults (18), force.
_SEIZING_ROOTS = frozenset({"17", "18", "19", "20"})


@acts_on(noun=False, roots=_SEIZING_ROOTS)
def voiced_owned_object(s: Site, c: Candidates) -> Candidates:
    """ "Kenya said Uganda had seized its fishing boats": in a clause another state voices, a
    seizure, arrest or attack on a thing owned through "its" / "their" that would make the
    doer the owner is aimed at the speaker (no state seizes its own boats in a complaint;
    GUIDE rule 4's "its" the speaker's state, as for airspace) (leftovers46). "its own" stays
    the doer's."""
    tok = s.tok
    if s.noun or c.targets or not c.sources or tok.dep_ != "ccomp":
        return c
    head = tok.head
    if head.lemma_.lower() not in _VOICING:
        return c
    owned = [
        g
        for o in tok.children
        if o.dep_ == "dobj"
        for g in o.children
        if g.dep_ == "poss" and g.lower_ in OWNER_PRONOUNS
        and not any(k.lower_ == "own" for k in o.children)
    ] + _owned_aims(tok)  # fmt: skip
    if not owned:
        return c
    speaker = next((k for k in head.children if k.dep_ == "nsubj"), None)
    if speaker is None:
        return c
    own = {key(a) for a in c.sources} | {a.ref.country for a in c.sources if a.ref.country}
    got = [  # (held at the pronoun: the speaker is no party, ``not_the_reporter``)
        replace(a, tok=owned[0].i)
        for a in s.actors.resolve(speaker)
        if not unknown(a) and key(a) not in own and a.ref.country not in own
    ]
    return c.with_targets(got) if got else c


__all__ = ["owned_aim_target", "voiced_owned_object"]
