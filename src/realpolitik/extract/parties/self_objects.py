"""A state its own leader or government moves: "Trump pulled the United States out of the deal",
"Duterte withdrew the Philippines from the ICC". The object names the doer's own state, the one
that leaves, so it is no target (issue 9, leftovers61): the act is aimed at what is left (a body
the phrase names, "the ICC") or at the other party of the deal left ("the deal with Iran"),
else at no one, as "the United States withdrew from the deal" is read.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties.court_cases import story_partner

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that move their object out of something: "pulled X out of", "withdrew X from", "took X
# out of"; the roots they take when they do: leaving a deal or a body (16), a retreat (08).
_MOVING = frozenset({"pull", "withdraw", "take"})
_LEAVING_ROOTS = ("16", "08")
_STATE_CODE = 3
# The prepositions under the left thing that name its other parties ("the deal with Iran").
_PARTY_PREPS = ("with", "between")
# The sectors of a bare title that stands for a state's office ("the president", "the cabinet").
_TITLE_SECTORS = frozenset({"GOV", "LEG"})


def _left_thing(verb: Token) -> Token | None:
    """What the object is moved out of: the "from" object, or "out of"'s."""
    for k in verb.children:
        if k.dep_ == "prep" and k.lower_ == "from":
            return next((p for p in k.children if p.dep_ == "pobj"), None)
        if k.lower_ == "out" and k.dep_ in ("prep", "prt", "advmod"):
            inner = k if k.dep_ == "prep" else verb
            for _, p in pobjs(inner, ("of",)):
                return p
    return None


@acts_on(roots=_LEAVING_ROOTS, words=_MOVING)
def own_state_moved(s: Site, c: Candidates) -> Candidates:
    """ "Trump pulled the United States out of the deal with Iran": the leader's (government's)
    own state as the object of a verb that moves it out of something is the leaver, no target;
    the pair is aimed at the body left or the left deal's other party, else at no one."""
    if not c.pairs or s.noun or s.tok.lemma_.lower() not in _MOVING:
        return c
    doc = s.tok.doc
    c = _titled_leaver(s, c)
    return c.retarget(
        lambda a, b: (
            b.ref.code == a.ref.country
            and len(b.ref.code) == _STATE_CODE
            and a.ref.code != a.ref.country
            and doc[b.tok].dep_ == "dobj"
            and doc[b.tok].head.i == s.tok.i
        ),
        lambda own: _left_party(s, own),
    )


def _titled_leaver(s: Site, c: Candidates) -> Candidates:
    """ "The prime minister took Hungary out of the ICC": a bare title of no state of its own
    (``---GOV``, or placed at the deal's other party) that moves a state out of something is that
    state's office; the state is then its own, no target (lexicon64)."""
    pairs: list[tuple[Arg, Arg | None]] = []
    changed = False
    for a, b in c.pairs or ():
        if (
            b is not None
            and _bare_title(s, a)
            and a.ref.code[3:] in _TITLE_SECTORS
            and len(b.ref.code) == _STATE_CODE
            and b.ref.country == b.ref.code
            and s.tok.doc[b.tok].dep_ == "dobj"
            and s.tok.doc[b.tok].head.i == s.tok.i
        ):
            a = Arg(
                replace(a.ref, code=b.ref.code + a.ref.code[3:], country=b.ref.code),
                a.quality,
                a.tok,
            )
            b = _left_party(s, b.ref.code)
            changed = True
        pairs.append((a, b))
    return c.with_pairs(pairs) if changed else c


def _bare_title(s: Site, a: Arg) -> bool:
    """A title of no state of its own ("the president", "the government"): unknown, or placed
    by a later stage at a state the sentence names elsewhere (the deal's other party)."""
    if unknown(a):
        return True
    doc = s.tok.doc
    if a.ref.name is not None or not 0 <= a.tok < len(doc):
        return False
    tok = doc[a.tok]
    return tok.pos_ == "NOUN" and all(
        k.dep_ == "det" or (k.dep_ in ("amod", "compound") and k.i < tok.i and k.text.islower())
        for k in tok.children
    )  # ("the prime minister"; "the French president" is France's)


def _left_party(s: Site, own: str) -> Arg | None:
    """The body left ("the ICC") or the left deal's other state ("the deal with Iran")."""
    thing = _left_thing(s.tok)
    if thing is None:
        return None
    named = [  # the body itself, never a place naming a deal ("the Paris climate accord")
        a for a in s.actors.resolve(thing)
        if not unknown(a) and a.ref.country != own and s.actors.mention_of(thing) is not None
    ]  # fmt: skip
    # the deal's own "with" phrase, or the verb's after it ("withdrew X from the deal with Y")
    phrases = [p for _, p in pobjs(thing, _PARTY_PREPS)]
    phrases += [p for _, p in pobjs(s.tok, _PARTY_PREPS) if p.i > thing.i]
    named = named or [
        a for p in phrases for a in s.actors.resolve(p) if not unknown(a) and a.ref.country != own
    ]
    return named[0] if named else None


__all__ = ["own_state_moved"]


# Verbs that withdraw a state's own forces ("withdrew US troops", "pulled 2,000 soldiers"):
# the forces are what moves (leftovers65).
_WITHDRAWING = frozenset({"pull", "withdraw", "recall", "remove"})
_WITHDRAW_CODE = "087"


def _forces_moved(s: Site, a: Arg, b: Arg) -> bool:
    """``b`` is the doer's own office or forces (its state with a sector) as the verb's object."""
    if b.ref.country != a.ref.country or b.ref.code == a.ref.code or len(b.ref.code) <= _STATE_CODE:
        return False
    tok = s.tok.doc[b.tok]
    return tok.dep_ == "dobj" and tok.head.i == s.tok.i


@acts_on(roots=("08",), words=_WITHDRAWING)
def own_forces_withdrawn(s: Site, c: Candidates) -> Candidates:
    """ "The United States withdrew US troops", "Russia pulled 2,000 soldiers": a state's own
    forces are what its withdrawal moves, never its target; with no place named, the act is
    aimed at the other state of the story's latest act between the doer and another state, else
    it is no event
    (leftovers65)."""
    if not c.pairs or s.noun or not s.code.startswith(_WITHDRAW_CODE):
        return c
    if s.tok.lemma_.lower() not in _WITHDRAWING:
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    changed = False
    for a, b in c.pairs:
        if b is not None and a.ref.country and _forces_moved(s, a, b):
            changed = True
            other = story_partner(s, a.ref.country)
            if other is None:
                continue
            b = other
        pairs.append((a, b))
    return c.with_pairs(pairs, "own_forces_withdrawn") if changed else c
