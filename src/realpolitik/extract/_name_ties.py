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

import bisect
import re
from dataclasses import dataclass

from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._person_refs import office_person
from realpolitik.models import ActorRef

_WORD = r"[A-Z][A-Za-z'’\-]+"
_PARTICLE = r"(?:da|de|dos|do|van|von|der|den|del|bin|ibn|al|el)"
# An Arabic article joined to a surname ("al-Dbeibah", "el-Sisi"): the name word goes on, and
# the bare surname a story repeats is the word after it (parties25, fresh13's NM).
_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|an)-"
_NAME_WORD = rf"(?:{_ARTICLE})?{_WORD}"
_ARTICLE_OPENING = re.compile(_ARTICLE)
# A name of one to four capitalised words (surname particles inside, up to two: "van der"),
# ending where the pattern that uses it says.
_NAME_BEFORE = re.compile(
    rf"({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{0,3}}),[ \t]+(?:the[ \t]+)?$"
)
_NAME_AFTER = re.compile(
    rf"({_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_NAME_WORD}){{0,3}})"
    rf"(?=[ \t]*[,.;)]|[ \t]+[a-z])"
)
_COMMA_THE = re.compile(r",[ \t]+(?:the[ \t]+)?")
_COUNTERPART = re.compile(r"[ \t]+counterparts?,?[ \t]+")  # (", NAME": set off)
_OF = re.compile(r"[ \t]+of[ \t]+")
_CAP_WORD = re.compile(_WORD)
_STEM = re.compile(r"([A-Za-z'’]+?)(?:['’]s?|-.*)?$")
_NAME_AFTER_TITLE = re.compile(rf"[ \t]+({_WORD}(?:[ \t]+{_WORD}){{0,2}})")
_WORD_BEFORE = re.compile(rf"({_WORD})[ \t]+$")
_WORD_AFTER = re.compile(rf"[ \t]+{_WORD}")
_PARTICLE_AFTER = re.compile(rf"[ \t]+{_PARTICLE}[ \t]+{_WORD}")  # "Hugo de Zela": a name goes on
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
        "Sheikh", "Prince", "Princess", "Sultan", "Crown", "Pope", "Lord", "Sir", "Dame",
        "Marshal", "Ayatollah", "Imam", "Archbishop", "Cardinal", "Abu", "Bin", "Ibn",
    }
)  # fmt: skip
# Titles of honour a name may open with: not part of the name a story later repeats.
HONORIFICS = frozenset(
    {"Sheikh", "Cardinal", "Prince", "Princess", "Sultan", "Archbishop", "Ayatollah", "Imam",
     "Marshal", "Lord", "Sir", "Dame", "Dr", "Mr", "Mrs", "Ms", "Bishop", "General"}
)  # fmt: skip
# Words after a given name that open a patronymic ("Shakhboot bin Nahyan").
_PATRONYMICS = frozenset({"bin", "ibn", "bint"})
# Months that are also surnames ("Theresa May"): a short form only where one opens a sentence.
_MONTHS = frozenset({"March", "May", "June", "August"})
_SENTENCE_ENDS = frozenset('.!?"”')
_TITLE_WORDS = ("President", "Minister", "Premier", "Chancellor", "King", "Emir", "Queen")


@dataclass(frozen=True)
class Tie:
    """A person's name tied to a state's office: the name, its surname and the office's actor."""

    name: str
    surname: str
    ref: ActorRef


