"""Acts aimed at the party named around them rather than by their own object: a threat at
whoever must meet its condition, and a demand, refusal or threat at whom it is told to
("told / assured X that it would not tolerate ...").

Split from ``verbs`` (lex13): both read the speech around the act, not the act's own phrase.
"""

from __future__ import annotations

from realpolitik.extract._syntax import child
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

# Speech verbs whose object is the one told: "told / warned / informed / assured X that ...".
_TELLING = frozenset({"tell", "warn", "inform", "assure"})


@acts_on(noun=False, roots=("13",))
def threat_condition(s: Site, c: Candidates) -> Candidates:
    """ "Threatened to respond if the US goes ahead": a threat targets whoever must meet its
    "if/unless" condition."""
    if s.noun or c.targets or s.root != "13":
        return c
    heads = [s.tok] + [k for k in s.kids if k.dep_ == "xcomp"]
    for h in heads:
        for k in h.children:
            if k.dep_ != "advcl" or not any(m.lower_ in ("if", "unless") for m in k.children):
                continue
            subj = child(k, "nsubj")
            if subj is not None:
                got = s.actors.resolve(subj)
                if got:
                    return c.with_targets(got)
    return c


# Acts aimed at whom they are told to: demands (10), refusals (12), threats (13).
_TOLD_ROOTS = frozenset({"10", "12", "13"})


@acts_on(noun=False, roots=_TOLD_ROOTS)
def told_addressee(s: Site, c: Candidates) -> Candidates:
    """ "Told Panama that Washington would take measures": a threat, demand or refusal ("told
    Syria's president that Amman would not accept any meddling") made to someone with no other
    party named is aimed at whom it is told to (never at the teller's own state)."""
    if s.noun or c.targets or s.root not in _TOLD_ROOTS or s.tok.dep_ != "ccomp":
        return c
    tell = s.tok.head
    if tell.lemma_ not in _TELLING:
        return c
    own = {key(a) for a in c.sources}
    for k in tell.children:
        if k.dep_ in ("dobj", "dative") and k.i < s.tok.i:
            got = [a for a in s.actors.resolve(k) if key(a) not in own and not unknown(a)]
            if got:
                return c.with_targets(got)
    return c
