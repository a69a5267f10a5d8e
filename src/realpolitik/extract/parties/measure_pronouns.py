"""A pronoun for a measure is aimed where the measure is (issue 9, lex28: fresh15's class L).

"Argentina lifted its curbs on Chilean apples in May but kept the one on pears", "X eased the
tariffs on Y's steel but kept those on aluminium": "the one" / "those" stands for the measure
named before (``_measure_pronouns.antecedent``), so keeping it (163) is aimed at the state the
measure is on. That state is the target of the act on the measure when the sentence has one
("lifted its curbs on Chilean apples" is aimed at Chile), else the state the measure's own "on"
phrase names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._measure_pronouns import antecedent
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_ON = frozenset({"on", "against"})


def _measure_object(tok: Token) -> Token | None:
    """The measure noun the act's pronoun object stands for, if any."""
    obj = next((k for k in tok.children if k.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("PRON", "DET", "NUM", "NOUN"):
        return None
    return antecedent(obj)


def _measure_targets(s: Site, noun: Token) -> list[Arg]:
    """The states the measure is on: the targets of the act of this sentence on it, else the
    states its "on" phrase names."""
    act = s.ctx.triggers.get(noun.head.i)
    if act is not None and noun.dep_ == "dobj" and act.tok.i != s.tok.i:
        return list(s.ctx.roles_of(act).targets)
    out: list[Arg] = []
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in _ON:
            for tok in prep.subtree:
                if tok.i != prep.i:
                    out += s.actors.resolve(tok)
    return out


@acts_on(noun=False)
def measure_pronoun_target(s: Site, c: Candidates) -> Candidates:
    """ "lifted its curbs on Chilean apples but kept the one on pears": the measure kept is
    aimed where the measure is (see the module's docstring)."""
    if not c.sources or c.targets or s.noun:
        return c
    noun = _measure_object(s.tok)
    if noun is None:
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in _measure_targets(s, noun) if not unknown(a) and key(a) not in own]
    if not got:
        return c
    return c.with_targets([Arg(a.ref, EARLIER, s.tok.i) for a in got[:1]], 2)
