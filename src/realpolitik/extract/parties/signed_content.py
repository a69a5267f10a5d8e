"""A signed document's binding participle: "Kenya and Uganda signed a declaration committing
both governments to finish the pipeline", "an accord obliging each side to share data" (issue 9,
pairs23: fresh12's DC).

A participle of obligation (commit, oblige, bind, require) hung on the noun a signing or
enacting verb takes says what the document binds its makers to: it spells out the signing's
content (GUIDE rule 1), so it is no act of its own, and the signing is the event (057, the
signers both ways or signer -> counterpart). Without this the participle took the signers as
doers (``doers.enacted_by``), crossed them with its plural object ("both governments": one
direction aimed at the signer's own state), and the signing itself was dropped as the
enactment of that act (``doers.enacted_instrument``).
"""

from __future__ import annotations

from realpolitik.extract._binding_participles import binding_participle
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.doers import ENACTING_VERBS


@acts_on(noun=False)
def bound_content(s: Site, c: Candidates) -> Candidates:
    """ "signed a declaration committing both governments to V": the participle is what the
    signed document says, not an act beside the signing (the signing is the event)."""
    if not c.pairs or s.noun or not binding_participle(s.tok, ENACTING_VERBS):
        return c
    return c.with_pairs([], "bound_content")
