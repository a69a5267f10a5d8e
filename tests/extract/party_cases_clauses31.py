"""Minimal documents for the party stage changed by clauses31 (issue 9: fresh19's E): a
pronoun object of a handed message's content participle is the message's addressee, not the
letter-writer named just before it; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "content_sender",  # E: "him" is the one handed the note, not the prime minister
        "Azerbaijan's ambassador met Recep Tayyip Erdogan on Monday and handed him a note from "
        "Azerbaijan's prime minister inviting him to Baku for talks.",
        "inviting",
        "targets",
        {"TURGOV"},
    ),
    (
        "content_sender",  # E: "passed on a message" after a meeting: the one met
        "Japan's foreign minister met William Ruto in Nairobi and passed on a message from "
        "Prime Minister Shigeru Ishiba inviting him to Tokyo.",
        "inviting",
        "targets",
        {"KENGOV"},
    ),
]
