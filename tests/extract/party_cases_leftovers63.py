"""Minimal documents for the party stages of issue 9's leftovers63 (attacks placed only by a
town, ...), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    ("from_place", "A convoy was shelled near Kabul.", "shelled", "targets", {"AFG"}),
    ("own_people_object", "France pulled French troops out of Mali.", "pulled", "targets", {"MLI"}),
    (
        "pact_force_target",
        "Kenya joined forces with Uganda to fight Somalia.",
        "joined",
        "sources",
        {"KEN", "UGA"},
    ),
]
