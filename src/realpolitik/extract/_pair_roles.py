"""Role nouns of the story's pair: "the foreign ministers of the two countries", "the leaders of
both nations", "the envoys of the two neighbours" (issue 9, pairs22: fresh11's class J).

A role noun (a sector word or a person noun) whose "of" / "from" phrase is the counted pair ("the
two countries", "both states") is that pair's office-holders, one actor per state: the pair is
found as "the two countries" alone would be (``counted_reference``), and the role noun gives
the sector. Without this, the "of" phrase blocks the counted reading and the role noun stayed
unplaced (``---GOV``), so a joint act of the two ("spoke by telephone and agreed to meet") had
no parties, and the next place named ("in Geneva") took the target slot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import PAIR_WORDS, PERSON_NOUNS, STATE_NOUNS, Arg
from realpolitik.extract._referring import PAIR_ONLY_NOUNS, counted_reference
from realpolitik.extract.confidence import REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

_OWNER_PREPS = frozenset({"of", "from"})
_DET_DEPS = frozenset({"det", "nummod", "predet"})
_THEIR = "their"
_GOVERNMENT = "GOV"  # the sector of a person noun with none of its own ("the leaders of ...")


def _pair_phrase(tok: Token) -> bool:
    """ "the two countries", "both nations", "the two neighbours": a counted pair of states with
    no words of its own that name them."""
    lemma = tok.lemma_.lower()
    if lemma not in STATE_NOUNS and lemma not in PAIR_ONLY_NOUNS:
        return False
    dets = {c.lower_ for c in tok.children if c.dep_ in _DET_DEPS}
    return bool(dets & PAIR_WORDS)


def pair_of_phrase(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "the foreign ministers of the two countries": each state of the pair with the role
    noun's sector; [] when ``tok`` has no such "of" phrase or the pair is not two states."""
    sector = actors._sectors.get(lemma, "") or (_GOVERNMENT if lemma in PERSON_NOUNS else "")
    if not sector:
        return []
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in _OWNER_PREPS:
            continue
        for p in c.children:
            if p.dep_ != "pobj" or not _pair_phrase(p):
                continue
            got = counted(actors, p, p.lemma_.lower())
            codes = list(dict.fromkeys(a.ref.country for a in got if a.ref.country))
            if len(codes) != 2:
                return []
            return [Arg(ActorRef(tok.text, c3 + sector, c3), REFERRED, tok.i) for c3 in codes]
    return []


def their_pair(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "Chile accused Peru of ... Their foreign ministers spoke by phone": a plural role noun
    owned by a "their" that opens its sentence's mentions (no state or person named before it
    in the sentence) is the story's pair's, when the last two states named are that pair."""
    sector = actors._sectors.get(lemma, "") or (_GOVERNMENT if lemma in PERSON_NOUNS else "")
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if not sector or owner is None or owner.lower_ != _THEIR or tok.tag_ not in ("NNS", "NNPS"):
        return []
    pos = actors.doc_offset(owner)
    start = pos - (owner.idx - owner.sent.start_char)
    last = actors._placed.last_before(pos)
    if last >= 0 and actors._placed.items[last].start >= start:
        return []  # "A and B said their ministers ...": the clause's own (``_coref``)
    dyad, two = actors.pair.at(pos), actors._placed.last_two(pos)
    if dyad is None or two is None:
        return []
    codes = [r.country or "" for r in dyad[2]]
    if {m.ref.country for m in two} != set(codes) or len(set(codes)) != 2:
        return []
    return [Arg(ActorRef(tok.text, c3 + sector, c3), REFERRED, tok.i) for c3 in codes]


def counted(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """``counted_reference`` on the document's chains and story pair at ``tok``."""
    pos = actors.doc_offset(tok)
    return counted_reference(
        tok,
        lemma,
        pos,
        states=actors._states,
        people=actors._people,
        placed=actors._placed,
        dyad=actors.pair.at(pos),
        sides=actors.pair.sides_at(pos),
    )


def pair_reference(actors: DocActors, tok: Token, lemma: str) -> list[Arg]:
    """ "the ministers of the two countries", "their ministers" (the pair's office-holders), else what
    ``counted_reference`` makes of ``tok`` ("the two countries", "the leader", ...)."""
    got = pair_of_phrase(actors, tok, lemma) or their_pair(actors, tok, lemma)
    return got or counted(actors, tok, lemma)
