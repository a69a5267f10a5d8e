"""A pronoun for weapons is no party to their sale or purchase (lexicon66; the reading is
:mod:`realpolitik.extract._pronoun_goods`): "Iran buys them" with "them" the tanks named
before is Iran's purchase from no one named, never from the state named last."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pronoun_goods import PRONOUNS, traded_arms_pronoun
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from realpolitik.extract._mentions import Arg


@acts_on(words=PRONOUNS, noun=False)
def arms_pronoun_no_party(s: Site, c: Candidates) -> Candidates:
    """The pronoun object of a sale or purchase that stands for weapons is no target."""
    if not c.pairs:
        return c
    pron = traded_arms_pronoun(s.tok)
    if pron is None:
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        if b is not None and b.tok == pron.i:
            b = None
        if a.tok != pron.i and (a, b) not in pairs:
            pairs.append((a, b))
    return c.with_pairs(pairs, dropped="arms_pronoun_no_party")
