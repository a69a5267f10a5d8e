"""Where a story ties a person's name to a state, wherever in the record it does so (names13).

"President Kofi Temba criticized Togo. Temba, Ghana's president since 2020, ...", "Benin's
president met his Ghanaian counterpart Kofi Temba. Temba asked ...", "Prime Minister Kofi
Temba ... Temba of Ghana said": an office-holder the actor tables do not know is placed by the
story's own evidence, an apposition with a state's office ("NAME, Ghana's president", "Ghana's
prime minister, NAME"), "his DEMONYM counterpart NAME", or "NAME of STATE" for a name the story
also gives a title. The tie holds for the whole record, before and after it, and for the bare
surname; never the nearest country word, never the state he addresses (``pairs._locate``).

A one-word name is tied only when the record also writes it as the last word of a longer name
("Kofi Temba"), so that a capitalised sentence opener ("Later, Ghana's president ...") is no
name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._person_refs import office_person
from realpolitik.models import ActorRef

_WORD = r"[A-Z][A-Za-z'’\-]+"
_PARTICLE = r"(?:da|de|dos|do|van|von|der|del|bin|al)"
# A name of one to four capitalised words (surname particles inside), ending where the
# pattern that uses it says.
_NAME_BEFORE = re.compile(
    rf"({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}}),[ \t]+(?:the[ \t]+)?$"
)
_NAME_AFTER = re.compile(
    rf"({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_WORD}){{0,3}})(?=[ \t]*[,.;)]|[ \t]+[a-z])"
)
_COMMA_THE = re.compile(r",[ \t]+(?:the[ \t]+)?")
_COUNTERPART = re.compile(r"[ \t]+counterparts?[ \t]+")
_OF = re.compile(r"[ \t]+of[ \t]+")
_BACK = 80  # characters looked back for a name before an apposed office
_MIN_SHORT = 3  # shortest word of a name that may stand for the whole name
_GOVERNMENT = "GOV"
_STATEISH = frozenset({"country", "capital", "demonym"})
# Capitalised words that are no one's name (a sentence's opener, a day, an office).
NOT_NAME_WORDS = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "The", "On", "In", "At", "And", "But", "For", "As",
        "Office", "Ministry", "Council", "Department", "Minister", "General", "Secretary",
        "President", "Prime", "Foreign", "Defence", "Defense", "Interior", "Finance", "King",
        "Queen", "Emir", "Chancellor", "Premier", "Ambassador", "Envoy", "Mr", "Mrs", "Ms", "Dr",
        "He", "She", "It", "They", "We", "His", "Her", "Its", "Their", "This", "That", "Then",
        "Later", "Meanwhile", "However", "Earlier", "Also", "Both", "After", "Before", "When",
        "While", "Since", "Speaking", "According", "Last", "Next", "Officials",
    }
)  # fmt: skip
_TITLE_WORDS = ("President", "Minister", "Premier", "Chancellor", "King", "Emir", "Queen")


@dataclass(frozen=True)
class Tie:
    """A person's name tied to a state's office: the name, its surname and the office's actor."""

    name: str
    surname: str
    ref: ActorRef


def name_ties(text: str, mentions: list[Mention]) -> list[Tie]:
    """The record's ties of names to states' offices, first found first; a name tied to two
    different states is left to the other rules."""
    by_start = {m.start: m for m in mentions}
    found: list[Tie] = []
    for m in mentions:
        if office_person(m):
            found += _apposed(text, m, mentions, by_start)
        elif m.kind in _STATEISH and m.ref.country:
            found += _counterpart(text, m, mentions)
    found += _of_state(text, mentions, by_start, {t.surname for t in found})
    codes: dict[str, set[str]] = {}
    for t in found:
        codes.setdefault(t.surname, set()).add(t.ref.country or "")
    out: list[Tie] = []
    for t in found:
        if len(codes[t.surname]) == 1 and all(o.surname != t.surname for o in out):
            out.append(t)
    return out


