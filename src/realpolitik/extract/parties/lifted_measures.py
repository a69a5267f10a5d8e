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

The same holds for a measure lifted by a named doer under a pronoun or a pointing noun (parties55,
fresh29's C): "Indonesia banned Australian beef. Malaysia and Thailand, which imposed similar
bans, have since lifted them" is aimed at Australia, where "them" had read as the lifters
themselves (``lifted_pronoun_measure``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._measure_pronouns import antecedent
from realpolitik.extract._mentions import Arg
from realpolitik.extract._resisted_calls import resisting_verb
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.factuality import factuality_of
from realpolitik.extract.parties._earlier_acts import recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of, key, unknown
from realpolitik.extract.parties.imposed_on import MEASURE_NOUNS
from realpolitik.extract.parties.similar_acts import SIMILAR_WORDS
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
_SIMILAR_SENTENCES = 4  # (a "similar" measure: as far back as ``similar_acts`` looks)
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


# Words by which a lifted measure's object says it is one named before: "lifted those bans",
# "scrapped these curbs", "lifted their similar restrictions".
_BACK_WORDS = frozenset({"those", "these", "that", "this", "such", *SIMILAR_WORDS})
_AIM_PREPS = frozenset({"on", "against", "for", "to"})


@acts_on(noun=False, roots=(_YIELD,))
def lifted_pronoun_measure(s: Site, c: Candidates) -> Candidates:
    """ "Indonesia banned Australian beef. Malaysia and Thailand, which imposed similar bans,
    have since lifted them", "Rwanda and Burundi, which had blocked Kenyan milk, have since
    scrapped those bans": the lifted measure ("them" for the bans, "those bans") is one named
    before, and lifting it is aimed where it was: at the target of the act that imposed it, else
    of the latest hostile measure before it in its sentence, else, for a "similar" measure, in
    the four sentences before (parties55: fresh29's C). Targets read from the object itself
    ("them" as the lifters, "it" as the lifter) give way; an object with its own "on" phrase
    is left to the stages that read it."""
    if s.noun or s.root != _YIELD or not c.sources:
        return c
    obj = s.child("dobj")
    if obj is None:
        return c
    noun = _lifted_measure(obj)
    if noun is None or any(a.tok != obj.i for a in c.targets):
        return c
    own = {home_of(a.ref) for a in c.sources}
    got = [a for a in _named_targets(s, noun) if home_of(a.ref) not in own]
    if not got:
        got = _earlier_targets(s, own, story=_similar(noun))
    if not got:  # a measure the lifters imposed in their own clause: aimed at no one
        return c.with_targets([]) if c.targets and _imposed_here(s, noun) else c
    return c.with_targets([_arg(a.ref, s.tok.i) for a in got], 2)


def _imposed_here(s: Site, noun: Token) -> bool:
    """The measure is the object of an act of the lift's own sentence ("Malaysia, which imposed
    a curfew last week, has since lifted it")."""
    return noun.dep_ == "dobj" and noun.head.i != s.tok.i and noun.head.i in s.ctx.triggers


def _lifted_measure(obj: Token) -> Token | None:
    """The measure noun the object stands for: a pronoun's measure antecedent, or a measure
    noun that points back ("those bans", "the similar curbs"), with no "on" phrase of its own."""
    if obj.pos_ in ("PRON", "DET"):
        return antecedent(obj)
    if obj.lemma_.lower() not in MEASURE_NOUNS or not any(
        k.dep_ in ("det", "amod") and k.lower_ in _BACK_WORDS for k in obj.children
    ):
        return None
    if any(k.dep_ == "prep" and k.lower_ in _AIM_PREPS for k in obj.children):
        return None
    return obj


def _named_targets(s: Site, noun: Token) -> list[Arg]:
    """The targets of the act that names the measure as its object, other than the lift, or the
    states its own "on" phrase names."""
    if noun.head.i != s.tok.i and noun.dep_ == "dobj":
        act = s.ctx.triggers.get(noun.head.i)
        if act is not None:
            return [a for a in s.ctx.roles_of(act).targets if not unknown(a)]
    out: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _AIM_PREPS:
            for tok in prep.subtree:
                if tok.i != prep.i:
                    out += [a for a in s.actors.resolve(tok) if not unknown(a)]
    return out


def _similar(noun: Token) -> bool:
    return any(k.dep_ == "amod" and k.lower_ in SIMILAR_WORDS for k in noun.children)


def _earlier_targets(s: Site, own: set[str], *, story: bool) -> list[Arg]:
    """The targets of the latest hostile measure before the lift in its sentence ("which had
    blocked Kenyan milk, have since scrapped those bans"), aimed at another state than the
    lifters; for a "similar" measure, else of the four sentences before (a measure of the
    lifters' own, "which imposed a curfew, has since lifted it", is aimed at no one)."""
    for i in sorted(s.ctx.triggers, reverse=True):
        f = s.ctx.triggers[i]
        if i >= s.tok.i or f.code[:2] not in _IMPOSING_ROOTS or f.absorbed:
            continue
        got = [a for a in s.ctx.roles_of(f).targets if not unknown(a)]
        got = [a for a in got if home_of(a.ref) not in own]
        if got:
            return got
    for act in reversed(recent(s, _SIMILAR_SENTENCES) if story else []):
        if act.root not in _IMPOSING_ROOTS or act.target is None or act.background:
            continue
        if act.target.country and home_of(act.target) not in own:
            return [_arg(act.target, s.tok.i)]
    return []


def _arg(ref: ActorRef, tok: int) -> Arg:
    return Arg(ActorRef(ref.text, ref.code, ref.country, ref.name), EARLIER, tok)


__all__ = ["LIFTED_NOUNS", "lifted_measure_imposer", "lifted_pronoun_measure"]
