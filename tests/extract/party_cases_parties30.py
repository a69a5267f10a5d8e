"""Minimal documents for the party stages of parties30 (issue 9, round 22's party leftovers):
force aimed "on its posts" is aimed at the pronoun's state, never the doer's own; commentators
of no state (placed only by where they sit) in talks, or of a bloc, are no party; a closure
named by places takes the story's latest partner when the paragraph names several states; a
judgement "as a provocation" of no one's act is no event; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "owned_aim_target",  # "its" passes over the plural doer's state: the reporter's
        "Kabul said Pakistani soldiers had fired on its posts.",
        "fired",
        "targets",
        {"AFG"},
    ),
    (
        "stateless_commentators",  # placed only by where they sit: no talks
        "Analysts in Beijing discussed sanctions with Iran.",
        "discussed",
        "pairs",
        set(),
    ),
    (
        "stateless_commentators",  # a bloc's commentators: no party to any act
        "Western analysts criticised China's drills near Taiwan.",
        "criticised",
        "pairs",
        set(),
    ),
    (
        "closed_crossing_neighbour",  # several other states named: the story's latest partner
        "Tajik guards detained two Kyrgyz herders on Monday. Kyrgyzstan said that Russia and "
        "China would mediate. Kyrgyzstan kept the Batken and Isfara crossings shut.",
        "kept",
        "targets",
        {"TJK"},
    ),
    (
        "judgement_needs_target",  # a judgement of no one's act: no event
        "Japan took the remarks as a provocation.",
        "took",
        "pairs",
        set(),
    ),
]
