"""Minimal documents for the party stage of practice6 (issue 9 round 26, practice6's class CP):
a protest noun on the second of two coordinated verbs is aimed where the first verb's act is
(CP), an answer to an invitation made on a conjoined verb is aimed at its subject (PR);
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "carried_conjunct_target",  # CP: the summons names the envoy's state
        "Romania summoned Russia's ambassador and lodged a formal protest.",
        "protest",
        "targets",
        {"RUSGOV"},
    ),
    (
        "answered_addresser",  # PR: "invited" shares "met"'s subject; "she" is whoever "her" is
        "Ukraine's foreign minister met Maia Sandu and invited her to Kyiv; she accepted.",
        "accepted",
        "targets",
        {"UKRGOV"},
    ),
]
