"""The noun an object condition should read when the parser's object head is a quantity or a
wrapper of the real object (practice1, issue 9 round 16).

"withdrew all but one of its diplomats", "expelled two of Finland's diplomats", "suspended its
implementation of the peace declaration", "suspended key provisions of the treaty": the head
is a count ("two"), "all but one" (whose "one" the parser hangs on a "but" under the verb) or
an event noun that only carries the object ("implementation of X"), and a row written for
the real object (``obj=diplomat``, ``obj=treaty``) never saw it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns that carry an agreement or a rule as their "of" object: suspending, implementing or
# breaking them is done to the agreement itself.
WRAPPERS = frozenset(
    {
        "implementation", "application", "enforcement", "execution", "observance",
        "provision", "term", "clause", "article", "operation", "ratification",
    }
)  # fmt: skip
_EXCEPT = frozenset({"but", "except", "save"})  # "all but one of its diplomats"
_MODS = frozenset({"amod", "compound", "nmod", "poss"})


def _of_objects(tok: Token) -> list[Token]:
    return [
        q
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for q in p.children
        if q.dep_ == "pobj"
    ]


def carried_words(obj: Token, partitive: frozenset[str]) -> set[str]:
    """Lemmas (with modifiers) of the object a count, "all but N" or a wrapper noun stands for;
    empty when ``obj`` is none of them. ``partitive``: the caller's quantity heads."""
    heads: list[Token] = []
    lemma = obj.lemma_.lower()
    if obj.like_num or lemma in WRAPPERS or lemma in partitive:
        heads = _of_objects(obj)
    if not heads and lemma in ("all", "none") and obj.i + 1 < len(obj.doc):
        nxt = obj.doc[obj.i + 1]
        if nxt.lower_ in _EXCEPT:  # "all but one of X": "one" is the pobj of "but"
            for n in (c for c in nxt.children if c.dep_ == "pobj"):
                heads = _of_objects(n)
    out: set[str] = set()
    for q in heads:
        out.add(q.lemma_.lower())
        out.update(g.lemma_.lower() for g in q.children if g.dep_ in _MODS)
    return out
