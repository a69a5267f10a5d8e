"""An act done "in response" or "in retaliation", naming no target, is aimed at whoever did the act
it answers (``response_target``): the latest act of another state earlier in its sentence, else
the latest earlier act done to the doer in the last sentences, else the latest deed of another
state there (``retaliation.answered_doers``, the one policy of "the state being answered"). Its place in the policy is in
``parties.POLICY``; re-exported by ``context``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._means import RESPONSE_VERBS
from realpolitik.extract._tree import has_any
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.means_answered import answered_nouns, response_of_means
from realpolitik.extract.parties.retaliation import answered_doers

if TYPE_CHECKING:
    pass


# "In response", "in retaliation", "in reply": the act answers another.
RESPONSE_NOUNS = frozenset({"response", "retaliation", "reply", "riposte"})
_ANSWER_WORDS = RESPONSE_NOUNS | RESPONSE_VERBS  # (``_answers`` needs one: its gate)


def _answers(s: Site) -> bool:
    """ "Fired warning shots in response": a bare "in response / retaliation" (one with its own
    "to X" names what it answers, and its phrase is read by the other stages); the parser may
    hang it on the object ("cut ties in retaliation"). So is the means of a response that names
    nothing it answers ("Kenya answered by offering talks", ``means_answered``)."""
    if not has_any(s.ctx.sent, _ANSWER_WORDS):
        return False  # (most sentences: no response noun or verb, no walk of the children)
    verb = response_of_means(s.tok) if not s.noun else None
    if verb is not None and not answered_nouns(verb):
        return True
    objs = [k for k in s.kids if k.dep_ == "dobj"]
    for k in [*s.kids, *(c for o in objs for c in o.children)]:
        if k.dep_ != "prep" or k.lower_ != "in":
            continue
        for p in k.children:
            if p.dep_ == "pobj" and p.lemma_.lower() in RESPONSE_NOUNS:
                return not any(c.dep_ == "prep" for c in p.children)
    return False


@acts_on(words=_ANSWER_WORDS)
def response_target(s: Site, c: Candidates) -> Candidates:
    """ "North Korea blew up the roads, and South Korean troops fired warning shots in
    response", "Lima expelled Bolivia's envoy. La Paz suspended trade in retaliation": an act
    done in response, naming no target, is aimed at whoever did the act it answers: the latest
    act of another state earlier in its sentence, else the latest earlier act done to the doer
    in the last sentences, else the latest deed by another state there: one policy with a
    threat to respond (``retaliation.answered_doers``, which both call). Its object read as a
    target ("recalled its ambassador": the doer's own, or people of no state) gives way."""
    if not c.sources or not _answers(s):
        return c
    own = {key(a) for a in c.sources}
    if any(key(a) not in own and not a.ref.code.startswith("---") for a in c.targets):
        return c
    doers = answered_doers(s, own)
    return c.with_targets(doers, 1) if doers else c
