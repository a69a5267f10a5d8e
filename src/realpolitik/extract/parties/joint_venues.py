"""The venue of a symmetric act is no third party (leftovers20, issue 9 round 18).

"Iran and Iraq traded accusations at the UN", "the two sides exchanged barbs at the African
Union summit", "... in Geneva": the doers of a symmetric act (lexicon flag ``recip``) are each
other's targets; the body or place where they did it, named in an "at / in" phrase, is where,
not whom. An accusation's own "at" ("lashed out at X") names its target only when one state
acts alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from realpolitik.extract._mentions import Arg

VENUE_PREPS = frozenset({"at", "in", "inside", "during"})


def venue_only(found: Sequence[tuple[str, object]], targets: Sequence[Arg]) -> bool:
    """Whether targets were found and every phrase they came from names a venue."""
    return bool(targets) and bool(found) and all(w in VENUE_PREPS for w, _ in found)
