"""Standing mutual-defence treaties, for reading "its (treaty) ally" when two states fit.

"The United States said it stood with its treaty ally" after a paragraph about China and the
Philippines: of the two states named, only one is bound to the owner by a defence treaty. The
table holds the treaties' parties as published in the treaties themselves (the North Atlantic
Treaty of 1949 and its accession protocols to 2024; the US mutual-defence treaties with Japan
1960, South Korea 1953, the Philippines 1951 and the ANZUS Treaty 1951 (Australia; New Zealand's
US obligations lapsed in 1986, its Australian ones stand); the Manila Pact's standing obligation
to Thailand; the Collective Security Treaty of 1992 as in force since 2012; the China-North Korea
treaty of 1961 and the Russia-North Korea treaty of 2024). Membership is the present one, not
dated: the table only breaks a tie between states a document names, never adds one.
"""

from __future__ import annotations

from itertools import combinations

# Parties of the North Atlantic Treaty (2024).
NATO = frozenset(
    {"USA", "CAN", "GBR", "FRA", "DEU", "ITA", "ESP", "PRT", "NLD", "BEL", "LUX", "DNK", "NOR",
     "ISL", "TUR", "GRC", "POL", "CZE", "HUN", "SVK", "SVN", "HRV", "ALB", "MNE", "MKD", "BGR",
     "ROU", "EST", "LVA", "LTU", "FIN", "SWE"}
)  # fmt: skip
# Parties of the Collective Security Treaty Organization.
CSTO = frozenset({"RUS", "ARM", "BLR", "KAZ", "KGZ", "TJK"})
# Bilateral mutual-defence treaties in force.
BILATERAL = (
    ("USA", "JPN"), ("USA", "KOR"), ("USA", "PHL"), ("USA", "AUS"), ("USA", "THA"),
    ("AUS", "NZL"), ("CHN", "PRK"), ("RUS", "PRK"),
)  # fmt: skip


def _pairs() -> frozenset[frozenset[str]]:
    out = {frozenset(p) for group in (NATO, CSTO) for p in combinations(sorted(group), 2)}
    out |= {frozenset(p) for p in BILATERAL}
    return frozenset(out)


TREATY_PAIRS = _pairs()


def treaty_allies(a: str, b: str) -> bool:
    """Whether states ``a`` and ``b`` (ISO3) are bound by a mutual-defence treaty in the table."""
    return frozenset((a, b)) in TREATY_PAIRS


__all__ = ["CSTO", "NATO", "TREATY_PAIRS", "treaty_allies"]
