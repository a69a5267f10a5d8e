"""An act done "again" by another state: "Ghana asked Togo to reopen the border. Benin has made a
similar request", "Peru protested to Chile ... Ecuador lodged the same protest" (issue 9,
practice3).

A "similar" / "the same" act names no target because it repeats an earlier one: it is aimed at
whoever the latest earlier act of the same CAMEO root was aimed at (Togo, Chile), when that act
was another state's and not aimed at the new doer itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, home_of, key, unknown
from realpolitik.extract.parties.context_earlier import recent

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modifiers by which an act noun repeats an earlier act ("a similar request", "the same
# demand", "an identical complaint").
SIMILAR_WORDS = frozenset({"similar", "same", "identical", "comparable", "parallel", "like"})
# How far back (sentences) the repeated act may be.
_SIMILAR_SENTENCES = 4


@acts_on(words=SIMILAR_WORDS)
def similar_act_target(s: Site, c: Candidates) -> Candidates:
    """ "Benin has made a similar request": Togo, the target of the latest earlier request."""
    if not c.sources or (c.targets and not all(unknown(a) for a in c.targets)):
        return c
    noun = s.tok if s.noun else s.child("dobj")
    if noun is None or not _similar(noun):
        return c
    own = {key(a) for a in c.sources}
    here = _in_sentence(s, own)  # "Ghana asked Togo ..., and Benin made a similar request"
    if here:
        return c.with_targets(here, 1)
    for act in reversed(recent(s, _SIMILAR_SENTENCES)):
        if act.root != s.root or act.target is None or act.background:
            continue
        if home_of(act.source) in own or home_of(act.target) in own:
            continue
        if act.target.code.startswith("---"):
            continue
        return c.with_targets(_targets(s, act), 1)
    return c


def _in_sentence(s: Site, own: set[str]) -> list[Arg]:
    """The targets of the latest earlier trigger of the sentence with the same root, of another
    state and not aimed at the doer."""
    before = [f for i, f in sorted(s.ctx.triggers.items()) if i < s.tok.i and f.code[:2] == s.root]
    for f in reversed(before):
        roles = s.ctx.roles_of(f)
        if not roles.sources or any(key(a) in own for a in roles.sources):
            continue
        got = [a for a in roles.targets if not unknown(a) and key(a) not in own]
        if got:
            return got
    return []


def _similar(noun: Token) -> bool:
    return any(k.dep_ == "amod" and k.lower_ in SIMILAR_WORDS for k in noun.children)


def _targets(s: Site, act: EarlierAct) -> list[Arg]:
    """The act's target, and every other target of the same earlier trigger ("asked Togo and
    Benin ...")."""
    same = [a.target for a in s.ctx.earlier if a.trigger == act.trigger and a.target is not None]
    seen: dict[str, Arg] = {}
    for ref in same:
        seen.setdefault(ref.code, Arg(ref, EARLIER, s.tok.i))
    return list(seen.values())
