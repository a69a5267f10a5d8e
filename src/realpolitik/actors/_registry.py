"""The actor registry: phrases to CAMEO actor codes, resolved by the document's date.

``find_mentions`` is a longest-match scan over tokens. The index maps a phrase's first token to
a dict of whole phrases (as key tuples) and the lengths and second words present under that
token, so a token costs one dict look-up, and a hit a look-up per length (one, when the next
word is no name's second word), however many thousand names (the Phoenix tables add ~35,000)
share a first word. Composition of neighbours into one actor
("the Russian military", "Russian President Vladimir Putin") is in ``_compose``.

Three document-level readings happen here: cue words pick between readings of one name
("Congo" next to Kinshasa or Rwanda is the Democratic Republic), a combining form counts only
before a hyphen and a state ("Sino-Russian"), and a state in a hyphenated modifier
("Tehran-backed", "Chinese-made") is a modifier, not a party: left out unless asked for (the
readings of the characters around a name are in ``_name_context``).
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from realpolitik.actors._compose import ActorMatch, Item, compose
from realpolitik.actors._name_context import (
    based_in,
    case_pattern,
    combining,
    drop_lone_prefixes,
    modifier_after,
)
from realpolitik.actors._phoenix import Pending, expand, phoenix_pending
from realpolitik.actors._place_surnames import cued_capital_word, place_over_surname
from realpolitik.actors._tables import Entry, Sector, project_entries, sectors
from realpolitik.actors._text import Tokens, document_date, phrase_tokens, tokenize
from realpolitik.models import ActorRef

__all__ = ["ActorEntry", "ActorMatch", "ActorRegistry"]


@dataclass(frozen=True)
class ActorEntry:
    phrase: str
    ref: ActorRef
    valid_from: str | None
    valid_until: str | None
    kind: str


@dataclass(frozen=True, slots=True)
class _Cand:
    entry: Entry
    rank: int  # higher wins: user file 3, dated 2, undated 1, out-of-office fallback 0

    def valid(self, date: str | None) -> bool:
        e = self.entry
        if date is None:
            return True
        return (e.valid_from is None or e.valid_from <= date) and (
            e.valid_until is None or date <= e.valid_until
        )


@dataclass(slots=True)
class _Phrase:
    """One distinct phrase: its case rules and its candidate entries."""

    cap: int  # the token that must be capitalised in the text ("Turkey", not "turkey"), or -1
    exact: tuple[tuple[int, str], ...]  # tokens that must match exactly ("US" is not "us")
    cands: list[_Cand]


# Kinds of entries read only where the document names their cues (parties36).
_CUED_KINDS = frozenset({"capital", "person"})
# "Three Russian MiG-31 fighters", "two Su-35 fighters": a "fighters" right after an aircraft
# model (a capitalised type letter or name joined by a hyphen to its number) are warplanes, the
# state's military, never an armed group's fighters (practice18).
_FIGHTER_WORDS = frozenset({"fighters", "fighter"})
_WARPLANES = Sector("fighters", "MIL", title=False, generic=False, modifier=False)


def _after_model(toks: Tokens, i: int) -> bool:
    """The word before ``i`` is an aircraft model's number ("MiG-31", "Su-35", "F-16"): digits
    joined by one character (the hyphen) to a capitalised type name just before."""
    if i < 2 or not toks.texts[i - 1][:1].isdigit() or not toks.texts[i - 2][:1].isupper():
        return False
    return toks.starts[i - 1] - toks.ends[i - 2] == 1


_NO_EXACT: tuple[tuple[int, str], ...] = ()


def _phrase(texts: list[str]) -> _Phrase:
    """The case rules of ``case_ok`` worked out once per phrase, not per match."""
    pattern = case_pattern(texts)
    exact = tuple(
        (k, t) for k, t in enumerate(pattern) if len(t) <= 3 and t.isupper() and t.isalpha()
    )
    # "The Shire", "The Gambia" match "the Shire": the capital is asked of the name
    lead = 1 if len(pattern) > 1 and pattern[0] in ("The", "THE") else 0
    cap = lead if pattern[lead][:1].isupper() and all(k != lead for k, _ in exact) else -1
    return _Phrase(cap, exact or _NO_EXACT, [])


class _Doc:
    """The scanned text's folded words, for cue look-ups (built on the first cue asked)."""

    def __init__(self, toks: Tokens) -> None:
        self._toks = toks
        self._words: set[str] | None = None
        self._joined = ""

    def has(self, cue: str) -> bool:
        if self._words is None:
            self._words = set(self._toks.keys)
            self._joined = " " + " ".join(self._toks.keys) + " "
        if " " in cue:
            return f" {cue} " in self._joined
        return cue in self._words


