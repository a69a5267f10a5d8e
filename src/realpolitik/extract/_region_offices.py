"""An office named for a region no table knows: "the governor of the Kessar region", "the Tarvo
district commissioner", "the mayor of Dzolu" (issue 9, parties34).

"The governor of the Kessar region met Iran's ambassador in Madrid", "the Tarvo district
commissioner held talks with Colombia's envoy in Ottawa": the office's own phrase says where it
is, a region, district or town the tables do not hold. Which state that is the sentence does
not say; the place where the meeting or signing happened (Madrid, Ottawa) is only where, never
a party (GUIDE rule 6). Such an office stays of no state (``placing.locate``), as a group in
such a place does (``_group_places``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors import STATE_NAME_KINDS
from realpolitik.extract._group_places import PLACE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

_NAME_TAGS = frozenset({"PROPN", "ADJ"})
# Adjectives of a region's office: "the Kessar regional governor", "the Tarvo provincial chief".
_PLACE_ADJECTIVES = frozenset({"regional", "provincial", "district", "municipal", "county"})


def office_of_unnamed_region(tok: Token, actors: DocActors) -> bool:
    """``tok`` (a party's head noun) is an office whose own "of" phrase ("the governor of the
    Kessar region", "the mayor of Dzolu") or whose own modifiers ("the Tarvo district
    commissioner", "the Kessar regional governor") name a place and no state."""
    if tok.pos_ != "NOUN":
        return False
    ofs = [p for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"]
    if any(_unnamed_region(p, actors) for of in ofs for p in of.children if p.dep_ == "pobj"):
        return True
    mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    names = [c for c in mods if _name(c)]
    if not names or any(_state_word(w, actors) for m in mods for w in m.subtree):
        return False  # ("Montenegro Municipality Association officials": Montenegro's)
    return any(
        c.lemma_.lower() in PLACE_NOUNS or c.lower_ in _PLACE_ADJECTIVES
        for m in mods
        for c in m.subtree
    )


def _unnamed_region(pobj: Token, actors: DocActors) -> bool:
    """ "the Kessar region", "Tarvo province", "Dzolu": a place noun with a name of its own, or a
    bare proper name, none of whose words the tables hold as a state (or as anything at all for a
    bare name: "the president of Chad", "the head of Interpol" are placed elsewhere)."""
    words = list(pobj.subtree)
    if any(_state_word(w, actors) for w in words):
        return False
    if pobj.lemma_.lower() in PLACE_NOUNS:
        return any(w.i != pobj.i and _name(w) for w in words)
    return pobj.pos_ == "PROPN" and all(actors.mention_of(w) is None for w in words)


def _name(tok: Token) -> bool:
    """A capitalised word of a name inside the phrase: a proper noun, or one the tagger reads
    as an adjective ("the Malbeni region", as it reads an unknown name in -i)."""
    return tok.pos_ in _NAME_TAGS and tok.text[:1].isupper() and not tok.is_sent_start


def _state_word(tok: Token, actors: DocActors) -> bool:
    m = actors.mention_of(tok)
    return m is not None and (m.kind in STATE_NAME_KINDS or bool(m.ref.country))
