"""Minimal sentences for the party stage of suite15: a reaction to an act named in the
speaker's own words ("Spain denounced what it called Saudi Arabia's provocations") targets
the named act's doer; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so
that ``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs
them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "speaker_named_act",  # the name's owner, in its possessive
        "Spain denounced what it called Saudi Arabia's provocations.",
        "denounced",
        "targets",
        {"SAU"},
    ),
    (
        "speaker_named_act",  # the name's "by" phrase, hung on the naming verb
        "Turkey decried what it termed an invasion by Israel.",
        "decried",
        "targets",
        {"ISR"},
    ),
    (
        "speaker_named_act",  # after a reaction's preposition, the name after "as"
        "France protested against what it described as Iraq's illegal blockade.",
        "protested",
        "targets",
        {"IRQ"},
    ),
]
