"""A judged act's agent named in a "by" phrase is the target of the judgement (issue 9 section
1: "a condemned or opposed act's agent is not taken as the target").

"Poland said the move by Russia was illegal", "Tokyo said the decision by Beijing was
unacceptable": the speech verb over a clause that judges an act criticises it (111, read by
``_readings.clause_reading``); the possessive form ("Russia's move") already gives the owner as
the target, but an agent inside the judged noun phrase ("the move by Russia", "the deployment of
Chinese troops") was left out, so the criticism had no target. The doer of the judged act is
whom the speaker criticises; the speaker's own state is never its own target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._readings import ACT_NOUNS
from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key

if TYPE_CHECKING:
    from spacy.tokens import Token

_CRITICISE = "111"
# The prepositions that name the judged act's doer inside its noun phrase.
_AGENT_PREPS = ("by", "of", "from")


def _judged_subject(verb: Token) -> Token | None:
    """The act noun a copular that-clause judges ("said the move by X was illegal")."""
    for c in verb.children:
        if c.dep_ == "ccomp" and c.lemma_.lower() == "be":
            subj = child(c, "nsubj")
            if subj is not None and subj.lemma_.lower() in ACT_NOUNS:
                return subj
    return None


@acts_on(noun=False, codes=(_CRITICISE,))
def judged_by_agent(s: Site, c: Candidates) -> Candidates:
    """A clause-read criticism with no target: the judged act's "by" (or "of") agent."""
    if s.noun or s.code != _CRITICISE or "clause" not in s.found.entry.flags or not c.pairs:
        return c
    if all(b is not None for _, b in c.pairs):
        return c
    subj = _judged_subject(s.tok)
    if subj is None:
        return c
    agents = [a for _, p in pobjs(subj, _AGENT_PREPS) for a in s.actors.resolve(p)]
    if not agents:
        return c
    pairs: dict[tuple[str, str], tuple[Arg, Arg | None]] = {}
    for a, b in c.pairs:
        got = [b] if b is not None else [g for g in agents if key(g) != key(a) and g.ref.country]
        for g in got:
            pairs.setdefault((key(a), key(g)), (a, g))
    if not pairs:
        return c
    return c.with_pairs(list(pairs.values()))
