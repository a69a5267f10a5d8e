"""Minimal documents for parties52's stages (fresh26's D, C, E, G and K: the story's pair for a
bare protest or denial, stances and invited acts with no party, help to one's own nationals and
measures on one's own firms, an offer's venue at home, a complained-of passive refusal, nationals
fighting for another state), in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    # (a bare denial after a third state's request: practice18's widened story_kind_partner
    # now answers it first, so the case below is this stage's own)
    (
        "story_pair_answer",  # the pair named again in the protest's own sentence
        "Lima has refused requests from Santiago to reopen the border. Argentina, Bolivia and "
        "Ecuador have faced the same duties. Peru lodged a formal protest in January, but Chile "
        "did not budge.",
        "protest",
        "pairs",
        {("PER", "CHL")},
    ),
    (
        "no_party_stance",
        "Austria's foreign minister met Hungarian officials in Budapest. Austria said it "
        "supported dialogue in the region.",
        "supported",
        "pairs",
        set(),
    ),
    (
        "invited_content",
        "Ghana's president invited Togolese buyers to tour cocoa farms in the Ashanti region.",
        "tour",
        "pairs",
        set(),
    ),
    (
        "own_nationals_help",
        "Portuguese police arrested three Greek sailors in Lisbon. Greece's consulate in Lisbon "
        "said it was giving the sailors legal help.",
        "giving",
        "pairs",
        set(),
    ),
    (
        "own_firms_measure",
        "Peru asked Argentina to stop shipments of banned pesticides. Argentina said it had "
        "suspended the export permits of three firms in Rosario.",
        "suspended",
        "pairs",
        set(),
    ),
    (
        "own_venue_not_target",
        "Austria asked Poland to hand over a Polish man wanted for fraud. Poland said it would "
        "not extradite him but offered to try him in a Polish court.",
        "offered",
        "pairs",
        {("POL", "AUT")},
    ),
    (
        "complained_denial_doer",
        "Ghana's embassy in Lome complained that the lorries had been held for a week and that "
        "its exporter had been denied a hearing.",
        "denied",
        "sources",
        {"TGO"},
    ),
    (
        "nationals_serving_another",
        "Warsaw says at least 40 Ghanaians are fighting for Togo.",
        "fighting",
        "pairs",
        set(),
    ),
]
