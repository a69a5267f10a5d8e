"""Which person a pronoun or "his guest" refers to, read with the clause (issue 9, coref10).

"Vietnam's president met Xi in Hanoi. He assured his visitor that ...": "he" is the president
(an office named with its state is a person too, not only the names the tables hold), and "his
visitor" is the other party of the visit, not the speaker. "Poland's minister met his Ukrainian
counterpart and praised him": an object pronoun is not its own clause's subject (a reflexive
would say "himself").
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Arg, Resolver
from realpolitik.extract.confidence import REFERRED

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_parts import Mention

# Office words that make a state's composed name a person ("Vietnam's president"; "a senior
# official of Kenya('s water agency)": "he" after it is the official, leftovers52).
OFFICE_WORDS = frozenset(
    {
        "president", "minister", "premier", "chancellor", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "envoy", "king", "queen", "emir", "prince", "leader",
        "secretary", "counterpart", "official",
    }
)  # fmt: skip
GUEST_NOUNS = frozenset({"guest", "visitor"})
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
_STATEISH = frozenset({"country", "capital", "demonym"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUN_ROLES = frozenset({"dobj", "pobj", "attr", "appos"})  # a noun whose verb is the clause's
_UP_TO_VERB = 3  # steps from a pronoun's noun up to its verb
_NEAR = 400  # characters back within which a subject is the likelier antecedent
_GUEST_BACK = 1200  # characters back searched for a guest


@functools.cache
def title_words() -> frozenset[str]:
    """The last words of the sector table's titles ("undersecretary", "negotiator", "general",
    "governor"): an office before a name makes a person as "minister" does (leftovers32)."""
    from realpolitik.actors._tables import project_sectors

    return OFFICE_WORDS | frozenset(
        s.phrase.split()[-1].lower() for s in project_sectors() if s.title and s.sector
    )


def office_person(m: Mention) -> bool:
    """A state's office named as one person ("Vietnam's president", "the Polish foreign
    minister", "Ghana's President Lina Vesk"): a mention of a state with a sector whose last
    word is an office, or an office followed by a name."""
    if m.kind not in _STATEISH or not m.ref.country:
        return False
    raw = m.ref.text.split()
    words = [w.lower() for w in raw]
    if words and words[-1] in OFFICE_WORDS:
        return True
    k = next((i for i, w in enumerate(words) if w in OFFICE_WORDS), None)
    if k is not None and words[k + 1 : k + 2] == ["of"]:
        return True  # ("the Vatican's secretary of state", "Fiji's minister of trade")
    if k is None:  # ("Chile's chief negotiator Ana Soto", "Kenyan General Paul Otieno")
        titles = title_words()
        last = max((i for i, w in enumerate(words) if w in titles), default=-1)
        named = 0 <= last < len(raw) - 1
        return named and all(w[:1].isupper() for w in raw[last + 1 :])
    return all(w[:1].isupper() for w in raw[k + 1 :])


def subject_codes(actors: Resolver, tok: Token, depth: int) -> frozenset[str]:
    """Codes of the subject of the clause an object pronoun stands in ("praised him")."""
    subj = _clause_subject(tok)
    if subj is None:
        return frozenset()
    return frozenset(a.ref.code for a in actors.resolve(subj, depth + 1))


def _clause_subject(tok: Token) -> Token | None:
    """The subject of ``tok``'s clause, or of the clause its verb is conjoined to ("met X and
    praised him"); a pronoun in a noun's phrase stands in the noun's verb's clause ("X held
    talks with him": not X, leftovers52)."""
    v = tok.head.head if tok.dep_ == "pobj" else tok.head
    for _ in range(_UP_TO_VERB):
        if v.pos_ in _VERBS or v.dep_ not in _NOUN_ROLES or v.head.i == v.i:
            break
        v = v.head.head if v.dep_ == "pobj" else v.head
    for _ in range(3):
        for c in v.children:
            if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i:
                return c
        if v.dep_ != "conj":
            break
        v = v.head
    return None


# Role nouns of a person: "it" never refers to them ("The Y-ian ambassador was summoned by the
# Z-ian ministry. It accused Y ...": the ministry) (leftovers46).
PERSON_ROLES = frozenset(
    {"ambassador", "envoy", "diplomat", "minister", "president", "premier", "chancellor",
     "official", "spokesman", "spokeswoman", "spokesperson", "attache", "consul", "affaires"}
)  # fmt: skip


def pick_antecedent(
    items: list[Mention],
    last: int,
    pos: int,
    subjects: set[int],
    skip: frozenset[str],
    sentence: int = -1,
) -> Mention | None:
    """The mention a pronoun at ``pos`` refers to: a recent subject, else the last mention,
    passing over those of ``skip`` (its own clause's subject, for an object pronoun), and for
    "it" opening a later sentence (``sentence``: where its sentence starts) a person named
    by a role noun before it, where another mention stands ("The Y-ian ambassador was
    summoned by the Z-ian ministry. It ..."; "X's minister said it would" stays X's)."""
    pick: Mention | None = None
    for k in range(last, -1, -1):
        m = items[k]
        if m.ref.code in skip:
            continue
        if m.start < sentence and m.ref.text.rsplit(" ", 1)[-1].lower() in PERSON_ROLES:
            if pick is None and not any(n.ref.code not in skip for n in items[:k]):
                return m  # (no other mention to take)
            continue
        if pick is None:
            pick = m
        if pos - m.start > _NEAR:
            break
        if m.start in subjects:
            return m
    return pick


def guest_of(
    actors: Resolver, tok: Token, items: list[Mention], last: int, depth: int
) -> list[Arg]:
    """ "Ruto promised his guest more support": the last person named before whose state is not
    the host's (the clause's subject)."""
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if before not in ("his", "her") and not any(c.dep_ in ("poss", "det") for c in tok.children):
        return []  # ("promised her visitor ...": "her" may be parsed as the dative)
    host = _clause_subject(tok)
    if host is None:
        return []
    hosts = {a.ref.country for a in actors.resolve(host, depth + 1)}
    if not hosts or None in hosts:
        return []
    pos = actors.doc_offset(tok)
    for k in range(last, -1, -1):
        m = items[k]
        if pos - m.start > _GUEST_BACK:
            break
        if m.ref.country and m.ref.country not in hosts:
            return [Arg(replace(m.ref, text=tok.text), REFERRED, tok.i)]
    return []


__all__ = [
    "GUEST_NOUNS",
    "OBJECT_PRONOUNS",
    "office_person",
    "guest_of",
    "pick_antecedent",
    "subject_codes",
]
