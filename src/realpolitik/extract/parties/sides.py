""" "Both sides" as the doers: the two states an earlier act set against each other.

"India and Pakistan agreed to a ceasefire after talks mediated by Saudi Arabia and the United
States. Hours later, both sides accused each other of violating it": "both sides" / "the two
sides" / "the two countries" resolve (``DocActors``) to the last two states named, here the
mediators. As the doers of an act they are the two sides of the story's dispute: the states of
the latest earlier act between two states done in both directions (each on the other), kept
as read when the last two named acted on each other themselves or the document has no such
act; with none done both ways, the latest act between two states ("A's troops crossed into
B. C was not told. The two governments ...": A and B, leftovers45).
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site
from realpolitik.extract.parties.context_earlier import recent as _recent

# Nouns that "both" / "the two" make the pair of the story's states.
SIDE_NOUNS = frozenset(
    {"side", "country", "nation", "neighbour", "neighbor", "government", "state", "capital"}
)
PAIR_DETERMINERS = frozenset({"both", "two"})
_WORDS = frozenset({"both", "two"})


@acts_on(noun=False, words=_WORDS)
def sides_of_the_dispute(s: Site, c: Candidates) -> Candidates:
    """ "(Mediators named last.) Both sides accused each other": the subject "both sides" / "the
    two countries" read as the last two states named is, where those two never acted on each
    other in the document's recent acts, the two states of the latest act done in both
    directions between two states."""
    if s.noun or len(c.sources) != 2 or _WORDS.isdisjoint(sentence_words(s.ctx.sent)):
        return c
    tok = s.tok.doc[c.sources[0].tok]
    if any(a.tok != tok.i for a in c.sources) or tok.lemma_.lower() not in SIDE_NOUNS:
        return c
    kids = list(tok.children)
    if not any(
        k.dep_ in ("det", "nummod", "predet") and k.lower_ in PAIR_DETERMINERS for k in kids
    ):
        return c
    if any(k.dep_ in ("amod", "compound", "poss", "prep") for k in kids):
        return c
    read = frozenset(a.ref.country or a.ref.code for a in c.sources)
    acts = [a for a in _recent(s) if _dyad(a) is not None]
    if any(_dyad(a) == read for a in acts):
        return c
    directed = {(a.source.country, _target(a)) for a in acts}
    mutual = [a for a in acts if a.target is not None and _reversed(a) in directed]
    if mutual:
        pick = mutual[-1]
    else:
        # (no act both ways: where a state of the pair read is in no act between two states,
        # it is a bystander named after the story's acting pair, the latest such act's; "A's
        # troops crossed into B. C was not told. The two governments plan to ...", lo45)
        acting = frozenset().union(*(d for a in acts if (d := _dyad(a)) is not None))
        if not acts or read <= acting:
            return c
        pick = acts[-1]
    pair = [r for r in (pick.source, pick.target) if r is not None]
    return c.with_sources([Arg(r, EARLIER, tok.i) for r in pair], 2)


def _target(a: EarlierAct) -> str:
    return a.target.country if a.target is not None and a.target.country else ""


def _reversed(a: EarlierAct) -> tuple[str, str]:
    return (_target(a), a.source.country or "")


def _dyad(a: EarlierAct) -> frozenset[str] | None:
    """The two states an act sets against each other (doer and target), if two."""
    src, tgt = a.source.country, _target(a)
    if not src or not tgt or src == tgt:
        return None
    return frozenset((src, tgt))
