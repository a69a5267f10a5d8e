"""Minimal documents for the party stages of context14 (issue 9, fresh7's classes X, J and A: a
bare refusal beside a conjunct that asks a third state, a pledge or refusal after a meeting,
"the two governments" exchanging envoys in a condition, joint doers' forces near a third state,
"it" after a ministry's statement), in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "phrase_actor",  # X: the conjunct's Vietnam is not what Laos refused
        "Beijing asked Laos to pay in cash. Laos refused, and asked Vietnam for help instead.",
        "refused",
        "targets",
        set(),
    ),
    (
        "answered_act_doer",  # X: the request of the sentence before, past the conjunct's state
        "Beijing has asked the Laotian government to pay in cash. Laos's prime minister has "
        "refused, officials say, and has asked Vietnam for help instead.",
        "refused",
        "targets",
        {"CHN"},
    ),
    (
        "refused_request_maker",  # X: the same sentence's request, past the conjunct's state
        "Kenya urged Uganda to withdraw its troops, but Uganda declined and asked Tanzania to "
        "mediate.",
        "declined",
        "targets",
        {"KEN"},
    ),
    (
        "met_counterpart",  # X: a pledge of joint patrols after a meeting: the other side
        "Bolivia's president met Peru's president in La Paz. He pledged to step up joint "
        "patrols on the border.",
        "pledged",
        "targets",
        {"PERGOV"},
    ),
    (
        "met_counterpart",  # X: the object of the sentence before's visit (its host's state)
        "Lithuania's president visited Warsaw on Tuesday. Poland's president pledged to step up "
        "border patrols.",
        "pledged",
        "targets",
        {"LTUGOV"},
    ),
    (
        "met_counterpart",  # X: a refusal of an act after the meeting the refuser held
        "Poland's president met Lithuania's president in Warsaw. He refused to reopen the "
        "border crossing.",
        "refused",
        "targets",
        {"LTUGOV"},
    ),
    (
        "each_other",  # J: envoys the two exchange in a condition: each other
        "Egypt and Iran have edged closer. If the two governments exchange ambassadors next "
        "year, it would be the first time since 1980.",
        "exchange",
        "targets",
        {"EGY", "IRN"},
    ),
    (
        "each_other",  # J: "their embassies" are the doers' own, in each other's capitals
        "If Egypt and Iran reopen their embassies, flights could resume.",
        "reopen",
        "targets",
        {"EGY", "IRN"},
    ),
    (
        "locate_unplaced",  # joint doers' warships: near the third state, not each other's
        "Greece and Cyprus threatened to deploy warships off Turkey's coast.",
        "threatened",
        "pairs",
        {("GRC", "TURMIL"), ("CYP", "TURMIL")},
    ),
    (
        "done_as_asked",  # RQ: the act asked for, done the sentence after: aimed at the asker
        "Argentina asked Chile to extradite the suspect. Chile did so on Monday.",
        "did",
        "targets",
        {"ARG"},
    ),
    (
        "done_as_asked",  # RQ: or at what the asked act's own phrase names
        "Ukraine asked Switzerland to impose sanctions on Russia. Switzerland did so last week.",
        "did",
        "targets",
        {"RUS"},
    ),
    (
        "verb_subject",  # A: "it" of the ministry's statement is the ministry, placed
        "Peru's justice ministry said it had asked Spain to freeze the accounts.",
        "asked",
        "sources",
        {"PERGOV"},
    ),
]
