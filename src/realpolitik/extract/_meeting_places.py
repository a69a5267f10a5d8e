"""The place of a meeting named anywhere in the sentence: "spoke by telephone and agreed to meet in
Lima", "said they would hold talks in Geneva" (issue 9, pairs22: fresh11's class J).

``_venues.venue`` drops the place of a meeting trigger's own "in" phrase ("met in Ankara"); a
meeting verb that is not the trigger ("agreed to MEET in Lima", the conjunct of "spoke ... and
agreed to meet in Lima") left its place to the phrase fallbacks, which took the third state's
capital as the target of the call and of the agreement when the doers were not read. Where a
meeting happens is no party to any act of the sentence (CAMEO gives the venue no role; a host
that acts is coded by its own act), so these tokens join ``Site.not_parties``. (They still place an unplaced doer: "officials
met in X" may be X's own, and fresh4 lost a key when they did not.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import tokens_with_form
from realpolitik.extract._venues import venue

if TYPE_CHECKING:
    from spacy.tokens import Span

_VENUE_PREPS = frozenset({"in", "at"})


def meeting_place_tokens(sent: Span) -> set[int]:
    """Tokens of the "in" / "at" place phrases of the sentence's meeting verbs and nouns."""
    out: set[int] = set()
    for prep in tokens_with_form(sent, _VENUE_PREPS):
        if venue(prep, prep.head):
            out.update(x.i for x in prep.subtree)
    return out
