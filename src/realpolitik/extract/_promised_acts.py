"""Which promised acts are threats (practice1, issue 9 round 16).

A promised or vowed act of a hostile root is a threat (13x: "vowed to retaliate", "promised
a response"); a promised investigation (CAMEO 09: "promised a transparent inquiry into the
shooting", "pledged to investigate the deaths") is a commitment the speaker makes to the
other side, an intent (03), as the GUIDE codes "pledge/promise/agree to". Before this, every
root from 09 up made the promise a threat, so an apology's promise of an inquiry read as a
threat against the victims' state.
"""

from __future__ import annotations

INVESTIGATION = "09"


def promise_threatens(code: str) -> bool:
    """Whether promising the act ``code`` threatens (its root is 09 or above, but not 09)."""
    root = code[:2]
    return root >= INVESTIGATION and root != INVESTIGATION


# Offering a legal act is an offer of judicial cooperation, never a threat: "offered to prosecute
# (try, extradite) him" answers another state's case (CAMEO 0313; leftovers55).
_OFFERS = frozenset({"offer", "volunteer"})
_LEGAL_ACTS = frozenset({"prosecute", "try", "extradite", "indict", "charge", "investigate"})
JUDICIAL_INTENT = "0313"


def offered_legal_act(governor: str, act: str) -> bool:
    """Whether ``governor`` (a lemma) offers the legal act ``act`` (its infinitive's lemma)."""
    return governor in _OFFERS and act in _LEGAL_ACTS
