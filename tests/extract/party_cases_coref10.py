"""Minimal sentences for the party stages of coref10 (issue 9 section 1: countryless role nouns
are no target), in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "no_role_noun_home_target",  # "the parties" guessed as Egypt's own: no target
        "Egypt urged the warring parties to return to talks.",
        "urged",
        "pairs",
        {("EGY", "")},
    ),
]
STAGE_CASES += [
    (
        "not_the_spied_for_state",  # the catcher is not the state its catch spies for
        "Lithuania expelled a diplomat. The security service arrested two agents working for Minsk.",
        "arrested",
        "pairs",
        {("LTUSPY", "BLR")},
    ),
]
