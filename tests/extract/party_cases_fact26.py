"""Minimal documents for the stages fact26 adds (issue 9: fresh14's classes SN, RF and NP): a
response verb's act aimed at the state it answers, a complaint lodged with a body aimed at the
state complained of, and a denied or advised hostile act with no target given the paragraph's one
other state; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    ("response_act_target", "Togo expelled two Ghanaian diplomats. Accra would not retaliate.",
     "retaliate", "targets", {"TGO"}),
    ("complaint_of_state",
     "Togo deported 40 Ghanaian traders. Ghana did not complain to the African Union.",
     "complain", "targets", {"TGO"}),
    ("hedged_paragraph_partner",
     "Ghana and Togo share a busy border. Ghana should not threaten to seal the main crossing "
     "over each robbery.", "threaten", "pairs", {("GHA", "TGO")}),
]  # fmt: skip
