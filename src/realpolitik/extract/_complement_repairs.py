"""Parse repairs for an object or a complement hung on the wrong word: the head noun of an
object read as a clause of its own ("rejected a ceasefire | deal with X"), a complement's
subject read as the object of a verb of claiming ("alleges Azerbaijan supplied drones"), and a
second verb joined to the complement's predicate ("said the plan was illegal and summoned X's
envoy"). Run by :func:`realpolitik.extract._apposed_repairs.joined_phrases` (suite16, issue 9
round 15; split from ``_apposed_repairs``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, take_place, tree_of
from realpolitik.extract._pos import NOUN, PROPN, VERB
from realpolitik.extract._tree import (
    forget,
    sentence_words,
    tag_hashes,
    tagged,
    tokens_with_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_COMMON_NOUN_TAGS = tag_hashes("NN", "NNS")
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_PAST_OR_PRESENT = tag_hashes("VBD", "VBZ", "VBN")
_NOUN_MODIFIERS = frozenset({"det", "compound", "amod", "nummod", "poss"})


_NOUN_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj"})
_OWN_VERB_PARTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark", "dobj"})


def split_object_noun(sent: Span) -> None:
    """ "If Taiwan rejected a ceasefire deal with Qatar, ...", "denied having rejected a
    ceasefire deal with X", "warn Spain may reject a ceasefire deal with X": the parser may
    take the object's modifier ("a ceasefire") for the whole object and hang the head noun
    ("deal with Qatar") elsewhere as a clause of its own (an adverbial clause the verb then
    hangs on, an infinitive's complement, a conjunct), so the act's partner is lost. A common
    noun with no verb of its own, read as a clause, right after a verb's object that has no
    phrase of its own, is that verb's object; the word before it its modifier. (The same noun
    read as a clausal complement is ``_noun_clause_repairs.noun_clause``'s.)"""
    doc = sent.doc
    for noun in map(doc.__getitem__, tagged(sent, _COMMON_NOUN_TAGS)):
        if noun.dep_ not in _NOUN_CLAUSE_DEPS or noun.i == sent.start or noun.pos != NOUN:
            continue
        if any(c.dep_ in _OWN_VERB_PARTS for c in noun.children):
            continue
        if _verb_under_its_object(sent, noun):
            return
        split = doc[noun.i - 1]
        verb = split.head
        if split.dep_ != "dobj" or split.pos_ != "NOUN" or verb.pos_ != "VERB":
            continue
        if any(c.i > split.i for c in split.children) or verb.i > split.i:
            continue
        heads, deps = tree_of(sent)
        if verb.head.i == noun.i:  # ("If X rejected a ceasefire | deal ...": the clause's)
            top = noun.head.i if noun.head.i != noun.i else verb.i
            heads[verb.i], deps[verb.i] = top, noun.dep_ if top != verb.i else "ROOT"
        heads[noun.i], deps[noun.i] = verb.i, "dobj"
        heads[split.i], deps[split.i] = noun.i, "compound"
        for c in split.children:
            if c.i < split.i:
                heads[c.i] = noun.i  # ("a": the whole object's)
        for c in noun.children:
            if c.dep_ == "punct" and c.i > noun.i and c.i + 1 < sent.end:
                heads[c.i] = heads[verb.i] if heads[verb.i] != verb.i else verb.i
        _write_tree(sent, heads, deps)
        return


def _verb_under_its_object(sent: Span, noun: Token) -> bool:
    """ "If X rejected a ceasefire deal with Y, ...": the verb with no object of its own read
    as a clause of its object noun, whose phrase begins right after the verb; the verb takes
    the noun's place and the noun is its object. Whether it was so (and repaired)."""
    own = [c.left_edge.i for c in noun.children if c.i < noun.i and c.dep_ in _NOUN_MODIFIERS]
    left = min([noun.i, *own])
    verb = next((c for c in noun.children if c.i < left and c.pos == VERB), None)
    if verb is None or verb.dep_ not in ("advcl", "ccomp") or verb.right_edge.i != left - 1:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children) or verb.i > left:
        return False
    heads, deps = tree_of(sent)
    take_place(heads, deps, verb, noun)
    heads[noun.i], deps[noun.i] = verb.i, "dobj"
    for c in noun.children:
        if c.i < verb.i:
            heads[c.i] = verb.i  # ("If": the clause's)
    _write_tree(sent, heads, deps)
    return True


# Verbs of saying whose complement's subject the parser may read as their object.
_CLAIMING = frozenset({"allege", "claim", "say", "assert", "insist", "argue", "believe", "deny"})


def complement_subject_as_object(sent: Span) -> None:
    """ "France alleges Azerbaijan supplied drones to Yerevan": the parser may read the
    complement's subject as the object of the verb of saying, so the supply has no doer and
    the accuser seems to accuse Azerbaijan. A name read as such a verb's object, followed at
    once by a finite complement with no subject of its own, is that complement's subject."""
    if sentence_words(sent).isdisjoint(_CLAIMING):
        return
    for verb in tokens_with_lemma(sent, _CLAIMING):
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos == PROPN), None)
        if obj is None or obj.i < verb.i or obj.right_edge.i + 1 >= sent.end:
            continue
        clause = sent.doc[obj.right_edge.i + 1]
        if clause.head.i != verb.i or clause.dep_ != "ccomp" or clause.tag_ not in _FINITE:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue
        heads, deps = tree_of(sent)
        heads[obj.i], deps[obj.i] = clause.i, "nsubj"
        _write_tree(sent, heads, deps)
        return


