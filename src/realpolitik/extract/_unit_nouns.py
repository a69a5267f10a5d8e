"""An event noun that names a kind of unit, not an act: "riot police", "riot squad", "strike
force", "protest vans" (issue 9 round 17, lexmine).

"Kenyan riot police fired tear gas at the crowd": "riot" is a compound modifier of "police";
it says what the police are equipped for, and no riot happened. Read as a trigger, the noun
took the police as its doer and their own state as its target (a false riot, 145). The class
is a conflict noun (its rows code force or protest, CAMEO 14-20) as the compound modifier of a
head that names a body of people or their equipment; the same noun heading its own phrase ("the
riot spread", "police quelled a riot") is still an event, and so is a cooperative modifier
("a peacekeeping force" is the force's mission, 074).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

    from realpolitik.extract._lexicon import Trigger

# Heads that name a body of people or its kit: "riot police", "strike force", "riot gear".
UNIT_HEADS = frozenset(
    {
        "police", "policeman", "policemen", "officer", "squad", "unit", "troop", "force",
        "battalion", "brigade", "company", "platoon", "detachment", "gear", "shield", "helmet",
        "van", "truck", "vehicle", "team", "guard",
    }
)  # fmt: skip
_CONFLICT_ROOT = "14"  # CAMEO roots 14-20: protest and force
_NO_EVENT = "---"


def unit_modifier(noun: Token, rows: Iterable[Trigger]) -> bool:
    """Whether ``noun``, read by lexicon ``rows``, only modifies a noun naming a unit ("riot
    police"): no act of its own."""
    if noun.dep_ != "compound" or noun.head.lemma_.lower() not in UNIT_HEADS:
        return False
    codes = [r.cameo for r in rows if r.cameo != _NO_EVENT]
    return bool(codes) and all(c[:2] >= _CONFLICT_ROOT for c in codes)


__all__ = ["UNIT_HEADS", "unit_modifier"]
