"""Minimal documents for the party stages of parties31 (issue 9: fresh16's X, PL, TB, AP): a
denial, a cut, a refusal that may come and a promise withheld take the story's other state, a
capital inside a facility's name is no target, the forum a matter is taken to is no threat's
target, an agentless harm reaches the doer two sentences back; in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "story_kind_partner",  # X: the capital inside the denied "that" clause
        "Benin closed the northern crossing last week. Benin's foreign ministry denied that "
        "the closure was meant to pressure Lome.",
        "denied",
        "pairs",
        {("BENGOV", "TGO")},
    ),
    (
        "story_kind_partner",  # X: a refusal that may come answers the state that asked
        "Togo has asked Benin to extradite a former minister. Benin has never extradited anyone "
        "to Togo, and its courts may yet refuse.",
        "refuse",
        "pairs",
        {("BENJUD", "TGO")},
    ),
    (
        "story_kind_partner",  # X: a promise not made to the state that asked
        "Argentina asked Chile to free the fishermen, but Chile made no promise.",
        "promise",
        "pairs",
        {("CHL", "ARG")},
    ),
    (
        "story_act_partner",  # X: an op-ed's judged threat ("a court case": no domestic party)
        "Estonia lifted its ban on Latvian cheese in June. Latvia was wrong to threaten a court "
        "case.",
        "threaten",
        "pairs",
        {("LVA", "EST")},
    ),
    (
        "facility_capital_not_target",  # PL: the capital names the post's place
        "President Boric hosted Milei in Santiago. Milei asked for the Buenos Aires Bridge post "
        "to open at night.",
        "asked",
        "targets",
        set(),
    ),
    (
        "forum_not_threat_target",  # TB: the court is the forum; the accused is the target
        "Togo accused Benin of dumping cheap cement and threatened to take the matter to the "
        "International Court of Justice.",
        "threatened",
        "pairs",
        {("TGO", "BEN")},
    ),
    (
        "carried_victims",  # AP: the deporting police, two sentences back
        "Estonian police deported 80 Latvian men on Monday. Estonia's interior minister said "
        "the deportations would go on. Several of the men said they had been beaten in custody.",
        "beaten",
        "sources",
        {"ESTCOP"},
    ),
]
