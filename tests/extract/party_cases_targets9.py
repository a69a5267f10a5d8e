"""Minimal sentences for the party stages of targets9 (issue 9 section 1: a weapon's maker and a
cooperation's adversary are no targets), in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected), so that ``test_every_stage_has_a_case`` sees them and
``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "weapon_maker",  # "with Iranian drones" read as a partner phrase: dropped
        "Russia attacked Odesa with Iranian drones.",
        "attacked",
        "targets",
        set(),
    ),
    (
        "weapon_maker",  # the drones' maker dropped, the aim phrase read again
        "Iran fired Serbian artillery shells towards Hungary.",
        "fired",
        "targets",
        {"HUN"},
    ),
    (
        "common_adversary",  # the state the allies are to stand against: dropped
        "Estonia urged allies to stand together against Russia.",
        "urged",
        "targets",
        set(),
    ),
]
