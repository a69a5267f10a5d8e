"""The victim a reaction's label names, as the last reading of its target.

"Colombia condemned the attack as a breach of Ecuador's sovereignty": the label names the
attack's victim, so the phrase fallbacks skip it (``Site.not_parties``) and the reaction takes
the attack's doer when the document names one (the object's owner, an earlier sentence's act).
Where nothing names a doer (a one-sentence report), the victim the label names is kept as the
target, as the phrase reading gave it before: coders of such sentences often code it so.
"""

from __future__ import annotations

from realpolitik.extract._label_phrases import label_phrase_tokens
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._phrase_reading import verb_phrase_target


@acts_on(noun=False)
def label_victim(s: Site, c: Candidates) -> Candidates:
    """A labelling reaction with no target after every other stage: the first actor of
    another country inside its label phrase."""
    if s.noun or not c.sources or c.targets or not label_phrase_tokens(s.tok):
        return c
    avoid = frozenset(s.reporters) | s.ctx.contrasts
    return c.with_targets(verb_phrase_target(s.actors, s.tok, c.sources, avoid=avoid))
