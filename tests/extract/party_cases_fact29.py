"""Minimal documents for the party stage of fact29 (issue 9: fresh17's BM): the content
participle of a carried message ("carried a message from NAME inviting NAME2") is the sender's
act; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "content_sender",  # BM: the participle hung on the message's "from" phrase
        "Kenya's foreign minister carried a message from President William Ruto inviting "
        "President Yoweri Museveni to Nairobi.",
        "inviting",
        "sources",
        {"KENGOV"},
    ),
    (
        "content_sender",  # BM: the participle hung on the message
        "The Ghanaian envoy delivered a letter from Ghana's president asking Togo to reopen "
        "the border.",
        "asking",
        "sources",
        {"GHAGOV"},
    ),
]
