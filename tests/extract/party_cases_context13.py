"""Minimal documents for the party stages of context13 (issue 9, fresh6's classes X and G: a
refusal of the request made in the same sentence, "the vessel" of a trailing participle, a
pledge on a visit, the place the sent people's purpose names), in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "refused_request_maker",  # X: the request's maker, not the refuser's own state
        "Chilean navy boats seized a Peruvian trawler. Lima asked Santiago to free the crew, "
        "but Santiago refused.",
        "refused",
        "targets",
        {"PER"},
    ),
    (
        "refused_request_maker",  # a demand, "declined"
        "Kenya urged Uganda to withdraw its troops, but Uganda declined.",
        "declined",
        "targets",
        {"KEN"},
    ),
    (
        "named_craft_target",  # X: "the vessel" is the seized trawler
        "A Chilean patrol boat seized a Peruvian trawler on Monday, accusing the vessel of "
        "fishing illegally.",
        "accusing",
        "targets",
        {"PER"},
    ),
    (
        "visit_counterpart",  # X: a pledge on a visit goes to the host
        "Japan's prime minister arrived in Fiji. Japan's government pledged 2 million dollars "
        "for reef repair.",
        "pledged",
        "targets",
        {"FJI"},
    ),
    (
        "stricken_recipient",  # X: the aid goes to the state that appealed the sentence before
        "Fiji asked for help after a cyclone. New Zealand has already sent a team of linemen.",
        "sent",
        "targets",
        {"FJI"},
    ),
    (
        "stricken_recipient",  # X: or to the one state the sentence before names (no act)
        "A storm cut power across Fiji. New Zealand has already sent a team of linemen.",
        "sent",
        "targets",
        {"FJI"},
    ),
    (
        "sent_people_place",  # G: the sent engineers are Kenya's; the market is in Uganda
        "Kenya's president pledged to send Kenyan engineers to help build a market in Kampala.",
        "pledged",
        "targets",
        {"UGA"},
    ),
    (
        "committed_to_owner",  # X: the bound state is the refuser's own, the proposal Paraguay's
        "Bolivia's president visited Paraguay. The president declined to commit Bolivia to "
        "Paraguay's proposal.",
        "declined",
        "targets",
        {"PRY"},
    ),
    (
        "committed_to_owner",  # X: no owner named: the story's counterpart of the bound state
        "Bolivia's president visited Paraguay. The president refused to commit Bolivia to the "
        "proposal.",
        "refused",
        "targets",
        {"PRY"},
    ),
    (
        "received_host_place",  # PB: a titled host no table places is the visited state's
        "Uganda's foreign minister was received by King Sobhuza Dlamasi in Mbabane.",
        "received",
        "sources",
        {"SWZGOV"},
    ),
    (
        "received_host_place",  # PB: never the visitor, the conjoined clause's subject
        "Uganda's president arrived in Nairobi on Monday and was received by President Kamau "
        "Ndege.",
        "received",
        "sources",
        {"KENGOV"},
    ),
    (
        "each_other",  # J: the joint doers' embassies are in each other's capitals
        "Spain and Morocco agreed to open embassies.",
        "agreed",
        "targets",
        {"ESP", "MAR"},
    ),
]
