"""A reaction conjoined after the act it answers, in one sentence of wire copy.

"India airdropped supplies into Sri Lanka's north, and Sri Lanka condemned the airdrop",
"X's jets fired on a Y-ian border post; Y lodged a protest", "X fired a missile over Y, and Y
lodged a strong protest": the act and its answer share the sentence, the answer names the act by a
definite noun of the act's own verb (which gave no event of its own) or names nothing, and the
earlier stages, which read the sentences before or the acts extracted with a doer, left it no
target. Issue 9's rule: a condemned or opposed act's agent is taken as the target (wire13; the
practice sets' class CN).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._pos import VERBAL
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract._words import LIGHT_VERBS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import (
    _PHRASE_PREPS,
    ANAPHORIC_DETS,
    GENERIC_DEEDS,
    same_word,
)
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._reading import agent_of
from realpolitik.extract.parties.story_protests import BARE_DISAPPROVAL

if TYPE_CHECKING:
    from spacy.tokens import Token

# Reactions aimed at an act's doer: demands, disapproval, rejection, threats, protests.
_REACTION_ROOTS = frozenset({"10", "11", "12", "13", "14"})
# Roots of acts done to another that a bare answer ("Y lodged a protest")
# answers: threats, protests, reductions, coercion, force (never a visit or a statement).
_ANSWERED_ROOTS = frozenset({"13", "16", "17", "18", "19", "20"})
_LINKS = frozenset({"conj", "parataxis"})
# Bare protests the story's protest stage answers (``story_protests.protest_story_partner``).
_STORY_PROTESTS = frozenset({"protest", "complain", *BARE_DISAPPROVAL})
_EARLIER_CLAUSE = frozenset({"ccomp", "parataxis"})  # ("X fired on Y; Y lodged a protest")
_SEMICOLON = ";"


def _reaction_verb(s: Site) -> Token | None:
    """The verb that carries the reaction: its own, or a light verb's ("lodged a protest")."""
    if not s.noun:
        return s.tok
    head = s.tok.head
    if s.tok.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS and head.pos in VERBAL:
        return head
    return None


def _earlier_clause(verb: Token) -> Token | None:
    """The verb of the clause before the reaction's, joined to it by "and" or a semicolon."""
    head = verb.head
    if verb.dep_ in _LINKS and head.i < verb.i and head.pos in VERBAL:
        return head
    for k in verb.children:
        if k.dep_ not in _EARLIER_CLAUSE or k.i > verb.i or k.pos not in VERBAL:
            continue
        if any(p.lower_ == _SEMICOLON for p in verb.children if k.i < p.i < verb.i):
            return k  # (the parser hangs the first clause under the second)
    return None


def _named_act(s: Site, verb: Token, earlier: Token) -> Token | None | bool:
    """The reaction's object when it is a definite noun of an act with no doer of its own
    ("the airdrop", "the raid", "the move"); True where the reaction names nothing; None where
    it names something else ("the weather", "the attack by rebels", "Y's decision")."""
    obj = child(verb, "dobj")
    if s.noun:
        obj = obj if obj is not None and obj.i != s.tok.i else None
        if obj is None:
            return True
    if obj is None:
        return True if not any(s.actors.resolve(p) for _, p in pobjs(verb, _PHRASE_PREPS)) else None
    if not any(k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in obj.children):
        return None
    lemma = obj.lemma_.lower()
    act = s.ctx.triggers.get(obj.i)
    if not (act is not None or lemma in GENERIC_DEEDS or same_word(earlier.lemma_.lower(), lemma)):
        return None
    if agent_of(s.actors, obj) or any(s.actors.resolve(p) for _, p in pobjs(obj, _PHRASE_PREPS)):
        return None  # "the attack by rebels", "the shelling of X's villages": its own parties
    return obj


@acts_on(roots=_REACTION_ROOTS)
def conjunct_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "X airdropped food into Y's north, and Y condemned the airdrop", "X's jets fired on a
    Y-ian post; Y lodged a protest", "X fired a missile over Y, and Y filed a protest": a reaction
    with no target, conjoined after another clause whose act it names by a definite noun of
    that act (or of its verb), or answers bare after an act of force or coercion, is aimed at
    that clause's doer (its subject), never at the reacting side; "Y condemned the attack by
    rebels" keeps the rebels, "Y condemned the weather" no one (wire13)."""
    if not c.sources or c.targets or s.root not in _REACTION_ROOTS:
        return c
    verb = _reaction_verb(s)
    earlier = _earlier_clause(verb) if verb is not None else None
    if verb is None or earlier is None:
        return c
    named = _named_act(s, verb, earlier)
    if named is None:
        return c
    if named is True:  # a bare answer ("lodged a protest"): only to an act of force or coercion
        if not s.noun and s.tok.lemma_.lower() in _STORY_PROTESTS:
            return c  # ("and Y protested": the story's protest stage reads it)
        act = s.ctx.triggers.get(earlier.i)
        if act is None or act.negated or act.code[:2] not in _ANSWERED_ROOTS:
            return c
    subj = child(earlier, "nsubj")
    if subj is None:
        agents = [p for _, p in pobjs(earlier, ("by",))]
        subj = agents[0] if agents and child(earlier, "auxpass") is not None else None
    if subj is None:
        return c
    own = {key(a) for a in c.sources}
    doers = [a for a in s.actors.resolve(subj) if key(a) not in own and not unknown(a)]
    return c.with_targets([Arg(a.ref, EARLIER, subj.i) for a in doers]) if doers else c
