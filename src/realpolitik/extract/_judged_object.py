"""The object of a verdict verb that the parser reads as a second complement (lex22).

"Benin called Niger's measure disproportionate": spaCy may hang both "measure" and
"disproportionate" on "called" as object predicates (``oprd``), so the verb has no direct object
and the rows that ask for one ("call" + an object + a judging complement: criticism, 111, GUIDE
rule 7) miss, and the one judged is no argument. Of two complements of "call", "label", "brand",
"deem" or "term", the first is a noun: it is the object, the second its predicate; so is a lone
noun complement that carries its adjective after it ("called Madrid's move arbitrary").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import has_any

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_VERDICT_VERBS = frozenset({"call", "label", "brand", "deem", "term"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})


def judged_object(sent: Span) -> None:
    """Relabel the first of a verdict verb's two ``oprd`` complements (a noun) as its object."""
    if not has_any(sent, _VERDICT_VERBS):
        return  # (most sentences: no token walked)
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _VERDICT_VERBS:
            continue
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        comps = [c for c in verb.children if c.dep_ == "oprd"]
        if len(comps) >= 2 and comps[0].pos_ in _NOMINAL and comps[0].i < comps[1].i:
            comps[0].dep_ = "dobj"
        elif len(comps) == 1 and comps[0].pos_ in _NOMINAL and _judged_after(comps[0]):
            comps[0].dep_ = "dobj"  # "called Madrid's move arbitrary": the verdict on the noun


def _judged_after(noun: Token) -> bool:
    """An adjective hung on the noun after it ("move arbitrary", "ban arbitrary"): English puts
    attributive adjectives before the noun, so one after it is the verdict."""
    return any(
        c.dep_ in ("amod", "acomp") and c.i > noun.i and c.pos_ == "ADJ" for c in noun.children
    )
