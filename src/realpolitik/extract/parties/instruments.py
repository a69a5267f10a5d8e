"""A weapon's maker is no target: "struck Odesa with Iranian drones", "fired North Korean
missiles at Kharkiv" (issue 9, targets9: a modifier of the act's instrument read as a party).

The syntax stages read the "with" phrase as a partner phrase and a sending verb's object as its
target; for force, those name the means (``_instruments``). This stage, the last role stage,
drops a target any earlier stage read from them, and ``Site.not_parties`` keeps the phrase
fallbacks off them, so the act keeps the place it is aimed at or no target: a guess of the
supplier would code a war between the wrong states.
"""

from __future__ import annotations

from realpolitik.extract._instruments import instrument_tokens
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.verbs import prepositional_target


def weapon_maker(s: Site, c: Candidates) -> Candidates:
    """An act of force whose target is a weapon's maker or supplier: that target dropped, and
    when none is left, the act's aim phrase read again ("at / towards X")."""
    if not c.targets or c.pairs is not None:
        return c
    means = instrument_tokens(s.tok, s.root, s.ctx.sent)
    if not means:
        return c
    kept = [a for a in c.targets if a.tok not in means]
    if len(kept) == len(c.targets):
        return c
    if not kept:  # "fired Iranian drones towards X": the aim phrase, read again
        again = prepositional_target(s, c.with_targets([]))
        kept = [a for a in again.targets if a.tok not in means]
    return c.with_targets(kept)
