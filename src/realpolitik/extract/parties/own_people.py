"""A state's acts toward its own nationals and its own firms are no interstate acts (issue 9,
parties52: fresh26's class C; recurring.md's "role nouns and groups as parties" and "places and
firms not in the tables").

"Portuguese police arrested three Greek sailors. Greece's consulate said it was giving the sailors
legal help": the help goes to Greece's own people (the sailors the story named Greek, or any
recipient of consular help), not to the state that holds them, and to no one else: no event.
"Peru asked Argentina to stop shipments of pesticides. Argentina said it had suspended the
export permits of three firms in Rosario": a measure (16, 17) on firms no other state's word
marks, placed in a city that is no other state's ("in CITY"), falls on the doer's own firms, at
home: no event, and the city is no party. Firms with no place of their own ("sanctioned three
firms") may be anyone's and are left as the other stages read them (fresh11 lost a key to that). A recipient or a firm another state's word marks ("Togolese
traders", "firms in Nairobi") keeps the act as the other stages aimed it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

_AID_ROOT = "07"
_MEASURE_ROOTS = frozenset({"16", "17", "19"})  # (19: "suspended the licences", read as 191)
_CONSULAR = "consular"
# Words that mark whom a noun belongs to or where it is.
_MARKS = frozenset({"amod", "compound", "poss", "nmod"})
# Giving verbs whose object is the recipient ("providing the men with help").
_WITH_GIVERS = frozenset({"provide", "supply", "furnish", "equip"})
_RECIPIENT_PREPS = frozenset({"to", "for"})
# People held abroad whom a later "the men", "the pair" names.
_GENERIC_PEOPLE = frozenset({"man", "woman", "pair", "detainee", "prisoner", "national",
                             "citizen", "people", "person", "crew"})  # fmt: skip
_HOLDING_ROOT = "17"
_FIRMS = frozenset({"firm", "company", "exporter", "importer", "business", "supplier",
                    "producer", "manufacturer", "dealer", "distributor", "trader"})  # fmt: skip
_PLACE_PREPS = frozenset({"in", "at", "from", "based"})
_DEPTH = 3


def _states_marking(s: Site, noun: Token) -> set[str]:
    """The states the words on ``noun`` name ("Greek sailors", "its citizens", "in Nairobi")."""
    got: set[str] = set()
    for k in noun.children:
        if k.dep_ in _MARKS:
            got |= {a.ref.country for a in s.actors.resolve(k) if a.ref.country}
        elif k.dep_ == "prep" and k.lower_ in _PLACE_PREPS:
            for p in k.children:
                m = s.actors.mention_of(p) if p.dep_ == "pobj" else None
                if m is not None and m.is_state and m.ref.country:
                    got.add(m.ref.country)
    return got


def _named_own_before(s: Site, noun: Token, own: str) -> bool:
    """ "the sailors" after "three Greek sailors" (``own`` Greece); "the men", "the pair" after
    an earlier act of holding done to ``own``'s people."""
    lemma = noun.lemma_.lower()
    for sent in s.tok.doc.sents:
        if sent.start >= s.ctx.sent.start:
            break
        if any(own in _states_marking(s, t) for t in tokens_with_lemma(sent, {lemma})):
            return True
    if lemma not in _GENERIC_PEOPLE:
        return False
    return any(
        a.root == _HOLDING_ROOT and a.target is not None and a.target.country == own
        for a in s.ctx.earlier
    )


def _no_other_state(s: Site, tok: Token, home: str) -> bool:
    """``tok`` names no actor of a state other than ``home`` ("the sailors", "the students")."""
    return all(not a.ref.country or a.ref.country == home for a in s.actors.resolve(tok))


