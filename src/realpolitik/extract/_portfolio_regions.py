"""A region's name as the portfolio of an office ("Washington's Africa adviser", "Beijing's
Middle East envoy", "Britain's Europe minister", "the State Department's Asia director", "Russia's
Africa policy") names what the office deals with, not who holds it (issue 9, practice2: a
practice set's class R). Read as a party, the region ("AFR", "MEA") took the place of the state
that owns the office; dropped, the office resolves to its owner (the possessive, a demonym), or to
no one where none is named.

Only the region's noun form is a portfolio ("the Africa envoy"): its adjective ("an African
envoy", "Middle Eastern diplomats") says whose the person is, and stays a party."""

from __future__ import annotations

import re

from realpolitik.actors import STATE_NAME_KINDS

# Nouns of an office, a post or a line of policy that a region's noun can name the remit of.
PORTFOLIO_NOUNS = frozenset(
    {
        "envoy", "envoys", "adviser", "advisers", "advisor", "advisors", "director", "directors",
        "czar", "tsar", "coordinator", "commissioner", "minister", "ministers", "secretary",
        "representative", "chief", "head", "desk", "bureau", "division", "directorate",
        "command", "policy", "policies", "strategy", "portfolio", "specialist", "hand",
    }
)  # fmt: skip
# Endings of a region's adjective ("African", "Asian", "European", "Middle Eastern").
_ADJECTIVE_ENDINGS = ("an", "ern")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")


def portfolio_region(text: str, start: int, end: int, kind: str, country: str | None) -> bool:
    """Whether the group mention ``text[start:end]`` is a region's noun naming an office's
    remit: a portfolio noun ends the mention ("Middle East envoy", as the registry reads it) or
    follows it ("Africa adviser")."""
    if kind in STATE_NAME_KINDS or country is not None:
        return False
    words = text[start:end].split()
    if not words:
        return False
    if words[-1].lower() in PORTFOLIO_NOUNS and len(words) > 1:
        region = words[:-1]
    else:
        after = _NEXT_WORD.match(text, end)
        if after is None or after.group(1).lower() not in PORTFOLIO_NOUNS:
            return False
        region = words
    last = region[-1].lower()
    return not last.endswith(_ADJECTIVE_ENDINGS) and last[:1].isalpha()
