"""People a document introduces with their office and state, found again by surname (coref10).

"Foreign Minister Ana Lopez of Peru arrived in Quito ... Lopez criticized Colombia": the
actor tables know office-holders, not every minister, judge or general a story names; a name
written after a title whose state the text gives ("Foreign Minister X of Peru", "Peru's foreign
minister X", "Peruvian Foreign Minister X") is that state's office for the rest of the
document, and so is its bare surname later on. A surname the tables hold for someone of another
state ("Lopez" for a Venezuelan minister) is this document's person from the introduction on;
one they hold for the same state is left to the tables.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._name_ties import NameIndex, name_ties, short_forms, tie_spans
from realpolitik.extract._own_voice import own_voice_state
from realpolitik.extract._untitled_names import untitled_names
from realpolitik.models import ActorRef

# Name words after a title: capitalised words and the particles of surnames ("Lula da Silva").
_NAME = re.compile(r"(?:[ \t]+(?:[A-Z][A-Za-z'’\-]+|da|de|dos|do|e|van|von|der|del|bin|al))+")
_NAME_WORD = re.compile(r"[ \t]([A-Z][A-Za-z'’\-]+)\b")
_OF = re.compile(r"[ \t]+of[ \t]+")
# Capitalised words after a title that are no name.
_NOT_NAMES = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "The", "On", "In", "At", "And", "But", "For",
        "Office", "Ministry", "Council", "Department", "Minister", "General", "Secretary",
    }
)  # fmt: skip
_PARTICLES = frozenset({"da", "de", "dos", "do", "e", "van", "von", "der", "del", "bin", "al"})
_STATEISH = frozenset({"country", "capital", "demonym"})
_MIN_SURNAME = 3
_OVERLAP_BACK = 4  # placed spans before a mention's end that may still overlap it
_RUN = re.compile(r"\w+")  # a word of the text; a surname's first word characters
_FEW_SURNAMES = 8  # up to this many, each surname's own scan of the text is the quicker


@dataclass(frozen=True)
class _Intro:
    """A person introduced with a title and a state: their name's span, actor and surname."""

    start: int
    end: int
    ref: ActorRef
    surname: str


def titled_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the document's introduced office-holders placed on their names and
    on their later bare surnames (sorted, no overlaps)."""
    index = NameIndex(text, mentions)
    ties = name_ties(text, mentions, index)
    shorts = short_forms(text, mentions, index)
    untitled = _untitled(text, mentions)
    if not ties and not shorts and not untitled and not any(_title_like(m) for m in mentions):
        return mentions
    out = _drop_first_names(text, mentions)
    placed = [(sp, tie.ref) for tie in ties for sp in tie_spans(index, tie)]
    placed += [(sp, ref) for ref, spans in shorts for sp in spans]
    if placed:
        out = _place_each(text, out, placed)
    # an untitled name's first word read as a body's title ("Duma Gideon of Eswatini") is his
    intros = [i for i in _intros(text, out) if not any(_inside(i, u) for u in untitled)]
    intros += [u for u in untitled if not any(i.start < u.end and u.start < i.end for i in intros)]
    return _place_all(text, out, intros) if intros else out


def _untitled(text: str, mentions: list[Mention]) -> list[_Intro]:
    """ "Duma Gideon of Eswatini" with no title: the state's person (``_untitled_names``)."""
    out: list[_Intro] = []
    for start, end, words, state in untitled_names(text, mentions):
        names = [w for w in words if w not in _PARTICLES]
        country = state.ref.country or ""
        if not country or len(names[-1]) < _MIN_SURNAME:
            continue
        full = " ".join(words)
        out.append(_Intro(start, end, ActorRef(full, country, country, full), names[-1]))
    return out


def _drop_first_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the one-word bodies and places that are a titled person's first name
    ("Prime Minister Duma Gideon"), whether or not the text gives the person's state."""
    by_start = {m.start: m for m in mentions}
    drop: set[int] = set()
    for m in mentions:
        if not _title_like(m) or m.start in drop:
            continue
        nxt = _NAME_WORD.match(text, m.end)
        first = by_start.get(m.end + 1) if nxt is not None else None
        if first is not None and first.kind != "person" and _first_name(text, first, by_start):
            drop.add(first.start)
    return [m for m in mentions if m.start not in drop]


