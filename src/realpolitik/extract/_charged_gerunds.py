"""A charged gerund read as a modifier of its object (issue 9, leftovers35).

"Russia denied funding separatists in Ukraine", "Uganda accused Rwanda of training rebels in
Congo": the parser may read "funding separatists" as a noun compound (a kind of separatist),
so the denied or charged act is lost and the denial has nothing to deny. A gerund of giving
support ("funding", "arming", "training", "backing") before an armed group's noun, where the
group is the object of a denying verb or of the "of" of a charge, is the act itself: the verb's
complement with the group its object, as the parser reads "denied arming separatists" (GUIDE
rule 2's denial: 016 and the act `negated`; an accusation's content `reported`).
Called by :func:`realpolitik.extract._apposed_repairs.joined_phrases`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import (
    forget,
    sentence_forms,
    sentence_words,
    tokens_with_form,
    tokens_with_lemma,
)
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Gerunds of support one is charged with giving an armed group, and their verbs' lemmas.
_SUPPORT_GERUNDS = {
    "funding": "fund", "financing": "finance", "arming": "arm", "training": "train",
    "backing": "back", "supporting": "support", "sponsoring": "sponsor",
    "equipping": "equip", "bankrolling": "bankroll", "supplying": "supply",
}  # fmt: skip
_SUPPORT_VERBS = frozenset(_SUPPORT_GERUNDS.values())
# Gerunds of a charged deed the tagger may read as nouns ("denied spying on Y").
_NOUN_READ = {"spying": "spy"}
_AIMED = frozenset({"on", "against", "to"})
# Armed groups such support goes to (the object the gerund was read as modifying).
ARMED_GROUPS = frozenset(
    {"separatist", "rebel", "militant", "insurgent", "fighter", "guerrilla", "militia",
     "terrorist", "extremist", "jihadist", "proxy", "paramilitary", "mercenary", "insurgency",
     "rebellion", "group", "faction", "movement"}
)  # fmt: skip
# Verbs whose object may be such a denied act, and charge verbs whose "of" names it.
_DENYING = frozenset({"deny", "admit", "acknowledge", "confirm"})
_CHARGING = frozenset({"accuse", "suspect", "charge", "blame", "convict"})
_CHARGED = frozenset({"of", "with"})  # "accused Y of", "charged Y with" (clauses38, A)


def charged_gerund(sent: Span) -> None:
    """ "X denied funding separatists in Y", "accused Y of arming rebels in Z": a support
    gerund hung as a compound or modifier of the armed group's noun, the object of a denying
    verb (or of "of" after a charge verb), heads the group as its verb: the denying verb's
    complement (``xcomp``) or the preposition's (``pcomp``), the group its object."""
    if sentence_forms(sent).isdisjoint(_SUPPORT_GERUNDS):
        return  # (most sentences: no support gerund, no walk)
    for word in tokens_with_form(sent, _SUPPORT_GERUNDS):
        if word.dep_ not in ("compound", "amod"):
            continue
        group = word.head  # (or the goods: "supplying weapons to rebels")
        if group.i <= word.i:
            continue
        if any(t.head.i != group.i for t in sent.doc[word.i + 1 : group.i]):
            continue  # (only the group's own modifiers between: "funding Kurdish separatists")
        label = _charged_slot(group)
        given = _given_to_group(group)
        if label is None or (group.lemma_.lower() not in ARMED_GROUPS and given is None):
            continue
        heads, deps = tree_of(sent)
        heads[word.i], deps[word.i] = group.head.i, label
        heads[group.i], deps[group.i] = word.i, "dobj"
        if given is not None:
            heads[given.i] = word.i  # ("to rebels": the recipients of the supplying)
        _write_tree(sent, heads, deps)
        word.tag_, word.pos_, word.lemma_ = "VBG", "VERB", _SUPPORT_GERUNDS[word.lower_]
        forget(sent.doc)


def noun_gerund(sent: Span) -> None:
    """ "Colombia again denied spying on Mexico": a charged gerund tagged as a noun, the object
    of a denying verb (or of the "of" of a charge verb) with its own "on / against / to"
    phrase, is the verb's gerund (the denied or charged act), as it is tagged elsewhere."""
    if sentence_forms(sent).isdisjoint(_NOUN_READ):
        return  # (most sentences: no such gerund, no walk)
    for word in tokens_with_form(sent, _NOUN_READ):
        lemma = _NOUN_READ[word.lower_]
        if word.tag_ != "NN" or _charged_slot(word) is None:
            continue
        nxt = sent.doc[word.i + 1] if word.i + 1 < len(sent.doc) else None
        stray = (
            nxt is not None
            and nxt.dep_ == "prep"
            and nxt.lower_ in _AIMED
            and nxt.head.i == word.head.i
        )  # ("denied spying on Y" with "on Y" hung on "denied")
        if not stray and not any(c.dep_ == "prep" and c.lower_ in _AIMED for c in word.children):
            continue
        pcomp = _charged_slot(word) == "pcomp"  # ("charged Y with spying": the gerund, c38)
        if (stray and nxt is not None) or pcomp:
            heads, deps = tree_of(sent)
            if stray and nxt is not None:
                heads[nxt.i] = word.i
            if pcomp:
                deps[word.i] = "pcomp"
            _write_tree(sent, heads, deps)
        word.tag_, word.pos_, word.lemma_ = "VBG", "VERB", lemma
        forget(sent.doc)


def group_place(sent: Span) -> None:
    """ "accused Rwanda of supporting M23 rebels in eastern Congo": an "in" phrase right after
    an armed group that a support verb takes as its object places the group (the rebels are in
    Congo), though the parser may hang it on the verb; left there, the group has no place of
    its own and takes the sentence's first state."""
    if sentence_words(sent).isdisjoint(_SUPPORT_VERBS):
        return  # (most sentences: no support verb, no walk)
    for verb in tokens_with_lemma(sent, _SUPPORT_VERBS):
        if verb.pos_ != "VERB":
            continue
        group = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if group is None or group.lemma_.lower() not in ARMED_GROUPS:
            continue
        prep = next(
            (c for c in verb.children if c.dep_ == "prep" and c.i == group.right_edge.i + 1), None
        )
        if prep is None or prep.lower_ != "in":
            continue
        heads, deps = tree_of(sent)
        heads[prep.i] = group.i
        _write_tree(sent, heads, deps)


def _given_to_group(goods: Token) -> Token | None:
    """The "to / for" phrase right after ``goods`` (on the goods or on their verb) whose object
    is an armed group: "supplying weapons to rebels"."""
    nxt = goods.right_edge.i + 1
    if nxt >= len(goods.doc):
        return None
    prep = goods.doc[nxt]
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in ("to", "for")
        or prep.head.i not in (goods.i, goods.head.i)
    ):
        return None
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return prep if obj is not None and obj.lemma_.lower() in ARMED_GROUPS else None


def _charged_slot(group: Token) -> str | None:
    """The label the gerund takes in the group's place: ``xcomp`` under a denying verb,
    ``pcomp`` under the "of" of a charge verb; None elsewhere."""
    head = group.head
    if group.dep_ == "dobj" and head.lemma_.lower() in _DENYING:
        return "xcomp"
    if group.dep_ == "pobj" and head.lower_ in _CHARGED and head.head.lemma_.lower() in _CHARGING:
        return "pcomp"
    return None
