"""Minimal documents for the party stages of parties40 (issue 9 round 26, fresh20's classes A
B and G: parties across the discourse): a mission named with no capital complains to the other
side of its own sentence's earlier act, and an event noun whose possessor is its patient ("their
arrest", "the sailors' release") is no act of the clause around it, a reopened crossing faces
the state of its after-clause, and a pledge to hand over suspects is made to the victims' state;
in ``test_parties.py``'s
shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "mission_complaint_host",  # the earlier clause's expelling state hosts the embassy
        "Chile expelled three Peruvian nationals accused of smuggling, and Peru's embassy "
        "objected that it had not been told.",
        "objected",
        "pairs",
        {("PERGOV", "CHL")},
    ),
    (
        "patient_possessor_noun",  # "their arrest": the possessor is whom it was done to
        "Chile expelled three Peruvian nationals, and Peru's embassy objected that it had not "
        "been told of their arrest.",
        "arrest",
        "pairs",
        set(),
    ),
    (
        "closed_crossing_neighbour",  # B: a reopened crossing, its side in the after-clause
        "Kenya reopened the Lunga Lunga crossing on Friday after Tanzania's president sent his "
        "prime minister to Nairobi.",
        "reopened",
        "targets",
        {"TZA"},
    ),
    (
        "commitment_story_partner",  # B: suspects handed over to the victims' state
        "Gunmen from Uganda killed four Kenyan police officers near Busia. Kampala also pledged "
        "to hand over any suspects in the killing.",
        "pledged",
        "pairs",
        {("UGA", "KENCOP")},
    ),
]
