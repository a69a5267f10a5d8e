"""Domestic talk that names no act (issue 9, clauses34: fresh22's class F).

"Chilean economists have urged the government to tie new loans to reforms, and ministers now say
privately that they agree": a bare "agree", with nothing agreed to, on or with, in a clause of
saying or thinking, is an opinion held (about a proposal at home), no commitment to act (03)
toward anyone. "Bolivia has given Paraguay cheap gas for years and has asked for little in
return": asking "for little / nothing (in return)" asks nothing, no appeal (02).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._found import Found

_OPINING = frozenset({"say", "think", "believe", "admit", "concede", "acknowledge", "feel"})
# Dependents a bare opinion "they agree" may have: no object, clause or phrase of its own.
_BARE = frozenset({"nsubj", "aux", "advmod", "neg", "mark", "punct", "cc"})
_NOTHING = frozenset({"little", "nothing", "none", "less", "few"})


def opinion_agreement(f: Found) -> bool:
    """ "... say privately that they agree": a bare "agree" under a verb of saying."""
    tok = f.tok
    if tok.lemma_.lower() != "agree" or f.entry.pos != "V" or tok.dep_ != "ccomp":
        return False
    if tok.head.lemma_.lower() not in _OPINING:
        return False
    return all(c.dep_ in _BARE for c in tok.children)


def asked_nothing(f: Found) -> bool:
    """ "has asked for little (nothing) in return": no request."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in ("ask", "demand", "request", "seek"):
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
             for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return bool(objs) and all(o.lower_ in _NOTHING for o in objs)
