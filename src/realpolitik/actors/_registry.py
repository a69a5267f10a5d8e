"""The actor registry: phrases to CAMEO actor codes, resolved by the document's date.

``find_mentions`` is a longest-match scan over tokens: a dict from a phrase's first token to
its candidate phrases, longest first, so a sentence costs a few dict look-ups per token.
A second pass joins neighbours into one actor: a country word and sector words ("the Russian
military" -> RUSMIL, "China's state media" -> CHNMED), titles and a name ("Russian President
Vladimir Putin" -> RUSGOV), a sector and "of" a country ("the foreign ministry of Vietnam").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from realpolitik.actors._actorfile import code_country
from realpolitik.actors._tables import Entry, Sector, default_entries, sectors
from realpolitik.actors._text import Tokens, case_ok, document_date, phrase_tokens, tokenize
from realpolitik.models import ActorRef

_COUNTRYISH = {"country", "demonym", "capital"}
_ANCHORS = _COUNTRYISH | {"igo", "group", "custom"}


@dataclass(frozen=True)
class ActorMatch:
    """One actor mention: character offsets into the scanned text, and what it resolves to."""

    start: int
    end: int
    text: str
    ref: ActorRef
    kind: str  # country | capital | demonym | person | igo | group | sector | media | custom
    also: tuple[ActorRef, ...] = ()  # further actors the name stands for (``--actors`` A/B)


@dataclass(frozen=True)
class ActorEntry:
    phrase: str
    ref: ActorRef
    valid_from: str | None
    valid_until: str | None
    kind: str


@dataclass(frozen=True)
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


@dataclass
class _Phrase:
    keys: list[str]  # folded tokens
    texts: list[str]  # tokens as written in the table (for the case rules)
    cands: list[_Cand]


@dataclass(frozen=True)
class _Item:
    """A raw match over tokens [i, j): an entry, or a sector word when ``sector`` is set."""

    i: int
    j: int
    entry: Entry | None = None
    sector: Sector | None = None


def _rank(e: Entry, user: bool) -> int:
    if user:
        return 3
    if e.office == "ELI" and e.kind == "person":
        return 0
    return 2 if (e.valid_from or e.valid_until) else 1


class ActorRegistry:
    """Phrases to actors. Build with ``ActorRegistry.default()``; add files with ``with_file``."""

    def __init__(self, entries: Iterable[Entry], user: Iterable[Entry] = ()) -> None:
        self._base = tuple(entries)
        self._user = tuple(user)
        self._index: dict[str, list[_Phrase]] = {}
        for e in self._base:
            self._add(e, False)
        for e in self._user:
            self._add(e, True)
        for lst in self._index.values():
            lst.sort(key=lambda p: -len(p.keys))
        self._sectors: dict[str, list[tuple[list[str], str, Sector]]] = {}
        for s in sectors():
            toks = phrase_tokens(s.phrase)
            if len(toks):
                item = (toks.keys, toks.texts[0], s)
                self._sectors.setdefault(toks.keys[0], []).append(item)
        for slst in self._sectors.values():
            slst.sort(key=lambda p: -len(p[0]))

    def _add(self, e: Entry, user: bool) -> None:
        toks = phrase_tokens(e.phrase)
        if not len(toks):
            return
        lst = self._index.setdefault(toks.keys[0], [])
        for p in lst:
            if p.keys == toks.keys:
                p.cands.append(_Cand(e, _rank(e, user)))
                return
        lst.append(_Phrase(toks.keys, _case_pattern(toks.texts), [_Cand(e, _rank(e, user))]))

    # -- construction ----------------------------------------------------------------------
    @staticmethod
    @functools.cache
    def default() -> ActorRegistry:
        """The shipped tables (countries, capitals, demonyms, IGOs, groups, people); cached."""
        return ActorRegistry(default_entries())

    def with_file(self, path: str | Path) -> ActorRegistry:
        """A new registry with the entries of an ``--actors`` file on top (they win)."""
        from realpolitik.actors._actorfile import read_actor_file

        return ActorRegistry(self._base, self._user + tuple(read_actor_file(path)))

    def with_entries(self, entries: Iterable[Entry]) -> ActorRegistry:
        return ActorRegistry(self._base, self._user + tuple(entries))

    def entries(self) -> Iterator[ActorEntry]:
        """Every (phrase, actor, valid_from, valid_until, kind), defaults first, then files."""
        for e in self._base + self._user:
            ref = ActorRef(text=e.phrase, code=e.code, country=e.country, name=e.name)
            yield ActorEntry(e.phrase, ref, e.valid_from, e.valid_until, e.kind)

    # -- matching --------------------------------------------------------------------------
    def _best(self, cands: list[_Cand], date: str | None) -> Entry | None:
        ok = [c for c in cands if c.valid(date)]
        if not ok:
            return None
        best = max(ok, key=lambda c: (c.rank, c.entry.valid_from or ""))
        return best.entry

    def _match_at(self, toks: Tokens, i: int, date: str | None) -> _Item | None:
        keys, texts = toks.keys, toks.texts
        for p in self._index[keys[i]]:
            n = len(p.keys)
            if n > 1 and keys[i : i + n] != p.keys:
                continue
            # "The Shire", "The Gambia" match "the Shire": the capital is asked of the name
            lead = 1 if n > 1 and p.texts[0] in ("The", "THE") else 0
            if all(case_ok(p.texts[k], texts[i + k], k == lead) for k in range(n)):
                e = self._best(p.cands, date)
                if e is not None:
                    return _Item(i, i + n, entry=e)
        return None

    def _sector_at(self, toks: Tokens, i: int) -> _Item | None:
        keys = toks.keys
        for pat, first, s in self._sectors[keys[i]]:
            n = len(pat)
            if n > 1 and keys[i : i + n] != pat:
                continue
            if first[:1].isupper() and not toks.upper_start(i):
                continue  # "Mr", "Gen." only capitalised
            return _Item(i, i + n, sector=s)
        return None

    def _scan(self, toks: Tokens, date: str | None) -> list[_Item]:
        items: list[_Item] = []
        index, secs = self._index, self._sectors
        keys = toks.keys
        i, n = 0, len(keys)
        while i < n:
            key = keys[i]
            hit = None
            if key in index:
                hit = self._match_at(toks, i, date)
            if hit is None and key in secs:
                hit = self._sector_at(toks, i)
            if hit is None:
                i += 1
                continue
            items.append(hit)
            i = hit.j
        return items

    def find_mentions(
        self, text: str, date: str | None = None, *, sectors: bool = True
    ) -> list[ActorMatch]:
        """Actor mentions in ``text`` with character offsets, in order, not overlapping.

        ``date`` (YYYY-MM-DD, or YYYY / YYYY-MM) picks who held an office then. Stand-alone
        sector words ("the rebels", "the president") come back as kind ``sector`` with an
        unknown country (``---REB``) unless ``sectors=False``. Place names that merely
        contain a country ("South China Sea") give nothing.
        """
        d = document_date(date)
        toks = tokenize(text)
        items = self._scan(toks, d)
        return list(_compose(text, toks, items, d, self, sectors))

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
        return len(self._base) + len(self._user)


_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and", "for", "in", "on", "to", "de", "al"})


def _case_pattern(texts: list[str]) -> list[str]:
    """ALL-CAPS phrases (PETRARCH dictionaries: "THE_ARNOR_GOVERNMENT") match as ordinary
    capitalised words; short single acronyms ("US", "UN") keep their exact case."""
    letters = "".join(t for t in texts if t.isalpha())
    if not letters.isupper() or (len(texts) == 1 and len(letters) <= 3):
        return texts
    return [t.lower() if t.lower() in _FUNCTION_WORDS else t.capitalize() for t in texts]


def _gap_ok(toks: Tokens, a: int, b: int, allow: set[str]) -> bool:
    """Tokens [a, b) are only possessive marks ("'s") or words in ``allow``."""
    k = a
    while k < b:
        key = toks.keys[k]
        if key == "'":
            k += 2 if k + 1 < b and toks.keys[k + 1] == "s" else 1
        elif key in allow:
            k += 1
        else:
            return False
    return True


def _pick_sector(run: list[Sector]) -> str:
    codes = [s.sector for s in run if s.sector]
    specific = [s.sector for s in run if s.sector and not s.generic]
    if specific:
        return specific[0]
    return codes[-1] if codes else ""


def _sector_code(anchor: Entry, sector: str) -> str:
    if not sector or anchor.kind not in _COUNTRYISH | {"custom"} or len(anchor.code) != 3:
        return anchor.code
    return anchor.code + sector


def _ref(text: str, e: Entry, code: str | None = None) -> ActorRef:
    return ActorRef(text=text, code=code or e.code, country=e.country, name=e.name)


def _also(text: str, e: Entry, sector: str = "") -> tuple[ActorRef, ...]:
    """The further actors of a name that stands for several ("the Koreas": PRK and KOR)."""
    out = []
    for code in e.also:
        full = code + sector if sector and len(code) == 3 else code
        out.append(ActorRef(text=text, code=full, country=code_country(code)))
    return tuple(out)


def _compose(
    text: str,
    toks: Tokens,
    items: list[_Item],
    date: str | None,
    reg: ActorRegistry,
    emit_sectors: bool,
) -> Iterator[ActorMatch]:
    n = len(items)
    k = 0
    while k < n:
        it = items[k]
        e = it.entry
        if e is not None and e.kind == "place":
            k += 1
            continue
        if e is not None and e.kind in _ANCHORS:
            # anchor ('s)? sector* person?
            run: list[Sector] = []
            last = it
            m = k + 1
            while m < n and items[m].sector is not None:
                if not _gap_ok(toks, last.j, items[m].i, set()):
                    break
                sec = items[m].sector
                assert sec is not None
                run.append(sec)
                last = items[m]
                m += 1
            person = None
            pe = items[m].entry if m < n else None
            if (
                pe is not None
                and pe.kind == "person"
                and _gap_ok(toks, last.j, items[m].i, set())
                and (run or e.kind in _COUNTRYISH)
            ):
                person = items[m]
            if person is not None and person.entry is not None:
                s, t = toks.starts[it.i], toks.ends[person.j - 1]
                yield ActorMatch(s, t, text[s:t], _ref(text[s:t], person.entry), "person")
                k = m + 1
                continue
            real = [r for r in run if r.sector]
            if real:
                s, t = toks.starts[it.i], toks.ends[last.j - 1]
                code = _sector_code(e, _pick_sector(real))
                end_tok = last.j
                name = None
                if any(r.title for r in real):
                    end_tok, name = _trailing_name(toks, last.j, items[m].i if m < n else None)
                    t = toks.ends[end_tok - 1]
                ref = ActorRef(text=text[s:t], code=code, country=e.country, name=name)
                sector = code[len(e.code) :] if code != e.code else ""
                yield ActorMatch(s, t, text[s:t], ref, e.kind, _also(text[s:t], e, sector))
                k = m
                continue
            if (
                not run
                and pe is not None
                and e.kind in _COUNTRYISH
                and pe.kind in ("capital", "media")
                and pe.country == e.country
                and _gap_ok(toks, it.j, items[m].i, set())
            ):
                # "the US State Department", "China's Xinhua": the institution, spelled out
                s, t = toks.starts[it.i], toks.ends[items[m].j - 1]
                yield ActorMatch(s, t, text[s:t], _ref(text[s:t], pe), pe.kind)
                k = m + 1
                continue
            s, t = toks.starts[it.i], toks.ends[it.j - 1]
            yield ActorMatch(s, t, text[s:t], _ref(text[s:t], e), e.kind, _also(text[s:t], e))
            k += 1
            continue
        if e is not None and e.kind == "person" and e.country:
            # "the Putin government", "the Bush administration": the person's state + sector
            run = []
            last = it
            m = k + 1
            while (
                m < n and items[m].sector is not None and _gap_ok(toks, last.j, items[m].i, set())
            ):
                sec = items[m].sector
                assert sec is not None
                run.append(sec)
                last = items[m]
                m += 1
            real = [r for r in run if r.sector and not r.title and not r.modifier]
            if real:
                s, t = toks.starts[it.i], toks.ends[last.j - 1]
                code = e.country + _pick_sector(real)
                yield ActorMatch(s, t, text[s:t], ActorRef(text[s:t], code, e.country), "country")
                k = m
                continue
        if e is not None:  # person, media
            s, t = toks.starts[it.i], toks.ends[it.j - 1]
            yield ActorMatch(s, t, text[s:t], _ref(text[s:t], e), e.kind)
            k += 1
            continue
        # a run of sector words: before a person (titles), "of" a country, or alone
        run = []
        first = it
        last = it
        m = k
        while m < n and items[m].sector is not None and _gap_ok(toks, last.j, items[m].i, set()):
            sec = items[m].sector
            assert sec is not None
            run.append(sec)
            last = items[m]
            m += 1
        nxt = items[m] if m < n else None
        if nxt is not None and nxt.entry is not None and _gap_ok(toks, last.j, nxt.i, set()):
            ne = nxt.entry
            if ne.kind == "person":
                s, t = toks.starts[first.i], toks.ends[nxt.j - 1]
                yield ActorMatch(s, t, text[s:t], _ref(text[s:t], ne), "person")
                k = m + 1
                continue
        if (
            nxt is not None
            and nxt.entry is not None
            and nxt.entry.kind in _ANCHORS
            and _gap_ok(toks, last.j, nxt.i, {"of", "the"})
            and nxt.i > last.j
            and "of" in toks.keys[last.j : nxt.i]
        ):
            real = [r for r in run if r.sector]
            if real:
                ne = nxt.entry
                s, t = toks.starts[first.i], toks.ends[nxt.j - 1]
                ref = ActorRef(
                    text=text[s:t],
                    code=_sector_code(ne, _pick_sector(real)),
                    country=ne.country,
                    name=ne.name if ne.kind not in _COUNTRYISH else None,
                )
                yield ActorMatch(s, t, text[s:t], ref, ne.kind)
                k = m + 1
                continue
        real = [r for r in run if r.sector and not r.modifier]
        if emit_sectors and real:
            s, t = toks.starts[first.i], toks.ends[last.j - 1]
            code = "---" + _pick_sector(real)
            yield ActorMatch(s, t, text[s:t], ActorRef(text=text[s:t], code=code), "sector")
        k = m


def _trailing_name(toks: Tokens, j: int, limit: int | None) -> tuple[int, str | None]:
    """After a title, an unknown person's capitalised name: up to four words."""
    end = j
    stop = min(len(toks), j + 4, limit if limit is not None else len(toks))
    while end < stop and toks.texts[end][:1].isupper() and toks.texts[end].isalpha():
        end += 1
    if end == j:
        return j, None
    return end, " ".join(toks.texts[j:end])
