"""Minimal documents for the party stage of parties46 (issue 9: offices named by role): an
office of no written state is the state whose officials the story quotes, by the reporter of
its clause or the paragraph's latest one-state subject; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "speakers_office",  # the earlier sentence's speaker, not the state it names (Beijing)
        "Officials in Hanoi said China had rammed a fishing boat. "
        "The foreign minister demanded compensation from Beijing.",
        "demanded",
        "pairs",
        {("VNMGOV", "CHN")},
    ),
    (
        "speakers_office",  # "officials" of no state: not the target's own (PERGOV -> PER)
        "Chile's foreign ministry said Peru had closed the border crossing. "
        "Officials refused to reopen talks with Lima.",
        "refused",
        "pairs",
        {("CHLGOV", "PER")},
    ),
    (
        "speakers_office",  # the office inside what a state's officials report: theirs
        "Kenya and Uganda have quarrelled over fishing rights. Kenyan officials said on "
        "Monday that the foreign minister would visit Kampala next week.",
        "visit",
        "pairs",
        {("KENGOV", "UGA")},
    ),
    (
        "pointing_subject",  # "the country" is not the state named last (China at China)
        "Officials in Hanoi said China's coast guard had rammed a fishing boat. "
        "The country demanded compensation from Beijing.",
        "demanded",
        "sources",
        {"VNM"},
    ),
]
