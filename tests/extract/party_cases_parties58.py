"""Party cases of round 37's fresh31 classes B and F (parties58): a denial of a charge whose maker
the sentence names. In
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "named_charge_maker",  # "..., an allegation levelled by Z": Z answered
        "Kenyan police detained two Ugandan activists. Kampala denied that the arrests were "
        "political, an allegation levelled by Tanzania.",
        "denied",
        "targets",
        {"TZA"},
    ),
    (
        "stateless_charge_maker",  # a charge of no state's: never the story's other state
        "Kenyan police detained two Ugandan activists. Uganda asked Kenya to free them. Kampala "
        "denied that the arrests were political, a claim made by the activists' families.",
        "denied",
        "pairs",
        {("UGA", "")},
    ),
]
