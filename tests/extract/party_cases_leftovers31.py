"""Minimal documents for the party stage of leftovers31 (issue 9): an unknown town placed by its
own apposition on a named state's border gives that state as the target, never the doer's own
(``parties.border_towns``); in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "border_town_side",  # the border's adjective names the state
        "Turkey shelled Kessar, a town on the Syrian border.",
        "shelled",
        "targets",
        {"SYR"},
    ),
    (
        "border_town_side",  # the border's "with" names it
        "Russian troops massed near Kessar, a village on the border with Ukraine.",
        "massed",
        "targets",
        {"UKR"},
    ),
]
STAGE_CASES += [
    (
        "light_verb_subject",  # a light verb under a plan noun: the plan's owner holds them
        "China's plan to hold drills near Taiwan alarmed Taipei.",
        "drills",
        "sources",
        {"CHN"},
    ),
]
STAGE_CASES += [
    (
        "stated_protest_target",  # a state's "protested that": the clause's subject
        "Peru protested that Chile had seized Peruvian fishing boats.",
        "protested",
        "targets",
        {"CHL"},
    ),
    (
        "complaint_of_state",  # a complaint to a body names the state complained of
        "Kenya complained to the African Union that Uganda had closed the border.",
        "complained",
        "targets",
        {"UGA"},
    ),
]
