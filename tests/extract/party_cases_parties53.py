"""Minimal documents for parties53's stages (fresh27's D, E, H and I: a request's own people as
its beneficiaries, joined sanctions, "the way X asked", a reaction over an act named again, a
release told long after the detention), in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "handover_holder",  # the men are Ghanaians: whom the request is for (clause_subject
        # passes them over), so the holder the minister phoned is its target
        "Polish police detained 14 Ghanaian truck drivers on Monday. Ghana's foreign minister "
        "phoned his Polish counterpart and asked that the men be released.",
        "asked",
        "targets",
        {"POL"},
    ),
    (
        "joined_sanctions_target",
        "Chile buys most of its fertiliser from Iran. Chile will not join the Western sanctions.",
        "join",
        "targets",
        {"IRN"},
    ),
    (
        "requested_way_requester",
        "Uruguay has refused to lower its tariffs on Paraguayan cars the way Brazil asked.",
        "refused",
        "targets",
        {"BRA"},
    ),
    (
        "reaction_over_named_act",
        "Finnish police held the Estonian crew of a ship. Estonia's government voiced concern "
        "over the detentions.",
        "concern",
        "targets",
        {"FINCOP"},
    ),
    (
        "named_act_not_speakers",
        "Polish border guards detained eight Ghanaian workers at a farm. Accra's foreign "
        "ministry expressed 'deep regret' over the raid.",
        "raid",
        "pairs",
        set(),
    ),
    (
        "carried_victims",
        "Ugandan police detained 12 Kenyan engineers in Kampala on Monday. Kenya asked Uganda "
        "to treat them fairly. Kenya's ambassador met Uganda's deputy foreign minister. Uganda "
        "did not apologise. The five engineers were released on bail later that day, according "
        "to the embassy.",
        "released",
        "sources",
        {"UGACOP"},
    ),
]
