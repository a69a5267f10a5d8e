"""Minimal documents for the party stages of leftovers33 (issue 9): "its" ground in a reported
violation is the speaker's state (``parties.speakers_ground``), and an answer "X met Y's offer
with a rebuff" is X's at Y (``parties.drawn``); in ``test_parties.py``'s shape (stage, text,
trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "speakers_ground",  # the violator by name: "its" is the speaker's
        "Armenia said that Azerbaijan had violated its territory.",
        "violated",
        "targets",
        {"ARM"},
    ),
    (
        "speakers_ground",  # through a complaint
        "Greece complained that Turkey had violated its airspace.",
        "violated",
        "targets",
        {"GRC"},
    ),
    (
        "drew_reaction",  # the active answer: the subject at the owner of the act answered
        "India met Pakistan's offer with a flat rejection.",
        "rejection",
        "sources",
        {"IND"},
    ),
    (
        "drew_reaction",
        "India met Pakistan's offer with a flat rejection.",
        "rejection",
        "targets",
        {"PAK"},
    ),
]
