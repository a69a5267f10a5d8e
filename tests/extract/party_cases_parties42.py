"""Minimal sentences for the party stages parties42 widened (fresh21's I and K), in
``test_parties.py``'s shape (stage, sentence, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "answered_act_doer",
        "A Russian court sentenced a Finnish citizen to six years in prison. Finland condemned"
        " the verdict and demanded that Moscow release him.",
        "condemned",
        "targets",
        {"RUSJUD"},
    ),
    (
        "mission_host_addressed",
        "Kenya's High Commission in Kampala said Ugandan police had arrested nine Kenyan"
        " traders. The mission asked the government to grant them consular access.",
        "asked",
        "targets",
        {"UGA"},
    ),
]
