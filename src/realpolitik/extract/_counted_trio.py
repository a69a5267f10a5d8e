"""A bare "the three" / "the four" (practice24's TR): "Xi hosted Putin and Kim ... Trump accused
the three of conspiring against the United States" names the last three people of three states
named before its sentence (else the last list of three states named together), each its own
party, as "the two" names the last two (``bare_pair_args``). GUIDE rule 6, "Counted trios"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._counted_lists import listed_states
from realpolitik.extract.confidence import REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract._mentions import Arg

# The counts a bare "the N" takes (the pair is ``bare_pair``'s).
_COUNTS = {"three": 3, "four": 4}
_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
# How far back (characters before the sentence) the people counted may be named.
_REACH = 600


def bare_count(tok: Token) -> int:
    """How many a bare "the three / the four" (no noun of its own, a subject or object)
    counts; 0 where ``tok`` is no such phrase."""
    n = _COUNTS.get(tok.lower_, 0)
    if not n or tok.dep_ not in _SLOTS:
        return 0
    return n if [c.lower_ for c in tok.children if c.dep_ != "prep"] == ["the"] else 0


def counted_back(
    tok: Token, pos: int, people: MentionChain, placed: MentionChain, n: int
) -> list[Arg]:
    """The states of the last ``n`` people of ``n`` different states named before ``tok``'s
    sentence (within ``_REACH``), in the order named; else those of the last list of ``n``
    states named together; else the last ``n`` states named before the sentence ("A hosted
    the leaders of B and C"); else none (two states named: no trio)."""
    from realpolitik.extract._mentions import Arg

    lo = pos - (tok.idx - tok.sent.start_char)  # where the sentence starts in the document
    seen = _last_states(people, lo, n)
    if len(seen) != n:
        seen = list(reversed(listed_states(tok, pos, placed, n) or []))
    if len(seen) != n:
        seen = _last_states(placed, lo, n)
    if len(seen) != n:
        return []
    return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in reversed(seen)]


def _last_states(chain: MentionChain, lo: int, n: int) -> list[str]:
    """The last ``n`` different states of ``chain`` (people's or places' mentions) before ``lo``
    (within ``_REACH``), latest first."""
    seen: list[str] = []
    for k in range(chain.last_before(lo), -1, -1):
        m = chain.items[k]
        if lo - m.start > _REACH:
            break
        country = m.ref.country
        if country and country not in seen:
            seen.append(country)
            if len(seen) == n:
                break
    return seen
