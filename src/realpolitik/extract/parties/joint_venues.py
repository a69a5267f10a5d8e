"""The venue of a symmetric act is no third party (leftovers20, issue 9 round 18).

"Iran and Iraq traded accusations at the UN", "the two sides exchanged barbs at the African
Union summit", "... in Geneva": the doers of a symmetric act (lexicon flag ``recip``) are each
other's targets; the body or place where they did it, named in an "at / in" phrase, is where,
not whom. An accusation's own "at" ("lashed out at X") names its target only when one state
acts alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg

if TYPE_CHECKING:
    from spacy.tokens import Token

VENUE_PREPS = frozenset({"at", "in", "inside", "during"})


def venue_only(found: Sequence[tuple[str, Token]], targets: Sequence[Arg]) -> bool:
    """Whether targets were found and every phrase they came from names a venue (other phrases,
    "on Monday", name none of them)."""
    prep_of = {q.i: w for w, q in found}
    return bool(targets) and all(prep_of.get(a.tok, "") in VENUE_PREPS for a in targets)
