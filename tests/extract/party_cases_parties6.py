"""Minimal sentences for the party stages of issue 9's wrong-slot round (parties6): one per
stage, in ``test_parties.py``'s shape (stage, sentence, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees them and ``test_parties6.py`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "enacted_by",
        "France signed an order imposing tariffs on Chinese steel.",
        "imposing",
        "sources",
        {"FRA"},
    ),
    (
        "modified_noun_phrase",
        "The deal with Vietnam signed by Japan covers rare earths.",
        "signed",
        "targets",
        {"VNM"},
    ),
    (
        "enacted_instrument",
        "Chile approved a package sanctioning Peru.",
        "approved",
        "pairs",
        set(),
    ),
    (
        "doing_participle",
        "The embargo on Cuban sugar ordered by Mexico hurt Havana.",
        "ordered",
        "pairs",
        set(),
    ),
    (
        "hosted_act_parties",
        "The talks between Armenia and Azerbaijan were hosted by Kazakhstan.",
        "hosted",
        "targets",
        {"ARM", "AZE"},
    ),
    (
        "elided_doers",
        "Japan imposed sanctions on Russia, as did Canada.",
        "imposed",
        "sources",
        {"JPN", "CAN"},
    ),
    (
        "came_under",
        "A Saudi patrol came under attack near the Iraqi border.",
        "attack",
        "targets",
        {"SAU"},
    ),
]

# Stages tested in ``test_parties6.py`` otherwise: the refused act is absorbed into its
# refusal (so its own trace is not shown), and the parser rarely makes a compared state a
# subject (a hand-built candidate instead).
COVERED_ELSEWHERE = frozenset({"refused_request_doer", "not_in_contrast"})