def _title_like(m: Mention) -> bool:
    """An office word of no state ("Foreign Minister") or one of a state ("Peru's foreign
    minister", "Peruvian Foreign Minister Ana")."""
    if m.kind in ("person", "sector"):
        return m.kind == "sector"
    return m.kind in _STATEISH and bool(m.ref.country) and len(m.ref.code) > 3


def _intros(text: str, mentions: list[Mention]) -> list[_Intro]:
    """The titled introductions of ``mentions`` (sorted by start), each once: a title inside
    an earlier introduction's name introduces no one."""
    by_start = {m.start: m for m in mentions}
    found: list[_Intro] = []
    open_: list[_Intro] = []  # found intros that may still hold a later mention's start
    for k, m in enumerate(mentions):
        if not _title_like(m):
            continue
        open_ = [i for i in open_ if i.end > m.start]  # starts only grow
        if any(i.start <= m.start for i in open_):
            continue
        words, start, end = _name_after(text, m.end, by_start)
        if m.kind == "sector":
            state = _of_state(text, end, by_start) if words else None
            if state is None and words:  # ("Chile will ..., Interior Minister Ana Soto said")
                state = own_voice_state(text, m.start, end, mentions[:k])
            if state is None or not state.ref.country:
                continue
            country = state.ref.country
            code = country + m.ref.code[3:]
        else:
            country, code = m.ref.country or "", m.ref.code
            words = [*(m.ref.name or "").split(), *words]
        names = [w for w in words if w not in _PARTICLES]
        if not names or len(names[-1]) < _MIN_SURNAME:
            continue
        stop = k + 1
        while stop < len(mentions) and mentions[stop].start < end:
            stop += 1
        inside = mentions[k + 1 : stop]
        full = " ".join(words)
        ref = ActorRef(full, code, country, full)
        if any(x.kind == "person" and _same_person(x.ref, ref) for x in inside):
            continue  # the tables know this person ("President Emmanuel Macron of France")
        found.append(_Intro(start, end, ref, names[-1]))
        open_.append(found[-1])
    return found


def _name_after(text: str, pos: int, by_start: dict[int, Mention]) -> tuple[list[str], int, int]:
    """The name words right after ``pos``, where they start and where they end; a word that
    begins a mention other than a person's (but a first name, ``_first_name``), or a word of
    ``_NOT_NAMES``, ends the name."""
    got = _NAME.match(text, pos)
    if got is None:
        return [], pos, pos
    words: list[str] = []
    first = end = pos
    for w in re.finditer(r"\S+", got.group()):
        start = pos + w.start()
        other = by_start.get(start)
        named = other is None or other.kind == "person"
        named = named or (not words and other is not None and _first_name(text, other, by_start))
        if w.group() in _NOT_NAMES or not named:
            break
        if not words:
            first = start
        words.append(w.group())
        end = pos + w.end()
    while words and words[-1] in _PARTICLES:
        words.pop()
        end = text.rfind(" ", 0, end)
    return words, first, end


def _first_name(text: str, m: Mention, by_start: dict[int, Mention]) -> bool:
    """A one-word body or place right after a title that a further name word follows is the
    person's first name ("Prime Minister Duma Gideon": not the Russian parliament)."""
    if " " in text[m.start : m.end]:
        return False
    nxt = _NAME_WORD.match(text, m.end)
    return nxt is not None and nxt.group(1) not in _NOT_NAMES and m.end + 1 not in by_start


def _of_state(text: str, pos: int, by_start: dict[int, Mention]) -> Mention | None:
    """The state of an "of X" right after ``pos`` ("... Ana Lopez of Peru")."""
    got = _OF.match(text, pos)
    if got is None:
        return None
    m = by_start.get(got.end())
    return m if m is not None and m.kind in _STATEISH else None


def _place_all(text: str, mentions: list[Mention], intros: list[_Intro]) -> list[Mention]:
    """Each intro in turn placed on its name and its later standalone surnames (``_Placer``).
    The same person introduced again ("President Ana Lopez ... President Ana Lopez") is placed
    on the new name only where the earlier placement of the later surnames stands untouched:
    placing it there again would change nothing."""
    placer = _Placer(text, mentions, {intro.surname for intro in intros})
    for intro in intros:
        first = intro.start < intro.end
        spans = [(intro.start, intro.end)] if first else []
        hits, after = placer.surnames_after(intro.surname, intro.end)
        if placer.unchanged(intro.surname, intro.ref, intro.end, after):
            if spans:
                placer.place(spans, intro.ref, first=first)
            continue
        if spans or hits:
            placer.place(spans + hits, intro.ref, first=first)
        placer.settle(intro.surname, intro.ref, after)
    return placer.out


