"""The one an answer is aimed at: "X invited NAME to Jakarta, and she accepted, Y's ministry
said", "X asked NAME to mediate, but he declined" (issue 9, pairs23: fresh12's A).

The subject pronoun of an answering verb is the addressee of the invitation or request before
it (``_answering_pronouns``); its answer is aimed at whoever invited or asked (the addressing
verb's subject). ``joined_offers.conjoined_offer_maker`` reads the same when the answer is
parsed as the offer's conjunct; this reads it wherever the parser hung the answering clause
(under a trailing "said", or with "decline" / "refuse").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._answering_pronouns import (
    ANSWERING_VERBS,
    addressing_before,
    answered_verb,
)
from realpolitik.extract._dependents import conjoined_subjects
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token


def _answers_itself(s: Site, c: Candidates, asked: Token) -> bool:
    """Whether every source of the answer is a state of the one who invited or asked: the
    pronoun fell to the inviter (its addressee unread: a name the parser split, a pronoun of
    another gender). Only the one invited answers; an answer by the inviter's own state is
    the pronoun chain's slip, never the story (seeds39)."""
    objs = [k for k in asked.children if k.dep_ in ("dobj", "dative")]
    if not any(not unknown(a) for k in objs for a in s.actors.resolve(k)):
        return False  # ("urged restraint, and it agreed": nobody addressed)
    own = {
        a.ref.country
        for k in conjoined_subjects(asked)
        for a in s.actors.resolve(k)
        if a.ref.country
    }
    return bool(own) and all(a.ref.country in own for a in c.sources)


@acts_on(noun=False)
def answered_addresser(s: Site, c: Candidates) -> Candidates:
    """ "X invited NAME, and she accepted": NAME's side -> X."""
    tok = s.tok
    if s.noun or tok.lemma_.lower() not in ANSWERING_VERBS or not c.sources:
        return c
    subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
    if subj is None:
        return c
    asked = addressing_before(subj)
    if asked is not None and _answers_itself(s, c, asked):
        return c.with_sources([])  # (no event rather than the inviter accepting its own call)
    if any(not unknown(a) for a in c.targets):
        return c
    verb = answered_verb(subj)
    if verb is None:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    makers = [
        a
        for k in conjoined_subjects(verb)
        for a in s.actors.resolve(k)
        if not unknown(a) and a.ref.country not in own and key(a) not in {key(b) for b in c.sources}
    ]
    if not makers:
        return c
    return c.with_targets([Arg(m.ref, EARLIER, tok.i) for m in makers], 1)
