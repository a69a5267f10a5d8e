"""Minimal documents for the party stages of context17 (issue 9: fresh9's X, V, RF and NA
classes): a pledge to hand a thing over after a meeting, "the gesture", an alert conjoined to
an accusation, a refusal despite another's calls, and an act noun kept going; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "met_counterpart",  # X: a definite thing promised after a meeting goes to the party met
        "Kenya's foreign minister met Ethiopia's foreign minister in Nairobi. The Ethiopian "
        "minister promised to send the report within a week.",
        "promised",
        "targets",
        {"KENGOV"},
    ),
    (
        "earlier_act_doer",  # X: "the gesture" names the release done to the reacting state
        "Rwanda released two Burundian soldiers on Friday. Burundi's president welcomed the "
        "gesture.",
        "welcomed",
        "targets",
        {"RWA"},
    ),
    (
        "conjoined_posture_target",  # V: the alert takes the accusation's target
        "Sudan accused Chad of moving troops to the border and put its own army on alert.",
        "put",
        "targets",
        {"TCD"},
    ),
    (
        "conjoined_posture_target",  # V: ... and its doer, where the parser hung it on the gerund
        "Sudan accused Chad of moving troops to the border and put its own army on alert.",
        "put",
        "sources",
        {"SDN"},
    ),
    (
        "refused_despite_requester",  # RF: the refusal is aimed at the caller
        "Morocco has refused for years to pull its forces back from the buffer zone despite "
        "repeated calls from Spain.",
        "refused",
        "targets",
        {"ESP"},
    ),
    (
        "kept_act_doer",  # NA: the cooperation kept going is the keeper's, not "border police"
        "Yet the Ghanaian president has quietly kept the border police cooperation with Togo "
        "going.",
        "cooperation",
        "sources",
        {"GHAGOV"},
    ),
]
