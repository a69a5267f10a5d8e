"""Minimal documents for clauses42's widening of ``asked_act_asker`` (fresh29's F: a hand-over
asked by one verb and done or held out by another is aimed at the asker), of
``forum_not_threat_target`` and ``complaint_of_state`` (E: a complaint "at" the WTO), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "asked_act_asker",  # "extradite" asked, "hand ... over" done: at the asker
        "Peru asked Chile to extradite the banker. Chile handed the banker over on Friday.",
        "handed",
        "targets",
        {"PER"},
    ),
    (
        "asked_act_asker",  # held out on a condition hung on "over": still at the asker
        "Kenya asked Ghana to extradite the banker. Ghana would hand the banker over once a "
        "judge approves.",
        "hand",
        "targets",
        {"KEN"},
    ),
    (
        "forum_not_threat_target",  # a case threatened "at the WTO": at the state complained of
        "Indonesia imposed duties on Egyptian steel. Egypt threatened to take the dispute to "
        "the World Trade Organization.",
        "threatened",
        "pairs",
        {("EGY", "IDN")},
    ),
    (
        "complaint_of_state",  # a complaint filed "at" a body: at the state complained of
        "Indonesia imposed duties on Egyptian steel. Egypt filed a complaint at the World "
        "Trade Organization.",
        "complaint",
        "targets",
        {"IDN"},
    ),
]