class _Placer:
    """The mentions (sorted by start) as the intros are placed one after another: each
    placement touches only the mentions near its spans, and each surname's occurrences are
    found once, so a long text of many introductions stays linear."""

    def __init__(self, text: str, mentions: list[Mention], surnames: set[str]) -> None:
        self.text = text
        self.out = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.out]
        self.longest = max((m.end - m.start for m in self.out), default=0)
        self.found: dict[str, list[int] | None] = {}  # each surname's starts, once
        occurs: list[tuple[int, str]] = []
        few = len(surnames) <= _FEW_SURNAMES
        runs = {} if few else _word_runs(text, surnames)
        for surname in sorted(surnames):
            pattern = re.compile(rf"\b{re.escape(surname)}\b")
            lead = None if few else _RUN.match(surname)
            if lead is None and _RUN.fullmatch(surname):  # one word: no two occurrences overlap
                at = [h.start() for h in pattern.finditer(text)]
            elif lead is None:  # few surnames, or no word to look one up by: scan the text
                at = [h.start() for h in re.finditer(f"(?={pattern.pattern})", text)]
            else:
                at = [q for q in runs.get(lead.group(), []) if pattern.match(text, q)]
            apart = all(b - a >= len(surname) for a, b in zip(at, at[1:], strict=False))
            self.found[surname] = at if apart else None
            occurs += [(lo, surname) for lo in at] if apart else []
        occurs.sort()
        self.occurs = occurs
        self.occur_starts = [lo for lo, _ in occurs]
        self.occur_longest = max(map(len, surnames), default=0)
        self.settled: dict[str, tuple[ActorRef, int]] = {}  # surname: last placed, from where
        self.touched: dict[str, int] = {}  # surname: last occurrence changed since then

    def surnames_after(self, surname: str, pos: int) -> tuple[list[tuple[int, int]], int | None]:
        """The standalone ``surname``'s spans after ``pos``, as a search of the text from
        ``pos`` on finds them (where the text starts to be searched counts as a word edge),
        and the position after which they are all of the surname's occurrences (None where
        occurrences could overlap, "Al-Al")."""
        pattern = rf"\b{re.escape(surname)}\b"
        size = len(surname)
        every = self.found[surname]
        if every is None:  # search from pos
            hits = re.finditer(pattern, self.text[pos:])
            return [(pos + h.start(), pos + h.end()) for h in hits], None
        spans = []
        if re.match(pattern, self.text[pos : pos + size + 1]):
            spans.append((pos, pos + size))
            pos += size - 1
        return spans + [(lo, lo + size) for lo in every[bisect.bisect_right(every, pos) :]], pos

    def unchanged(self, surname: str, ref: ActorRef, end: int, after: int | None) -> bool:
        """Placing ``ref`` on the surname's occurrences after ``end`` would change nothing: the
        last placement of the surname was ``ref``'s, covered them all, and no placement since
        has changed a mention on one of them."""
        last = self.settled.get(surname)
        if last is None or after != end or last[0] != ref or end < last[1]:
            return False
        return self.touched.get(surname, -1) <= end

    def settle(self, surname: str, ref: ActorRef, after: int | None) -> None:
        """``ref`` was just placed on all the surname's occurrences after ``after``."""
        self.touched.pop(surname, None)
        if after is None:
            self.settled.pop(surname, None)
        else:
            self.settled[surname] = (ref, after)

    def _touch(self, lo: int, hi: int) -> None:
        """A mention on ``lo``-``hi`` was dropped or placed: the surnames it overlaps changed."""
        k = bisect.bisect_left(self.occur_starts, lo - self.occur_longest)
        while k < len(self.occurs) and self.occur_starts[k] < hi:
            start, surname = self.occurs[k]
            if start + len(surname) > lo:
                self.touched[surname] = max(self.touched.get(surname, -1), start)
            k += 1

    def place(self, spans: list[tuple[int, int]], ref: ActorRef, *, first: bool) -> None:
        """``ref``'s person on ``spans`` (sorted, disjoint); with ``first``, the first span is
        the titled name, on which a one-word body or place of the tables gives way. A mention
        of the tables' other person within a span gives way; any other mention on a span
        keeps it and the span stays unplaced."""
        los = [lo for lo, _ in spans]
        his = [hi for _, hi in spans]
        near: set[int] = set()
        for n, (lo, hi) in enumerate(spans):
            left = bisect.bisect_left(self.starts, lo - self.longest)
            right = (
                bisect.bisect_right(self.starts, hi)
                if n == 0
                else bisect.bisect_left(self.starts, hi)
            )
            near.update(range(left, right))
        drop: list[int] = []
        taken = set(range(len(spans)))
        for k in sorted(near):
            m = self.out[k]
            over = [
                j
                for j in range(bisect.bisect_right(his, m.start), bisect.bisect_left(los, m.end))
                if m.start < his[j] and los[j] < m.end
            ]
            if m.kind != "person" and first and _within(m, spans[:1]):
                drop.append(k)  # a first name the tables read as a body ("Duma")
            elif not over:
                continue
            elif (
                m.kind == "person"
                and not _same_person(m.ref, ref)
                and _within(m, [spans[j] for j in over])
            ):
                drop.append(k)  # the tables' other "Lopez" on this document's Lopez
            else:
                taken.difference_update(over)
        for k in reversed(drop):
            self._touch(self.out[k].start, self.out[k].end)
            del self.out[k]
            del self.starts[k]
        for j in sorted(taken):
            lo, hi = spans[j]
            at = bisect.bisect_right(self.starts, lo)
            self.out.insert(at, Mention(lo, hi, replace(ref, text=self.text[lo:hi]), "person"))
            self.starts.insert(at, lo)
            self.longest = max(self.longest, hi - lo)
            self._touch(lo, hi)


