"""Minimal sentences for parties25's party stages (the victims' state written in "their", a
clause on the victims or a later sentence), in ``test_parties.py``'s shape (stage, text,
trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees it and
``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "victims_written_state",
        "Chilean police arrested 12 Peruvian fishermen and seized their boats.",
        "seized",
        "pairs",
        {("CHLCOP", "PER")},
    ),
    (
        "victims_written_state",
        "Thai soldiers shot three men who had crossed from Cambodia's Oddar Meanchey province.",
        "shot",
        "pairs",
        {("THAMIL", "KHM")},
    ),
    (
        "victims_written_state",
        "Turkish troops shot two men near Kilis. Syria said the dead were Syrian farmers.",
        "shot",
        "pairs",
        {("TURMIL", "SYR")},
    ),
]
