"""Minimal sentences for the party stages of parties inside another act's argument and of what
a speaker says (issue 9, args8), in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected), so that ``test_every_stage_has_a_case`` sees them and
``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "object_clause_parties",
        "Egypt condemned the agreement under which Israel would supply gas to Jordan.",
        "condemned",
        "targets",
        {"ISR", "JOR"},
    ),
    (
        "countered_act_doer",
        "Vietnamese troops repelled an incursion by Chinese forces into Laos.",
        "repelled",
        "targets",
        {"CHNMIL"},
    ),
    (
        "purpose_act_target",
        "Russian troops were fighting to repel an incursion by Ukrainian forces.",
        "fighting",
        "targets",
        {"UKRMIL"},
    ),
    (
        "quoted_speaker",
        '"We will strike back," the Iranian foreign minister said of Israel.',
        "strike",
        "sources",
        {"IRNGOV"},
    ),
    (
        "said_of_target",
        '"We will strike back," the Iranian foreign minister said of Israel.',
        "strike",
        "targets",
        {"ISR"},
    ),
    (
        "claimed_doer",
        "Poland claims Damascus massed troops on the border.",
        "massed",
        "sources",
        {"SYR"},
    ),
    (
        "harm_needs_target",
        "The Kremlin said the measures would destabilise global markets.",
        "said",
        "pairs",
        set(),
    ),
]
