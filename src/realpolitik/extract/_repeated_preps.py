"""A preposition said again before each conjunct: "imposed tariffs on Canada and on Mexico",
"sanctions against Senegal and against Guinea", "expelled diplomats from Peru and from Bolivia"
(issue 9 round 16, leftovers16 d).

The parser makes the second preposition a conjunct of the first, a phrase of the verb or a
conjunct of another preposition, each with its own object, so a step that reads a verb's or
noun's prepositional objects sees only the first state. With the
same preposition both times the phrase says "on Canada and Mexico": the second object becomes a
conjunct of the first (the path every act with conjoined targets already reads), and the
repeated preposition a marker of it. Different prepositions ("from Peru and to Bolivia") are
two phrases and stay as they are; so do a list's objects that are no states ("on Monday").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._pos import ADP
from realpolitik.extract._tree import sentence_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PREP_DEPS = frozenset({"prep", "agent", "dative"})


def _object(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def repeated_prepositions(sent: Span) -> None:
    """Re-hang "on A and on B" as "on A and B" (see the module docstring): a preposition right
    after "and", "or" or a comma that follows a phrase of the same preposition, wherever the
    parser hung it (a conjunct of the first, a phrase of the verb, a conjunct of another
    preposition), gives its object to the first phrase's object as a conjunct. Precondition:
    only a word right after a joint ("and", "or", ",") that has a word before it, and whose form
    stands earlier in the sentence (the first phrase's preposition), is read (the forms read
    once per parse: no Token for the other words)."""
    doc = sent.doc
    anchor: dict[int, Token] = {}  # a repeated preposition -> the first object of its list
    moves: list[tuple[Token, Token, Token]] = []  # (repeated preposition, its object, anchor)
    lo = sent.start
    forms = sentence_lowers(sent)
    after_joint: list[int] = []
    before: set[str] = set()  # the forms before the word ahead of the joint
    for k in range(1, len(forms) - 1):
        if forms[k] in _JOINTS and forms[k + 1] in before and forms[k + 1] != _OF:
            after_joint.append(lo + k + 1)  # (its preposition said before: "on A and on B")
        before.add(forms[k - 1])
    for prep in map(doc.__getitem__, after_joint):
        if prep.pos != ADP or prep.dep_ not in _PREP_DEPS | {"conj"} or prep.lower_ == _OF:
            continue
        joint = prep.i - 1
        own = _object(prep)
        if own is None or joint <= sent.start or doc[joint].lower_ not in _JOINTS:
            continue
        first = _phrase_ending_at(doc[joint - 1], prep.lower_)
        if first is None:
            continue
        one = anchor.get(first.i) or _object(first)
        if one is None or one.i >= prep.i:
            continue
        anchor[prep.i] = one
        moves.append((prep, own, one))
    closed = {one.i for prep, _, one in moves if doc[prep.i - 1].lower_ != ","}
    moves = [m for m in moves if m[2].i in closed]  # a comma only inside "..., on B and on C"
    if not moves:
        return
    heads, deps = tree_of(sent)
    for prep, own, one in moves:
        heads[own.i], deps[own.i] = one.i, "conj"
        heads[prep.i], deps[prep.i] = own.i, "case"
        word = doc[prep.i - 1]
        heads[word.i], deps[word.i] = one.i, "cc" if word.lower_ != "," else "punct"
    _write_tree(sent, heads, deps)


# "a breach of law and of X's borders": "of" phrases complete a noun each (a label's victim is
# read from its own phrase), no list of targets.
_OF = "of"
# Words that join a repeated preposition to the phrase before it.
_JOINTS = frozenset({"and", "or", ","})


def _phrase_ending_at(last: Token, word: str) -> Token | None:
    """The preposition ``word`` whose phrase holds ``last`` (the word before "and"): "on A" for
    the "A" of "on A and on B"."""
    for tok in (last, *last.ancestors):
        if tok.pos_ == "ADP" and tok.lower_ == word and tok.i < last.i:
            return tok
        if tok.pos_ in ("VERB", "AUX"):
            return None
    return None
