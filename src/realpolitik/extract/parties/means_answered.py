"""An act named by its means under a verb of response is aimed at the side it answers (class BY
of fresh5 and fresh6).

"Kenya answered Uganda's move by offering talks", "responded to the closure by Uganda by
offering talks", "answered Uganda by offering talks": the gerund (``_reading.by_means_governor``
gives it the responder as doer) names no target of its own, and the response verb names whom it
answers: its object or its "to / against" phrase, a state or an act noun whose doer it names.
"Uganda closed the border. Kenya answered by offering talks": a response verb that names nothing
answered is read as a bare "in response" (``context.response_target``: the earlier act's doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._means import ANSWERED_PREPS, RESPONSE_VERBS
from realpolitik.extract._syntax import pobjs
from realpolitik.extract._tree import has_any
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._reading import agent_of, by_means_governor

if TYPE_CHECKING:
    from spacy.tokens import Token


def response_of_means(tok: Token) -> Token | None:
    """The verb of response whose means ``tok`` names ("answered ... by offering"), or None."""
    gov = by_means_governor(tok)
    return gov if gov is not None and gov.lemma_.lower() in RESPONSE_VERBS else None


def answered_nouns(verb: Token) -> list[Token]:
    """What a response verb says it answers: its object, its "to / against" phrase, and the
    answered act's "by" phrase, which the parser may hang on the (active) response verb
    ("reacted to the closure by Togo by suspending trade")."""
    found = [k for k in verb.children if k.dep_ == "dobj"]
    found += [p for _, p in pobjs(verb, tuple(ANSWERED_PREPS))]
    return found + [p for _, p in pobjs(verb, ("by",))] if found else found


@acts_on(noun=False, words=RESPONSE_VERBS)
def means_answered_party(s: Site, c: Candidates) -> Candidates:
    """ "Kenya answered Uganda's move by offering talks", "responded to Uganda by expelling
    diplomats": the means of a response, naming no other state, is aimed at the answered side:
    the state the response verb names, or the doer its answered act noun names."""
    if s.noun or not c.sources or not has_any(s.ctx.sent, RESPONSE_VERBS):
        return c  # (no verb of response: no climb to one)
    own = {key(a) for a in c.sources}
    if any(key(a) not in own and not unknown(a) for a in c.targets):
        return c
    verb = response_of_means(s.tok)
    if verb is None:
        return c
    for noun in answered_nouns(verb):
        got = s.actors.resolve(noun) or agent_of(s.actors, noun)
        named = [a for a in got if key(a) not in own and not unknown(a)]
        if named:
            return c.with_targets(named, 1)
    return c
