"""A thing named again by a definite noun is its earlier owner's (leftovers42): "Japan criticised
South Korea's border law. The foreign minister called the law a provocation": the judgement of
"the law" is aimed at South Korea, whose law the previous sentence named, not at the state that
acted in that sentence (the earlier act's doer, Japan, as ``earlier_act_doer`` read it). Where
the previous two sentences hold the same noun owned by one state ("South Korea's law", "the
Korean law"), other than the judging side, that state is the target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import tokens_with_lemma
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_BACK = 2  # sentences looked back
_OWNERS = frozenset({"poss", "amod", "compound"})


def owner_named_before(s: Site, noun: Token, own: set[str]) -> list[Arg]:
    """The one state that owned ``noun``'s word in the last sentences (see the module doc)."""
    sent = s.ctx.sent
    lemma = noun.lemma_.lower()
    found: dict[str, Arg] = {}
    start = sent.start
    for _ in range(_BACK):
        if start == 0:
            break
        prev = sent.doc[start - 1].sent
        for t in tokens_with_lemma(prev, (lemma,)):
            for k in t.children:
                if k.dep_ not in _OWNERS:
                    continue
                for a in s.actors.resolve(k):
                    if a.ref.country and not unknown(a) and key(a) not in own:
                        found[a.ref.country] = Arg(a.ref, EARLIER, noun.i)
        if found:
            break
        start = prev.start
    return list(found.values()) if len(found) == 1 else []
