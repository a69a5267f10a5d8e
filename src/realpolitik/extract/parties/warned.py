"""A warning given to people of no state names no threat (issue 9, lex27: fresh14's class W).

"President Mahama warned outsiders not to stir up trouble during the vote", "Dodoma warned
foreign activists against meddling": GUIDE rule 2 codes a warning as a threat (13) only when it
names a consequence the speaker will impose; a warning to another state is read as the coercive
warning CAMEO files under 130 (the lexicon's rows), but people of no state ("outsiders",
"foreign activists", "foreign journalists") are no party a threat is aimed at, and the warner's
own state (the target the home convention would give) is none either. With no consequence named
(the lexicon's consequence rows carry the word in ``after``), such a warning is no event.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_WARN = "warn"
_THREAT_ROOT = "13"
_ADDRESSEE_DEPS = frozenset({"dobj", "dative"})
# Nouns of a consequence the warner may impose (the lexicon's consequence row for "warn").
_CONSEQUENCES = frozenset(
    {"consequence", "retaliation", "response", "countermeasure", "reprisal", "punishment",
     "revenge", "measure", "sanction", "action", "price", "force", "expulsion", "arrest",
     "prosecution", "deportation"}
)  # fmt: skip
# Clauses of the warning that may state the consequence ("..., saying it would expel them").
_CLAUSES = frozenset({"advcl", "ccomp", "parataxis"})


def _consequence(s: Site) -> bool:
    """Whether the warning names a consequence: a consequence noun in its phrase, or an act of
    its own in a clause of it ("warned them not to come, saying it would deport them")."""
    if any(t.lemma_.lower() in _CONSEQUENCES for t in s.tok.subtree):
        return True
    return any(t.i in s.ctx.triggers for k in s.kids if k.dep_ in _CLAUSES for t in k.subtree)


@acts_on(noun=False, roots=(_THREAT_ROOT,))
def stateless_warning(s: Site, c: Candidates) -> Candidates:
    """ "Warned outsiders / foreign activists not to V / against V-ing": no threat (see the
    module); a warning whose addressee is a state or a state's people ("Kenyan activists") and
    one that names a consequence ("warned them of retaliation") keep theirs."""
    if s.noun or s.root != _THREAT_ROOT or s.tok.lemma_.lower() != _WARN or not c.pairs:
        return c
    if s.found.entry.after or _consequence(s):
        return c  # ("warned X of serious consequences": a consequence named)
    warned = next((k for k in s.kids if k.dep_ in _ADDRESSEE_DEPS), None)
    if warned is None or warned.pos_ == "PRON":
        return c  # (no one warned, or "warned them": the lexicon's and the stages' reading)
    if not any(k.dep_ == "xcomp" or (k.dep_ == "prep" and k.lower_ == "against") for k in s.kids):
        return c  # (no act warned against: "to fire warning shots" read as "warn")
    if any(a.ref.country for a in s.actors.resolve(warned)):
        return c
    return c.with_pairs([], "stateless_warning")
