"""Minimal documents for the party stages leftovers21 changed (issue 9): an unlisted titled
office-holder placed in the one state the story leaves, a pact's pronoun in a planned signing;
in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "locate_unplaced",  # the story's one state besides the accused: the minister's
        "Kenya criticised Uganda over the border. Foreign Minister Juma Okello accused Uganda "
        "of harbouring rebels.",
        "accused",
        "pairs",
        {("KENGOV", "UGA")},
    ),
    (
        "signed_pact_parties",  # "it" stands for the treaty: the story's pair signs it
        "Kenya and Uganda agreed on a border treaty. It is to be signed in May.",
        "signed",
        "sources",
        {"KEN", "UGA"},
    ),
]
