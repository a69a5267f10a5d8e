"""A joint act whose second doer is unknown (issue 9 round 23, parties33: fresh17's class TT,
its party part).

"Saeima Speaker Daiga Mierina and Riigikogu President Lauri Hussar signed a joint declaration in
Riga": where a title table does not know one of two joined doers, the act had one source, and
the place of signing ("in Riga") filled the other slot (``phrase_actor``). A place of signing
is no party: ``symmetric`` now holds for joined doers however many are placed, so the phrase
fallbacks leave the place. The known doer's counterpart is the other state the paragraph
(else the story) names (``other_state``), as for other acts whose clause names none; with
none, no target.
"""

from __future__ import annotations

from realpolitik.extract._syntax import child
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.story_acts import other_state


def _joined_subject(s: Site) -> bool:
    subject = s.child("nsubj")
    return subject is not None and child(subject, "conj") is not None


def unknown_cosigner_partner(s: Site, c: Candidates) -> Candidates:
    """A symmetric act of two joined doers, one of them unknown, with no target: the
    paragraph's (the story's) other state."""
    if not c.pairs or s.noun or "recip" not in s.flags or len(c.sources) != 1:
        return c
    if all(b is not None for _, b in c.pairs) or not _joined_subject(s):
        return c
    return c.fill_targets(lambda own: other_state(s, own))


__all__ = ["unknown_cosigner_partner"]
