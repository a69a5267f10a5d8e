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


# A promised demand threatens no one: "vowed to press Y for the prisoners' release", "promised to
# demand compensation from Y" are pressure the speaker will put (CAMEO 10, as the lead ruled
# "press for" a demand), and the demand promised stays `possible`, as after "plans to"
# (lexicon66). A promised disapproval (11: "vowed to oppose") keeps its threat reading: measured,
# reading it as a plain 11 lost keys.
_PRESSING = frozenset({"10"})


def promise_threatens(code: str) -> bool:
    """Whether promising the act ``code`` threatens (its root is 09 or above, but not 09 nor a
    demand, 10)."""
    root = code[:2]
    return root >= INVESTIGATION and root != INVESTIGATION and root not in _PRESSING


def promise_presses(code: str) -> bool:
    """Whether the promised act ``code`` is a demand (10)."""
    return code[:2] in _PRESSING


# Offering a legal act is an offer of judicial cooperation, never a threat: "offered to prosecute
# (try, extradite) him" answers another state's case (CAMEO 0313; leftovers55).
_OFFERS = frozenset({"offer", "volunteer"})
_LEGAL_ACTS = frozenset({"prosecute", "try", "extradite", "indict", "charge", "investigate"})
JUDICIAL_INTENT = "0313"


def offered_legal_act(governor: str, act: str) -> bool:
    """Whether ``governor`` (a lemma) offers the legal act ``act`` (its infinitive's lemma)."""
    return governor in _OFFERS and act in _LEGAL_ACTS
