"""A state named only as a place's adjective is no party "the two" can count (issue 9,
parties53: fresh27's class F).

"A Portuguese frigate will join Tanzanian patrol boats off Mtwara, as raids near the
Mozambican border rose. The two navies held a joint exercise": the last two states named are
Tanzania and Mozambique, but "Mozambican" only says where the border is ("near the Z border",
"off the Z coast", "in Z waters"), so the navies are Portugal's and Tanzania's. Where one of
the last two states named is such a place adjective, the pair is the last two states named as
anything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract._mention_parts import Mention

# Place nouns a state's adjective only locates: "near the Somali border", "off the Yemeni coast".
_PLACES = frozenset({"border", "borders", "frontier", "coast", "coastline", "waters", "shore",
                     "shores", "side", "boundary"})  # fmt: skip
_MODIFIERS = frozenset({"amod", "compound"})
_LOOK_BACK = 12  # mentions walked back at most


def _place_adjective(tok: Token, m: Mention, here: int) -> bool:
    """``m`` (a mention of ``tok``'s paragraph; ``here`` its offset in the document) is an
    adjective of a place noun governed by a preposition ("near the Mozambican border"), or a
    state named aside (``aside``)."""
    doc = tok.doc
    start = m.start - here
    if start < 0 or start >= len(doc.text):
        return False
    span = doc.char_span(start, m.end - here, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    head = word.head
    return (
        word.dep_ in _MODIFIERS
        and head.lower_ in _PLACES
        and head.dep_ == "pobj"
        and head.i != word.i
    ) or aside(tok, word)


# "anyone but Z", "except Z": a state set apart from the pair (parties54, fresh28's C).
_EXCEPT = frozenset({"but", "except", "besides"})
# Clauses that only suppose or compare: "If Z pulled back, ...", "... than with Z".
_SUPPOSING = frozenset({"if", "unless", "than"})


def _supposing(clause: Token, k: Token) -> bool:
    """``k`` marks ``clause`` as supposed: "if", "unless", "than", or an inverted "Should Z
    pull back"."""
    if k.dep_ == "mark":
        return k.lower_ in _SUPPOSING
    return k.dep_ == "aux" and k.lower_ == "should" and k.i == clause.left_edge.i


def aside(tok: Token, word: Token) -> bool:
    """``word`` (a state's mention) names a state set apart ("trains with anyone but Z") or
    only supposed or compared, in an "if", "unless" or "than" clause that ``tok`` is not in
    ("If Z pulled back", "Should Z pull back, the two capitals would sign"): no party "the two" counts (parties54;
    fresh28's class C)."""
    for a in word.ancestors:
        if a.lower_ in _EXCEPT or (a.dep_ == "prep" and a.lower_ == "than"):
            return True  # (a "but" that governs a word is the preposition, whatever its label)
        if a.dep_ == "advcl" and any(_supposing(a, k) for k in a.children):
            # ("If Kenya and Uganda fail to agree, the two ...": a pair named there is the pair)
            paired = word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children)
            return not paired and not a.left_edge.i <= tok.i <= a.right_edge.i
    return False


def without_place_adjectives(
    chain: MentionChain, tok: Token, pos: int, pair: tuple[Mention, Mention] | None
) -> tuple[Mention, Mention] | None:
    """``pair`` (the last two states named before ``pos``, ``tok``'s place), or, where one of
    them is a place adjective, the last two of different states that are not."""
    if pair is None:
        return None
    here = pos - tok.idx
    if not any(_place_adjective(tok, m, here) for m in pair):
        return pair
    got: list[Mention] = []
    last = chain.last_before(pos)
    for k in range(last, max(-1, last - _LOOK_BACK), -1):
        m = chain.items[k]
        if any(g.ref.country == m.ref.country for g in got) or _place_adjective(tok, m, here):
            continue
        got.append(m)
        if len(got) == 2:
            return got[1], got[0]
    return pair


__all__ = ["aside", "without_place_adjectives"]
