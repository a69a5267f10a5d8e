"""An event noun whose possessor is the one it was done to has no doer in the clause (issue 9,
parties40: fresh20's class G; recurring.md's NA).

"Japan denied that it had made the loan conditional on the sailors' release", "Peru's embassy
objected that it had not been told of their arrest", "X protested the men's expulsion": the
possessor of an arrest, a detention, a release or an expulsion with no "of" phrase is the people
it was done to, not its doer; and the clause around the noun (the denier, the complaining
embassy) did not do it either. Without this the noun took the clause's subject as its doer and
the possessor's state as its target (a release by the denier, an arrest of Peruvians by Peru's
own embassy: an act between a state and itself). Such a noun names its doer only by a "by"
phrase ("their arrest by Chilean police"); with none it is no act of its own (the story's act
that it names again is coded where it is told).
"""

from __future__ import annotations

from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._carriers import carrier
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

# Nouns of acts done to people or things, whose possessor is the patient ("their arrest").
PATIENT_NOUNS = frozenset(
    {"arrest", "detention", "release", "expulsion", "deportation", "capture", "extradition",
     "abduction", "kidnapping", "imprisonment", "jailing", "seizure", "repatriation"}
)  # fmt: skip


@acts_on(noun=True)
def patient_possessor_noun(s: Site, c: Candidates) -> Candidates:
    """ "the sailors' release", "their arrest" (no "of" and no "by" phrase): no act."""
    tok = carrier(s.tok)
    if tok.lemma_.lower() not in PATIENT_NOUNS or not c.pairs:
        return c
    if not any(k.dep_ == "poss" and k.i < tok.i for k in tok.children):
        return c
    if pobjs(tok, ("of", "by")):
        return c  # ("Chile's arrest of three Peruvians", "their arrest by Chilean police")
    return c.with_pairs([])


__all__ = ["PATIENT_NOUNS", "patient_possessor_noun"]
