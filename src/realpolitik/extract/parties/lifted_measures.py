"""An agentless act on a measure told after the act that imposed it, under a new noun (issue 9
round 24, clauses30: fresh18's LM).

"When Chile shut out Argentine beef in June, ... and the licences were restored within a
month", "Chile banned Argentine beef, and the ban was lifted in July", "Peru suspended import
licences for Bolivian milk. The licences were restored a month later": only the state that
imposed a measure lifts, eases or restores it, so an agentless passive act on it (CAMEO 08) is
the imposer's, aimed at the measure's target (GUIDE round 21, the lifted measure's imposer).
``imposed_on.imposed_measure_source`` reads the imposer where the measure's own clause names
it ("the ban China had imposed on X was lifted"); here the measure is a bare noun, often a new
one for the same measure ("the licences" for the beef shut out), and the imposing act is the
latest hostile measure (16, 17, 19) of the sentence before it, else of the story.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._resisted_calls import resisting_verb
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.factuality import factuality_of
from realpolitik.extract.parties._earlier_acts import recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.imposed_on import MEASURE_NOUNS
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_YIELD = "08"
# Nouns a measure is named by again once imposed: its own kinds and what it suspends or adds.
LIFTED_NOUNS = MEASURE_NOUNS | frozenset(
    {"licence", "license", "permit", "check", "checkpoint", "inspection", "suspension",
     "closure", "visa", "import", "export", "shipment", "flight", "crossing", "border",
     "moratorium", "halt", "barrier", "surcharge"}
)  # fmt: skip
# Roots of the imposing act: reducing relations and sanctions (16), coercion (17), blockades
# and closures (19).
_IMPOSING_ROOTS = frozenset({"16", "17", "19"})
_STORY_SENTENCES = 2
_DONE = frozenset({"asserted", "reported"})


def _agentless_measure(tok: Token) -> Token | None:
    kids = list(tok.children)
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return None
    subj = next((k for k in kids if k.dep_ == "nsubjpass"), None)
    if subj is None or subj.lemma_.lower() not in LIFTED_NOUNS:
        return None
    if any(k.dep_ == "poss" for k in subj.children):
        return None  # "Chile's ban was lifted": the owner is named (other stages)
    return subj


@acts_on(noun=False, roots=(_YIELD,))
def lifted_measure_imposer(s: Site, c: Candidates) -> Candidates:
    """ "When Chile shut out Argentine beef, ... the licences were restored": CHL -> ARG 08,
    the imposer of the sentence's (else the story's latest) hostile measure and its target;
    a source already read is kept, and only its missing target is filled."""
    if s.noun or c.targets or s.root != _YIELD or _agentless_measure(s.tok) is None:
        return c
    got = _imposing_act(s)
    if got is None:
        return c
    source, target = got
    if any(key(a) == key(source) for a in c.sources):
        return c.with_targets([target])
    # (a source read from a clause before, "X resisted the calls, and the licences were
    # restored", is that clause's subject, not the passive's doer: only the imposer lifts)
    return c.with_sources([source], 2).with_targets([target])


def _imposing_act(s: Site) -> tuple[Arg, Arg] | None:
    """The doer and target of the latest hostile measure before ``s`` in its sentence, else in
    the two sentences before."""
    for i in sorted(s.ctx.triggers, reverse=True):
        f = s.ctx.triggers[i]
        if i >= s.tok.i or f.code[:2] not in _IMPOSING_ROOTS or f.absorbed:
            continue
        if factuality_of(f.tok, sent=s.ctx.sent) not in _DONE or resisting_verb(f.tok):
            continue  # ("resisted the calls to bar Y's lorries": no measure imposed)
        roles = s.ctx.roles_of(f)
        srcs = [a for a in roles.sources if not unknown(a)]
        tgts = [a for a in roles.targets if not unknown(a)]
        if srcs and tgts and srcs[0].ref.country != tgts[0].ref.country:
            return srcs[0], tgts[0]
    for act in reversed(recent(s, _STORY_SENTENCES)):
        if act.root not in _IMPOSING_ROOTS or act.target is None or act.background:
            continue
        if act.source.country and act.source.country != act.target.country:
            return _arg(act.source, s.tok.i), _arg(act.target, s.tok.i)
    return None


def _arg(ref: ActorRef, tok: int) -> Arg:
    return Arg(ActorRef(ref.text, ref.code, ref.country, ref.name), EARLIER, tok)


__all__ = ["LIFTED_NOUNS", "lifted_measure_imposer"]
