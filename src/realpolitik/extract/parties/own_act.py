"""A speaker's threat of its own future act is aimed at whom that act is aimed at.

"Iran warned that it would strike Israel", "China warned it would take countermeasures against
Japan": the reported clause's subject ("it", "its forces") is the speaker itself, so the clause
names no one who must act; the threat's target is the object or "against/on/to" phrase of the
act the speaker announces. Only a pronoun coreferent with the speech verb's subject counts:
"warned that Y would attack Z" is left to ``verbs.clause_subject`` (the README's convention
makes it Y's possible act).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import TARGET_PREPS, child, pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._reading import first

if TYPE_CHECKING:
    from spacy.tokens import Token

THREAT_ROOT = "13"
# Pronouns that may stand for the speaker in its own reported clause ("it would", "we will",
# "its forces would"); a named subject is another party, never the speaker's self-reference.
SELF_PRONOUNS = frozenset({"it", "we", "its", "our", "they", "their"})


@acts_on(noun=False, roots=(THREAT_ROOT,))
def speaker_own_act(s: Site, c: Candidates) -> Candidates:
    """ "X warned that it would strike Y (if ...)", "X threatened that its forces would retaliate
    against Y": the announced act's object or aim phrase is the threat's target."""
    if s.noun or c.targets or not c.sources or s.root != THREAT_ROOT:
        return c
    clause = next((k for k in s.kids if k.dep_ == "ccomp"), None)
    if clause is None:
        return c
    subj = child(clause, "nsubj")
    if subj is None or not _self_reference(subj):
        return c
    own = {key(a) for a in c.sources}
    if {key(a) for a in s.actors.resolve(subj)} - own:
        return c  # "it" stands for another party than the speaker
    cands: list[Token] = []
    obj = child(clause, "dobj")
    if obj is not None:
        cands.append(obj)
    cands += [p for _, p in pobjs(clause, TARGET_PREPS)]
    if obj is not None:
        cands += [p for _, p in pobjs(obj, TARGET_PREPS)]
    got = [a for a in first(s.actors, cands) if key(a) not in own]
    return c.with_targets(got) if got else c


def _self_reference(subj: Token) -> bool:
    """ "it", "we", or a noun owned by one ("its forces", "our army")."""
    if subj.lower_ in SELF_PRONOUNS and subj.pos_ == "PRON":
        return True
    return any(k.dep_ == "poss" and k.lower_ in SELF_PRONOUNS for k in subj.children)
