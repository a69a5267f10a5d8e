"""A person handed over or extradited: the act is aimed at the state handed to (parties39).

CAMEO 063 (judicial cooperation) codes extraditions with "the location where the subject is
being extradited to, and not the identity of the suspect" as the target (the codebook's note).
"Thailand arrested two Cambodian activists and handed them over to Malaysia", "Spain extradited
two Ecuadorian bankers to Peru": the direct object ("them", "two Ecuadorian bankers") was read
as the target (THA -> KHMOPP); the state of the "to" phrase is it (THA -> MYS). Without a "to"
phrase naming a party, the object's reading stays ("will hand him over": the story's stages).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

JUDICIAL = "063"


@acts_on(noun=False, codes=(JUDICIAL,))
def handed_to_state(s: Site, c: Candidates) -> Candidates:
    """ "handed them over to Malaysia", "extradited two Y-ian bankers to Z's police": the party
    of the verb's (or its particle's) "to" phrase is the target of a hand-over, never the people
    handed; not where it is the doer's own ("handed them to its own police")."""
    if s.noun or not s.code.startswith(JUDICIAL) or not c.sources:
        return c  # (its mark's kinds, kept by the stage too: ``test_speed13``)
    own = {key(a) for a in c.sources}
    for p in _to_objects(s.tok):
        got = [a for a in s.actors.resolve(p) if not unknown(a) and key(a) not in own]
        if got:
            return c.with_targets(got, 1)
    return c


def _to_objects(tok: Token) -> list[Token]:
    """The objects of "to" on the verb or on its particle ("handed them over to X")."""
    heads = [tok, *(k for k in tok.children if k.dep_ == "prt")]
    return [p for h in heads for _, p in pobjs(h, ("to",))]
