"""Minimal documents for the doers fact24 reads (issue 9, section 4): the passive subject of an
evidential verb ("is said to have sent") and the subject of a verb that holds back from its
gerund ("stopped short of recalling", "refrained from imposing") or holds the intention or
claim its gerund names ("had no intention of invading", "claimed responsibility for shooting down"); in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    ("verb_subject", "China is said to have sent warships to the Philippines.", "sent",
     "sources", {"CHN"}),
    ("verb_subject", "Russia is believed to have shelled Ukrainian positions.", "shelled",
     "sources", {"RUS"}),
    ("verb_subject", "Brazil stopped short of recalling its ambassador from Israel.",
     "recalling", "sources", {"BRA"}),
    ("verb_subject", "Brazil refrained from imposing sanctions on Israel.", "imposing",
     "sources", {"BRA"}),
    ("verb_subject", "Kenya said it had no intention of invading Somalia.", "invading",
     "sources", {"KEN"}),
    ("verb_subject", "Israel claimed responsibility for shooting down a Kenyan drone.",
     "shooting", "sources", {"ISR"}),
]  # fmt: skip
