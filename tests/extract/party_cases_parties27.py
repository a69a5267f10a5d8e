"""Minimal documents for the party stages of parties27 (issue 9: fresh14's AP, X, EM, BT, PR):
a mission "in CAPITAL" is its sender's and asks its host, a passive refusal of a request is the
asked state's, an announced agentless release or gift is the holder's, a trailing participle's
"him" is the main act's person, a closed crossing faces the reason clause's state, refused
requests named without their maker are the story partner's; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "mission_host_addressed",  # EM: the consulate's request is made to its host
        "Estonian police arrested 20 Latvian students. Latvia's foreign minister said the "
        "consulate in Tallinn had requested access to the students.",
        "requested",
        "targets",
        {"EST"},
    ),
    (
        "locate_unplaced",  # EM: the consulate is placed in the speaker's state, not the host
        "Estonian police arrested 20 Latvian students. Latvia's foreign minister said the "
        "consulate in Tallinn had requested access to the students.",
        "requested",
        "pairs",
        {("LVAGOV", "EST")},
    ),
    (
        "refused_requester",  # AP: the asked state refused the requester
        "Kenyan police detained five Tanzanian lawyers. Tanzania said its embassy in Nairobi "
        "had asked for consular access but had been refused.",
        "refused",
        "sources",
        {"KEN"},
    ),
    (
        "announced_release_doer",  # AP: the holder's voice announces the release
        "Angolan soldiers detained 14 Namibian herders in May. Angola's president announced "
        "that the herders had been freed.",
        "freed",
        "sources",
        {"AGO"},
    ),
    (
        "announced_release_doer",  # AP: "the farmers held since May" split off by the parser
        "Pakistan's army detained 12 Japanese farmers in May. Pakistan's interior ministry "
        "said the farmers held since May were freed on Monday.",
        "freed",
        "sources",
        {"PAK"},
    ),
    (
        "announced_release_doer",  # AP: a gift to the people the voice's state deported
        "Togo deported 80 Ghanaian workers. Togolese officials said the deportees had been "
        "given food and transport.",
        "given",
        "sources",
        {"TGO"},
    ),
    (
        "reduced_relative_people",  # AP: "the traders detained in May" names people, no act
        "Jordanian soldiers arrested eight Argentine traders in May. Jordan's interior "
        "ministry said the traders detained in May had been freed and sent home.",
        "detained",
        "pairs",
        set(),
    ),
    (
        "participle_pronoun_target",  # PR: "him" is the expelled diplomat
        "Ghana declared a Togolese diplomat persona non grata on Monday, accusing him of "
        "funding protests.",
        "accusing",
        "targets",
        {"TGOGOV"},
    ),
    (
        "closed_crossing_neighbour",  # BT: the state of the reason clause
        "Peru closed its border crossing at Desaguadero after Bolivian protesters blocked the "
        "bridge.",
        "closed",
        "targets",
        {"BOL"},
    ),
    (
        "earlier_object_owner",  # X: "the visiting fans" are the people arrested before
        "Estonian police arrested 30 Latvian football supporters in Tartu. Estonia's interior "
        "minister accused the visiting fans of rioting.",
        "accused",
        "targets",
        {"LVA"},
    ),
    (
        "joint_project_partner",  # X: a pledge about the joint project, to the co-signer
        "Angola and Namibia signed an agreement to finance a dam on the Kunene. Namibia "
        "pledged to buy a third of the dam's power.",
        "pledged",
        "pairs",
        {("NAM", "AGO")},
    ),
    (
        "refused_story_requests",  # X: the story partner made the refused requests
        "Togo arrested a Ghanaian journalist in March. Lome had rejected several earlier "
        "requests to free him.",
        "rejected",
        "targets",
        {"GHAMED"},
    ),
]
