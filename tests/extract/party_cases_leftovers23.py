"""Minimal documents for the parties leftovers23 reads (issue 9): the agent of a passive keeping
hung on the kept gerund, the holder of talks "in talks with", the state that must meet an
inverted or unmet condition, a message's owner, a titled pair and a passive "between"; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    ("verb_subject", "Somalia was prevented from deploying troops to Ethiopia by Kenya.",
     "prevented", "sources", {"KEN"}),
    ("light_verb_subject", "Egypt is in talks with Sudan.", "talks", "sources", {"EGY"}),
    ("threat_condition", "Should Somalia refuse, Kenya will close the border.", "close",
     "targets", {"SOM"}),
    ("ultimatum_target", "Turkey could close the border unless Syria stops the attacks.",
     "close", "targets", {"SYR"}),
    ("ultimatum_target", "Turkey might close the border if Syria fails to stop the raids.",
     "close", "targets", {"SYR"}),
    ("conveyed_owner", "The minister offered Kenya's condolences to Peru.", "offered",
     "sources", {"KEN"}),
    ("conveyed_owner", "The minister offered Kenya's condolences to Peru.", "offered",
     "targets", {"PER"}),
    ("noun_between", "Talks were held between Kenya and Uganda.", "Talks", "sources",
     {"KEN", "UGA"}),
    ("noun_between",
     "Talks between Kenyan President William Ruto and Ugandan President Yoweri Museveni ended.",
     "Talks", "sources", {"KENGOV", "UGAGOV"}),
    ("verb_subject", "Peru may, two officials said, expel Chilean diplomats.", "expel",
     "sources", {"PER"}),
]  # fmt: skip
