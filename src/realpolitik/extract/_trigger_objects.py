"""What a trigger's object conditions read: the lemmas of its object and their modifiers, the
verb's prepositions that the parser hung on an apposition, and the real object of a partitive
("part of its aid"). Split from `_triggers` by meaning; `find_triggers` is their only caller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._object_heads import carried_words

if TYPE_CHECKING:
    from spacy.tokens import Token

OBJ_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
MOD_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def object_words(tok: Token) -> set[str]:
    """Lemmas of the trigger's object and modifiers, one and two levels down."""
    words: set[str] = set()
    for c in tok.children:
        dep = c.dep_
        if dep in OBJ_DEPS or dep in MOD_DEPS or dep == "dative":
            words.add(c.lemma_.lower())
            for g in c.children:
                if g.dep_ in MOD_DEPS:
                    words.add(g.lemma_.lower())
        elif dep == "prep":
            for p in c.children:
                if p.dep_ == "pobj":
                    words.add(p.lemma_.lower())
                    for g in p.children:
                        if g.dep_ in MOD_DEPS:
                            words.add(g.lemma_.lower())
    if tok.dep_ in ("compound", "amod") or tok.pos_ == "ADJ":
        words.add(tok.head.lemma_.lower())
    return words


def preps_after_apposition(obj: Token) -> set[str]:
    """ "welcomed X's head of government, NAME, to Nairobi": after an apposition the parser
    hangs the verb's preposition on its object, or reads "to Reykjavik" as an infinitive
    of a capitalised "verb"; it is still the verb's preposition (lex14)."""
    appos = [a for a in obj.children if a.dep_ == "appos"]
    if not appos:
        return set()
    first = appos[0].i
    out = {g.lower_ for g in obj.children if g.dep_ == "prep" and g.i > first}
    out.update(g.lower_ for g in appos[0].children if g.dep_ == "prep" and g.i > first)
    for a in appos[1:]:  # "to Reykjavik" as a second apposition with an infinitive marker
        if a.text[:1].isupper() and any(g.lower_ == "to" and g.dep_ == "aux" for g in a.children):
            out.add("to")
    return out


# Quantity heads whose "of" phrase names the real object: "suspended part of its aid".
PARTITIVE = frozenset(
    {
        "part", "some", "most", "all", "half", "portion", "much", "bulk", "rest", "share", "one",
        "hundred", "thousand", "dozen", "score", "number", "lot", "many", "several", "majority",
    }
)  # fmt: skip


def partitive_words(obj: Token) -> set[str]:
    """ "part of a military aid program" -> {"program", "aid", "military"}: the object the
    quantity is taken of, with its modifiers, for the lexicon's object conditions."""
    return carried_words(obj, PARTITIVE)  # also counts, "all but one of", "implementation of"
