"""Commentators of no state are no party (issue 9, parties30).

- "Analysts in Beijing discussed sanctions with Iran", "experts discussed the crisis with
  Chinese officials": analysts, experts and the press talk about states; placed only by where
  they sit ("in Beijing") or not at all, they are of no state, so their talks are no
  consultation (040) between states. The talks are dropped, not left to a ``---EDU`` doer
  (leftovers26 left them so and the talks, become the sentence's news, quieted a hedged act
  elsewhere: "Analysts discussed the prospects of a Chinese attack on Taiwan"). Commentators of
  a state ("Chinese experts") keep their talks.
- "Western analysts criticised China's drills", "European observers said ...": a commentator
  qualified by a bloc adjective ("Western", "European") speaks for no bloc, so whatever act
  is read with the commentator as a party is dropped (a bloc's governments, "Western
  governments", "the West", stay parties).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_lemmas
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Nouns of people who comment on states without acting for one (the sectors table's EDU and
# MED commentators, and observers).
_COMMENTATORS = frozenset(
    {"analyst", "expert", "observer", "commentator", "pundit", "scholar", "academic",
     "researcher", "specialist", "strategist", "economist", "historian", "journalist",
     "columnist", "editorialist", "watcher"}
)  # fmt: skip
_CONSULT = "04"
_MOD_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# Codes of no bloc: the unplaced, and bodies that speak through their experts ("UN experts
# accused Y of ...": the UN's panel).
_NOT_BLOCS = ("---", "IGO", "NGO")


def _commentator(s: Site, a: Arg | None) -> Token | None:
    """The commentator noun ``a`` was read from, if it is one."""
    if a is None or not 0 <= a.tok < len(s.tok.doc):
        return None
    tok = s.tok.doc[a.tok]
    return tok if tok.lemma_.lower() in _COMMENTATORS else None


def _own_state(s: Site, tok: Token) -> bool:
    """A state named by the commentator's own modifier ("Chinese experts", "Iran's analysts")."""
    for c in tok.children:
        if c.dep_ in _MOD_DEPS and c.i < tok.i:
            m = s.actors.mention_of(c)
            if m is not None and m.is_state:
                return True
    return False


def _bloc(s: Site, tok: Token) -> bool:
    """A bloc adjective names the commentators ("Western analysts"): a mention of no state."""
    for c in tok.children:
        if c.dep_ in _MOD_DEPS and c.i < tok.i:
            m = s.actors.mention_of(c)
            if m is not None and not m.is_state and not m.ref.code.startswith(_NOT_BLOCS):
                return True
    return False


def _stateless(s: Site, a: Arg | None) -> bool:
    tok = _commentator(s, a)
    if tok is None:
        return False
    if _bloc(s, tok):
        return True
    return s.root == _CONSULT and not _own_state(s, tok)


def stateless_commentators(s: Site, c: Candidates) -> Candidates:
    """ "Analysts in Beijing discussed sanctions with Iran", "Western analysts criticised Y":
    pairs with commentators of no state (placed only by where they sit, in talks) or of a bloc
    (any act) are dropped (see the module's docstring)."""
    if not c.pairs or _COMMENTATORS.isdisjoint(doc_lemmas(s.tok.doc)):
        return c  # (no commentator noun in the parse: ``_commentator`` finds none; no Token made)
    kept = [(a, b) for a, b in c.pairs if not (_stateless(s, a) or _stateless(s, b))]
    if len(kept) == len(c.pairs):
        return c
    return c.with_pairs(kept, "" if kept else "stateless_commentators")


__all__ = ["stateless_commentators"]
