"""A facility where an act on people happens is its place, not its aim (issue 9 round 19,
parties25: fresh13's class PL, a form of fresh3-fresh11's places).

"Chilean border police turned back 30 Peruvian travellers at Santiago's Arturo Merino Benitez
airport": the "at" phrase is where the travellers were turned back; its possessor (the capital,
the doer's own state) owns the airport, not the people. An aim preposition ("fired at X",
"an attack on X") names a target, but an airport, port, station or crossing of a state named
by its capital is a place, and the people's demonym names whom the act was done to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Places where travellers, goods and crews are checked, held or turned back.
FACILITY_NOUNS = frozenset(
    {"airport", "port", "seaport", "harbour", "harbor", "station", "terminal", "crossing",
     "checkpoint", "post", "quay", "dock", "pier", "jetty"}
)  # fmt: skip
_PLACE_PREPS = frozenset({"at", "in", "on"})


def facility_place(pobj: Token) -> bool:
    """``pobj`` is a facility of an "at / in / on" phrase ("at Santiago's main airport", "at
    the Kilindini port"), a head noun or the last word of a named one ("Humberto Delgado
    Airport")."""
    prep = pobj.head
    return (
        pobj.dep_ == "pobj"
        and prep.lower_ in _PLACE_PREPS
        and pobj.lemma_.lower() in FACILITY_NOUNS
    )
