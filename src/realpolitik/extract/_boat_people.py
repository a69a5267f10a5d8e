"""People and cargo aboard a craft kept with the craft (lex33, fresh20's D; seeds40): "the coast
guard stopped a dhow carrying 12 Somali nationals", "intercepted a boat with 40 Somalis aboard",
"the navy seized a Mexican-flagged yacht carrying cocaine". The parser may hang the carrying
participle or the "with" phrase on the verb (the tagger reads "dhow" as an adverb), or read the
craft as the subject of the participle, a clause of the verb with no object: then the people are
no part of the object, or the craft is no object at all, and the state of the people or of the
flag is lost as the target; the participle or phrase right after a craft is the craft's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors._name_context import craft_word
from realpolitik.extract._people_objects import BOATS, CARRY
from realpolitik.extract._tree import (
    sentence_forms,
    sentence_lemmas,
    sentence_lowers,
    sentence_words,
)
from realpolitik.extract._tree_rewrites import _write_tree, take_place, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class _CraftForms(dict[str, bool]):
    """Whether a lowercased form is a craft word (``craft_word``), asked once per form: the
    gate below asks it of every form of every sentence. (Bounded: it starts over when full.)"""

    def __missing__(self, form: str) -> bool:
        if len(self) >= 100_000:
            self.clear()
        value = self[form] = craft_word(form)
        return value


_CRAFT_FORMS = _CraftForms()


def boat_people(sent: Span) -> None:
    """A carrying participle (advcl) or a "with" phrase (prep) hung on the verb right after the
    verb's craft object is re-hung on the craft (as acl, as prep); a craft right after an
    object-less verb read as the subject of the participle after it ("seized [a yacht carrying
    cocaine]") or as a modifier of the participle ("a [yacht carrying] cocaine") becomes the
    verb's object and the participle the craft's (acl)."""
    crafts = [f for f in sentence_forms(sent) if _CRAFT_FORMS[f]]
    if not crafts and sentence_words(sent).isdisjoint(BOATS):
        return  # (most sentences: no craft, no walk)
    moved = False
    heads, deps = tree_of(sent)
    lemmas, forms, doc = sentence_lemmas(sent), sentence_lowers(sent), sent.doc
    for at, (lemma, form) in enumerate(zip(lemmas, forms, strict=True), sent.start):
        # a ship or an aircraft: a boat word by lemma ("dhow", "dinghy") or a craft word by
        # form (``actors._name_context.craft_word``: "yacht", "gunboat"), with no Token per word
        if lemma not in BOATS and form not in crafts:
            continue
        boat = doc[at]
        part = _modifier_of_participle(boat)
        if part is not None:  # "seized a [yacht carrying] cocaine"
            noun = part.head
            take_place(heads, deps, boat, noun)
            for k in noun.children:
                if k.i < boat.i:
                    heads[k.i] = boat.i  # ("a", "Mexican-flagged": the craft's)
            heads[part.i], deps[part.i] = boat.i, "acl"
            heads[noun.i], deps[noun.i] = part.i, "dobj"
            moved = True
            continue
        if boat.dep_ not in ("dobj", "nsubjpass", "nsubj"):
            continue
        verb = boat.head
        if boat.dep_ == "nsubj":
            if _subject_of_reduced_relative(boat):
                heads[boat.i], deps[boat.i] = verb.head.i, "dobj"
                heads[verb.i], deps[verb.i] = boat.i, "acl"
                moved = True
            continue
        for c in verb.children:
            if c.i != boat.right_edge.i + 1:
                continue
            if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in CARRY:
                heads[c.i], deps[c.i] = boat.i, "acl"
                moved = True
            elif c.dep_ == "prep" and c.lower_ == "with":
                heads[c.i] = boat.i
                moved = True
    if moved:
        _write_tree(sent, heads, deps)


def _subject_of_reduced_relative(boat: Token) -> bool:
    """``boat`` is read as the subject of an "-ing" clause right after it that hangs on a verb
    before it with no object of its own: "seized a yacht carrying cocaine" (a reduced relative
    on the verb's object, not a clause of its own)."""
    part, verb = boat.head, boat.head.head
    return (
        part.tag_ == "VBG"
        and part.dep_ in ("advcl", "ccomp", "xcomp")
        and part.i == boat.i + 1
        and verb.pos_ == "VERB"
        and verb.i < boat.left_edge.i
        and not any(k.dep_ in ("dobj", "dative") for k in verb.children)
        and not any(k.dep_ == "aux" for k in part.children)
    )


def _modifier_of_participle(boat: Token) -> Token | None:
    """The "-ing" word after ``boat`` where both are read as modifiers of the noun after them:
    "seized a yacht carrying cocaine" as "a [yacht-carrying] cocaine", "a helicopter smuggling
    fuel" as a compound noun, "a trawler carrying weapons" with "trawler" an adjective (no
    hyphen: the craft is the object and carries the noun), else None."""
    doc = boat.doc
    if boat.i + 1 >= len(doc) or boat.dep_ not in (
        "npadvmod",
        "compound",
        "nmod",
        "amod",
        "advmod",
    ):
        return None
    part = doc[boat.i + 1]
    noun = part.head
    ok = (
        (part.tag_ == "VBG" or part.lower_.endswith("ing"))
        and part.dep_ in ("amod", "compound")
        and boat.head.i in (part.i, noun.i)
        and noun.i > part.i
        and noun.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj")
        and not any(k.tag_ == "HYPH" for k in part.children)
    )
    return part if ok else None
