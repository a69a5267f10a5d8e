"""Parse repairs of "X's plan to V Y alarmed (worried, angered, drew ...) Z" (leftovers31).

A nominal subject with an infinitive before a verb of reaction is long, and the parser may
lose the reaction verb or the infinitive's object:

- "Iraq's plan to enrich uranium alarmed Venezuela": "alarmed" read as an adjective of
  "Venezuela", the plan the root and Venezuela the object of "enrich", so Venezuela becomes the
  plan's partner. The reaction word becomes the root verb, the plan its subject and the noun
  after it its object (``reaction_verb``).
- "Colombia's plan to expel China's ambassador worried investors": the ambassador read as a
  second subject of "worried", so the expulsion has no object. A second subject after the
  plan's objectless infinitive is that infinitive's object (``infinitive_object``).

Only a plan, decision or move noun with a subjectless "to" infinitive qualifies (the nouns
``parties.decided`` reads as their owner's act). Called by
:func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Nouns whose infinitive is their owner's act (``parties.decided``).
_PLAN_NOUNS = frozenset({"plan", "plans", "decision", "move", "bid", "proposal", "intention"})
# Forms of verbs of a feeling caused, which the parser may read as adjectives, with lemmas.
REACTION_LEMMAS = {
    "alarmed": "alarm", "worried": "worry", "angered": "anger", "unsettled": "unsettle",
    "rattled": "rattle", "troubled": "trouble", "dismayed": "dismay", "infuriated": "infuriate",
    "annoyed": "annoy", "spooked": "spook", "irked": "irk", "enraged": "enrage",
    "outraged": "outrage", "alienated": "alienate", "frightened": "frighten",
    "unnerved": "unnerve", "startled": "startle", "disturbed": "disturb", "concerned": "concern",
    "antagonised": "antagonise", "antagonized": "antagonize", "upset": "upset",
}  # fmt: skip
REACTION_FORMS = frozenset(REACTION_LEMMAS)
# Verbs of reaction whose subject the plan is ("drew criticism", "sparked alarm").
_REACTING = REACTION_FORMS | frozenset(
    {"drew", "sparked", "prompted", "triggered", "provoked", "caused", "raised", "fuelled",
     "fueled", "draws", "sparks", "prompts", "alarms", "worries", "angers"}
)  # fmt: skip


def _plan_infinitive(noun: Token) -> Token | None:
    """The subjectless "to" infinitive hung on a plan noun ("plan to expel"), if any."""
    if noun.lower_ not in _PLAN_NOUNS:
        return None
    for k in noun.children:
        if k.dep_ != "acl" or k.tag_ != "VB" or k.i < noun.i:
            continue
        kids = list(k.children)
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in kids) and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in kids
        ):
            return k
    return None


def reaction_verb(sent: Span) -> None:
    """ "X's plan to V Y alarmed Z" with the plan as the root and "alarmed" read as an
    adjective, a name or a clause of the infinitive: "alarmed" the root verb, the plan its
    subject, the phrase after it its object, and a noun before it that hung on that phrase
    the infinitive's object ("to enrich uranium angered Nigeria")."""
    lowers = sentence_lowers(sent)
    if REACTION_FORMS.isdisjoint(lowers) or _PLAN_NOUNS.isdisjoint(lowers):
        return
    root = sent.root
    if root.lower_ in REACTION_FORMS and root.pos_ != "VERB":
        _retag(root)  # ("alarmed/JJ" as the root with the plan its subject: the verb)
        return
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    infinitive = _plan_infinitive(root)
    if infinitive is None:
        return
    verb = next((t for t in sent if t.i > infinitive.i + 1 and t.lower_ in REACTION_FORMS), None)
    if verb is None or verb.i + 1 >= sent.end:
        return
    after = range(verb.i + 1, sent.end)
    reactor = next(
        (t for t in sent.doc[verb.i + 1 : sent.end]
         if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i not in after),
        None,
    )  # fmt: skip
    if reactor is None:
        return
    heads, deps = tree_of(sent)
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[root.i], deps[root.i] = verb.i, "nsubj"
    heads[reactor.i], deps[reactor.i] = verb.i, "dobj"
    has_object = any(c.dep_ == "dobj" and c.i != reactor.i for c in infinitive.children)
    for t in sent.doc[infinitive.i + 1 : verb.i]:
        if heads[t.i] in after or heads[t.i] == verb.i:
            if t.pos_ in ("NOUN", "PROPN") and not has_object:
                heads[t.i], deps[t.i], has_object = infinitive.i, "dobj", True
            else:
                heads[t.i] = infinitive.i
    for t in sent:  # (what hung on the plan after the verb now hangs on the verb)
        if t.i > verb.i and heads[t.i] == root.i:
            heads[t.i] = verb.i
    _write_tree(sent, heads, deps)
    _retag(verb)


def _retag(verb: Token) -> None:
    """The reaction word is a past-tense verb, with its verb's lemma."""
    if not any(k.dep_ == "nsubj" and _plan_infinitive(k) is not None for k in verb.children):
        return
    verb.tag_, verb.pos_ = "VBD", "VERB"
    verb.lemma_ = REACTION_LEMMAS[verb.lower_]
    forget(verb.doc)  # (a tag changed)


def infinitive_object(sent: Span) -> None:
    """ "X's plan to expel Y's ambassador worried investors" with the ambassador read as a
    second subject of "worried" (or hung on its object): the ambassador the object of
    "expel"."""
    lowers = sentence_lowers(sent)
    if _REACTING.isdisjoint(lowers) or _PLAN_NOUNS.isdisjoint(lowers):
        return
    verb = sent.root
    if verb.lower_ not in _REACTING:
        return
    _stranded_name(sent, verb)
    noun = next((k for k in verb.children if k.dep_ == "nsubj" and k.i < verb.i), None)
    infinitive = _plan_infinitive(noun) if noun is not None else None
    if infinitive is None or any(c.dep_ == "dobj" for c in infinitive.children):
        return
    lost = next(
        (t for t in sent.doc[infinitive.i + 1 : verb.i]
         if noun is not None and t.pos_ in ("NOUN", "PROPN") and t.head.i >= verb.i
         and t.i != noun.i
         and t.left_edge.i > infinitive.i),
        None,
    )  # fmt: skip
    if lost is None:
        return
    heads, deps = tree_of(sent)
    heads[lost.i], deps[lost.i] = infinitive.i, "dobj"
    _write_tree(sent, heads, deps)


def _stranded_name(sent: Span, verb: Token) -> None:
    """ "Brazil's plan to ban imports from Hanoi alarmed observers" with "Hanoi" hung on the
    reaction's object and "from" left with no object: the name is the preposition's object."""
    subject = next((k for k in verb.children if k.dep_ == "nsubj" and k.i < verb.i), None)
    infinitive = _plan_infinitive(subject) if subject is not None else None
    if infinitive is None:
        return
    doc = sent.doc
    for prep in infinitive.subtree:
        if prep.dep_ != "prep" or any(True for _ in prep.children) or prep.i + 1 >= verb.i:
            continue
        name = doc[prep.i + 1]
        if (
            name.tag_ in ("NNP", "NNPS")
            and name.dep_ in ("nmod", "compound", "nsubj", "npadvmod")
            and name.head.i != prep.i
        ):
            heads, deps = tree_of(sent)
            heads[name.i], deps[name.i] = prep.i, "pobj"
            _write_tree(sent, heads, deps)
            return
