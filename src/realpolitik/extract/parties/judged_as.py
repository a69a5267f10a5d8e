"""A judgement "as a provocation" needs the judged act's doer (issue 9, parties30).

"China took / saw / regarded the deployment of US missiles as a provocation" is China's
judgement of the act, criticism of its doer (111, GUIDE rule 6), read by the lexicon's "as a
provocation" rows for verbs of seeing and taking. With no doer found ("saw it as a
provocation", "took the remarks as a hostile act" of no one named) no one is criticised: a
plain statement of a view, not coded, as a predicted harm with no author is not
(``speech.harm_needs_target``). Taking an act "as an insult / an affront" tells the taker's
feeling and has no row (background: fact27's ``f27_characterised``).
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_DISAPPROVE = "111"
# Verbs that judge their object "as" something only through the "as" rows (parties30).
_VIEWING = frozenset({"take", "see", "regard", "view", "consider", "treat"})


@acts_on(noun=False, codes=(_DISAPPROVE,))
def judgement_needs_target(s: Site, c: Candidates) -> Candidates:
    """ "saw it as a provocation": a judgement with no doer of the judged act found is no event
    (see the module's docstring)."""
    if s.noun or s.code != _DISAPPROVE or not c.pairs:
        return c
    if s.tok.lemma_.lower() not in _VIEWING:
        return c
    return c.with_pairs([(a, b) for a, b in c.pairs if b is not None], "judgement_needs_target")


__all__ = ["judgement_needs_target"]
