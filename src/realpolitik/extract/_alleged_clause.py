"""Parse shapes that hide an act or its doer inside a noun phrase (leftovers25, issue 9).

"Chile alleged Argentine forces had violated its airspace": without "that", the parser may read
"alleged" as a modifier of "forces" ("the alleged Argentine forces") and "violated" as the
sentence's main verb, so the violation is stated as fact and the accusation is lost. A past-tense
claim verb that has a subject of its own cannot be a noun's modifier: it is the main verb, the
noun's clause its complement ("alleged [that] Argentine forces had violated ..."). Called by
:func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, take_place, tree_of
from realpolitik.extract._held_back import PREVENTING
from realpolitik.extract._pos import VERB
from realpolitik.extract._tree import forget, sentence_words, tokens_with_form
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Past forms of the verbs that state a claim about another's act with a bare clause.
CLAIM_FORMS = frozenset({"alleged", "claimed", "charged", "asserted", "accused", "contended"})
_MODIFIER = frozenset({"amod", "compound"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBN", "VB"})


def claim_as_modifier(sent: Span) -> None:
    """ "India alleged Pakistani forces fired on its posts": ``alleged`` (a modifier of
    "forces" with "India" its subject) becomes the clause's verb and "fired" its complement."""
    if sentence_words(sent).isdisjoint(CLAIM_FORMS):
        return
    for claim in tokens_with_form(sent, CLAIM_FORMS):
        if claim.lower_ in CLAIM_FORMS:
            _clause_as_conjunct(claim)
        if claim.lower_ not in CLAIM_FORMS or claim.dep_ not in _MODIFIER:
            continue
        noun = claim.head
        verb = noun.head
        if (
            noun.i <= claim.i
            or noun.dep_ not in _SUBJECTS
            or verb.i <= noun.i
            or verb.tag_ not in _VERB_TAGS
            or not any(c.dep_ == "nsubj" and c.i < claim.i for c in claim.children)
        ):
            continue
        heads, deps = tree_of(sent)
        take_place(heads, deps, claim, verb)
        heads[verb.i], deps[verb.i] = claim.i, "ccomp"
        for kid in verb.children:  # the sentence's closing mark goes with its main verb
            if kid.is_punct and kid.i > verb.i and kid.i == sent.end - 1:
                heads[kid.i] = claim.i
        _write_tree(sent, heads, deps)
        claim.tag_, claim.pos_ = "VBD", "VERB"
        forget(sent.doc)  # (a tag changed)
        return


def _clause_as_conjunct(claim: Token) -> None:
    """ "Bogota charged Spanish gunboats shelled its posts": the claimed clause hung on the claim
    verb as a conjunct with no "and", comma or "but" before it is its complement."""
    kids = list(claim.children)
    if any(k.dep_ in ("cc", "preconj") for k in kids):
        return
    for verb in kids:
        if verb.dep_ != "conj" or verb.tag_ not in _VERB_TAGS or verb.i <= claim.i:
            continue
        between = claim.doc[claim.i + 1 : verb.i]
        if any(t.is_punct for t in between) or not any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        relabel(verb, "ccomp")
        return


_FROM = frozenset({"from"})


def kept_from_past_participle(sent: Span) -> None:
    """ "Italy stopped two boats carrying migrants from leaving": the parser hangs "from
    leaving" on the participle inside the object ("carrying ... from leaving"); after a verb of
    prevention with no "from" of its own it is the prevention's ("stopped [boats] from
    leaving", GUIDE rule 4: X -> Y 120) (leftovers25)."""
    if "from" not in sentence_words(sent):
        return
    for prep in tokens_with_form(sent, _FROM):
        if prep.lower_ != "from" or prep.dep_ != "prep":
            continue
        part = prep.head
        noun = part.head
        verb = noun.head
        if (
            part.dep_ != "acl"
            or part.tag_ not in ("VBG", "VBN")
            or noun.dep_ != "dobj"
            or verb.lemma_.lower() not in PREVENTING
            or not any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in prep.children)
            or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)
        ):
            continue
        heads, deps = tree_of(sent)
        heads[prep.i] = verb.i
        _write_tree(sent, heads, deps)
        return


# Verbs whose own "by" is no agent of an act in their object ("stood by Y", "abided by").
_OWN_BY = frozenset({"stand", "abide", "swear", "go", "pass", "stop", "drop", "come", "live"})


_BY = frozenset({"by"})


def doer_on_verb(sent: Span) -> None:
    """ "Diplomats are weighing the prospect of joint exercises with Iran by Caracas": the
    parser hangs "by X" on the active main verb, which has a subject of its own and so no
    agent; the phrase is the doer of the last act noun (a noun the lexicon knows) in the verb's
    object before it, one with no doer of its own ("by", a possessor) (leftovers25)."""
    from realpolitik.extract._lexicon import lexicon

    for by in tokens_with_form(sent, _BY):
        verb = by.head
        if by.lower_ != "by" or by.dep_ != "prep" or verb.pos != VERB:
            continue
        if not any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in by.children):
            continue
        kids = list(verb.children)
        if verb.lemma_.lower() in _OWN_BY or any(k.dep_ == "auxpass" for k in kids):
            continue
        if not any(k.dep_ == "nsubj" for k in kids):
            continue
        obj = next((k for k in kids if k.dep_ == "dobj" and k.i < by.i), None)
        if obj is None:
            continue
        nouns = [
            t
            for t in obj.subtree
            if t.pos_ == "NOUN"
            and t.i < by.i
            and (t.lemma_.lower(), "N") in lexicon().triggers
            and not any(c.lower_ == "by" or c.dep_ == "poss" for c in t.children)
        ]
        if nouns:
            relabel(by, head=nouns[-1])
