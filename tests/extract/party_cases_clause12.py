"""Minimal sentences for the party stage of clause12 (issue 9, fresh5 class DN: a denial of a
hostile deed is aimed at the accuser, else at the state the deed was done to), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "denied_deed_accuser",  # no accuser named: the victims' state
        "Serbia's defence ministry denied that its soldiers had fired on Croatian police.",
        "denied",
        "targets",
        {"HRVCOP"},
    ),
    (
        "denied_deed_accuser",  # the accuser of the sentence before, over the victims' state
        "Ghana accused Togo of provocations. Togo denied that its troops fired on Beninese "
        "villages.",
        "denied",
        "targets",
        {"GHA"},
    ),
]
