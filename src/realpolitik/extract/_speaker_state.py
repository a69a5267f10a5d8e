"""Whose state a pointing phrase names when the sentence names several (issue 9, coref10).

"Chile's spokesman said after talks with Argentina that the country would not accept ...":
"the country" is the speaker's state, not Argentina (the state named last). A phrase that
points at a state ("the country", "the government", "the kingdom", "his government") inside
reported content stands for the state of whoever reports it; "its own people" stands for the
state of its own clause's subject ("Russia is repressing its own people while helping Iran").
Both are read off the parse by climbing from the phrase's clause to the clause above it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Arg, Resolver
from realpolitik.extract.confidence import REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


# Nouns that point at a state ("the country said", "the kingdom will"): resolved to the
# reporting speaker's state; "country"/"nation" fall back to the state named last elsewhere.
POINTING_NOUNS = frozenset({"country", "nation", "kingdom", "island", "republic", "government"})
# Clause links climbed from a phrase's clause towards the one that reports it; ``_REPORTED``
# are the links of reported content (crossing one makes the clause above the speaker's).
_CLIMB = frozenset({"ccomp", "parataxis", "conj", "advcl", "xcomp"})
_REPORTED = frozenset({"ccomp", "parataxis"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MAX_CLIMB = 5
_SPEECH = frozenset({"say", "tell", "add", "announce", "declare", "state", "insist", "warn"})


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause whose argument ``tok`` is (through a preposition or a noun it
    modifies: "the visas of the country's judges")."""
    v = tok.head
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX") or v.head.i == v.i:
            break
        v = v.head
    return v


def _subject(v: Token, tok: Token) -> Token | None:
    """The subject of ``v`` that is not ``tok`` or a word of ``tok``'s phrase."""
    for c in v.children:
        if c.dep_ in _SUBJECTS and not (c.left_edge.i <= tok.i <= c.right_edge.i):
            return c
    return None


def _placed(actors: Resolver, subj: Token, depth: int) -> Arg | None:
    got = actors.resolve(subj, depth + 1)
    if len(got) == 1 and got[0].ref.country:
        return got[0]
    return None


def reporting_speaker(
    actors: Resolver, tok: Token, depth: int, *, person: bool = False
) -> Arg | None:
    """The placed subject of the clause that reports ``tok``'s clause ("Chile's spokesman said
    [the country would ...]", "[The kingdom will not yield], its minister said"), climbing
    shared subjects ("met X and said ..."); None when no reported-content link is crossed or
    the speaker is not one placed actor. ``person``: the speaker must be a person or an office
    ("his government": not "Chile said his government ...")."""
    v = _clause_verb(tok)
    crossed = False
    for _ in range(_MAX_CLIMB):
        if v.head.i == v.i:
            return _trailing_speaker(actors, v, tok, depth, person)
        if v.dep_ not in _CLIMB and not _that_clause(v) and not crossed:
            return None  # (once inside reported content, any link up: "said after X that")
        crossed = crossed or v.dep_ in _REPORTED or _that_clause(v)
        v = v.head
        subj = _subject(v, tok)
        if subj is None or not crossed:
            continue
        if person and not _person_like(actors, subj):
            return None
        return _placed(actors, subj, depth)
    return None


def _that_clause(v: Token) -> bool:
    """A "that" clause the parser hung on a noun ("said on a visit to X that ..."): reported
    content too."""
    return v.dep_ in ("acl", "relcl") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in v.children
    )


def _trailing_speaker(
    actors: Resolver, root: Token, tok: Token, depth: int, person: bool
) -> Arg | None:
    """ "The country will not yield, Chile's minister said": the parser may make the quote the
    root and the speech verb its conjunct after it; that verb's subject is the speaker."""
    for c in root.children:
        if c.dep_ in ("conj", "parataxis") and c.i > tok.i and c.lemma_.lower() in _SPEECH:
            subj = _subject(c, tok)
            if subj is None or (person and not _person_like(actors, subj)):
                return None
            return _placed(actors, subj, depth)
    return None


def own_clause_subject(actors: Resolver, tok: Token, depth: int) -> Arg | None:
    """The placed subject of ``tok``'s own clause, or of the clause it shares its subject with
    ("Iran was jailing its own people and helping ..."): whose "own" people they are."""
    v = _clause_verb(tok)
    for _ in range(_MAX_CLIMB):
        subj = _subject(v, tok)
        if subj is not None:
            return _placed(actors, subj, depth) if subj.i < tok.i else None
        if v.dep_ not in ("conj", "xcomp", "advcl") or v.head.i == v.i:
            return None
        v = v.head
    return None


def _person_like(actors: Resolver, subj: Token) -> bool:
    """A subject that "his"/"her" can point back to: a person named, or an office word
    ("the prime minister", "Chile's spokesman"), not a state's name."""
    m = actors.mention_of(subj)
    if m is None:
        return False
    return m.is_person or m.kind == "sector" or len(m.ref.code) > 3  # ("Mexico's president")


def is_pointing(tok: Token) -> bool:
    """ "the country", "the kingdom": a pointing noun with "the" and no modifier of its own
    ("the country's north" is still one; "the neighbouring country", "the country of X" not)."""
    if tok.lemma_.lower() not in POINTING_NOUNS or tok.tag_ not in ("NN", "NNP"):
        return False
    kids = list(tok.children)
    if any(c.dep_ in ("amod", "compound", "poss", "prep", "relcl", "acl") for c in kids):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in kids)


def owned_state(actors: Resolver, tok: Token, sector: str, depth: int) -> Arg | None:
    """A sector word owned by a pronoun that names its state by the clause: "its own people"
    (the own clause's subject: "Iran is jailing its own people"), "his government" in reported
    content (the reporting person's state: "Mexico's president said his government had ..."; as
    subject, or as any argument for "government": "said Peru had insulted his government")."""
    if not sector:
        return None
    owner: Arg | None = None
    if has_own(tok):
        owner = own_clause_subject(actors, tok, depth)
    elif any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children) and (
        tok.dep_ in _SUBJECTS or tok.lemma_.lower() == "government"
    ):
        owner = reporting_speaker(actors, tok, depth, person=True)
    if owner is None or not owner.ref.country:
        return None
    country = owner.ref.country
    return Arg(ActorRef(tok.text, country + sector, country), REFERRED, tok.i)


def has_own(tok: Token) -> bool:
    """ "its own people": an "own" on the noun."""
    return any(c.dep_ == "amod" and c.lower_ == "own" for c in tok.children)


__all__ = [
    "POINTING_NOUNS",
    "has_own",
    "is_pointing",
    "own_clause_subject",
    "owned_state",
    "reporting_speaker",
]
