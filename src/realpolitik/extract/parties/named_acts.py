"""A reaction to an act named in the speaker's own words: "Spain denounced what it called Saudi
Arabia's provocations" (issue 9, phenomenon 3: "what Moscow calls aggression" is a label, no
asserted act). The naming clause's subject is the speaker itself ("it"), never the target; the
target is the doer of the act so named: the name's owner ("Saudi Arabia's provocations"), its
nationality ("Iraqi incursions") or its "by" phrase ("an invasion by Israel")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import first

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of naming: "what it called X", "what it described as X".
NAMING_VERBS = frozenset(
    {"call", "describe", "term", "label", "dub", "brand", "characterize", "characterise"}
)
_WHAT_ARCS = frozenset({"dobj", "nsubj", "nsubjpass"})
_NAME_ARCS = frozenset({"oprd", "dobj"})
_DOER_PARTS = frozenset({"poss", "compound", "amod", "nmod"})
_CLAUSE_ARCS = frozenset({"ccomp", "xcomp", "dobj"})


def naming_relative(clause: Token) -> bool:
    """ "what it called X's provocations": a free relative ("what" its object) whose verb names
    a thing, with a pronoun for its subject: the speaker's own word for it, no clause asking
    anyone to act ("rejected what Kyiv called an attack" stays a reply to Kyiv)."""
    if clause.lemma_.lower() not in NAMING_VERBS:
        return False
    kids = list(clause.children)
    return any(c.dep_ in _WHAT_ARCS and c.lower_ == "what" for c in kids) and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in kids
    )


def named_act_doers(clause: Token) -> list[Token]:
    """Tokens that may name the doer of the act a naming clause names, best first."""
    names = [c for c in clause.children if c.dep_ in _NAME_ARCS and c.lower_ != "what"]
    names += [p for _, p in pobjs(clause, ("as",))]
    doers = [p for n in names for _, p in pobjs(n, ("by",))]
    doers += [c for n in names for c in n.children if c.dep_ in _DOER_PARTS]
    return doers + [p for _, p in pobjs(clause, ("by",))]


@acts_on(noun=False)
def speaker_named_act(s: Site, c: Candidates) -> Candidates:
    """ "Spain denounced what it called Saudi Arabia's provocations", "decried what it termed
    an invasion by Israel", "protested against what it described as Iraq's blockade": the
    reaction targets the named act's doer (none when the name names none), never the naming
    clause's subject."""
    if s.noun or c.targets:
        return c
    clauses = [k for k in s.kids if k.dep_ in _CLAUSE_ARCS]
    clauses += [g for p in s.kids if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]
    for k in clauses:
        if naming_relative(k):
            return c.with_targets(first(s.actors, named_act_doers(k)), 1)
    return c
