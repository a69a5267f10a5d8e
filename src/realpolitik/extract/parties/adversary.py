"""The common adversary of a cooperation is no target: "called for closer cooperation against
X's threat", "agreed to cooperate against X" (issue 9, targets9: a modifier read as a party).

The syntax stages read an "against" phrase as the act's target; on a word of joining forces it
names the state the partners oppose (``_adversaries``). This stage, after every role stage that
may read it, drops such a target, and ``Site.not_parties`` keeps the phrase fallbacks off it:
the cooperative act keeps its partners, or no target when they are unnamed ("urged allies").
"""

from __future__ import annotations

from realpolitik.extract._adversaries import AGAINST_WORDS, COOPERATIVE_ROOTS, adversary_tokens
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site


@acts_on(roots=COOPERATIVE_ROOTS, words=AGAINST_WORDS)  # (``adversary_tokens``)
def common_adversary(s: Site, c: Candidates) -> Candidates:
    """A cooperative act whose target is the state its cooperation is against: dropped."""
    if not c.targets or c.pairs is not None:
        return c
    against = adversary_tokens(s.root, s.ctx.sent)
    if not against:
        return c
    kept = [a for a in c.targets if a.tok not in against]
    return c if len(kept) == len(c.targets) else c.with_targets(kept)
