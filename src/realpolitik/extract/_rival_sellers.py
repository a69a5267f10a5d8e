"""Rival sellers compared: "A and B sell much the same weapons to much the same buyers" names
no sale (issue 9, clauses41: fresh29's class G).

An op-ed's generic present that sets two sellers side by side by the sameness of their goods
and of their buyers ("sell much the same drones to much the same buyers", "export similar
frigates to similar navies", "supply the same customers") is a comparison, no transfer to
anyone: the buyer named later in the sentence ("and Z, which bought ..., has become their
fiercest contest") is no recipient of it. Only a present-tense verb of giving whose recipient
("to N", or an indirect object) is a plural or bare noun marked "same" or "similar"; a past
sale ("sold the same jets to Y") or a named recipient stays an act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_GIVING_ROOTS = frozenset({"06", "07"})
_PRESENT = frozenset({"VBZ", "VBP"})
_SAMENESS = frozenset({"same", "similar", "identical", "comparable"})
_RECIPIENT_PREPS = frozenset({"to"})


def _same(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in _SAMENESS for c in noun.children)


def _recipients(verb: Token) -> list[Token]:
    out = [c for c in verb.children if c.dep_ == "dative" and c.pos_ == "NOUN"]
    for p in verb.children:
        if p.dep_ in ("prep", "dative") and p.lower_ in _RECIPIENT_PREPS:
            out.extend(q for q in p.children if q.dep_ == "pobj")
    return out


def same_buyers(f: Found) -> bool:
    """``f`` is a present-tense giving verb whose recipient is "(much) the same / similar N"."""
    tok = f.tok
    if f.code[:2] not in _GIVING_ROOTS:
        return False
    if f.entry.pos != "V" and not any(c.dep_ == "dobj" for c in tok.children):
        return False  # (a noun row's word with an object of its own is the verb misread)
    if tok.tag_ not in _PRESENT and not _present_read_as_noun(tok):
        return False
    return any(_same(r) for r in _recipients(tok))


def _present_read_as_noun(tok: Token) -> bool:
    """ "A and B supply very similar drones to ...": after two coordinated names the tagger may
    read the plural present as a noun (NN) or a base form (VB); with its own object and no
    auxiliary it is the present verb (clauses42)."""
    if tok.tag_ not in ("NN", "VB"):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "dobj" for c in kids) and not any(
        c.dep_ in ("aux", "auxpass") for c in kids
    )


__all__ = ["same_buyers"]
