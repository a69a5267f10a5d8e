"""Minimal documents for parties54's stages (fresh28's E, C, D, A and H: a "whose" clause and
"the same treatment" naming a grievance's state, "the two" counted for the released, a seized
ship's crew, a joined protest, a bureau's spokesman), in ``test_parties.py``'s shape (stage,
text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "handover_holder",  # "the two" are the French journalists: whom the demand is for
        # (clause_subject passes a count over too), so the summoned holder is its target
        "Algerian police detained two French journalists in Oran. France summoned Algeria's "
        "ambassador and demanded that the two be released at once.",
        "demanded",
        "targets",
        {"DZAGOV"},
    ),
    (
        "vessel_crew_target",
        "The Chilean navy seized a Peruvian-flagged trawler off Arica and detained its crew.",
        "detained",
        "targets",
        {"PER"},
    ),
    (
        "joined_criticism_target",
        "Sweden criticised Norway over its seal quota. Denmark joined the protest on Tuesday.",
        "protest",
        "targets",
        {"NOR"},
    ),
    (
        "body_spokesman_doer",
        "Chilean police detained a Peruvian student on Monday, and Chile's National Migration "
        "Office ordered him deported. The Peruvian embassy objected that he had been denied a "
        "lawyer, but a spokesman for the office rejected the complaint.",
        "rejected",
        "sources",
        {"CHL"},
    ),
    (
        "whose_clause_target",
        "Brazil banned imports of Uruguayan beef. Paraguay and Bolivia, whose beef is also under "
        "Brazilian restrictions, have not protested.",
        "protested",
        "targets",
        {"BRA"},
    ),
    (
        "same_treatment_target",
        "Oman froze new visas for Nepal twice last year, and Sri Lanka's government complains "
        "of the same treatment.",
        "complains",
        "targets",
        {"OMN"},
    ),
    (
        "same_treatment_target",
        "Oman expelled 200 Nepalese workers last year. Sri Lanka complains of the same treatment.",
        "complains",
        "targets",
        {"OMN"},
    ),
    (
        "sent_elsewhere_target",
        "Oman froze new hiring from Nepal. Nepal could threaten to send its workers to the Gulf "
        "instead.",
        "threaten",
        "targets",
        {"OMN"},
    ),
    (
        "joined_forces_partner",
        "Kenya's defence ministry announced that a Kenyan frigate would join Tanzanian ships in "
        "exercises next month.",
        "exercises",
        "targets",
        {"TZA"},
    ),
]
