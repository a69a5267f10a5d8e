"""The doer of an act named by the infinitive of a decision noun: "X's decision to do Y".

"Hungary's decision to expel Kenyan diplomats", "the move by Oman to cut ties with Qatar": the
parser hangs the infinitive on the noun (``acl``) and leaves it no subject; the one who decided
is the noun's owner (its possessor or "by" phrase) and does the act. Only nouns of a decision
taken (``DECISION_NOUNS``): a refusal, failure or attempt says the act was not (or not yet)
done, and a call or request asks another party to do it. A decision undone, held off or only
weighed ("reversed its decision to", "is weighing a move to", "any decision by X to") names no
act done. An act whose doer only the noun names is kept only with a target: without one
("X's decision to leave the bloc") it is the decision's content, which a reaction to the
decision answers, not an interstate event of its own (kept, it cost the held-out fresh corpus
a wrong key when the stage was first tried).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import agent_of
from realpolitik.extract.parties.kept_promises import PROMISE_NOUNS, kept_promise

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Nouns of a decision taken or an act set in motion; their infinitive is their owner's act.
DECISION_NOUNS = frozenset({"decision", "move", "step", "choice", "resolve", "determination"})
# Nouns of a stated plan (leftovers30): "Russia's plan to deploy troops to Belarus" is Russia's
# act as "Russia plans to deploy" is; the plan governs its possibility (GUIDE rule 4), so the
# act is `possible` (factuality), with the same owner as a decision's.
PLAN_NOUNS = frozenset({"plan", "plans"})
_OWNED_NOUNS = DECISION_NOUNS | PLAN_NOUNS
# (a decision noun, or a promise kept: ``_decision_of`` reads no other; the stages' word gate)
_DECIDING = _OWNED_NOUNS | PROMISE_NOUNS
# Verbs that undo, hold off or only weigh the decision they take as object ("reversed its
# decision to expel", "is weighing a move to"): its act is not done.
UNDOING_VERBS = frozenset(
    {"reverse", "revoke", "rescind", "overturn", "reconsider", "review", "drop", "abandon",
     "withdraw", "retract", "postpone", "delay", "cancel", "scrap", "defer", "shelve",
     "suspend", "freeze", "halt", "weigh", "consider", "mull", "contemplate", "debate",
     "block", "veto", "annul", "undo", "rethink", "pause"}
)  # fmt: skip
# Determiners of a decision not taken ("any decision by X to", "no move to").
OPEN_DETERMINERS = frozenset({"any", "no", "a", "an"})


@acts_on(words=_DECIDING)
def decided_needs_target(s: Site, c: Candidates) -> Candidates:
    """ "Burkina Faso's decision to leave the bloc": an act whose doer only the decision noun
    names is kept only with a target its phrase names; without one it is the decision's
    scene, not an interstate event (the decision itself is what a reaction answers)."""
    if not c.pairs or all(b is not None for _, b in c.pairs) or not _decided(s):
        return c
    pairs: list[tuple[Arg, Arg | None]] = [(a, b) for a, b in c.pairs if b is not None]
    return c.with_pairs(pairs, "decided_needs_target: no target")


@acts_on(words=_DECIDING)
def undone_decision_act(s: Site, c: Candidates) -> Candidates:
    """ "Minsk reversed its decision to close its border with Iraq", "postponed its decision
    to expel ...": the act of a decision undone or held off is not done, whoever the other
    stages found to do it (a border's owner, the possessor)."""
    if not c.pairs:
        return c
    noun = _decision_of(s)
    if noun is None or noun.dep_ not in ("dobj", "nsubjpass"):
        return c
    if noun.head.lemma_.lower() not in UNDOING_VERBS:
        return c
    return c.with_pairs([], "undone_decision_act: the decision was undone")


@acts_on(noun=False, words=_DECIDING)
def decided_act_owner(s: Site, c: Candidates) -> Candidates:
    """ "X's decision to expel Y's diplomats", "the decision by X to close its border with Y",
    "X's move to cut ties with Y": the infinitive of a decision noun is done by the noun's
    owner (possessor or "by" phrase), when the clause names no doer of its own."""
    if s.noun or c.sources or not _decided(s):
        return c
    return c.with_sources(agent_of(s.actors, s.tok.head), 2)


def _decided(s: Site) -> bool:
    """The trigger is the subjectless infinitive of a decision noun taken, not undone."""
    noun = _decision_of(s)
    if noun is None:
        return False
    if any(k.dep_ == "det" and k.lower_ in OPEN_DETERMINERS for k in noun.children):
        return False
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in UNDOING_VERBS:
        return False
    return not any(k.dep_ in ("nsubj", "nsubjpass") for k in s.tok.children)


def owning_noun(verb: Token) -> Token | None:
    """ "China's plan to hold drills near Taiwan": the plan or decision noun (taken, not
    undone) whose subjectless infinitive ``verb`` is, the owner of the act a light verb
    there carries (leftovers31; ``nouns.light_verb_subject``), or None."""
    if verb.dep_ != "acl" or verb.tag_ != "VB":
        return None
    noun = verb.head
    if noun.lemma_.lower() not in _OWNED_NOUNS:
        return None
    if not to_infinitive(verb):
        return None
    if any(k.dep_ == "det" and k.lower_ in OPEN_DETERMINERS for k in noun.children):
        return None
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in UNDOING_VERBS:
        return None
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in verb.children):
        return None
    return noun


def _decision_of(s: Site) -> Token | None:
    """The decision noun whose infinitive the trigger is ("decision to expel"), if any."""
    tok = s.tok
    if s.noun or tok.dep_ != "acl" or tok.tag_ != "VB":
        return None
    noun = tok.head
    if kept_promise(noun):  # "made good on its promise to send aid" (lex21)
        pass
    elif noun.lemma_.lower() not in _OWNED_NOUNS or _OWNED_NOUNS.isdisjoint(
        sentence_words(s.ctx.sent)
    ):
        return None
    if not to_infinitive(tok):
        return None
    return noun