def _recipients(s: Site) -> list[Token]:
    got = [k for k in s.kids if k.dep_ == "dative"]
    if s.tok.lemma_.lower() in _WITH_GIVERS:
        got += [k for k in s.kids if k.dep_ == "dobj"]
    for k in s.kids:
        if k.dep_ == "prep" and k.lower_ in _RECIPIENT_PREPS:
            got += [p for p in k.children if p.dep_ == "pobj"]
    return got


def _consular(k: Token) -> bool:
    """ "consular help", "with consular assistance": help only a state's own people get."""
    nouns = [k] if k.dep_ == "dobj" else [p for p in k.children if p.dep_ == "pobj"]
    return any(m.lower_ == _CONSULAR for n in nouns for m in n.children if m.dep_ == "amod")


@acts_on(noun=False, roots=(_AID_ROOT,))
def own_nationals_help(s: Site, c: Candidates) -> Candidates:
    """ "was giving the sailors legal help" (the sailors its own), "providing the men with
    consular assistance": no event (see the module doc)."""
    if not c.pairs or s.root != _AID_ROOT:
        return c
    own = {a.ref.country for a, _ in c.pairs if a.ref.country}
    if len(own) != 1:
        return c
    home = next(iter(own))
    people = [t for t in _recipients(s) if _no_other_state(s, t, home)]
    if not people:
        return c
    marks = set().union(*(_states_marking(s, t) for t in people))
    if marks - own:
        return c  # ("gave legal help to the Togolese traders": another state's people)
    consular = any(_consular(k) for k in s.kids if k.dep_ in ("dobj", "prep"))
    if not consular and not marks and not any(_named_own_before(s, t, home) for t in people):
        return c
    return c.with_pairs([], "own_nationals_help")


@acts_on(noun=False, roots=_MEASURE_ROOTS)
def own_firms_measure(s: Site, c: Candidates) -> Candidates:
    """ "suspended the export permits of three firms in CITY": the doer's own firms, no event
    (see the module doc)."""
    if not c.pairs or s.root not in _MEASURE_ROOTS:
        return c
    own = {a.ref.country for a, _ in c.pairs if a.ref.country}
    obj = s.child("dobj")
    if len(own) != 1 or obj is None:
        return c
    firms = _firms_in(obj, _DEPTH)
    if firms is None or _states_marking(s, firms) - own:
        return c
    place = _place_of(s, firms)
    if place is None or _place_states(s, place) - own:
        return c  # (firms with no place of their own may be anyone's: left as read)
    return c.with_pairs([], "own_firms_measure")


def _place_of(s: Site, firms: Token) -> Token | None:
    """The "in / at" phrase of the firms ("firms in CITY"), on the noun or, as the parser often
    hangs it, on the verb right after the noun phrase; "based in CITY" too."""
    for k in firms.children:
        if k.dep_ == "prep" and k.lower_ in ("in", "at"):
            return k
        if k.dep_ == "acl" and k.lower_ == "based":
            return next((p for p in k.children if p.dep_ == "prep"), None)
    after = firms.right_edge.i + 1
    return next(
        (k for k in s.kids if k.dep_ == "prep" and k.lower_ in ("in", "at") and k.i == after),
        None,
    )


def _place_states(s: Site, prep: Token) -> set[str]:
    """The states a place phrase names ("in Nairobi": Kenya); none for a city no table has."""
    got: set[str] = set()
    for p in prep.children:
        m = s.actors.mention_of(p) if p.dep_ == "pobj" else None
        if m is not None and m.is_state and m.ref.country:
            got.add(m.ref.country)
    return got


def _firms_in(tok: Token, depth: int) -> Token | None:
    """The firm noun ``tok`` is or holds through "of" ("the permits of three firms")."""
    if tok.lemma_.lower() in _FIRMS:
        return tok
    if depth == 0:
        return None
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ == "of":
            for p in k.children:
                if p.dep_ == "pobj":
                    got = _firms_in(p, depth - 1)
                    if got is not None:
                        return got
    return None


__all__ = ["own_firms_measure", "own_nationals_help"]
