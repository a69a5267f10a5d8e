"""Minimal documents for the party stages seeds39 touched (issue 9 round 26): an acceptance
answers an invitation whose addressee is a name the parser split ("Lee Myung-bak": the
pronoun is the one invited), and a call on a conjoined verb whose purpose the parser read as
the called one's complement is the first conjunct's subject's, to the one called (c30's PU);
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "answered_addresser",  # the invitee's name tagged a noun ("bak"): still the one invited
        "Kenya's prime minister invited Lee Myung-bak to Nairobi, and she accepted.",
        "accepted",
        "targets",
        {"KENGOV"},
    ),
    (
        "contact_purpose_target",  # "called" conjoined to "cited": the citer calls
        "Nikol Pashinyan cited the plight of the Armenian traders who cross the border every "
        "week and called King Abdullah II to discuss the checks.",
        "discuss",
        "targets",
        {"JORGOV"},
    ),
]
