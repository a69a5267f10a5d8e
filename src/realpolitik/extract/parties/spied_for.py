"""A security service that arrests agents working for X is not X's (issue 9 section 1; coref10).

"The security service said it had arrested two agents working for Minsk": the service names no
state, and ``pairs.locate_unplaced`` puts it in the one state the sentence names, Belarus, the
state the agents work for; the event turns into Belarus arresting its own. An agent "working
for" or "spying for" X marks X as foreign to whoever catches them: the catcher is placed in the
state that reports the arrest ("..., Kyrgyz officials said"), else the state the document named
last before the sentence that is not X, else it stays unplaced.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.confidence import LOCATED, UNPLACED
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_SPY_WORDS = frozenset({"spy", "spying", "spies", "agent", "agents", "espionage", "working"})
_FOR_HEADS = frozenset({"spy", "work", "operate", "act", "agent", "spying"})
_STATEISH = frozenset({"country", "capital", "demonym"})
_LOOK_BACK = 800  # characters before the sentence searched for the catcher's state


@acts_on(words=_SPY_WORDS)
def not_the_spied_for_state(s: Site, c: Candidates) -> Candidates:
    """ "The security service arrested two agents working for Minsk": a doer placed by guess
    in the state its catch spies for is placed again (the reporter's state, the document's
    state named last before the sentence, else none)."""
    if not c.pairs or not (_SPY_WORDS & sentence_words(s.ctx.sent)):
        return c
    pairs = []
    for a, b in c.pairs:
        if (
            b is not None
            and _guessed(s, a)
            and len(a.ref.code) > 3
            and a.ref.country
            and a.ref.country == b.ref.country
            and _spied_for(s, b.ref.country)
        ):
            a = _replaced(s, a, b.ref.country)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _guessed(s: Site, a: Arg) -> bool:
    """The doer's own words name no state ("the security service", "it"): its state was a
    guess or a coreference, not a name."""
    doc = s.tok.doc
    if not 0 <= a.tok < len(doc):
        return False
    m = s.actors.mention_of(doc[a.tok])
    return m is None or m.ref.code.startswith("---")


def _spied_for(s: Site, country: str) -> bool:
    """The sentence has "working/spying for X" or "agents for X" with X of ``country``."""
    for tok in s.ctx.sent:
        if tok.lower_ != "for" or tok.dep_ != "prep" or tok.head.lemma_.lower() not in _FOR_HEADS:
            continue
        for p in tok.children:
            m = s.actors.mention_of(p) if p.dep_ == "pobj" else None
            if m is not None and m.ref.country == country:
                return True
    return False


def _replaced(s: Site, a: Arg, foreign: str) -> Arg:
    sector = a.ref.code[3:]
    country = _reporter_state(s, foreign) or _earlier_state(s, foreign)
    if country is None:
        return Arg(replace(a.ref, code="---" + sector, country=None), UNPLACED, a.tok)
    ref = replace(a.ref, code=country + sector, country=country)
    return Arg(ref, UNPLACED * LOCATED, a.tok)


def _reporter_state(s: Site, foreign: str) -> str | None:
    doc = s.tok.doc
    for i in sorted(s.reporters):
        m = s.actors.mention_of(doc[i])
        if m is not None and m.ref.country and m.ref.country != foreign:
            return m.ref.country
    return None


def _earlier_state(s: Site, foreign: str) -> str | None:
    mentions, starts = s.actors.mentions, s.actors.starts
    for k in range(bisect.bisect_left(starts, s.ctx.start) - 1, -1, -1):
        m = mentions[k]
        if s.ctx.start - m.start > _LOOK_BACK:
            break
        if m.kind in _STATEISH and m.ref.country and m.ref.country != foreign:
            return m.ref.country
    return None


__all__ = ["not_the_spied_for_state"]
