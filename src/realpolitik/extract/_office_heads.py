"""An office's holder named by the body he heads (leftovers59).

"The head of Kenya's intelligence service met Uganda's president", "the director of the
agency", "the agency's director flew to Kampala" (the agency named before): an office noun of
no sector of its own ("head", "director", "boss") stands for the body its "of" phrase or its
possessor names. Without this the holder is no one and the act is lost; a modifier that names
a state ("Kenya's head of ...") is read before, by composition.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_parts import Arg, Resolver

# Office nouns that hold no sector of their own: the body named with them decides it.
OFFICE_HEADS = frozenset(
    {"head", "chief", "director", "boss", "chairman", "chairwoman", "chair", "commander"}
    | {"director-general", "chief executive"}
)
_NO_STATE = "---"
_OWNED_BY = frozenset({"det", "poss", "compound", "amod"})  # what makes "of X" a body


def office_body(actors: Resolver, tok: Token, depth: int) -> list[Arg]:
    """The body ``tok`` (an office noun) heads: its possessor ("the agency's director") or
    its "of" phrase ("the head of Kenya's intelligence service"), where that resolves to a
    state's body or an organisation; none otherwise ("the head of state", "the chief of the
    family")."""
    for c in tok.children:
        if c.dep_ == "poss" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN"):
            got = _placed(actors.resolve(c, depth + 1), tok)
            if got:
                return got
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.dep_ != "pobj" or p.pos_ not in ("NOUN", "PROPN"):
                continue
            if actors.mention_of(p) is None and not any(k.dep_ in _OWNED_BY for k in p.children):
                continue  # ("the head of state": of no body named)
            got = _placed(actors.resolve(p, depth + 1), tok)
            if got:
                return got
    return []


def _placed(args: list[Arg], tok: Token) -> list[Arg]:
    """The bodies among ``args`` (of a state or an organisation), standing at ``tok``."""
    return [replace(a, tok=tok.i) for a in args if not a.ref.code.startswith(_NO_STATE)]


__all__ = ["OFFICE_HEADS", "office_body"]
