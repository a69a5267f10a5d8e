"""Minimal documents for the party stages of leftovers18 (issue 9, note30's leftovers): a pact
signed in an agentless passive, each side's own envoys, an unnamed office-holder answering a
request; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "signed_pact_parties",  # the pact's "between" names the signers
        "The agreement between Kenya and Tanzania is to be signed next month.",
        "signed",
        "sources",
        {"KEN", "TZA"},
    ),
    (
        "signed_pact_parties",  # the owner and the "with" partner; the owner no longer a target
        "Jordan's treaty with Italy will be signed in Rome.",
        "signed",
        "targets",
        set(),
    ),
    (
        "signed_pact_parties",  # the story's pair signs "the deal"
        "Peru and Bolivia reached a trade deal on Monday. The deal is to be signed next month.",
        "signed",
        "sources",
        {"PER", "BOL"},
    ),
    (
        "side_envoys_target",  # "neither side ... its ambassador": the other side
        "Armenia and Azerbaijan traded fire on the border. Neither side has recalled its"
        " ambassador.",
        "recalled",
        "targets",
        {"ARM", "AZE"},
    ),
    (
        "side_envoys_target",  # "each side": the story's pair, read from no subject
        "Talks between Chile and Argentina collapsed. Each side has recalled its ambassador.",
        "recalled",
        "sources",
        {"CHL", "ARG"},
    ),
    (
        "answering_role_noun",  # the asked state's ambassador, not the asker's
        "Egypt asked Sudan to send water engineers, and the ambassador agreed.",
        "agreed",
        "sources",
        {"SDNGOV"},
    ),
    (
        "answering_role_noun",  # the answer is aimed at the asker of the sentence before
        "Germany asked Poland to extradite the suspect. The minister refused.",
        "refused",
        "targets",
        {"DEU"},
    ),
    (
        "answering_role_noun",  # the asked state named inside the request's clause
        "Kabul requested that Azerbaijan release the fishermen, but the minister refused.",
        "refused",
        "sources",
        {"AZEGOV"},
    ),
]
