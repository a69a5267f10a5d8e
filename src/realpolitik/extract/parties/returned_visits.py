"""A returned visit goes to the state whose visit it returns (issue 9, clauses41: fresh29's
class F).

"Ghana's president visited Nairobi in March, and Kenya's president returned the visit in May",
"Tinubu's 2024 stop in Nairobi was returned by Ruto a few months later": a visit (042, the
lexicon's ``return`` + visit / stop / trip row) whose own clause names no place; its target is
the owner of the visit returned ("Tinubu's stop": Nigeria), else the maker of the latest visit
of this sentence or the two before made by another state than the returner. "Returned the
call" (a phone call) is no visit and has no row. Never the
returner's own state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of, key
from realpolitik.extract.parties.context_earlier import recent

if TYPE_CHECKING:
    from spacy.tokens import Token

_VISIT = "042"
_VISIT_ROOT = "04"
_RETURNING = frozenset({"return", "repay", "reciprocate"})
_VISIT_NOUNS = frozenset({"visit", "stop", "trip", "stopover"})
_SENTENCES = 2


def _visit_noun(tok: Token) -> Token | None:
    return next(
        (
            k for k in tok.children
            if k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in _VISIT_NOUNS
        ),
        None,
    )  # fmt: skip


@acts_on(noun=False, codes=(_VISIT,), words=_RETURNING)
def returned_visit_maker(s: Site, c: Candidates) -> Candidates:
    """ "X's president returned the visit": aimed at the state whose visit is returned (see
    the module's docstring)."""
    if not c.sources or c.targets or s.noun or s.code != _VISIT:
        return c
    if s.tok.lemma_.lower() not in _RETURNING:
        return c
    noun = _visit_noun(s.tok)
    if noun is None:
        return c
    own = {key(a) for a in c.sources}
    owners = [
        a for k in noun.children if k.dep_ == "poss" for a in s.actors.resolve(k)
        if key(a) not in own
    ]  # fmt: skip
    if owners:
        return c.with_targets(owners, 1)
    for f in sorted(s.ctx.triggers.values(), key=lambda f: -f.tok.i):
        if f.tok.i >= s.tok.i or f.code[:2] != _VISIT_ROOT or f.tok.lemma_.lower() in _RETURNING:
            continue  # "X visited Y-CAPITAL, and Y's president returned the visit"
        makers = [a for a in s.ctx.roles_of(f).sources if key(a) not in own]
        if makers:
            return c.with_targets([Arg(a.ref, EARLIER, s.tok.i) for a in makers], 1)
    for act in reversed(recent(s, _SENTENCES)):
        if act.root != _VISIT_ROOT or act.lemma in _RETURNING or home_of(act.source) in own:
            continue
        return c.with_targets([Arg(act.source, EARLIER, s.tok.i)], 1)
    return c
