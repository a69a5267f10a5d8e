"""Minimal documents for the party stages of lex25 (issue 9: fresh13's classes NC and L): the
act a call performs goes to whom the call goes, the call named by "in a telephone call" is the
thanker's; an expectation's appeal goes to the passive agent or to the doer of the named act;
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "contact_purpose_target",  # NC: the condolences go to the one called
        "Kenya's interior minister called his Ugandan counterpart on Tuesday to offer condolences.",
        "offer",  # (the light verb carries the condolences, 018)
        "targets",
        {"UGA"},
    ),
    (
        "contact_purpose_target",  # NC: the call named by the manner phrase, the thanker's
        "President William Ruto thanked his Tanzanian counterpart in a telephone call on Sunday.",
        "call",
        "targets",
        {"TZA"},
    ),
    (
        "expected_act_doer",  # L: the passive clause's agent must act
        "Pretoria said it still expected the duties to be reviewed by Washington.",
        "expected",
        "targets",
        {"USA"},
    ),
    (
        "expected_act_doer",  # L: the doer of the act the definite noun names, a sentence before
        "Fiji deported 40 New Zealand workers last week. Wellington said it still expected the "
        "deportations to be reviewed.",
        "expected",
        "targets",
        {"FJI"},
    ),
]
