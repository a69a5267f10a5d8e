"""A reaction whose own time clause tells the act it answers is aimed at that act's doer.

"Estonia protested after Russia expelled two of its diplomats", "Poland lodged a protest when
Russian drones entered its airspace", "Greece complained after Turkish jets violated its
airspace": a protest, complaint, condemnation, demand or threat that names no target of its own
answers the act its "after / when / as" clause tells, and is aimed at that act's doer of another
side, as a scramble is (``scrambled._occasion_doers``). Without this the reaction kept no target
(practice10's class JO). A noun reaction ("lodged a protest") hangs its clause on the light verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

# Demands, disapproval (complaints, condemnation), threats, protests (a verb "protested" is
# read 140 until its state makes it the diplomatic 114).
_REACTION_ROOTS = frozenset({"10", "11", "13", "14"})
_OCCASION_MARKS = frozenset({"after", "when", "as"})
_MARK_DEPS = frozenset({"mark", "advmod"})  # ("when" is parsed as an adverb)
_LIGHT_DEPS = frozenset({"dobj", "attr"})
_CLAUSE_DEPS = frozenset({"advcl", "relcl"})


def _clause_heads(s: Site) -> list[Token]:
    """The reaction's verb, for a noun the light verb it is the object of, and their objects
    (the parser may hang the clause on "an explanation" as a relative clause)."""
    heads = [s.tok]
    if s.noun and s.tok.dep_ in _LIGHT_DEPS:
        heads.append(s.tok.head)
    return heads + [k for h in heads for k in h.children if k.dep_ in _LIGHT_DEPS]


def occasion_doers(s: Site, own: set[str]) -> list[Arg]:
    """Doers of another side of the act in an "after / when / as" clause of the reaction."""
    for head in _clause_heads(s):
        for k in head.children:
            if k.dep_ not in _CLAUSE_DEPS or k.i < s.tok.i:
                continue
            if not any(m.dep_ in _MARK_DEPS and m.lower_ in _OCCASION_MARKS for m in k.children):
                continue
            found = s.ctx.triggers.get(k.i)
            if found is None or found.absorbed:
                continue
            doers = [
                a
                for a in s.ctx.roles_of(found).sources
                if not unknown(a) and home_of(a.ref) not in own
            ]
            if doers:
                return doers
    return []


@acts_on(roots=_REACTION_ROOTS)
def occasion_reaction_target(s: Site, c: Candidates) -> Candidates:
    """ "Estonia protested after Russia expelled two of its diplomats": Estonia -> Russia, the
    doer of the act the reaction's time clause tells, where the reaction names no target."""
    if not c.sources or s.root not in _REACTION_ROOTS:
        return c
    if c.targets and not all(unknown(a) for a in c.targets):
        return c
    own = {home_of(a.ref) for a in c.sources}
    doers = occasion_doers(s, own)
    return c.with_targets(doers, 1) if doers else c
