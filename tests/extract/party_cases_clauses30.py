"""Minimal documents for the party stages of clauses30 (issue 9: fresh18's LM, RF and TH): an
agentless act on a measure named by a new noun is the imposer's, a would-not refusal is aimed
at the asker of its trailing relative clause, a complaint's body is no threat's target; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "lifted_measure_imposer",  # LM: the when-clause's measure, the licences restored
        "When Chile shut out Argentine beef in June, the licences were restored within a month.",
        "restored",
        "targets",
        {"ARG"},
    ),
    (
        "relative_clause_requester",  # RF: the asker of the refused crossing's relative clause
        "Peru's president said his government would not revive the 2018 agreement on joint "
        "patrols, which Bolivian officials have asked Lima to reconsider.",
        "revive",
        "targets",
        {"BOLGOV"},
    ),
    (
        "forum_not_threat_target",  # TH: a complaint filed with a body threatens the other state
        "Austria said it would file a complaint with the European Commission unless Budapest "
        "shared its safety studies.",
        "complaint",
        "pairs",
        {("AUT", "HUN")},
    ),
]