# Under one first word: the lengths of its phrases, longest first, and their second words.
_Shape = tuple[tuple[int, ...], frozenset[str]]


def _shape(phrases: Mapping[tuple[str, ...], _Phrase]) -> _Shape:
    lengths = tuple(sorted({len(k) for k in phrases}, reverse=True))
    return lengths, frozenset(k[1] for k in phrases if len(k) > 1)


def _rank(e: Entry, user: bool) -> int:
    if user:
        return 3
    if e.office == "ELI" and e.kind == "person":
        return 0
    return 2 if (e.valid_from or e.valid_until) else 1


class ActorRegistry:
    """Phrases to actors. Build with ``ActorRegistry.default()``; add files with ``with_file``."""

    def __init__(
        self,
        entries: Iterable[Entry],
        user: Iterable[Entry] = (),
        *,
        sector_words: Iterable[Sector] | None = None,
        pending: Mapping[str, list[Pending]] | None = None,
    ) -> None:
        self._base = tuple(entries)
        # names indexed on demand, by first word (the Phoenix tables): see ``_materialise``
        self._pending: dict[str, list[Pending]] = dict(pending or {})
        self._indexed: list[Entry] = []  # pending entries indexed so far
        self._user = tuple(user)
        self._index: dict[str, dict[tuple[str, ...], _Phrase]] = {}
        self._shapes: dict[str, _Shape] = {}
        # every word that starts a name (indexed or pending) or a sector word, in one set: the
        # scan asks it once per token, not the three tables (a word may stay after its pending
        # names are indexed under others; the scan then finds nothing there, as before)
        self._firsts: set[str] = set(self._pending)
        seen: dict[str, Tokens] = {}  # one tokenisation per distinct phrase
        for e in self._base:
            self._add(e, False, seen)
        for e in self._user:
            self._add(e, True, seen)
        for first, phrases in self._index.items():
            self._shapes[first] = _shape(phrases)
        self._sector_words = tuple(sectors() if sector_words is None else sector_words)
        self._sectors: dict[str, list[tuple[list[str], str, Sector]]] = {}
        for s in self._sector_words:
            toks = phrase_tokens(s.phrase)
            if len(toks):
                item = (toks.keys, toks.texts[0], s)
                self._sectors.setdefault(toks.keys[0], []).append(item)
        self._firsts.update(self._sectors)
        for slst in self._sectors.values():
            slst.sort(key=lambda p: -len(p[0]))

    def _add(self, e: Entry, user: bool, seen: dict[str, Tokens]) -> None:
        toks = seen.get(e.phrase)
        if toks is None:
            toks = seen[e.phrase] = phrase_tokens(e.phrase)
        if not len(toks):
            return
        keys = tuple(sys.intern(k) for k in toks.keys)
        phrases = self._index.setdefault(keys[0], {})
        self._firsts.add(keys[0])
        p = phrases.get(keys)
        if p is None:
            p = phrases[keys] = _phrase(toks.texts)
        p.cands.append(_Cand(e, _rank(e, user)))

    # -- construction ----------------------------------------------------------------------
    @staticmethod
    @functools.cache
    def default() -> ActorRegistry:
        """The shipped tables (countries, capitals, demonyms, IGOs, groups, people, and the
        names converted from the Phoenix dictionaries, indexed on demand); cached."""
        return ActorRegistry(project_entries(), pending=phoenix_pending())

    def _materialise(self, first: str) -> None:
        """Index the pending names under one first word (once, when a text first holds it)."""
        items = self._pending.pop(first, None)
        if not items:
            return
        seen: dict[str, Tokens] = {}
        inner = self._index.get(first)
        if inner is not None:  # copy: a registry made by ``with_entries`` may share it
            self._index[first] = {
                k: _Phrase(p.cap, p.exact, list(p.cands)) for k, p in inner.items()
            }
        for item in items:
            for e in expand(item):
                self._indexed.append(e)
                self._add(e, False, seen)
        for k in {toks.keys[0] for toks in seen.values() if len(toks)}:
            self._shapes[k] = _shape(self._index[k])

    def index_all(self) -> None:
        """Index every pending name now rather than as texts first hold its first word: a
        process that forks workers does this once, so that no worker repeats it."""
        for first in list(self._pending):
            self._materialise(first)

    def with_file(self, path: str | Path) -> ActorRegistry:
        """A new registry with the entries of an ``--actors`` file on top (they win)."""
        from realpolitik.actors._actorfile import read_actor_file

        return self.with_entries(read_actor_file(path))

    def with_entries(self, entries: Iterable[Entry]) -> ActorRegistry:
        """A new registry with ``entries`` on top; this one's index is shared, not rebuilt."""
        added = tuple(entries)
        new = object.__new__(ActorRegistry)
        new._base, new._user = self._base, self._user + added
        new._sector_words, new._sectors = self._sector_words, self._sectors
        new._pending = dict(self._pending)
        new._indexed = list(self._indexed)
        new._index = dict(self._index)
        new._shapes = dict(self._shapes)
        new._firsts = set(self._firsts)
        copied: set[str] = set()
        seen: dict[str, Tokens] = {}
        for e in added:
            toks = seen.get(e.phrase) or phrase_tokens(e.phrase)
            seen[e.phrase] = toks
            if not len(toks):
                continue
            keys = tuple(sys.intern(k) for k in toks.keys)
            first = keys[0]
            if first in new._pending:
                new._materialise(first)  # the file's names must win over the pending ones
            if first not in copied:
                copied.add(first)
                inner = {
                    k: _Phrase(p.cap, p.exact, list(p.cands))
                    for k, p in new._index.get(first, {}).items()
                }
                new._index[first] = inner
            new._add(e, True, seen)
        for first in copied:
            new._shapes[first] = _shape(new._index[first])
        return new

    def entries(self) -> Iterator[ActorEntry]:
        """Every (phrase, actor, valid_from, valid_until, kind), defaults first, then files."""
        pending = [e for items in self._pending.values() for item in items for e in expand(item)]
        for e in (*self._base, *self._indexed, *pending, *self._user):
            ref = ActorRef(text=e.phrase, code=e.code, country=e.country, name=e.name)
            yield ActorEntry(e.phrase, ref, e.valid_from, e.valid_until, e.kind)

    # -- matching --------------------------------------------------------------------------
    def _best(self, cands: list[_Cand], date: str | None, doc: _Doc) -> Entry | None:
        if any(c.entry.cues for c in cands):
            # the document's own words decide between readings, whatever the date
            scored = [(sum(doc.has(q) for q in c.entry.cues), c) for c in cands if c.entry.cues]
            top = max(n for n, _ in scored)
            winners = [c for n, c in scored if n == top]
            if top > 0 and len({c.entry.code for c in winners}) == 1:
                return winners[0].entry
            if top > 0 and all(c.entry.kind == "person" for c in winners):
                cands = winners  # a surname of several states' people: the one named in full
            if top == 0:
                # a capital that is also a common name ("Victoria") needs its state's words,
                # a surname several states' people share the full name of one (parties36)
                cands = [c for c in cands if not (c.entry.cues and c.entry.kind in _CUED_KINDS)]
        ok = [c for c in cands if c.valid(date)]
        if not ok:
            return None
        best = max(ok, key=lambda c: (c.rank, c.entry.valid_from or ""))
        return best.entry

    def _match_at(
        self, toks: Tokens, i: int, date: str | None, doc: _Doc, text: str
    ) -> Item | None:
        keys, texts = toks.keys, toks.texts
        phrases = self._index[keys[i]]
        lengths, seconds = self._shapes[keys[i]]
        if i + 1 < len(keys) and keys[i + 1] not in seconds:
            lengths = lengths[-1:] if lengths[-1] == 1 else ()  # no longer name starts so
        for n in lengths:
            if i + n > len(keys):
                continue
            p = phrases.get(tuple(keys[i : i + n]))
            if p is None:
                continue
            if p.cap >= 0 and not toks.upper_start(i + p.cap):
                continue
            if p.exact and any(texts[i + k] != t for k, t in p.exact):
                continue
            e = place_over_surname(self._best(p.cands, date, doc), p.cands, toks, i, doc)
            if e is None:
                continue
            if e.kind == "prefix" and not combining(toks, i + n - 1, text):
                continue
            if not cued_capital_word(e, toks, i, n):
                continue
            return Item(i, i + n, entry=e)
        return None

    def _sector_at(self, toks: Tokens, i: int) -> Item | None:
        keys = toks.keys
        for pat, first, s in self._sectors[keys[i]]:
            n = len(pat)
            if n > 1 and keys[i : i + n] != pat:
                continue
            if first[:1].isupper() and not toks.upper_start(i):
                continue  # "Mr", "Gen." only capitalised
            if keys[i] in _FIGHTER_WORDS and _after_model(toks, i):
                s = _WARPLANES
            return Item(i, i + n, sector=s)
        return None

    def _starts(self, keys: list[str], lo: int) -> list[int]:
        """Positions from ``lo`` on whose word may start a name or a sector word (pending or
        indexed): the scan looks nowhere else (most words start none)."""
        firsts = self._firsts
        return [i for i, key in enumerate(keys[lo:], lo) if key in firsts]

    def _whole_name(self, toks: Tokens, hit: Item, date: str | None, doc: _Doc, text: str) -> Item:
        """A title-and-surname alias ("President Lee") whose surname starts a longer full
        name ("Lee Jae-myung", "Tsai Ing-wen": family name first, hyphenated given name) is
        that person named in full: the alias would leave the given name as a mention of its
        own (parties42). The same person's name spans both; another person's full name wins
        over the alias (the title then stands before it as in any "President NAME")."""
        keys, index = toks.keys, self._index
        for p in range(hit.i + 1, hit.j):
            key = keys[p]
            if key in self._pending:
                self._materialise(key)
            if key not in index:
                continue
            inner = self._match_at(toks, p, date, doc, text)
            if inner is None or inner.j <= hit.j or inner.entry is None:
                continue
            if inner.entry.kind != "person":
                continue
            if hit.entry is not None and inner.entry.name == hit.entry.name:
                return Item(hit.i, inner.j, entry=inner.entry)
            return inner
        return hit

    def _scan(self, toks: Tokens, date: str | None, text: str) -> list[Item]:
        items: list[Item] = []
        index, secs = self._index, self._sectors
        keys = toks.keys
        doc = _Doc(toks)
        pending = self._pending
        starts = self._starts(keys, 0)
        k = after = 0  # the next start to try; the first position after the last hit
        while k < len(starts):
            i = starts[k]
            k += 1
            if i < after:
                continue
            key = keys[i]
            hit = None
            if key in pending:
                self._materialise(key)  # (may index names under other first words: look again)
                starts = starts[:k] + self._starts(keys, i + 1)
            if key in index:
                hit = self._match_at(toks, i, date, doc, text)
            if hit is None and key in secs:
                hit = self._sector_at(toks, i)
            if hit is None:
                continue
            if key == "the" and hit.entry is not None and keys[i + 1] in index:
                # "the West African bloc": a longer name after the article beats "the West"
                inner = self._match_at(toks, i + 1, date, doc, text)
                hit = inner if inner is not None and inner.j > hit.j else hit
            elif hit.j - hit.i > 1 and hit.entry is not None and hit.entry.kind == "person":
                hit = self._whole_name(toks, hit, date, doc, text)
            items.append(hit)
            after = hit.j
        return drop_lone_prefixes(items)

    def find_mentions(
        self, text: str, date: str | None = None, *, sectors: bool = True, modifiers: bool = False
    ) -> list[ActorMatch]:
        """Actor mentions in ``text`` with character offsets, in order, not overlapping.

        ``date`` (YYYY-MM-DD, or YYYY / YYYY-MM) picks who held an office then. Stand-alone
        sector words ("the rebels", "the president") come back as kind ``sector`` with an
        unknown country (``---REB``) unless ``sectors=False``. Place names that merely
        contain a country ("South China Sea") give nothing. A state in a hyphenated modifier
        ("Tehran-backed", "US-made") is left out, or comes back as kind ``modifier`` when
        ``modifiers=True``.
        """
        d = document_date(date)
        toks = tokenize(text)
        items = self._scan(toks, d, text)
        out = []
        based: ActorMatch | None = None  # "Pakistan-based" just before
        for m in compose(text, toks, items, sectors):
            if based is not None and m.kind == "sector":
                m = based_in(text, based, m)
            based = None
            if m.kind != "sector" and modifier_after(text, m.end):
                based = m
                if not modifiers:
                    continue
                m = ActorMatch(m.start, m.end, m.text, m.ref, "modifier", m.also)
            out.append(m)
        return out

    def resolve(self, text: str, date: str | None = None) -> ActorRef | None:
        """The one actor a phrase names ("the Russian military", "Putin", "DPRK"), or None.

        When the phrase holds several mentions, one with a known country wins, then the
        longest, then the first.
        """
        found = [m for m in self.find_mentions(text, date) if m.ref.code]
        if not found:
            return None
        best = max(
            found, key=lambda m: (not m.ref.code.startswith("---"), m.end - m.start, -m.start)
        )
        return best.ref

    def __len__(self) -> int:
        pending = sum(len(expand(item)) for items in self._pending.values() for item in items)
        return len(self._base) + len(self._indexed) + pending + len(self._user)
