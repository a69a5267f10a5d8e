"""Minimal sentences for pairs23's party stages (a signed document's binding participle; a
call with a person partner both ways; a joint act over a demonym-named thing; the answer of an
invitee named by a pronoun; an agentless grant of asylum; the criticism of a thing an earlier
protest named; a pronoun object that fell back home), in ``test_parties.py``'s shape (stage,
text, trigger, slot, expected), so that ``test_every_stage_has_a_case`` sees it and
``test_stage_on_a_minimal_sentence`` runs it."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "bound_content",
        "Ghana and Togo signed a declaration committing both governments to build a road.",
        "committing",
        "pairs",
        set(),
    ),
    (
        "with_partner_both_ways",
        "Chile's president spoke by telephone with Peru's president on Monday.",
        "spoke",
        "pairs",
        {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")},
    ),
    (
        "joint_own_modifier",
        "Chile's president met Peru's president in Santiago. The two leaders agreed to open the "
        "border to Chilean trucks.",
        "agreed",
        "pairs",
        {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")},
    ),
    (
        "answered_addresser",
        "Chile's president invited Peru's president to Santiago, but he declined.",
        "declined",
        "targets",
        {"CHLGOV"},
    ),
    (
        "granting_state",
        "Chile asked Peru to hand over a banker. The banker was granted asylum in Peru.",
        "granted",
        "targets",
        {"CHL"},
    ),
    (
        "criticised_thing_owner",
        "Chile protested to Peru over fishing licences. Chile's foreign minister called the "
        "licences illegal.",
        "called",
        "pairs",
        {("CHLGOV", "PER")},
    ),
    (
        "pronoun_not_home",
        "Chile's new border checks hold lorries for hours. Chile's government should lift them "
        "and press Lima to act.",
        "lift",
        "pairs",
        {("CHLGOV", "PER")},
    ),
]
