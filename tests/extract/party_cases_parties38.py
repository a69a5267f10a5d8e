"""Minimal documents for the party stages of parties38 (issue 9 round 25, the "target named only
in the story" class: fresh19's C, practice4's IT, practice5's ST): a gift's recipient passes to a
conjoined gift or training, aid pledged after a disaster goes to the state it struck, and an
offer to host talks goes to both sides of the paragraph's dispute, and an issued statement
speaks for its issuers; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "contact_partner_target",  # the second conjunct trains the one the first gave to
        "Germany has given Namibia two patrol boats and trained its coastguard.",
        "trained",
        "targets",
        {"NAM"},
    ),
    (
        "commitment_story_partner",  # aid pledged: the one other state of the paragraph
        "Floods displaced thousands of people in Malawi last week. Rescue workers searched for "
        "survivors on Sunday. Zambia pledged $5 million in aid.",
        "pledged",
        "pairs",
        {("ZMB", "MWI")},
    ),
    (
        "stricken_recipient",  # a sum pledged is a thing given (the parser's "million" object)
        "Floods displaced thousands of people in Malawi last week. Zambia pledged $5 million "
        "in aid.",
        "pledged",
        "targets",
        {"MWI"},
    ),
    (
        "mediated_sides",  # no act told: the two other states the paragraph names
        "Relations between Rwanda and Burundi have soured over border raids. Kenya has offered "
        "to host new talks.",
        "offered",
        "targets",
        {"RWA", "BDI"},
    ),
    (
        "issuing_state",  # DS: the text speaks for the states that issued it
        "Britain and Canada issued a joint statement on Monday. The statement urged Burundi "
        "to release detained journalists.",
        "urged",
        "sources",
        {"GBR", "CAN"},
    ),
]
