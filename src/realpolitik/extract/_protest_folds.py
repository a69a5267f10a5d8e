"""Folds of protests: a protest's stated aim ("marched to demand reforms", "summoned the envoy to
protest against the expulsions") is part of the protest, and a crowd's force, assault or
seizure is a violent protest (CAMEO 145). Split from :mod:`realpolitik.extract._folding`, which
re-exports :func:`fold_protest_aims`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._concessive_news import concessive_news
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._found import Found

if TYPE_CHECKING:
    from spacy.tokens import Token


_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl"})
_PROTEST_AIMS = frozenset({"02", "10", "11", "14"})  # calls, demands, complaints, protests
# An official complaint's stated aim ("summoned the envoy to protest against the expulsions")
# is the complaint itself, not a demonstration by anyone.
_COMPLAINT_AIMS = frozenset({"11", "14"})
_AIMS_BY_ROOT = {"14": _PROTEST_AIMS, "11": _COMPLAINT_AIMS}


# A crowd's attack, arson or seizure is a violent protest (CAMEO 145), not military force or a
# seizure by a state: "protesters attacked the embassies of X and Y", "a mob torched the consulate".
CROWD_WORDS = frozenset(
    {"protester", "protestor", "demonstrator", "crowd", "mob", "rioter", "marcher"}
)
_CROWD_VIOLENCE_ROOTS = frozenset({"17", "18", "19"})
VIOLENT_PROTEST = "145"
# CAMEO 191 (a blockade by armed forces) "is different from 144 (obstruct physically), civilian
# protest activities": the same row's act done by a crowd.
BLOCKADE, CROWD_OBSTRUCTION = "191", "144"


def _crowd(subj: Token) -> bool:
    """ "Protesters", "a mob", "hundreds of demonstrators", "a crowd of students"."""
    words = {subj.lemma_.lower()}
    words |= {q.lemma_.lower() for p in subj.children if p.lower_ == "of" for q in p.children}
    return bool(words & CROWD_WORDS)


def recode_crowd_violence(found: list[Found]) -> None:
    """A verb of force, assault or seizure whose subject is a crowd codes a violent protest."""
    for f in found:
        if f.absorbed or f.entry.pos != "V" or f.code[:2] not in _CROWD_VIOLENCE_ROOTS:
            continue
        subj = next((k for k in f.tok.children if k.dep_ == "nsubj"), None)
        if subj is not None and _crowd(subj):  # (a crowd blocking a ship obstructs it: 144)
            f.code = CROWD_OBSTRUCTION if f.code == BLOCKADE else VIOLENT_PROTEST


def fold_protest_aims(found: list[Found]) -> None:
    """A protest's stated aim is part of the protest, not an event of its own.

    "Students marched to demand reforms", "farmers blocked roads, demanding lower prices",
    "began a hunger strike to protest the decision": the PLOVER codebook codes protests that
    make demands as PROTEST, never as REQUEST. The demand folds into the protest (whose target
    it may name) the way an infinitive folds into a control verb. So does an official
    complaint's: "summoned the ambassador to protest against the expulsions" is one complaint.
    """
    recode_crowd_violence(found)  # "protesters attacked the embassy": a protest, first
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        aims = _AIMS_BY_ROOT.get(f.code[:2])
        if f.absorbed or aims is None:
            continue
        heads = [f.tok]
        gov = f.tok.head
        if f.entry.pos == "N" and f.tok.dep_ in ("dobj", "pobj", "nsubj") and gov.i != f.tok.i:
            heads.append(gov.head if f.tok.dep_ == "pobj" else gov)  # "staged rallies to demand"
        for h in heads:
            for c in h.children:
                inner = by_tok.get(c.i)
                if c.dep_ not in _PURPOSE_DEPS or inner is None or inner is f:
                    continue
                if inner.absorbed or inner.code[:2] not in aims:
                    continue
                if aims is _COMPLAINT_AIMS and not to_infinitive(c):
                    continue  # "condemned the strike, accusing X": an act of its own
                if concessive_news(c):
                    continue  # "has never protested, though its diplomats accuse Y" (c34)
                inner.absorbed = True
                inner.controller = f
