"""A party named only inside the object's relative clause: "Kazakhstan raised the fee it charges
Uzbekistan", "Japan cut the aid it gives Laos", "India doubled the duty it levies on Nepalese
goods", "Chile halted the gas it sells to Peru" (issue 9, pairs22: fresh11's class RL).

An act on a thing that flows from the doer to another state (a fee or tariff it charges, aid or
gas it gives, sends or sells) is aimed at the state that receives it, which the object's own
relative clause names (with the doer as its subject: "it", "they"). The clause is a clause of
its own, which the phrase walk rightly never enters for other acts' parties, so it is read
here; ``imposed_on`` reads the same shape for measures "imposed on" a state. The parser may hang
the clause on the verb ("raised the fee [it charges Uzbekistan to move gas]" as a complement or
a conjunct): then it starts right after the object, with no "and" between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Verbs by which a thing passes from the clause's subject to the state it names: a charge on
# it, or a supply to it.
PASSING_VERBS = frozenset(
    {
        "charge", "levy", "impose", "collect", "give", "send", "provide", "pay", "grant",
        "supply", "sell", "export", "extend", "lend", "deliver", "offer", "ship", "pump",
    }
)  # fmt: skip
_DOER_PRONOUNS = frozenset({"it", "they", "we"})
_RECEIVER_PREPS = ("to", "on", "from", "for")
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp"})
# How the parser may hang a relative clause with no "that" on the verb (right after the object,
# with no "and" between: "raised the fee [it charges X]").
_MISREAD = frozenset({"ccomp", "conj"})
_ARCS = 2  # the object and its clause, between the act and its target


def _relative_clause(s: Site, obj: Token) -> Token | None:
    """The clause on ``obj`` whose subject is the doer's pronoun, if any."""
    clauses = [k for k in obj.children if k.dep_ in _RELATIVE_DEPS]
    clauses += [  # (the parser's reading as the verb's complement, right after the object)
        k
        for k in s.tok.children
        if k.dep_ in _MISREAD and k.i > obj.i and k.left_edge.i == obj.right_edge.i + 1
    ]
    for clause in clauses:
        if clause.lemma_.lower() not in PASSING_VERBS:
            continue
        subj = next((k for k in clause.children if k.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ in _DOER_PRONOUNS:
            return clause
    return None


def _receivers(clause: Token) -> list[Token]:
    """The states a passing clause names as receiving: its indirect or direct object, its
    "to / on / from" object, or the subject of its complement ("charges X to move gas")."""
    out = [k for k in clause.children if k.dep_ in ("dative", "dobj")]
    out += [p for _, p in pobjs(clause, _RECEIVER_PREPS)]
    for k in clause.children:
        if k.dep_ in _COMPLEMENTS:
            out += [x for x in k.children if x.dep_ == "nsubj"]
    return out


@acts_on(noun=False)
def relative_clause_recipient(s: Site, c: Candidates) -> Candidates:
    """ "raised the fee it charges Uzbekistan": the state the object's relative clause passes
    it to, when the act has a doer and no target yet."""
    if c.targets or not c.sources:
        return c
    obj = s.child("dobj")
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return c
    clause = _relative_clause(s, obj)
    if clause is None:
        return c
    own = {key(a) for a in c.sources}
    for t in _receivers(clause):
        got: list[Arg] = [a for a in s.actors.resolve(t) if not unknown(a) and key(a) not in own]
        if got:
            return c.with_targets(got, _ARCS)
    return c
