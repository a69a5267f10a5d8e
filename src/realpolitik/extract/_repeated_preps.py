"""A preposition said again before each conjunct: "imposed tariffs on Canada and on Mexico",
"sanctions against Senegal and against Guinea", "expelled diplomats from Peru and from Bolivia"
(issue 9 round 16, leftovers16 d).

The parser makes the second preposition a conjunct of the first, each with its own object, so
a step that reads a verb's or noun's prepositional objects sees only the first state. With the
same preposition both times the phrase says "on Canada and Mexico": the second object becomes a
conjunct of the first (the path every act with conjoined targets already reads), and the
repeated preposition a marker of it. Different prepositions ("from Peru and to Bolivia") are
two phrases and stay as they are. A list of three ("on A, on B and on C") may come parsed as two
phrases, the first on the noun and the rest on the verb; the comma joins them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PREP_DEPS = frozenset({"prep", "agent", "dative"})


def _object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def repeated_prepositions(sent: Span) -> None:
    """Re-hang "on A and on B" as "on A and B" (see the module docstring)."""
    moves: list[tuple[Token, Token, Token]] = []
    for second in sent:
        if second.dep_ != "conj" or second.pos_ != "ADP":
            continue
        first = second.head  # the chain's first preposition ("on A, on B and on C")
        while first.dep_ == "conj" and first.head.lower_ == first.lower_ and first.head != first:
            first = first.head
        if first.dep_ not in _PREP_DEPS or second.lower_ != first.lower_ or second.i < first.i:
            continue
        one, two = _object(first), _object(second)
        if one is not None and two is not None:
            moves.append((first, second, two))
    if not moves:
        return
    heads, deps = tree_of(sent)
    for first, second, two in moves:
        one = _object(first)
        if one is None:
            continue
        listed = _listed_before(first)  # "on A, on B and on C": "on B" hung on the verb
        if listed is not None:
            one, own = _object(listed), _object(first)
            if one is None or own is None:
                continue
            heads[own.i], deps[own.i] = one.i, "conj"
            heads[first.i], deps[first.i] = own.i, "case"
        heads[two.i], deps[two.i] = one.i, "conj"
        heads[second.i], deps[second.i] = two.i, "case"
        for cc in first.children:
            if cc.dep_ in ("cc", "punct") and cc.i < second.i:
                heads[cc.i] = one.i
    _write_tree(sent, heads, deps)


def _listed_before(prep: Token) -> Token | None:
    """The same preposition's phrase that a comma right before ``prep`` continues ("on A, on B
    and on C": the parser hangs "on A" on the noun, "on B and on C" on the verb)."""
    doc = prep.doc
    comma = prep.i - 1
    if comma <= prep.sent.start or doc[comma].lower_ != ",":
        return None
    last = doc[comma - 1]
    for tok in (last, *last.ancestors):
        if tok.dep_ in _PREP_DEPS and tok.lower_ == prep.lower_ and tok.i < comma:
            return tok
    return None
