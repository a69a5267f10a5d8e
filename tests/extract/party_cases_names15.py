"""Minimal documents for the party stages of names15 (issue 9, fresh7's classes PL and DN and
a suite miss: the own capital as a visit's destination, a person's denial of the charges of
his own arrest, a court's rejection of a claim, "a X national wanted for"), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "no_self_target",  # PL: the inviter's own capital is where the visit goes
        "Kenya's president invited the pope to visit Nairobi.",
        "invited",
        "pairs",
        {("KENGOV", "")},
    ),
    (
        "earlier_act_doer",  # DN: the arrested traders deny their own charges: no state's act
        "Indian police arrested two Nepali traders. The traders denied the charges.",
        "denied",
        "sources",
        set(),
    ),
    (
        "earlier_act_doer",  # DN: the same with a former minister
        "Spanish police arrested a former Peruvian minister in Madrid. The former minister "
        "denies the charges.",
        "denies",
        "sources",
        set(),
    ),
    (
        "no_court_denial",  # DN: a court rules on a claim; it denies nothing
        "Nicaragua returned to the International Court of Justice, which rejected its claim.",
        "rejected",
        "sources",
        set(),
    ),
    (
        "passive_subject",  # suite miss: "wanted" parsed as a clausal subject
        "A Kittitian national wanted for fraud was detained in Caracas by Venezuelan police.",
        "detained",
        "targets",
        {"KNA"},
    ),
]
