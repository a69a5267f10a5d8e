"""A clause-initial "they" after two states named as one subject (leftovers41, issue 9).

"Mali and Niger condemned France. They recalled their ambassadors": "they" is both states, the
joint doers, never the first of the pair by position alone (main read it as Mali only). Only a
"they" that opens its clause's sentence (no noun before it but a day or time) and a previous sentence whose main
subject is a coordination of states count; anything else stays with the pronoun chain.

The pair may also be a subject and the "with" partner of a joint act ("Japan signed a pact with
Australia. They pledged to ...": a pact, talks, drills held together), and the clause before may
be the same sentence's, closed by a semicolon ("India and Vietnam held drills; they also agreed
...") (leftovers65). A plural noun of one state ("Chinese troops ... They") stays one state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mention_parts import Arg
from realpolitik.extract.confidence import REFERRED

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "day", "week", "month", "year", "morning", "afternoon", "evening", "night",
     "weekend", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "days", "weeks", "months", "hours"}
)  # fmt: skip
# Acts done together with a "with" partner: the verb itself ("met with", "agreed with") or its
# object ("signed a pact with", "held talks with", "held joint drills with") (leftovers65).
_JOINT_VERBS = frozenset({"meet", "agree", "cooperate", "partner", "talk", "negotiate", "ally"})
_JOINT_THINGS = frozenset(
    {"pact", "deal", "agreement", "accord", "treaty", "alliance", "memorandum", "partnership",
     "talks", "talk", "negotiations", "consultations", "drill", "drills", "exercise",
     "exercises", "patrol", "patrols", "meeting", "summit", "dialogue"}
)  # fmt: skip


def _named_before(t: Token) -> bool:
    """A noun before "they" that it could refer to ("On Monday they": a day, none)."""
    return t.pos_ in _NOMINAL and t.lower_ not in _TIMES


def _joint_partner(verb: Token) -> Token | None:
    """The "with" partner of a joint act ``verb`` ("signed a pact with B", "met with B"), or
    the one met ("met B")."""
    things = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _JOINT_THINGS]
    if verb.lemma_.lower() not in _JOINT_VERBS and not things:
        return None
    if verb.lemma_.lower() == "meet":  # "A met B. They agreed ...": the one met
        met = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if met is not None:
            return met
    for head in (verb, *things):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return None


def _clause_before(tok: Token) -> tuple[Token, Token] | None:
    """The subject and verb of the clause before ``tok``'s: the previous sentence's main clause,
    or the one its own sentence closes with a semicolon just before "they"."""
    sent = tok.sent
    doc = tok.doc
    semi = next((k for k in range(tok.i - 1, sent.start - 1, -1) if doc[k].text == ";"), -1)
    if semi > sent.start:
        if any(_named_before(t) for t in doc[semi + 1 : tok.i]):
            return None
        first: Span = doc[sent.start : semi]
        subj = next(
            (t for t in first if t.dep_ in _SUBJECTS and sent.start <= t.head.i < semi), None
        )
        return None if subj is None else (subj, subj.head)
    if sent.start == 0 or any(_named_before(t) for t in doc[sent.start : tok.i]):
        return None
    prev = doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in _SUBJECTS), None)
    return None if subj is None else (subj, prev.root)


def previous_pair(tok: Token, resolve: Callable[[Token], list[Arg]]) -> list[Arg]:
    """The states of the previous clause's coordinated subject (or its subject and the "with"
    partner of its joint act), as "they" (``tok``)."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj":
        return []
    before = _clause_before(tok)
    if before is None:
        return []
    subj, verb = before
    others = conjuncts(subj)
    if not others:
        partner = _joint_partner(verb) if subj.dep_ == "nsubj" else None
        if partner is None:
            return []
        others = (partner, *conjuncts(partner))
    got = [a for x in (subj, *others) for a in resolve(x)]
    codes = {a.ref.code for a in got}
    if len(got) < 2 or len(codes) != len(got) or not all(a.ref.country for a in got):
        return []
    return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got]
