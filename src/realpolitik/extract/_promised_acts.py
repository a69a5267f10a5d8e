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
