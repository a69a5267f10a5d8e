"""A refusal to act "the way X asked" answers X's request (issue 9, parties53: fresh27's
class E; GUIDE rule 5).

"Uruguay has refused to lower its tariffs on Paraguayan cars the way Brazil asked", "Kenya
declined to expel the diplomats, as Uganda had demanded": the manner clause names the
requester, and the refusal (120 and its kin) is aimed at it, never at the state whose goods or
people the refused act concerns. Read before ``inner_act_target``, which would take those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties._verb_reading import verb_open

if TYPE_CHECKING:
    from spacy.tokens import Token

_REFUSAL = "12"
_ASKING = frozenset({"ask", "request", "demand", "urge", "want", "press", "seek", "insist"})
_WAYS = frozenset({"way", "manner"})


def _requesting_clause(head: Token) -> Token | None:
    """A child of ``head`` that is "the way X asked" (a relative clause on "way") or "as X had
    demanded" (an adverbial clause led by "as"), as its request verb."""
    for k in head.children:
        if k.lower_ in _WAYS and k.dep_ in ("npadvmod", "advmod", "dobj", "pobj", "obl"):
            for r in k.children:
                if r.dep_ == "relcl" and r.lemma_ in _ASKING:
                    return r
        led_by_as = any(m.dep_ == "mark" and m.lower_ == "as" for m in k.children)
        if k.dep_ == "advcl" and k.lemma_ in _ASKING and led_by_as:
            return k
    return None


@acts_on(noun=False, roots=(_REFUSAL,))
def requested_way_requester(s: Site, c: Candidates) -> Candidates:
    """ "refused to V the way X asked", "declined to V, as X had demanded": aimed at X."""
    if not verb_open(s, c) or not c.sources:
        return c
    heads = [s.tok, *(k for k in s.kids if k.dep_ == "xcomp")]
    own = {a.ref.country for a in c.sources if a.ref.country}
    for head in heads:
        asked = _requesting_clause(head)
        if asked is None:
            continue
        subj = next((k for k in asked.children if k.dep_ == "nsubj"), None)
        if subj is None:
            return c
        got: list[Arg] = [
            a for a in s.actors.resolve(subj) if not unknown(a) and a.ref.country not in own
        ]
        return c.with_targets(got, 2) if got else c
    return c


__all__ = ["requested_way_requester"]
