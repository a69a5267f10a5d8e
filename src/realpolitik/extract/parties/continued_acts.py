"""A measure against no one named, continuing the story's act between two states (issue 9,
names20: fresh10's X).

"Egypt and Sudan broke off talks in March. This time Egypt's president has gone further by
cutting ties outright", "Syria asked Turkey to lift its ban on wheat. Turkey imposed the ban in
August": a reduction of relations, a coercive measure or a closed border (CAMEO 16, 17, 191) that names no target,
no other state in its sentence and no new thing of its own ("the ban", "ties", or nothing,
not "a curfew") is aimed at the other state of the story's latest act that the doer took part
in, in the last few sentences. With no such act it keeps no target. Another state's comment
on the thing ("The French embassy criticised the deal. Ghana said it would not cancel the
contract") is no act between the two that the measure continues: the critic did not ask for
it, so the story's act before (the signing) names the partner (parties53, fresh27's E).
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.context_earlier import named_outside, recent

_MEASURE_ROOTS = frozenset({"16", "17"})
# A closed border, crossing or route (191, restricting movement) is a measure too: "the two
# governments have not shut the frontier" (parties25, fresh13's J).
_MEASURE_CODES = frozenset({"191"})
_BACK_SENTENCES = 3  # how many sentences back the continued act may be
# Objects that are the relations themselves, named bare: "cutting ties", "severing relations".
_RELATION_NOUNS = frozenset({"tie", "ties", "relation", "relations", "contact", "contacts"})
_DEFINITE = frozenset({"the", "its", "their", "this", "that", "these", "those"})
_OBJECTS = frozenset({"dobj", "nsubjpass"})
# Roots of another state's comment on the doer's act (disapproval, a stated view): no partner.
_COMMENT_ROOTS = frozenset({"01", "11"})


@acts_on(codes=(*_MEASURE_ROOTS, *_MEASURE_CODES))  # (its ``measure``)
def continued_act_partner(s: Site, c: Candidates) -> Candidates:
    """An untargeted measure: the other state of the doer's latest earlier act."""
    measure = s.root in _MEASURE_ROOTS or s.code[:3] in _MEASURE_CODES
    if not c.pairs or not measure or all(b is not None for _, b in c.pairs):
        return c
    if not _known_object(s):
        return c
    return c.fill_targets(lambda own: None if named_outside(s, {own}) else _recent_partner(s, own))


def _known_object(s: Site) -> bool:
    """No object, a definite one ("the ban", "its embargo") or the relations themselves."""
    objects = [k for k in s.tok.children if k.dep_ in _OBJECTS]
    if s.tok.dep_ == "pobj" or s.noun:
        return False  # (an act named by a noun is another stage's)
    for o in objects:
        if o.lower_ in _RELATION_NOUNS:
            continue
        if not any(d.lower_ in _DEFINITE for d in o.children if d.dep_ in ("det", "poss")):
            return False
    return True


def _recent_partner(s: Site, own: str) -> Arg | None:
    """The other state of the latest act of the last few sentences between ``own`` and one
    other state (either way round)."""
    for act in reversed(recent(s, _BACK_SENTENCES)):
        src, tgt = act.source, act.target
        if act.background or tgt is None or not src.country or not tgt.country:
            continue
        if act.root in _COMMENT_ROOTS and src.country != own:
            continue  # "The French embassy criticised the deal": a critic, not the partner
        if own in (src.country, tgt.country) and src.country != tgt.country:
            return Arg(tgt if src.country == own else src, EARLIER, s.tok.i)
    return None


__all__ = ["continued_act_partner"]
