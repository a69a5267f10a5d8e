"""Minimal documents for the party stage of parties34: a mission's complaint or objection,
verb or a light verb's noun, is aimed at the state it is posted in; "after POSS N VERBed"
leaves the main verb its object; "the two ministers" with no person named before are the story's
two states' officials; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "mission_complaint_host",  # the complaint names only the sender's own people
        "Kenya's embassy in Kampala complained that its diplomats had been followed.",
        "complained",
        "pairs",
        {("KENGOV", "UGA")},
    ),
    (
        "mission_complaint_host",  # an objection to an act with no state named
        "Iraq's embassy in Athens objected to the detention of three Iraqi fishermen.",
        "objected",
        "pairs",
        {("IRQGOV", "GRC")},
    ),
    (
        "mission_complaint_host",  # a light verb's complaint noun
        "Mexico's consulate in Rabat lodged a formal complaint after police raided a school.",
        "complaint",
        "pairs",
        {("MEXGOV", "MAR")},
    ),
    (
        "direct_object",  # "after POSS N VERBed": the ambassador is the summons' object again
        "Japan summoned China's ambassador after Beijing's coast guard rammed a Japanese vessel.",
        "summoned",
        "targets",
        {"CHNGOV"},
    ),
    (
        "verb_subject",  # officials counted as a pair are the story's two states' (parties34)
        "Kenya and Uganda have argued over the border for years. On Monday the two ministers "
        "signed a deal to reopen the crossing.",
        "signed",
        "sources",
        {"KENGOV", "UGAGOV"},
    ),
    (
        "mission_complaint_host",  # no capital: the story's other state, never the sender's own
        "German police detained 14 Ukrainian traders. Ukraine's consulate objected that "
        "Ukrainian nationals had been denied consular access.",
        "objected",
        "pairs",
        {("UKRGOV", "DEUCOP")},
    ),
]
