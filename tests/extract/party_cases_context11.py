"""Minimal documents for the party stages of context11 (issue 9 section 1, fresh4/fresh3 classes
X and E: a reaction whose counterpart is only in an earlier sentence, or the other side of a
condition), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "earlier_act_doer",  # "the withdrawal" names the pulling out: its doer
        "Britain pulled its troops out of Chad. Chad had asked for the withdrawal.",
        "asked",
        "targets",
        {"GBR"},
    ),
    (
        "earlier_act_doer",  # an act noun with no earlier act: the previous sentence's state
        "Serbia kept Kosovo out of the summit. Kosovo protested the exclusion.",
        "protested",
        "targets",
        {"SRB"},
    ),
    (
        "earlier_act_doer",  # the same word ("reopened" / "the reopening")
        "Israel reopened the Rafah crossing in May. Egypt welcomed the reopening.",
        "welcomed",
        "targets",
        {"ISR"},
    ),
    (
        "earlier_act_doer",  # class E: the deed done to the rejecting state, not the latest
        "Nigeria imposed sanctions on Mali. Ghana sent troops to Niger. Mali's junta rejected "
        "the decision.",
        "rejected",
        "targets",
        {"NGA"},
    ),
    (
        "answered_act_doer",  # a protest naming no act: the latest act done to the protester
        "Algerian coast guard ships seized a Tunisian trawler on Monday. Tunis filed a formal "
        "protest.",
        "protest",
        "targets",
        {"DZAMIL"},
    ),
    (
        "answered_act_doer",  # an agreement that gives way to the other's act
        "Zambia banned maize from Zimbabwe last month. Zimbabwe agreed to review its licensing "
        "rules.",
        "agreed",
        "targets",
        {"ZMB"},
    ),
    (
        "condition_counterpart",  # the other side of the condition
        "Should Beijing refuse to sell, Laos might take over the railway.",
        "refuse",
        "targets",
        {"LAO"},
    ),
    (
        "answer_not_home",  # a state's protest of another's act: never at itself
        "Kosovo protested the exclusion.",
        "protested",
        "pairs",
        {("KSV", "")},
    ),
]