def _place_each(
    text: str, mentions: list[Mention], placed: list[tuple[tuple[int, int], ActorRef]]
) -> list[Mention]:
    """Each span's person (as ``_place_spans``, in one pass over the mentions for all the
    record's ties and short forms): a mention of the tables' other person on a span gives way,
    any other mention there keeps its span."""
    placed = sorted(placed, key=lambda p: p[0])
    los = [lo for (lo, _), _ in placed]
    gone: set[int] = set()
    keep: list[Mention] = []
    for m in mentions:
        k = bisect.bisect_left(los, m.end)
        over = [j for j in range(max(0, k - _OVERLAP_BACK), k) if placed[j][0][1] > m.start]
        if not over:
            keep.append(m)
            continue
        inside = all(m.start >= placed[j][0][0] and m.end <= placed[j][0][1] for j in over)
        if m.kind == "person" and inside and not _same_person(m.ref, placed[over[0]][1]):
            continue  # the tables' other "Lopez" on this document's Lopez
        keep.append(m)
        gone.update(over)
    add = [
        Mention(lo, hi, replace(ref, text=text[lo:hi]), "person")
        for j, ((lo, hi), ref) in enumerate(placed)
        if j not in gone and not (j and placed[j - 1][0][1] > lo)
    ]
    return sorted(keep + add, key=lambda m: m.start)


def _inside(intro: _Intro, outer: _Intro) -> bool:
    return outer.start <= intro.start and intro.end <= outer.end


def _word_runs(text: str, surnames: set[str]) -> dict[str, list[int]]:
    """Where each word that begins a surname starts in ``text``: a surname's occurrences
    start where the word its first word characters make does (one scan for all surnames)."""
    leads = {got.group() for got in map(_RUN.match, surnames) if got is not None}
    runs: dict[str, list[int]] = {lead: [] for lead in leads}
    for w in _RUN.finditer(text):
        got = runs.get(w.group())
        if got is not None:
            got.append(w.start())
    return runs


def _same_person(table: ActorRef, ours: ActorRef) -> bool:
    """The tables' person is the one introduced: every word of the introduced name is in the
    tables' name, of the same state ("Emmanuel Macron"; not "Ana Silva" for Lula da Silva)."""
    words = set((table.name or table.text).split())
    return table.country == ours.country and set((ours.name or "").split()) <= words


def _within(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= m.start and m.end <= hi for lo, hi in spans)


__all__ = ["titled_names"]
