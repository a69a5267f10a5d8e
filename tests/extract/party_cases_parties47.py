"""Minimal documents for the party stages of parties47 (issue 9: fresh23's A, B, D and G): a
yield, talks and a condemned document at the story's pair, a refusal at the state of its
object's clause, routed aid, an untitled minister's state, acts after a colon, goods shut out
of a state's markets and a promise won; in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "yield_paragraph_partner",  # no earlier act: the paragraph's other state
        "Vietnam and Thailand bargained over rice for months. In the end Hanoi made no "
        "concession on the quotas.",
        "concession",
        "pairs",
        {("VNM", "THA")},
    ),
    (
        "resumed_talks_pair",  # talks told by their course: the story's pair, both ways
        "Ghana and Togo have spent a year patching up their quarrel over the border. Border "
        "talks have resumed.",
        "talks",
        "pairs",
        {("GHA", "TGO"), ("TGO", "GHA")},
    ),
    (
        "signed_document_parties",  # "the memorandum" two sentences after its signing
        "Ghana and Togo signed a memorandum on border policing on Monday. Ghana also pledged "
        "to train Togolese customs officers. Burkina Faso criticised the memorandum.",
        "criticised",
        "targets",
        {"GHA", "TGO"},
    ),
    (
        "refused_object_owner",  # the refused thing's relative clause names its state
        "Ghana refused to review the levies Togo pays on transit cargo.",
        "refused",
        "targets",
        {"TGO"},
    ),
    (
        "routed_aid_giver",  # "ferries aid": the verb's subject gives
        "Chile ferries food aid to Bolivia through Peru.",
        "aid",
        "sources",
        {"CHL"},
    ),
    (
        "own_future_speaker",  # a minister of no state on what Norway "would" do: Norway's
        "Foreign Minister Jonas Berg warned that Norway would expel Finnish diplomats.",
        "warned",
        "sources",
        {"NORGOV"},
    ),
    (
        "colon_lead_in_partner",  # the lead-in's "on Togo" after the colon
        "Ghana has been tough on Togo: it closed the border twice this year.",
        "closed",
        "targets",
        {"TGO"},
    ),
    (
        "market_owner_doer",  # the markets' state bars the goods
        "Chilean fruit was barred from Peruvian markets in May.",
        "barred",
        "sources",
        {"PER"},
    ),
    (
        "won_not_given",  # a promise won is not the winner's
        "Lima's persistence won it only a promise of more talks.",
        "promise",
        "sources",
        set(),
    ),
]
