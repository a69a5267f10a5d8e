"""Minimal documents for the party stages of lex27 (issue 9: fresh14's classes OC, RQ, W): a
causative order's act is the orderer's, on the people ordered (named again by "them"); people
sent home are those an earlier act held; a warning to people of no state names no threat; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "ordered_act_doer",  # OC: the court that ordered the deportation does it
        "Hungarian police arrested 30 Slovak fans in Budapest. A court in Budapest ordered "
        "twelve of them deported.",
        "deported",
        "sources",
        {"HUNJUD"},
    ),
    (
        "earlier_object_owner",  # OC: "twelve of them", the fans held before
        "Hungarian police arrested 30 Slovak fans in Budapest. A court in Budapest ordered "
        "twelve of them deported.",
        "deported",
        "targets",
        {"SVK"},
    ),
    (
        "earlier_object_owner",  # RQ: "sent them home" with "them" read as a dative
        "Vietnamese police arrested 40 Pakistani traders in Hanoi. Vietnam sent them home.",
        "sent",
        "targets",
        {"PAKBUS"},
    ),
    (
        "stateless_warning",  # W: foreign activists are no state, no consequence named
        "Tanzania warned foreign activists against meddling in its affairs.",
        "warned",
        "pairs",
        set(),
    ),
    (
        "stateless_warning",  # W: nor is the warner's own state the target
        "President John Mahama warned outsiders not to stir up trouble during the vote.",
        "warned",
        "pairs",
        set(),
    ),
]
