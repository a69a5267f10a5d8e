"""Minimal documents for the party stages of parties29 (issue 9: fresh15's X, PR, EM, AP): a
demand, threat or show of force naming no one is aimed at the story's other state, a visit noun
with no place went there, the second conjunct of a seizure or release takes the first one's
people, "accusing him" after "asked Y to hand over a general" is the general (own national),
a high commission "in CAPITAL" asks its host, an agentless release is the holder's; in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "story_act_partner",  # X: a threat naming no one, the paragraph's other state
        "Estonian guards detained three Latvian drivers in March. Riga threatened to close "
        "the crossing.",
        "threatened",
        "pairs",
        {("LVA", "EST")},
    ),
    (
        "story_act_partner",  # X: a show of force with its own troops as object
        "Chilean soldiers fired on Argentine smugglers last week. Chile's president ordered "
        "the army to reinforce patrols along the western border.",
        "reinforce",
        "pairs",
        {("CHLGOV", "ARG")},
    ),
    (
        "visit_noun_host",  # X: a trip naming no place went to the story's other state
        "Chilean coast guards detained 12 Argentine fishermen in March. The May trip by "
        "Chile's prime minister yielded an accord on fishing.",
        "trip",
        "pairs",
        {("CHLGOV", "ARG")},
    ),
    (
        "conjoined_thing_owner",  # X: the seizure's lorries are the detained drivers'
        "Argentine police detained 12 Chilean truck drivers and confiscated four lorries.",
        "confiscated",
        "targets",
        {"CHL"},
    ),
    (
        "participle_pronoun_target",  # PR: "him" is the general asked for, Togo's own
        "Togo has asked Benin to hand over a former general who fled to Cotonou, accusing him "
        "of plotting a coup.",
        "accusing",
        "targets",
        {"TGO"},
    ),
    (
        "mission_host_addressed",  # EM: a high commission asks its host state
        "Uganda's high commission in Nairobi asked for consular access to the traders.",
        "asked",
        "targets",
        {"KEN"},
    ),
    (
        "carried_victims",  # AP: the release of the people the police held
        "Latvian police detained three Estonian reporters on Friday. The reporters were "
        "released on Saturday without charge.",
        "released",
        "sources",
        {"LVACOP"},
    ),
]
