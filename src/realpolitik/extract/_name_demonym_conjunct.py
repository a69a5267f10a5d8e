"""Parse repair for a state's name conjoined with a demonym + noun: "Kenya and Kenyan militants
clashed" (issue 9, leftovers60). The parser reads "[Kenya and Kenyan] militants": the name and
the demonym joined as the noun's modifiers, so the clash has one party ("militants" of no state
or of both) and the state named by its name is no party at all. A full state name does not modify
a noun as a demonym does ("Kenyan militants", never "Kenya militants" for two states), so the
name is the first conjunct and the demonym's noun the second: "[Kenya] and [Kenyan militants]".
An acronym ("US and British troops": "US" modifies as "American" does) is left alone.
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
_BETWEEN = frozenset({"compound", "amod"})  # "Kenyan security forces": the noun's own modifiers


def name_demonym_conjunct(sent: Span) -> None:
    """ "Kenya and Kenyan militants": the name (a place name, no acronym, hung on the noun as
    its modifier with the demonym its conjunct) takes the noun's place and the noun becomes its
    conjunct, the demonym the noun's modifier again. Precondition: only the words an "and"
    hangs on are read."""
    if _AND.isdisjoint(sentence_forms(sent)):
        return
    for cc in tokens_with_form(sent, _AND):
        name = cc.head
        if cc.dep_ != "cc" or name.i != cc.i - 1 or not _state_name(name):
            continue
        noun = name.head
        if name.dep_ not in _MODIFIERS or noun.i <= cc.i + 1 or noun.i > cc.i + 4:
            continue
        demonym = cc.doc[cc.i + 1]
        if demonym.head.i != name.i or demonym.dep_ != "conj" or demonym.lower_ not in _demonyms():
            continue
        doc = cc.doc
        if any(
            doc[j].head.i != noun.i or doc[j].dep_ not in _BETWEEN
            for j in range(demonym.i + 1, noun.i)
        ):
            continue
        heads, deps = tree_of(sent)
        if noun.head.i == noun.i:
            heads[name.i], deps[name.i] = name.i, "ROOT"
        else:
            heads[name.i], deps[name.i] = noun.head.i, noun.dep_
        heads[noun.i], deps[noun.i] = name.i, "conj"
        heads[demonym.i], deps[demonym.i] = noun.i, "amod"
        _write_tree(sent, heads, deps)
        return


def _state_name(tok: Token) -> bool:
    """A proper name, neither a demonym nor an acronym ("US", "UK" modify nouns as demonyms
    do)."""
    return tok.tag_ in ("NNP", "NNPS") and not tok.text.isupper() and tok.lower_ not in _demonyms()
