"""Minimal documents for the party stages of practice5 (issue 9 round 25, practice5's classes
MD, OS, RP and TW): a medium is no target, a rejected condition is aimed at the state that set
it, a holding participle's "by" agent is the releaser, an arrest of foreigners announced by a
state's own voice is that state's; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "prepositional_target",  # MD: the "at" phrase, not the Cuban medium
        "Colombia's president lashed out on Cuban television at Venezuela.",
        "lashed",
        "targets",
        {"VEN"},
    ),
    (
        "refused_story_requests",  # OS: the one other state of the paragraph set the condition
        "Burundi said it would not attend the summit unless Rwanda handed over the rebels. "
        "Rwanda's foreign minister dismissed the condition as a pretext.",
        "dismissed",
        "targets",
        {"BDI"},
    ),
    (
        "held_place_holder",  # RP: "held captive by X", once the participle is the people's
        "Two Chilean soldiers held captive by Bolivia were freed on Friday.",
        "freed",
        "sources",
        {"BOL"},
    ),
    (
        "announced_arrest_doer",  # TW: the voice's state, already acting on them, arrested
        "Two Kenyan activists held in Uganda were freed on Saturday. Uganda's army spokesman "
        "said the two had been arrested for inciting violence.",
        "arrested",
        "sources",
        {"UGA"},
    ),
]
