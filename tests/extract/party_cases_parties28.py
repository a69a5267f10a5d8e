"""Minimal documents for the party stages of parties28 (issue 9's party leftovers): the "for
V-ing" reason of a judging verb is the judged party's act (read by ``verb_subject``), a message a
traveller bears is the sender's toward the place of arrival, a traveller of no state travels for
the sender, and an agentless passive act on a measure is its imposer's; in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "verb_subject",  # the judged party detains, never the judge
        "Ghana condemned Somalia for detaining Kenyan fishermen.",
        "detaining",
        "sources",
        {"SOM"},
    ),
    (
        "verb_subject",  # passive judgement: its subject is the judged party
        "Chile was sharply criticised by Peru for seizing Bolivian boats.",
        "seizing",
        "sources",
        {"CHL"},
    ),
    (
        "borne_message_parties",  # the condolences are the sender's, to the place of arrival
        "The minister arrived in Lima bearing condolences from Kenya.",
        "condolences",
        "targets",
        {"PER"},
    ),
    (
        "bearer_sender",  # a traveller of no state travels for the sender
        "The envoy arrived in Accra on Tuesday bearing a message from Togo's president.",
        "arrived",
        "sources",
        {"TGOGOV"},
    ),
    (
        "imposed_measure_source",  # the imposer lifts its own ban
        "The ban China had imposed on Australia's beef was lifted on Monday.",
        "lifted",
        "sources",
        {"CHN"},
    ),
]
