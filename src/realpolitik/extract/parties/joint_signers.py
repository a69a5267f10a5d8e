"""A joint act whose second doer is unknown (issue 9 round 23, parties33: fresh17's class TT,
its party part).

"Saeima Speaker Daiga Mierina and Riigikogu President Lauri Hussar signed a joint declaration in
Riga": where a title table does not know one of two joined doers, the act had one source, and
the place of signing ("in Riga") filled the other slot (``phrase_actor``). A place of signing
is no party: ``symmetric`` now holds for joined doers however many are placed, so the phrase
fallbacks leave the place. The known doer's counterpart is the one other state the document
names outside the sentence's venues (``_venues.venue_tokens``: "in Riga" of a joint signing),
where it names exactly one; else no target.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child
from realpolitik.extract._venues import venue_tokens
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef


def _joined_subject(s: Site) -> bool:
    subject = s.child("nsubj")
    return subject is not None and child(subject, "conj") is not None


@acts_on(noun=False)
def unknown_cosigner_partner(s: Site, c: Candidates) -> Candidates:
    """A symmetric act of two joined doers, one of them unknown, with no target: the
    document's one other state outside the act's place phrases."""
    if not c.pairs or s.noun or "recip" not in s.flags or len(c.sources) != 1:
        return c
    if all(b is not None for _, b in c.pairs) or not _joined_subject(s):
        return c
    doc = s.tok.doc
    venue = {s.actors.doc_offset(doc[i]) for i in venue_tokens(s.ctx.sent)}

    def partner(own: str) -> Arg | None:
        found = {
            m.ref.country for m in s.actors.mentions
            if m.ref.country and m.ref.country != own and not m.ref.code.startswith("---")
            and m.start not in venue
        }  # fmt: skip
        if len(found) != 1:
            return None
        country = found.pop()
        return Arg(ActorRef(country, country, country), EARLIER, s.tok.i)

    return c.fill_targets(partner)
