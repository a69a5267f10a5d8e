"""An act noun that is the subject of a predicate naming no act goes to the story's other state
(issue 9, parties49: fresh24's class E; recurring.md's "target named only in the story").

"Norway's ties with Finland have mended. Norwegian investment, which never really stopped, is
flowing again": the investment is the act (061), its predicate ("is flowing", "has picked up",
"keeps coming") says only how it goes, and neither names the receiving state; in a story of
two states it is the paragraph's (else the story's) other state. Only a material-cooperation
noun (root 06) heading the subject of a verb that is no trigger itself, by a state (its name,
demonym or firms: investment is its people's money), with no target of its own phrase.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._story_states import document_partner, other_state

_ROOTS = frozenset({"06"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@acts_on(noun=True, roots=_ROOTS)
def act_noun_subject_partner(s: Site, c: Candidates) -> Candidates:
    """The subject act noun of a predicate that is no act: the story's other state (see the
    module doc)."""
    if not c.pairs or all(b is not None for _, b in c.pairs) or not s.noun:
        return c
    if s.root not in _ROOTS:
        return c  # (the roots its mark names: "a promise of loans" is the promise's own act)
    tok = s.tok
    if tok.dep_ not in _SUBJECT_DEPS or tok.head.pos_ not in ("VERB", "AUX"):
        return c
    if tok.head.i in s.ctx.triggers:
        return c  # ("investment stalled": the predicate is an act of its own)
    if any(k.dep_ == "prep" for k in tok.children):
        return c  # (its own phrase says with whom or where: other stages)
    return c.fill_targets(lambda own: other_state(s, own) or document_partner(s, own))