def verb_joined_to_complement(sent: Span) -> None:
    """ "Yerevan said the plan was illegal and summoned Hungary's ambassador": the parser may
    join the second verb to the complement's predicate ("illegal and summoned"), so the summons
    has no subject and is read as part of what was said. A finite verb with no subject of its
    own, joined to the adjective or noun that a complement's copula predicates, is the
    conjunct of the verb that governs that complement (and shares its subject). Precondition:
    only a conjunct's predicate is looked for (``_predicate`` reads, never writes)."""
    if "and" not in sentence_words(sent):
        return
    for verb in map(sent.doc.__getitem__, tagged(sent, _PAST_OR_PRESENT)):
        if verb.dep_ != "conj":
            continue
        pred = _predicate(verb)
        if pred is None:
            _lift_from_noun_clause(sent, verb)
            continue
        if pred.i > verb.i:
            continue
        copula, gov = pred.head, pred.head.head
        kids = {c.dep_ for c in verb.children}
        past = verb.tag_ == "VBN" and "dobj" in kids and gov.tag_ == "VBD"  # ("and condemned X")
        if copula.dep_ != "ccomp" or gov.i > copula.i or (gov.tag_ != verb.tag_ and not past):
            continue
        if kids & {"nsubj", "nsubjpass", "aux", "auxpass"}:
            continue
        heads, deps = tree_of(sent)
        heads[verb.i] = gov.i
        if past:
            verb.tag_ = "VBD"  # (a participle with an object and no auxiliary: the past tense)
            forget(sent.doc)
        for c in (*pred.children, *copula.children):
            if c.dep_ in ("cc", "punct") and pred.i < c.i < verb.i:
                heads[c.i] = gov.i
        _write_tree(sent, heads, deps)
        return


# Acts of a speaker that no thing named in a clause can do ("the shells came from Y and blamed Z").
_SPEAKERS_ACTS = frozenset(
    {"blame", "accuse", "condemn", "criticise", "criticize", "denounce", "demand", "summon",
     "urge", "warn", "threaten", "reject", "protest", "recall", "expel", "slam", "rebuke"}
)  # fmt: skip


def _lift_from_noun_clause(sent: Span, verb: Token) -> None:
    """ "Kenya said there was no evidence the shells came from Uganda and blamed Tanzania"
    (practice23, class CJ): the parser may join the second verb to the clause that tells the
    complement's noun ("evidence [the shells came ...] and blamed"), so the blame has the shells
    for its subject and is lost. A past-tense act of a speaker with no subject of its own,
    joined to the verb of a clause on a noun that is the object or predicate of a complement of
    a past-tense verb, where that clause's subject is a thing, is the conjunct of that verb."""
    low = verb.head
    noun = low.head
    if verb.tag_ != "VBD" or verb.lemma_ not in _SPEAKERS_ACTS or low.i > verb.i:
        return
    if low.dep_ not in ("relcl", "acl") or noun.dep_ not in ("attr", "dobj"):
        return
    clause, gov = noun.head, noun.head.head
    if clause.dep_ != "ccomp" or gov.tag_ != "VBD" or gov.i > clause.i:
        return
    if {c.dep_ for c in verb.children} & {"nsubj", "nsubjpass", "aux", "auxpass"}:
        return
    if not _thing_subject(low, ("nsubj", "nsubjpass")):
        return
    heads, deps = tree_of(sent)
    heads[verb.i] = gov.i
    for c in low.children:
        if c.dep_ in ("cc", "punct") and low.i < c.i < verb.i:
            heads[c.i] = gov.i
    _write_tree(sent, heads, deps)


def _predicate(verb: Token) -> Token | None:
    """The adjective or noun a complement's copula predicates, that ``verb`` is joined to:
    its head ("illegal and summoned"), or the copula's own predicate where the parser joined
    the verb to the copula ("the shipments were dangerous and called on X": practice2)."""
    head = verb.head
    if head.dep_ in ("acomp", "attr"):
        return head
    if head.lemma_ != "be" or head.dep_ != "ccomp" or not _thing_subject(head):
        return None  # ("said Peru was angry and recalled its envoy": Peru's own act)
    preds = [c for c in head.children if c.dep_ in ("acomp", "attr") and c.i < verb.i]
    return preds[0] if preds else None


# Common nouns of a party that may do the joined act itself ("the army was ready and fired").
_PARTY_NOUNS = frozenset(
    {"government", "army", "military", "troops", "force", "forces", "ministry", "country",
     "state", "police", "authorities", "leader", "leaders", "president", "minister", "junta",
     "regime", "rebels", "militia", "side", "navy", "officials", "delegation"}
)  # fmt: skip


def _thing_subject(copula: Token, labels: tuple[str, ...] = ("nsubj",)) -> bool:
    """The copula's subject is a common noun of a thing ("the shipments", "the plan"), with no
    name or demonym of its own: it cannot call on anyone, the speaker does."""
    subj = [c for c in copula.children if c.dep_ in labels]
    if len(subj) != 1 or subj[0].pos_ != "NOUN" or subj[0].lower_ in _PARTY_NOUNS:
        return False
    return not any(
        c.dep_ in ("poss", "compound", "amod") and c.text[:1].isupper() for c in subj[0].children
    )
