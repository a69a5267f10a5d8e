"""Minimal documents for practice26's stages (a counted pair's pact partner, the X-led
coalition's leader, a refusal's apposed request), in ``test_parties.py``'s shape (stage, text,
trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "pair_object_partner",  # the pact's partner is no target: the pair's talks are mutual
        "Ruto met Museveni in Kampala, and the two leaders discussed a border accord with "
        "Tanzania.",
        "discussed",
        "targets",
        set(),
    ),
    (
        "led_coalition_leader",  # the coalition's leader, once its adversary is dropped
        "Syria joined the US-led coalition against the Islamic State.",
        "joined",
        "targets",
        {"USA"},
    ),
    (
        "apposed_request_maker",  # the refusal is aimed at the maker of the apposed demand
        "Kenya refused to free the detained sailors, a demand made by Uganda.",
        "refused",
        "targets",
        {"UGA"},
    ),
]
