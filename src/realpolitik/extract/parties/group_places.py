"""Places that do not place a group (issue 9, names20: fresh10's G).

- "Kenyan police arrested 12 people, some of whom had trained in Uganda": a relative clause
  about the people ("who had trained in Y", "some of whom had fought in Y") tells where they
  did something, not whose they are, so the states of its "in"/"at" phrases do not place
  them (one that says where they live or are held does: "men who live in Uganda"; and where
  they came from is left to the other rules: "rebels who had fled from Congo");
- "Rights groups accused Greece of pushing back asylum seekers": a rights group of no state
  is not the state it accuses; with no other state named it stays of no state;
- (a people's or a trade's own "the government", also names20's, is ``parties.citizens``'s
  since leftovers17).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


_RELATIVE_WORDS = frozenset({"who", "whom", "which", "whose"})
# Verbs of a relative clause that do say where its people belong.
_HOME_VERBS = frozenset(
    {"live", "reside", "base", "station", "settle", "stay", "remain", "hold", "detain", "jail"}
)  # fmt: skip
# Prepositions of where the clause's act happened ("trained in Uganda", "fought at Goma").
_WHERE_WORDS = frozenset({"in", "at", "inside", "within"})
# Sectors of groups that speak about states without being of them.
STATELESS_SECTORS = frozenset({"HRI"})


def relative_places(tok: Token) -> set[int]:
    """The tokens of the relative clauses that tell of ``tok`` (hung on it, or hung on its verb
    right after it: "arrested 12 people, some of whom had trained in Uganda"), but those
    whose verb says where the people are."""
    out: set[int] = set()
    for clause in _relative_clauses(tok):
        if clause.lemma_.lower() in _HOME_VERBS:
            continue
        for t in clause.subtree:  # (a place they came from may still say whose they are)
            if t.dep_ == "prep" and t.lower_ in _WHERE_WORDS:
                out |= {w.i for w in t.subtree}
    return out


def _relative_clauses(tok: Token) -> list[Token]:
    found = [c for c in tok.children if c.dep_ == "relcl" and _relative(c)]
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass", "pobj") and head is not tok:
        found += [c for c in head.children if c.dep_ == "advcl" and c.i > tok.i and _partitive(c)]
    return found


def _relative(clause: Token) -> bool:
    """A clause opened by a relative word ("who had trained", "two of whom had fought")."""
    return any(_is_relative(t) for t in clause.children if t.i < clause.i)


def _partitive(clause: Token) -> bool:
    """ "..., some of whom had trained in Uganda" read as an adverbial clause of the verb."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and _is_relative(t) for t in clause.children)


def _is_relative(t: Token) -> bool:
    """ "who", or "some / two / many of whom"."""
    if t.lower_ in _RELATIVE_WORDS:
        return True
    return any(
        p.lower_ == "of" and any(w.lower_ in _RELATIVE_WORDS for w in p.children)
        for p in t.children
    )


__all__ = ["STATELESS_SECTORS", "relative_places"]
