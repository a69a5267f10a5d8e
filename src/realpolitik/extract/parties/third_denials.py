"""A denial of an accusation by a state the accusation was not aimed at: "Mali accused Algeria
of arming the rebels. Algeria denied the accusation. Niger also rejected the accusation"
(parties21).

Denying a charge (CAMEO 016, "deny responsibility") is the accused's answer; the third state
was charged with nothing and did none of the acts before (a state the reported troops were
sent to does answer a charge), so its rejection is no 016 aimed at the accuser. Whether it also
criticises the accuser (111) or rejects its demand (12x) its own words would have to say; a
bare rejection of the charge is no event of the two (``context_earlier.earlier_act_doer``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from realpolitik.extract._mentions import Arg
    from realpolitik.extract.parties._model import Candidates, EarlierAct

_ACCUSE = "11"


def _country(a: Arg) -> str:
    return a.ref.country or a.ref.code


def third_state_denial(c: Candidates, picked: Sequence[Arg], earlier: Sequence[EarlierAct]) -> bool:
    """Whether the parties ``picked`` (the accuser, or the accused whose denial the phrase
    names) are those of earlier accusations, and the denier took part in none of the earlier
    acts: neither accuser nor accused, nor a party of what a charge reports."""
    own = {_country(a) for a in c.sources}
    named = {_country(a) for a in picked}
    charges = [
        (a.source.country or a.source.code, t.country or t.code)
        for a in earlier
        if a.root == _ACCUSE and (t := a.target) is not None
    ]
    charges = [(s, t) for s, t in charges if s in named or t in named]
    if not charges or not own:
        return False
    involved = {r.country or r.code for a in earlier for r in (a.source, a.target) if r is not None}
    return involved.isdisjoint(own)  # (Russia, to which the troops a charge names were sent)
