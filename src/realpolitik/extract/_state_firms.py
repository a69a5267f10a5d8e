"""A state company named by its role ("the state carrier Belavia") is its state's (coref10).

"Washington lifted sanctions on Belarus's potash industry. It also lifted sanctions on the state
carrier Belavia": the actor tables hold states and offices, not every airline or oil company;
a company introduced as "the state carrier/airline/oil company X" belongs to the state the story
is about: the last state named before it that is not its own clause's subject's (the one who
sanctions or buys from it). A company with a state modifier ("Belarusian state carrier") is
placed by that modifier before this is asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Arg, Resolver
from realpolitik.extract.confidence import DEFINITE
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain

FIRM_NOUNS = frozenset(
    {"carrier", "airline", "company", "firm", "broadcaster", "bank", "producer", "operator"}
)
_STATE_WORDS = frozenset({"state", "owned", "run", "controlled"})
_BACK = 1200  # characters back searched for the company's state
_SECTOR = "BUS"


def state_firm(actors: Resolver, tok: Token, states: MentionChain, depth: int) -> list[Arg]:
    """ "the state carrier Belavia", "the state oil company Estaroil": the last state named
    before ``tok`` that is not the clause subject's; [] when ``tok`` is no such phrase."""
    kids = list(tok.children)
    if tok.lemma_.lower() not in FIRM_NOUNS and not any(
        c.dep_ == "compound" and c.lemma_.lower() in FIRM_NOUNS for c in kids
    ):
        return []
    left = [t for c in kids if c.i < tok.i for t in c.subtree]
    if not any(t.lower_ == "the" for t in left) or not any(t.lower_ in _STATE_WORDS for t in left):
        return []
    if any((m := actors.mention_of(t)) is not None and m.ref.country for t in tok.subtree):
        return []  # ("Belarusian state carrier", "the state carrier Aeroflot"): placed
    avoid = _subject_countries(actors, tok, depth)
    pos = actors.doc_offset(tok)
    m = states.last_where(pos, _BACK, lambda m: bool(m.ref.country) and m.ref.country not in avoid)
    if m is None or not m.ref.country:
        return []
    return [Arg(ActorRef(tok.text, m.ref.country + _SECTOR, m.ref.country), DEFINITE, tok.i)]


def _subject_countries(actors: Resolver, tok: Token, depth: int) -> set[str | None]:
    v = tok.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i == tok.i:
        return set()
    return {a.ref.country for a in actors.resolve(subj, depth + 1)}


__all__ = ["FIRM_NOUNS", "state_firm"]
