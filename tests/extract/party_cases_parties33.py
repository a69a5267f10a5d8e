"""Minimal documents for the party stages of parties33 (issue 9: fresh17's HG, OP, SR, RH, PT,
X and TT's party part): a requested handover's goal is no addressee, a domestic voice judging
its own state's accords is no act toward the partner, people returned to an unknown region go
abroad, an embassy's pronoun asks its host, a participle's "them" is never the doer, hedged
lending and a denial take the story's other state, a place of signing is no party; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "handover_holder",  # HG: the state that refuses in the same sentence holds the men
        "Togolese police arrested five Ghanaian smugglers near the border. Accra asked for the "
        "men to be handed over to Ghanaian courts, but Togo refused.",
        "asked",
        "targets",
        {"TGO"},
    ),
    (
        "home_voice_joint_act",  # OP: the opposition judges its own government's accords
        "Kenya and Uganda signed nine accords on Monday. Kenyan opposition parties criticised "
        "the accords.",
        "criticised",
        "pairs",
        set(),
    ),
    (
        "returned_to_unknown_place",  # SR: a region no table knows is abroad
        "Argentina has complained about migrants crossing from Uruguay. Uruguayan police "
        "returned 30 asylum seekers to Patagonia last week.",
        "returned",
        "pairs",
        {("URYCOP", "ARG")},
    ),
    (
        "mission_host_addressed",  # RH: "it" under the embassy's own speech verb
        "Chilean police detained 60 Argentine migrants. Argentina's embassy in Santiago said it "
        "had asked for the migrants to be treated humanely.",
        "asked",
        "targets",
        {"CHL"},
    ),
    (
        "participle_pronoun_target",  # PT: "them" read as the navy is read again
        "The Chilean navy detained an Argentine fishing boat and its 12 crew on Sunday, "
        "accusing them of fishing without a licence.",
        "accusing",
        "targets",
        {"ARG"},
    ),
    (
        "story_kind_partner",  # X: hedged lending goes to the story's other state
        "When Ghana cancelled the contract in 2020, Togo froze new loans to Accra. Togo is "
        "unlikely to lend again on the old terms.",
        "lend",
        "pairs",
        {("TGO", "GHA")},
    ),
    (
        "story_kind_partner",  # X: the accuser named only in the next sentence
        "Latvia's interior minister denied that Riga had breached the common travel zone. "
        "Estonia's interior minister demanded that Riga stop the returns.",
        "denied",
        "pairs",
        {("LVAGOV", "EST")},
    ),
    (
        "unknown_cosigner_partner",  # TT: the story's other state, never the place of signing
        "Latvia and Estonia have argued over rail for years. Latgale Secretary Anna Berzina and "
        "Estonian Foreign Minister Margus Tsahkna signed a joint declaration in Riga.",
        "signed",
        "pairs",
        {("ESTGOV", "LVA")},
    ),
]
