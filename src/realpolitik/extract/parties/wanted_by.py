"""A wanted person handed over goes to the state that wants him (issue 9, lex28: fresh15's
class HO).

"Benin has not yet handed over the former general whom Lome wants to try", "Ghana extradited
the banker whom Abuja accuses of fraud": handing over or extraditing a person wanted, accused
or sought is judicial cooperation (063, GUIDE rule 7) aimed at the state that wants him, which
the object's relative clause names as its subject. The clause is a clause of its own, which the
phrase walk never enters for an act's parties, so it is read here (as
``relative_recipient`` reads "the fee it charges X"); "a man sought by Togo" (a participle with
a by-phrase) is read by the phrase walk already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

_JUDICIAL = "06"
# Verbs of a state wanting a person: to try, to question, to punish, or charging him.
WANTING_VERBS = frozenset(
    {"want", "seek", "wish", "hope", "try", "prosecute", "accuse", "charge", "indict", "hunt",
     "pursue", "convict", "sentence", "blame", "suspect", "request", "demand", "need"}
)  # fmt: skip
_RELATIVE_DEPS = frozenset({"relcl", "acl"})
_ARCS = 2  # the object and its clause, between the act and its target


def _handed_person(tok: Token) -> Token | None:
    """The act's object: its direct object, or the object the parser hung on its particle."""
    for k in tok.children:
        if k.dep_ == "dobj":
            return k
        if k.dep_ == "prt":
            got = next((g for g in k.children if g.dep_ == "pobj"), None)
            if got is not None:
                return got
    return None


def _wanting_subject(obj: Token) -> Token | None:
    """The subject of the object's relative clause of wanting ("whom Lome wants to try")."""
    for clause in obj.children:
        if clause.dep_ not in _RELATIVE_DEPS or clause.lemma_.lower() not in WANTING_VERBS:
            continue
        subj = next((k for k in clause.children if k.dep_ == "nsubj"), None)
        if subj is not None and subj.i > obj.i:
            return subj
    return None


@acts_on(noun=False, words=WANTING_VERBS)
def wanted_by_state(s: Site, c: Candidates) -> Candidates:
    """ "handed over the former general whom Lome wants to try": the state that wants the
    person handed over is the target of the judicial act (see the module's docstring)."""
    if not c.sources or c.targets or s.noun or s.code[:2] != _JUDICIAL:
        return c
    obj = _handed_person(s.tok)
    if obj is None:
        return c
    subj = _wanting_subject(obj)
    if subj is None:
        return c
    own = {key(a) for a in c.sources}
    got: list[Arg] = [a for a in s.actors.resolve(subj) if not unknown(a) and key(a) not in own]
    if not got:
        return c
    return c.with_targets(got, _ARCS)