class NameIndex:
    """The record's capitalised words by word, and its mentions' spans, read once: every rule
    here looks words up instead of scanning the text again (long documents stay linear)."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        self._starts = [m.start for m in mentions]
        self.by_start = {m.start: m for m in mentions}
        self._at: dict[str, list[int]] | None = None
        self.named: dict[str, bool] = {}  # one-word names written after a name or a title

    @property
    def at(self) -> dict[str, list[int]]:
        """Where each capitalised word of the record starts, in order."""
        if self._at is None:
            self._at = {}
            for hit in _CAP_WORD.finditer(self.text):
                word = hit.group()
                self._at.setdefault(word, []).append(hit.start())
                stem = _STEM.match(word)  # "Temba's", "Temba-led": "Temba" too
                if stem is not None and stem.group(1) != word:
                    self._at.setdefault(stem.group(1), []).append(hit.start())
        return self._at

    def covered(self, lo: int, hi: int) -> bool:
        """A mention overlaps ``lo:hi`` (mentions are sorted and do not overlap)."""
        k = bisect.bisect_left(self._starts, hi) - 1
        return k >= 0 and self.mentions[k].end > lo

    def word_before(self, pos: int) -> str | None:
        got = _WORD_BEFORE.search(self.text, max(0, pos - _BACK), pos)
        return got.group(1) if got is not None else None


def name_ties(text: str, mentions: list[Mention], index: NameIndex | None = None) -> list[Tie]:
    """The record's ties of names to states' offices, first found first; a name tied to two
    different states is left to the other rules."""
    idx = index or NameIndex(text, mentions)
    found: list[Tie] = []
    for m in mentions:
        if office_person(m):
            found += _apposed(idx, m)
        elif m.kind in _STATEISH and m.ref.country:
            found += _counterpart(idx, m)
    found += _of_state(idx, {t.surname for t in found})
    codes: dict[str, set[str]] = {}
    for t in found:
        codes.setdefault(t.surname, set()).add(t.ref.country or "")
    out: list[Tie] = []
    seen: set[str] = set()
    for t in found:
        if len(codes[t.surname]) == 1 and t.surname not in seen:
            seen.add(t.surname)
            out.append(t)
    return out


def tie_spans(idx: NameIndex, tie: Tie) -> list[tuple[int, int]]:
    """Every place in the record the tied name is written, whole ("Kofi Temba") or by its
    surname alone."""
    words = tie.name.split()
    spans: list[tuple[int, int]] = []
    for pos in idx.at.get(tie.surname, []):
        lo = pos
        if len(words) > 1:
            whole = idx.text.rfind(tie.name, max(0, pos - len(tie.name)), pos + len(tie.surname))
            lo = whole if whole >= 0 and whole + len(tie.name) == pos + len(tie.surname) else pos
        end = pos + len(tie.surname)
        if idx.text[end : end + 1].isalnum():
            continue  # ("Temba" inside "Tembas")
        if len(words) == 1 and idx.text[end : end + 5].split(" ")[1:2] in (["bin"], ["ibn"]):
            continue  # (the given name inside the whole "Shakhboot bin Nahyan")
        spans.append((lo, end))
    return spans


def short_forms(
    text: str, mentions: list[Mention], index: NameIndex | None = None
) -> list[tuple[ActorRef, list[tuple[int, int]]]]:
    """A person of the tables named again by one word of his name ("Hun Manet ... Hun", "Prime
    Minister Paetongtarn Shinawatra ... Paetongtarn"): each later standalone use of that word,
    where no mention is and no other name goes on, is the same person. A word two different
    people of the record share is left alone."""
    owners: dict[str, dict[str, ActorRef]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.kind != "person" or not m.ref.name:
            continue
        words = [_ARTICLE_OPENING.sub("", w, count=1) for w in m.ref.name.split()]
        words = [w for w in words if w[:1].isupper()]  # ("al-Sudani": "Sudani")
        if len(words) < 2:
            continue
        written = set(_CAP_WORD.findall(text, m.start, m.end))
        for w in (words[0], words[-1]):
            # (only a word the record wrote for him: "Chavez" alone makes no "Hugo" his)
            if w in written and len(w) >= _MIN_SHORT and (w not in NOT_NAME_WORDS or w in _MONTHS):
                owners.setdefault(w, {})[m.ref.code + m.ref.name] = m.ref
                first[w] = min(first.get(w, m.end), m.end)
    if not owners:
        return []
    idx = index or NameIndex(text, mentions)
    out: list[tuple[ActorRef, list[tuple[int, int]]]] = []
    for w, refs in owners.items():
        if len(refs) != 1:
            continue
        spans = [(p, p + len(w)) for p in idx.at.get(w, []) if p >= first[w]]
        spans = [sp for sp in spans if _standalone(idx, sp)]
        if w in _MONTHS:  # ("Theresa May ... May later said": never "in May", "May 3")
            spans = [sp for sp in spans if _opens_sentence(idx.text, sp)]
        if spans:
            out.append((next(iter(refs.values())), spans))
    return out


def _opens_sentence(text: str, span: tuple[int, int]) -> bool:
    """A word that opens its sentence and no number follows (a month's name there is a date)."""
    lo, hi = span
    before = text[max(0, lo - _BACK) : lo].rstrip()
    return (not before or before[-1] in _SENTENCE_ENDS) and not text[hi:].lstrip()[:1].isdigit()


def _standalone(idx: NameIndex, span: tuple[int, int]) -> bool:
    """A whole word no mention covers and no other name word touches (a title may go before
    it: "President Hun")."""
    lo, hi = span
    if idx.text[hi : hi + 1].isalnum() or idx.covered(lo, hi):
        return False
    before = idx.word_before(lo)
    after = _WORD_AFTER.match(idx.text, hi) or _PARTICLE_AFTER.match(idx.text, hi)
    return (before is None or before in NOT_NAME_WORDS) and after is None


def _apposed(idx: NameIndex, office: Mention) -> list[Tie]:
    """ "NAME, Ghana's president" and "Ghana's prime minister, NAME": a name and a state's
    office set side by side with a comma."""
    text, code = idx.text, office.ref.code
    out: list[Tie] = []
    closed: list[Tie] = []  # ("Kenya's envoy, Mwangi, said": a one-word name set off by commas)
    before = _NAME_BEFORE.search(text, max(0, office.start - _BACK), office.start)
    if before is not None:
        words = _name_words(idx, *_past_honorifics(text, before.start(1), before.end(1)))
        got = _ties(words, code, office.ref.country)
        out += got
        closed += got[1:]
    comma = _COMMA_THE.match(text, office.end)
    if comma is not None and comma.group().strip() == ",":
        after = _NAME_AFTER.match(text, comma.end())
        if after is not None and after.start(1) not in idx.by_start:
            words = _name_words(idx, *_past_honorifics(text, after.start(1), after.end(1)))
            got = _ties(words, code, office.ref.country)
            out += got
            closed += got if text[after.end(1) : after.end(1) + 1] == "," else got[1:]
    return [t for t in out if t in closed or _named_elsewhere(idx, t)]


def _past_honorifics(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``lo:hi`` less the honorifics it opens with ("Cardinal", "Sheikh"): the name after."""
    while True:
        word = _CAP_WORD.match(text, lo)
        if word is None or word.group() not in HONORIFICS or word.end() >= hi:
            return lo, hi
        lo = word.end() + 1


def _ties(words: list[str], code: str, country: str | None) -> list[Tie]:
    """The tie of a name, and of its given name too where the name goes on with "bin" or
    "ibn" (a story calls "Shakhboot bin Nahyan" "Shakhboot")."""
    if not words:
        return []
    out = [_tie(words, code, country)]
    if len(words) > 2 and words[1].lower() in _PATRONYMICS and len(words[0]) >= _MIN_SHORT:
        out.append(_tie(words[:1], code, country))
    return out


def _counterpart(idx: NameIndex, state: Mention) -> list[Tie]:
    """ "his Lao counterpart Vilay Lakhamphong": a demonym's counterpart is that state's
    office-holder."""
    got = _COUNTERPART.match(idx.text, state.end)
    country = state.ref.country
    if got is None or not country:
        return []
    after = _NAME_AFTER.match(idx.text, got.end())
    if after is None:
        return []
    words = _name_words(idx, after.start(1), after.end(1))
    return [_tie(words, country + _GOVERNMENT, country)] if words else []


def _of_state(idx: NameIndex, tied: set[str]) -> list[Tie]:
    """ "Temba of Ghana said ...", for a name the story gives a title ("Prime Minister Kofi
    Temba") and ties nowhere else."""
    text = idx.text
    out: list[Tie] = []
    for m in idx.mentions:
        if m.kind != "sector" or not text[m.start : m.end].istitle():
            continue
        named = _NAME_AFTER_TITLE.match(text, m.end)
        if named is None:
            continue
        words = _name_words(idx, named.start(1), named.end(1))
        if not words or words[-1] in tied:
            continue
        tied.add(words[-1])  # (each surname looked up once)
        state = _of_what(idx, words[-1])
        if state is not None and state.ref.country:
            out.append(_tie(words, state.ref.country + m.ref.code[3:], state.ref.country))
    return out


def _of_what(idx: NameIndex, surname: str) -> Mention | None:
    """The state of the first "SURNAME of STATE" in the record."""
    for pos in idx.at.get(surname, []):
        of = _OF.match(idx.text, pos + len(surname))
        state = idx.by_start.get(of.end()) if of is not None else None
        if state is not None and state.kind in _STATEISH:
            return state
    return None


def _name_words(idx: NameIndex, lo: int, hi: int) -> list[str]:
    """The words of a name on ``lo:hi``; none when a mention overlaps it (the tables know the
    person, or a word is a place) or a word is no name."""
    if idx.covered(lo, hi):
        return []
    words = idx.text[lo:hi].split()
    if any(w in NOT_NAME_WORDS for w in words):
        return []
    return words


def _tie(words: list[str], code: str, country: str | None) -> Tie:
    name = " ".join(words)
    surname = _ARTICLE_OPENING.sub("", words[-1], count=1)  # "al-Dbeibah": "Dbeibah"
    return Tie(name, surname, ActorRef(name, code, country, name))


def _named_elsewhere(idx: NameIndex, tie: Tie) -> bool:
    """A longer name, or a one-word name the record also writes after a first name or a title
    ("Kofi Temba", "President Temba")."""
    if " " in tie.name:
        return True
    if tie.surname in idx.named:
        return idx.named[tie.surname]
    idx.named[tie.surname] = False
    for pos in idx.at.get(tie.surname, []):
        before = idx.word_before(pos)
        if before is not None and (before not in NOT_NAME_WORDS or before in _TITLE_WORDS):
            idx.named[tie.surname] = True
            return True
    return False


__all__ = ["NOT_NAME_WORDS", "NameIndex", "Tie", "name_ties", "short_forms", "tie_spans"]
