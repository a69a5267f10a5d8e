"""A verb after "to" the tagger read as a noun (issue 9, leftovers17): "Iraq is still yet to
voice anger at Turkey's strike", "X is yet to table its proposal", "X has yet to force a vote":
in a pending or negated act ("yet to V", GUIDE rules 4-5) the tagger may read the bare verb as a
noun (a "voice", a "table") although the parser gave it the infinitive's "to" and an object, so
the act and the row of its object ("voiced anger at": criticism) are lost. Called by
:func:`realpolitik.extract._nlp.repair_parse` beside ``_tag_repairs.infinitive_adjective``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _as_verb, _write_tree, hang_infinitive, tree_of
from realpolitik.extract._tree import (
    forget,
    sentence_lowers,
    tag_hashes,
    tagged,
    tokens_with_form,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The infinitive's labels (a complement, or an adverbial clause the parser made of it) and the
# verbs that carry a pending act ("is yet to voice", "has yet
# to table", "remains to V", "is to sign").
_INFINITIVE_DEPS = frozenset({"xcomp", "advcl"})
_CARRIERS = frozenset({"be", "have", "remain"})


def infinitive_noun(sent: Span) -> None:
    """A singular noun right after "to", with "to" as its auxiliary, an object of its own, and
    the complement of "be" / "have" / "remain", is the infinitive verb."""
    doc = sent.doc
    lowers = sentence_lowers(sent)
    for i in tagged(sent, tag_hashes("NN")):
        if i == sent.start or lowers[i - 1 - sent.start] != "to":
            continue
        word = doc[i]
        if word.dep_ not in _INFINITIVE_DEPS or word.head.lemma_.lower() not in _CARRIERS:
            continue  # (under another verb, "asked X to V": the tagger's noun is left alone)
        kids = list(word.children)
        if not any(c.dep_ == "aux" and c.i == i - 1 for c in kids):
            continue
        if not any(c.dep_ == "dobj" for c in kids):
            continue
        if word.dep_ == "advcl":  # ("was yet to voice": the carrier's complement)
            heads, deps = tree_of(sent)
            deps[i] = "xcomp"
            _write_tree(sent, heads, deps)
        word.tag_ = "VB"
        _as_verb(word)


# Verbs that carry "yet to V" ("has yet to", "is still yet to", "remains yet to").
_YET_CARRIERS = frozenset({"have", "be"})  # ("remains yet to": rare)
_NOUN_TAGS = frozenset({"NN", "NNS", "JJ"})


_YET = frozenset({"yet"})


def yet_to_verb(sent: Span) -> None:
    """ "X has (still) yet to V", "X was still yet to voice concern": "yet to" is always
    followed by a bare verb, its act pending (GUIDE rules 4-5). The parser may make the verb
    the root with "has" its auxiliary, so the act has no subject of its own ("Ethiopia has
    still yet to condemn Brazil"), or read it as a noun ("to voice concern": a compound noun
    under "to"). Both become the parse of "X has yet to V": the carrier verb ("has", "was")
    heads the clause and the bare verb is its complement (xcomp), with what the noun reading
    hung on it (the compound's head, "concern") as its object."""
    if "yet" not in sentence_lowers(sent):
        return
    doc = sent.doc
    for yet in tokens_with_form(sent, _YET):
        i = yet.i
        if yet.lower_ != "yet" or i + 2 >= sent.end or doc[i + 1].lower_ != "to":
            continue
        to, word = doc[i + 1], doc[i + 2]
        if word.dep_ == "ROOT" and (word.tag_ == "VB" or word.tag_ in _NOUN_TAGS):
            _carrier_heads(sent, yet, to, word)  # ("voice" read as a noun root: a verb too)
            if word.tag_ != "VB" and word.dep_ == "xcomp":
                word.tag_ = "VB"
                _as_verb(word)
            return
        if word.tag_ in _NOUN_TAGS and word.dep_ == "compound" and word.head.i > word.i:
            _noun_as_verb(sent, yet, to, word)
            return
        if yet.dep_ == "ROOT" and word.head.i == yet.i:
            _yet_as_root(sent, yet, to, word)
            return


def _carrier(sent: Span, yet: Token, hangers: tuple[int, ...]) -> Token | None:
    """The auxiliary "has" / "was" before "yet" that the parser hung on "yet" or the act."""
    return next(
        (t for t in sent.doc[sent.start : yet.i]
         if t.dep_ == "aux" and t.head.i in hangers and t.lemma_.lower() in _YET_CARRIERS),
        None,
    )  # fmt: skip


def _raise_carrier(
    sent: Span, heads: dict[int, int], deps: dict[int, str], carrier: Token, top: Token, to: Token
) -> None:
    """The carrier takes the place of ``top`` (the old root, the act or its noun): the subject,
    "still" and "yet" before "to", and the closing punctuation, hang on it."""
    hangers = (top.i, to.i - 1)  # (the act or its noun, and "yet")
    heads[carrier.i], deps[carrier.i] = (
        (carrier.i, "ROOT") if top.dep_ == "ROOT" else (top.head.i, top.dep_)
    )
    for t in sent:
        if t.i == carrier.i or heads[t.i] not in hangers or t.i == top.i:
            continue
        if t.i < to.i or (t.dep_ == "punct" and t.i > top.i):
            heads[t.i] = carrier.i
    if carrier.lemma_.lower() == "have":
        carrier.pos_ = "VERB"
        forget(sent.doc)  # (a part of speech changed: kept sentence facts read it)


def _carrier_heads(sent: Span, yet: Token, to: Token, verb: Token) -> None:
    """ "Ethiopia has still yet to condemn Brazil": "has" heads, "condemn" its complement (the
    parser may hang the subject and "has" on "yet" or on the verb)."""
    carrier = _carrier(sent, yet, (verb.i, yet.i))
    if carrier is None or not any(c.i == to.i and c.dep_ == "aux" for c in verb.children):
        return
    heads, deps = tree_of(sent)
    _raise_carrier(sent, heads, deps, carrier, verb, to)
    heads[verb.i], deps[verb.i] = carrier.i, "xcomp"
    _write_tree(sent, heads, deps)


def _noun_as_verb(sent: Span, yet: Token, to: Token, word: Token) -> None:
    """ "Belarus was still yet to voice concern over X": "voice" the verb, "concern" its
    object; "France has still yet to voice concern", with "concern" read as the root: "has"
    heads."""
    obj = word.head
    heads, deps = tree_of(sent)
    carrier = _carrier(sent, yet, (obj.i, yet.i))
    if carrier is not None:
        _raise_carrier(sent, heads, deps, carrier, obj, to)
    else:
        carrier = yet.head
    hang_infinitive(sent, heads, deps, carrier, to, word, obj)


def _yet_as_root(sent: Span, yet: Token, to: Token, word: Token) -> None:
    """ "Athens has still yet to voice anger at X": "yet" read as the root, the act under it;
    "has" heads, "yet" its adverb."""
    carrier = _carrier(sent, yet, (yet.i,))
    if carrier is None:
        return
    heads, deps = tree_of(sent)
    _raise_carrier(sent, heads, deps, carrier, yet, to)
    heads[yet.i], deps[yet.i] = carrier.i, "advmod"
    heads[word.i], deps[word.i] = carrier.i, "xcomp"
    _write_tree(sent, heads, deps)
    if word.tag_ != "VB":
        word.tag_ = "VB"
        _as_verb(word)
