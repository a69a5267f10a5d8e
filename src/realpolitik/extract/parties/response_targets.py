"""An act done "in response" or "in retaliation", naming no target, is aimed at whoever did the act
it answers (``response_target``): the latest act of another state earlier in its sentence, else
the latest earlier act done to the doer in the last sentences. Its place in the policy is in
``parties.POLICY``; re-exported by ``context``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._means import RESPONSE_VERBS
from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import has_any
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.extract.parties.means_answered import answered_nouns, response_of_means

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


def response_target(s: Site, c: Candidates) -> Candidates:
    """ "North Korea blew up the roads, and South Korean troops fired warning shots in
    response", "Lima expelled Bolivia's envoy. La Paz suspended trade in retaliation": an act
    done in response, naming no target, is aimed at whoever did the act it answers: the latest
    act of another state earlier in its sentence, else the latest earlier act done to the doer
    in the last sentences, else the latest one by another state there. Its object read as a
    target ("recalled its ambassador": the doer's own, or people of no state) gives way."""
    if not c.sources or not _answers(s):
        return c
    own = {key(a) for a in c.sources}
    if any(key(a) not in own and not a.ref.code.startswith("---") for a in c.targets):
        return c
    before = [g for i, g in sorted(s.ctx.triggers.items()) if i < s.tok.i and not g.absorbed]
    for g in reversed(before):
        doers = [
            a
            for a in s.ctx.roles_of(g).sources
            if key(a) not in own and not a.ref.code.startswith("---")
        ]
        if doers:
            return c.with_targets(doers, 1)
    acts = [a for a in recent(s) if (a.source.country or a.source.code) not in own]
    done_to = [
        a for a in acts if a.target is not None and (a.target.country or a.target.code) in own
    ]
    pick = done_to or acts
    if not pick:
        return c
    last = pick[-1].trigger
    refs = {a.source.country or a.source.code: a.source for a in pick if a.trigger == last}
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in refs.values()], 1)
