"""Minimal sentences for parties25's party stages (the victims' state written in "their", a
clause on the victims, a later sentence or a result participle; an offer's helping purpose;
bodies "of A and B"; joint doers' shared border; an apology owed to the story's wronged state), in ``test_parties.py``'s shape (stage, text,
trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees it and
``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "victims_written_state",
        "Chilean police arrested 12 Peruvian fishermen and seized their boats.",
        "seized",
        "pairs",
        {("CHLCOP", "PER")},
    ),
    (
        "victims_written_state",
        "Thai soldiers shot three men who had crossed from Cambodia's Oddar Meanchey province.",
        "shot",
        "pairs",
        {("THAMIL", "KHM")},
    ),
    (
        "victims_written_state",
        "Turkish troops shot two men near Kilis. Syria said the dead were Syrian farmers.",
        "shot",
        "pairs",
        {("TURMIL", "SYR")},
    ),
    (
        "victims_written_state",
        "Israeli troops raided a border town, killing three Palestinian farmers.",
        "raided",
        "pairs",
        {("ISRMIL", "PSE")},
    ),
    (
        "purpose_goal",
        "Japan sent a team of doctors to help treat flood victims in northern Kenya.",
        "sent",
        "targets",
        {"KEN"},
    ),
    (
        "bodies_of_states",
        "The state grid operators of Kenya and Ethiopia signed a contract on Tuesday.",
        "signed",
        "sources",
        {"KEN", "ETH"},
    ),
    (
        "joint_border_partners",
        "Chile and Peru closed the border on Monday.",
        "closed",
        "targets",
        {"CHL", "PER"},
    ),
    (
        "apology_owed_to",
        "Turkish troops shot two Syrian farmers near Kilis. Syria summoned Turkey's envoy. "
        "Ankara has not apologised.",
        "apologised",
        "targets",
        {"SYR"},
    ),
]
