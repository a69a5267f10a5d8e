"""Minimal sentences for the party stages of parties21 (issue 9: practice2's left class): a
denial whose clause head is no trigger is aimed at the state the denied act would have wronged,
and a third state's rejection of another's accusation is no denial of its own (no doer), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "denied_deed_accuser",
        "Benin denied that any base on its soil was being used against Niger.",
        "denied",
        "targets",
        {"NER"},
    ),
    (
        "denied_deed_accuser",
        "Rwanda denied that its territory was used to attack Congo.",
        "denied",
        "targets",
        {"COD"},
    ),
    (
        "denied_deed_accuser",
        "Pakistan denied that its soil was being used for attacks on Afghanistan.",
        "denied",
        "targets",
        {"AFG"},
    ),
    (
        "earlier_act_doer",
        "Mali accused Algeria of arming the rebels. Algeria denied the accusation. Niger also"
        " rejected the accusation.",
        "rejected",
        "sources",
        set(),
    ),
    (
        "earlier_act_doer",
        "Chile accused Peru of smuggling arms. Lima denied the charge. Bolivia also dismissed"
        " the charge.",
        "dismissed",
        "sources",
        set(),
    ),
]
