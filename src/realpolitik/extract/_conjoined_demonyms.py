"""Parse repair for two demonyms conjoined before one compound head: "Qatari and Iranian navy
ships", "Omani and Indian coast guard vessels" (issue 9, leftovers63). Before a compound head the
parser drops the conjunction's reading: it hangs both demonyms on the noun as two modifiers
("Qatari" no conjunct of "Iranian", so the ships are Iran's alone), or reads the first demonym as
a noun of its own with the head noun its conjunct ("[Omani] and [Indian coast guard vessels]").
The reading wanted is the one the parser gives a bare head ("Chilean and Peruvian warships"): the
first demonym the noun's modifier, the second its conjunct, so that the ships are both states'.
A demonym with a noun of its own ("Qatari navy ships and an Iranian tanker") has no "and" right
after it and is left alone, as is a plural demonym ("Omanis and Indian sailors": the people).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._people_objects import _demonyms
from realpolitik.extract._tree import sentence_forms, tokens_with_form
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_AND = frozenset({"and"})
_MODIFIERS = frozenset({"nmod", "compound", "amod"})
_ADJECTIVE_TAGS = frozenset({"JJ", "NNP"})  # a demonym read as a name ("Omani") too
_NOUN_TAGS = frozenset({"NN", "NNS"})
_REACH = 4  # words from the second demonym to the head: "Indian coast guard patrol vessels"


def conjoined_demonyms(sent: Span) -> None:
    """ "Qatari and Iranian navy ships": the second demonym, hung on the noun (or on its
    compound), becomes the first's conjunct and the first the noun's modifier; "Omani and Indian
    coast guard vessels" read as "[Omani] and [vessels]": the noun takes the first demonym's
    place, which becomes its modifier with the second its conjunct. Precondition: only the
    words an "and" hangs on are read."""
    if _AND.isdisjoint(sentence_forms(sent)):
        return
    doc = sent.doc
    for cc in tokens_with_form(sent, _AND):
        if cc.dep_ != "cc" or cc.i - 1 < sent.start or cc.i + 2 >= sent.end:
            continue
        first = doc[cc.i - 1]
        second = doc[cc.i + 2] if _demonym(doc[cc.i + 2], doc[cc.i + 1]) else doc[cc.i + 1]
        if cc.head.i != first.i or not _demonym(first, doc[max(cc.i - 2, sent.start)]):
            continue
        if not _demonym(second, doc[cc.i + 1]) or second.i >= sent.end - 1:
            continue
        noun = _head_noun(sent, second)
        if noun is None:
            continue
        chain = range(second.i + 1, noun.i + 1)
        if not (
            (second.dep_ == "conj" and second.head.i == first.i)
            or (second.dep_ in _MODIFIERS and second.head.i in chain)
        ):
            continue
        heads, deps = tree_of(sent)
        if first.dep_ in _MODIFIERS and first.head.i in chain:
            if first.head.i == noun.i and second.dep_ == "conj":
                continue  # the reading wanted already
        elif noun.dep_ == "conj" and noun.head.i == first.i:
            if first.head.i == first.i:
                heads[noun.i], deps[noun.i] = noun.i, "ROOT"
            else:
                heads[noun.i], deps[noun.i] = first.head.i, first.dep_
            for child in first.children:  # "the Omani and ...": the article is the noun's
                if child.i < first.i and child.dep_ == "det":
                    heads[child.i] = noun.i
        else:
            continue
        heads[first.i], deps[first.i] = noun.i, "amod"
        heads[second.i], deps[second.i] = first.i, "conj"
        _write_tree(sent, heads, deps)
        return


def _head_noun(sent: Span, second: Token) -> Token | None:
    """The common noun a compound after ``second`` ends in ("navy ships", "coast guard
    vessels", "warships"): each word before it hangs on a later word of the compound."""
    doc = sent.doc
    last = min(second.i + _REACH, sent.end - 1)
    for j in range(second.i + 1, last + 1):
        tok = doc[j]
        if tok.tag_ not in _NOUN_TAGS:
            return None
        if not j < tok.head.i <= last or tok.dep_ not in _MODIFIERS:
            return tok  # the compound's head: it hangs outside it
    return None


def _demonym(tok: Token, before: Token) -> bool:
    """A singular demonym ("Qatari", "Omani"), or the last word of one with the word
    ``before`` it ("South Korean"), never its plural ("Omanis": the people)."""
    if tok.tag_ not in _ADJECTIVE_TAGS:
        return False
    forms = _demonyms()
    return tok.lower_ in forms or f"{before.lower_} {tok.lower_}" in forms
