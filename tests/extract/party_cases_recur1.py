"""Minimal documents for the party stages of recur1 (issue 9 round 18: the kinds that came back
in every blind set, bench/gold/reviews/recurring.md); in ``test_parties.py``'s shape (stage,
text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "victims_voice_state",  # G: the victims are the people of the state that speaks for them
        "Malian soldiers detained a dozen herdsmen near the frontier, according to Niger's "
        "interior ministry.",
        "detained",
        "pairs",
        {("MLIMIL", "NER")},
    ),
    (
        "victims_voice_state",  # AP: "deported from A" names the deporting state ("30 of its
        # citizens" now resolves to Bolivia's people itself, lex27's owned counts)
        "Bolivia's foreign office said 30 people had been deported from Chile.",
        "deported",
        "pairs",
        {("CHL", "BOL")},
    ),
    (
        "own_official_not_target",  # X + G: the doer's own envoy is moved, not acted on
        "Zambia banned imports of Malawian poultry on Monday. Lilongwe withdrew its envoy.",
        "withdrew",
        "pairs",
        {("MWI", "ZMB")},
    ),
    (
        "story_state_doer",  # AP + X: the agentless passive's doer is the story's other state
        "Nepal complained to India about the treatment of its workers. Forty Nepali workers "
        "were deported on Friday.",
        "deported",
        "pairs",
        {("IND", "NPLLAB")},
    ),
    (
        "other_side_word",  # X + A: "his counterpart" is the story's other state
        "Angola released 30 Namibian traders. Namibia's president thanked his counterpart.",
        "thanked",
        "pairs",
        {("NAMGOV", "AGO")},
    ),
]