def short_forms(text: str, mentions: list[Mention]) -> list[tuple[ActorRef, list[tuple[int, int]]]]:
    """A person of the tables named again by one word of his name ("Hun Manet ... Hun", "Prime
    Minister Paetongtarn Shinawatra ... Paetongtarn"): each later standalone use of that word,
    where no mention is and no other name goes on, is the same person. A word two different
    people of the record share is left alone."""
    owners: dict[str, dict[str, ActorRef]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.kind != "person" or not m.ref.name:
            continue
        words = [w for w in m.ref.name.split() if w[:1].isupper()]
        if len(words) < 2:
            continue
        for w in (words[0], words[-1]):
            if len(w) >= _MIN_SHORT and w not in NOT_NAME_WORDS:
                owners.setdefault(w, {})[m.ref.code + m.ref.name] = m.ref
                first[w] = min(first.get(w, m.end), m.end)
    out: list[tuple[ActorRef, list[tuple[int, int]]]] = []
    for w, refs in owners.items():
        if len(refs) != 1:
            continue
        spans = [
            (h.start(), h.end()) for h in re.finditer(rf"\b{re.escape(w)}\b", text[first[w] :])
        ]
        spans = [(lo + first[w], hi + first[w]) for lo, hi in spans]
        spans = [sp for sp in spans if _standalone(text, sp, mentions)]
        if spans:
            out.append((next(iter(refs.values())), spans))
    return out


def _standalone(text: str, span: tuple[int, int], mentions: list[Mention]) -> bool:
    """A word no mention covers and no other name word touches (a title may go before it:
    "President Hun")."""
    lo, hi = span
    if any(m.start < hi and lo < m.end for m in mentions):
        return False
    before = re.search(rf"({_WORD})[ \t]+$", text[max(0, lo - 40) : lo])
    after = re.match(rf"[ \t]+{_WORD}", text[hi:])
    return (before is None or before.group(1) in NOT_NAME_WORDS) and after is None


def _apposed(
    text: str, office: Mention, mentions: list[Mention], by_start: dict[int, Mention]
) -> list[Tie]:
    """ "NAME, Ghana's president" and "Ghana's prime minister, NAME": a name and a state's
    office set side by side with a comma."""
    code = office.ref.code
    out: list[Tie] = []
    before = _NAME_BEFORE.search(text, max(0, office.start - _BACK), office.start)
    if before is not None:
        words = _name_words(text, before.start(1), before.end(1), mentions)
        if words:
            out.append(_tie(words, code, office.ref.country))
    comma = _COMMA_THE.match(text, office.end)
    if comma is not None and comma.group().strip() == ",":
        after = _NAME_AFTER.match(text, comma.end())
        if after is not None and after.start(1) not in by_start:
            words = _name_words(text, after.start(1), after.end(1), mentions)
            if words:
                out.append(_tie(words, code, office.ref.country))
    return [t for t in out if _named_elsewhere(text, t)]


def _counterpart(text: str, state: Mention, mentions: list[Mention]) -> list[Tie]:
    """ "his Lao counterpart Vilay Lakhamphong": a demonym's counterpart is that state's
    office-holder."""
    got = _COUNTERPART.match(text, state.end)
    country = state.ref.country
    if got is None or not country:
        return []
    after = _NAME_AFTER.match(text, got.end())
    if after is None:
        return []
    words = _name_words(text, after.start(1), after.end(1), mentions)
    return [_tie(words, country + _GOVERNMENT, country)] if words else []


def _of_state(
    text: str, mentions: list[Mention], by_start: dict[int, Mention], tied: set[str]
) -> list[Tie]:
    """ "Temba of Ghana said ...", for a name the story gives a title ("Prime Minister Kofi
    Temba") and ties nowhere else."""
    out: list[Tie] = []
    for m in mentions:
        if m.kind != "sector" or not text[m.start : m.end].istitle():
            continue
        named = re.match(rf"[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})", text[m.end :])
        if named is None:
            continue
        words = _name_words(text, m.end + named.start(1), m.end + named.end(1), mentions)
        if not words or words[-1] in tied:
            continue
        for hit in re.finditer(rf"\b{re.escape(words[-1])}\b", text):
            of = _OF.match(text, hit.end())
            state = by_start.get(of.end()) if of is not None else None
            if state is not None and state.kind in _STATEISH and state.ref.country:
                code = state.ref.country + m.ref.code[3:]
                out.append(_tie(words, code, state.ref.country))
                break
    return out


def _name_words(text: str, lo: int, hi: int, mentions: list[Mention]) -> list[str]:
    """The words of a name on ``lo:hi``; none when a mention overlaps it (the tables know the
    person, or a word is a place) or a word is no name."""
    if any(m.start < hi and lo < m.end for m in mentions):
        return []
    words = text[lo:hi].split()
    if any(w in NOT_NAME_WORDS for w in words):
        return []
    return words


def _tie(words: list[str], code: str, country: str | None) -> Tie:
    name = " ".join(words)
    return Tie(name, words[-1], ActorRef(name, code, country, name))


def _named_elsewhere(text: str, tie: Tie) -> bool:
    """A longer name, or a one-word name the record also writes after a first name or a title
    ("Kofi Temba", "President Temba")."""
    if " " in tie.name:
        return True
    prev = re.compile(rf"\b({_WORD})[ \t]+{re.escape(tie.surname)}\b")
    return any(
        hit.group(1) not in NOT_NAME_WORDS or hit.group(1) in _TITLE_WORDS
        for hit in prev.finditer(text)
    )


__all__ = ["NOT_NAME_WORDS", "Tie", "name_ties", "short_forms"]
