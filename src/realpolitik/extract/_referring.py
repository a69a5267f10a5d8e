"""Definite and counted phrases that point back to earlier mentions: "the two countries", "the
leaders", "the country", "the bloc", and a bare "the two" / "the pair" subject.

They read the document's mention chains only (which states, people and organisations were named
before the phrase); ``_mentions.DocActors`` decides when a phrase is one of these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import (
    PAIR_WORDS,
    PERSON_NOUNS,
    STATE_NOUNS,
    Arg,
    Mention,
    Resolver,
)
from realpolitik.extract.confidence import DEFINITE, REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract.parties._model import EarlierAct

_IGO_BACK = 600  # characters back within which "the bloc" is the organisation named last
# How far back (characters) the pair of the story's last act between two states is who "the
# two" / "the two countries" / "both sides" are; beyond it, the last two named.
DYAD_REACH = 2000
Dyad = tuple[ActorRef, ActorRef]
_GOVERNMENT = "GOV"


def story_dyad(acts: Sequence[EarlierAct]) -> Dyad | None:
    """The doer and target of a sentence's first act between two states that is its news (not
    a scene-setting clause): "Togo summoned Ghana's envoy after Burkinabe and Nigerien troops
    crossed the border" is about Togo and Ghana, whoever the sentence names last."""
    for a in acts:
        tgt = a.target
        if a.background or tgt is None or not a.source.country or not tgt.country:
            continue
        if a.source.country != tgt.country:
            return a.source, tgt
    return None


def _leader(ref: ActorRef, text: str) -> ActorRef:
    """A party of the story's pair as "the two leaders" name it: its person or office as it
    acted, a state named bare as its government."""
    code = ref.code + _GOVERNMENT if len(ref.code) == 3 and ref.country else ref.code
    return replace(ref, text=text, code=code)


def _in_sentence(tok: Token, pos: int, two: Sequence[Mention] | None) -> bool:
    """Both mentions are in ``tok``'s own sentence (before it): "after Chile accused Peru, the
    two countries ..." means them, not an earlier sentence's pair."""
    lo = pos - (tok.idx - tok.sent.start_char)
    return two is not None and all(m.start >= lo for m in two)


def bare_pair_args(
    actors: Resolver, people: MentionChain, tok: Token, depth: int, dyad: Dyad | None = None
) -> list[Arg]:
    """ "A met B in Rome, and the two agreed ...": the parties of the clause the pair's clause is
    conjoined to (its subjects, object, "with" partner), else the pair of the story's last act
    between two states (``story_dyad``), else the last two people named."""
    verb = tok.head
    got: list[Arg] = []
    if verb.dep_ == "conj" and depth < 2:
        for c in verb.head.children:
            if c.dep_ in ("nsubj", "dobj") or (c.dep_ == "prep" and c.lower_ == "with"):
                objs = [p for p in c.children if p.dep_ == "pobj"] if c.dep_ == "prep" else [c]
                got += [a for o in objs for a in actors.resolve(o, depth + 1)]
    if len({a.ref.code for a in got}) == 2:
        return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got]
    pos = actors.doc_offset(tok)
    two = people.last_two(pos)
    if dyad is not None and not _in_sentence(tok, pos, two):
        return [Arg(replace(r, text=tok.text), REFERRED, tok.i) for r in dyad]
    return [Arg(replace(m.ref, text=tok.text), REFERRED, tok.i) for m in two or ()]


def counted_reference(
    tok: Token,
    lemma: str,
    pos: int,
    *,
    states: MentionChain,
    people: MentionChain,
    placed: MentionChain,
    dyad: Dyad | None = None,
) -> list[Arg]:
    """ "the two countries" / "both sides" (the pair of the story's last act between two
    states, else the last two named), "the leaders" (the last two named), "the country" / "the
    leader" (the last one named); a phrase with modifiers of its own names someone else."""
    if lemma not in STATE_NOUNS and lemma not in PERSON_NOUNS:
        return []
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet")}
    if any(c.dep_ in ("amod", "compound", "poss", "prep") for c in tok.children):
        return []
    if "the" in dets and tok.tag_ in ("NNS", "NNPS"):
        dets = dets | {"two"}  # "the leaders", "the two sides": the last two named
    if dets & PAIR_WORDS and lemma in STATE_NOUNS:  # the last two countries named
        pair = placed.last_two(pos)
        if dyad is not None and not _in_sentence(tok, pos, pair):
            codes = [r.country or "" for r in dyad]  # (``story_dyad`` keeps placed ones)
            return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in codes]
        if pair is None:
            return []
        countries = [m.ref.country or "" for m in pair]  # every mention here has one
        return [Arg(ActorRef(tok.text, c, c), REFERRED, tok.i) for c in countries]
    if dets & PAIR_WORDS and lemma in PERSON_NOUNS:  # "the two leaders"
        two = people.last_two(pos)
        if dyad is not None and not _in_sentence(tok, pos, two):
            return [Arg(_leader(r, tok.text), REFERRED, tok.i) for r in dyad]
        if two is None:
            return []
        return [Arg(replace(m.ref, text=tok.text), REFERRED, tok.i) for m in two]
    if "the" in dets and lemma in ("country", "nation"):
        last = states.last_before(pos)
        if last >= 0:
            return [Arg(replace(states.items[last].ref, text=tok.text), DEFINITE, tok.i)]
    if "the" in dets and lemma in PERSON_NOUNS:
        last = people.last_before(pos)
        if last >= 0:
            return [Arg(replace(people.items[last].ref, text=tok.text), DEFINITE, tok.i)]
    return []


def last_igo(things: MentionChain, tok: Token, pos: int) -> list[Arg]:
    """ "Mali left ECOWAS, accusing the bloc of ...": the organisation named last (within a few
    sentences), for "the" + an organisation word with no modifier of its own."""
    kids = list(tok.children)
    if any(c.dep_ in ("amod", "compound", "poss") for c in kids):
        return []  # "the Western alliance", "the bloc's members"
    if any(c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children) for c in kids):
        return []  # "the bloc of seven states" (but "accusing the bloc of imposing")
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return []
    for k in range(things.last_before(pos), -1, -1):
        m = things.items[k]
        if pos - m.start > _IGO_BACK:
            break
        if m.ref.code.startswith("IGO"):
            return [Arg(replace(m.ref, text=tok.text), DEFINITE, tok.i)]
    return []
