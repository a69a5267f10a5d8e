"""What the mention layer is made of: a registry match placed in the document (``Mention``), an event
argument (``Arg``), and the words that point back to a state or a person or pass through to the actor
they count (pronouns, state and person nouns, "the two sides", quantity heads)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from realpolitik.actors import STATE_NAME_KINDS
from realpolitik.extract._distributive import bare_each
from realpolitik.extract._portfolio_regions import portfolio_region
from realpolitik.extract._water_names import in_water_name
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

    from realpolitik.actors import ActorRegistry

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})
THING_PRONOUNS = frozenset({"it", "its", "itself", "they", "them", "their", "themselves"})
STATE_NOUNS = frozenset(
    {"country", "nation", "state", "government", "side", "regime", "capital", "kingdom", "junta"}
)
PAIR_WORDS = frozenset({"two", "both"})
PERSON_NOUNS = frozenset({"leader", "president", "premier", "minister", "chancellor"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "the bloc", "the alliance": the international organisation named last
IGO_NOUNS = frozenset({"bloc", "alliance", "organization", "organisation", "grouping"})
# (the person check compares codes: two leaders of one state count once)
_MOD_DEPS = frozenset({"poss", "compound", "amod", "nmod", "nummod"})
_LINK_PREPS = frozenset({"of", "from", "in"})
# A diplomatic mission and its head sit in the host state, which they do not belong to: "the
# embassy in Tallinn", "the consul in Tartu" are another state's (fresh14's EM).
MISSION_WORDS = frozenset({"embassy", "consulate", "legation", "ambassador", "consul"})
# Mission words that are one only with their modifier (parties29: fresh15's EM): a Commonwealth
# "high commission" / "high commissioner", a "representative" or "liaison office", a
# "diplomatic mission" ("the European Commission", "a trade office", "the UN mission" are none).
_QUALIFIED_MISSIONS = {
    "commission": frozenset({"high"}),
    "commissioner": frozenset({"high"}),
    "office": frozenset({"representative", "liaison"}),
    "mission": frozenset({"diplomatic"}),
}


def is_mission(tok: Token) -> bool:
    """``tok`` names a diplomatic mission or its head: "embassy", "consul", "high commission",
    "representative office", "diplomatic mission"."""
    lemma = tok.lemma_.lower()
    if lemma in MISSION_WORDS:
        return True
    marks = _QUALIFIED_MISSIONS.get(lemma)
    return marks is not None and any(
        k.dep_ in ("amod", "compound") and k.lower_ in marks for k in tok.children
    )


def owner_link(tok: Token, prep: Token) -> bool:
    """``prep`` is an "of / from / in" phrase of ``tok`` (a "for" phrase of a spokesman) that
    may name whose ``tok`` is: not
    the "in" phrase of a mission, which names its host ("the embassy in Tallinn" is not
    Estonia's; the sender is read from the story by ``parties.missions``)."""
    if prep.dep_ == "prep" and prep.lower_ == "for":
        return tok.lemma_.lower() in VOICE_NOUNS  # ("a spokesman for X's government")
    if prep.dep_ != "prep" or prep.lower_ not in _LINK_PREPS:
        return False
    return prep.lower_ != "in" or not is_mission(tok)


# Nouns of one who speaks for another: their "for" phrase names whose voice they are ("a
# spokesman for Rwanda's government" is Rwanda's government, as "of" is: parties38,
# practice5's note; any other noun's "for" phrase names a beneficiary).
VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def serves_in(tok: Token, prep: Token) -> bool:
    """ "the new force in Haiti": a single force's "in" phrase names the state it serves, not
    its owner (a mission of no state of its own; "forces in Mali", "the air force" are a
    state's). The served state itself is the party (lex13)."""
    return tok.lower_ == "force" and tok.tag_ == "NN" and prep.lower_ == "in"


def owned_count(tok: Token) -> bool:
    """A number counting a group its owner names by a pronoun ("150 of its soldiers", "20 of
    their officers"): the count stands for that group, as "two of its soldiers" does."""
    if not tok.like_num:
        return False
    return any(
        g.dep_ == "poss" and g.lower_ in ("its", "their")
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
        for g in p.children
    )


def subject_slot(tok: Token) -> bool:
    """Whether ``tok`` is its clause's subject, or the people counted by a subject count ("150
    of its soldiers had arrived": "soldiers", whose "its" then names the subject's state)."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.like_num:
        tok = tok.head.head
    return tok.dep_ in ("nsubj", "nsubjpass")


# Quantity and group heads that pass through to their "of" phrase ("thousands of students").
QUANT_HEADS = frozenset(
    {
        "ten", "tens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "dozen", "dozens", "scores", "group", "number", "member", "some", "many", "most", "all",
        "one", "two", "three", "third", "half", "majority", "part", "band", "contingent",
        "unit", "delegation", "team", "batch", "wave", "several",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """A registry match placed in the document: character offsets and what it names."""

    start: int
    end: int
    ref: ActorRef
    kind: str
    also: tuple[ActorRef, ...] = ()  # a name of several actors ("the Koreas")

    @property
    def is_person(self) -> bool:
        return self.kind == "person" or (self.kind == "custom" and bool(self.ref.name))

    @property
    def is_state(self) -> bool:
        return self.kind in STATE_NAME_KINDS or (
            self.kind == "custom" and len(self.ref.code) == 3 and self.ref.code.isalpha()
        )


@dataclass(frozen=True)
class Arg:
    """An event argument: the actor, how sure we are of it (0-1) and its head token."""

    ref: ActorRef
    quality: float
    tok: int


class Resolver(Protocol):
    """What the reference helpers (``_speaker_state``, ``_person_refs``, ``_referring``,
    ``_state_firms``) need of ``_mentions.DocActors``: they resolve tokens without importing it."""

    def resolve(self, tok: Token, depth: int = 0) -> list[Arg]: ...

    def mention_of(self, tok: Token) -> Mention | None: ...

    def doc_offset(self, tok: Token) -> int: ...


def registry_mentions(registry: ActorRegistry, text: str, date: str | None) -> list[Mention]:
    """All mentions in ``text``, sorted, as this module's records."""
    out = []
    for m in registry.find_mentions(text, date):
        ref = m.ref
        if not ref.code:
            continue
        kind = getattr(m, "kind", "custom")
        if kind in STATE_NAME_KINDS and in_water_name(
            text, m.start, m.end, adjective=kind == "demonym"
        ):
            continue  # "Lake Chad", "the Gulf of Guinea": a shared water, no state (names18)
        if kind == "group" and portfolio_region(text, m.start, m.end, kind, ref.country):
            continue  # "Washington's Africa envoy": the office's remit, no party (practice2)
        out.append(Mention(m.start, m.end, ref, kind, getattr(m, "also", ())))
    out.sort(key=lambda m: m.start)
    return out


def bare_pair(tok: Token) -> bool:
    """ "..., and the two / the pair / both agreed to stay in touch": a pair word with no noun
    of its own as a clause's subject points to the last two parties named."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return False
    low = tok.lower_
    if low in ("both", "neither"):  # ("neither has offered": the pair, negated by ``_neither``)
        return True
    if bare_each(tok):  # "each blamed the other" (leftovers32)
        return True
    if low not in ("two", "pair"):
        return False
    kids = [c.lower_ for c in tok.children]
    return kids == ["the"]


def object_pair(tok: Token) -> bool:
    """ "has accused both", "has not sanctioned either of them", "criticised both of them": a
    pair word with no noun of its own as an object points to the story's pair (fresh30's A)."""
    if tok.dep_ not in ("dobj", "dative") or tok.lower_ not in ("both", "either", "neither"):
        return False
    kids = [k for k in tok.children if k.dep_ != "punct"]
    if tok.lower_ == "both":  # "accused both of 'bloc thinking'": the charge, no owner
        return all(k.dep_ == "prep" and _no_owner(k) for k in kids)
    return len(kids) == 1 and kids[0].lower_ == "of" and _of_them(kids[0])


def _of_them(prep: Token) -> bool:
    return [g.lower_ for g in prep.children] == ["them"]


def _no_owner(prep: Token) -> bool:
    """A preposition after "both" that names no one: "of them", "of bloc thinking", "for
    their rules" ("both of the neighbours", "both of Y's allies" name whom they mean)."""
    if prep.lower_ != "of" or _of_them(prep):
        return True
    objs = [g for g in prep.children if g.dep_ == "pobj"]
    return all(
        g.pos_ == "NOUN" and g.lemma_.lower() not in STATE_NOUNS | PERSON_NOUNS for g in objs
    ) and not any(k.dep_ in ("poss", "det") for g in objs for k in g.children)


def of_phrase_mention(tok: Token, mention_at: Callable[[int], Mention | None]) -> Mention | None:
    """ "the ministry of justice of Peru": an office's "of" phrase whose noun ("justice") names
    no one may name its state one "of" further down (context14, fresh7's A)."""
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            m = mention_at(p.i) if p.dep_ == "pobj" else None
            if m is not None and m.is_state and not m.ref.code.startswith("---"):
                return m
    return None
