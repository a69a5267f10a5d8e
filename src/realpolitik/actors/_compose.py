"""Composition of raw registry matches into actors.

A country word and sector words become one actor ("the Russian military" -> RUSMIL, "China's
state media" -> CHNMED), titles and a name one person ("Russian President Vladimir Putin" ->
RUSGOV), a sector "of" a country one actor ("the foreign ministry of Vietnam"); a combining form
("Sino-") is a state of its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from realpolitik.actors._actorfile import code_country
from realpolitik.actors._bearers import drop_other_bearers
from realpolitik.actors._given_surnames import drop_given_surnames
from realpolitik.actors._namesakes import foreign_namesake, owner_after
from realpolitik.actors._tables import STATE_NAME_KINDS, Entry, Sector
from realpolitik.actors._text import Tokens
from realpolitik.models import ActorRef

_ANCHORS = STATE_NAME_KINDS | {"igo", "group", "custom"}


@dataclass(frozen=True)
class ActorMatch:
    """One actor mention: character offsets into the scanned text, and what it resolves to."""

    start: int
    end: int
    text: str
    ref: ActorRef
    kind: str  # country | capital | demonym | person | igo | group | sector | media | custom | modifier
    also: tuple[ActorRef, ...] = ()  # further actors the name stands for ("the Koreas")


@dataclass(frozen=True)
class Item:
    """A raw match over tokens [i, j): an entry, or a sector word when ``sector`` is set."""

    i: int
    j: int
    entry: Entry | None = None
    sector: Sector | None = None


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


# Sectors whose head noun decides over a field word before it: "military experts", "defence
# analysts" are commentators on the military (EDU), not the military.
_HEAD_SECTORS = frozenset({"EDU"})


def _pick_sector(run: list[Sector]) -> str:
    codes = [s.sector for s in run if s.sector]
    if codes and codes[-1] in _HEAD_SECTORS:
        return codes[-1]
    specific = [s.sector for s in run if s.sector and not s.generic]
    if specific:
        return specific[0]
    return codes[-1] if codes else ""


def _sector_code(anchor: Entry, sector: str) -> str:
    if not sector or anchor.kind not in STATE_NAME_KINDS | {"custom"} or len(anchor.code) != 3:
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


def compose(
    text: str,
    toks: Tokens,
    items: list[Item],
    emit_sectors: bool,
) -> Iterator[ActorMatch]:
    """Join neighbouring raw matches into actors: anchor ('s)? sector* person?, title + name,
    sector "of" anchor; stand-alone sector words last."""
    items = drop_given_surnames(toks, drop_other_bearers(toks, items))
    n = len(items)
    k = 0
    while k < n:
        it = items[k]
        e = it.entry
        if e is not None and e.kind == "place":
            k += 1
            continue
        if e is not None and e.kind == "prefix":  # "Sino-" of "Sino-Russian"
            s, t = toks.starts[it.i], toks.ends[it.j - 1]
            yield ActorMatch(s, t, text[s:t], _ref(text[s:t], e), "demonym")
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
                and (run or e.kind in STATE_NAME_KINDS)
            ):
                person = items[m]
            if person is not None and person.entry is not None:
                s, t = toks.starts[it.i], toks.ends[person.j - 1]
                if foreign_namesake(e, run, person.entry):  # "South Korea's General Kim"
                    yield _owned_officer(text, toks, s, t, e, run, person)
                else:
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
                and e.kind in STATE_NAME_KINDS
                and pe.kind in ("capital", "media")
                and pe.country == e.country
                and _gap_ok(toks, it.j, items[m].i, set())
            ):
                # "the US State Department", "China's Xinhua": the institution, spelled out
                s, t = toks.starts[it.i], toks.ends[items[m].j - 1]
                yield ActorMatch(s, t, text[s:t], _ref(text[s:t], pe), pe.kind)
                k = m + 1
                continue
            seat = None
            if not run and pe is not None:
                # "South Korea's Joint Chiefs of Staff": the possessor's own body of that name;
                # "the Exim Bank of China": the named state's body of that name
                if _owned_seat(toks, it, items[m], e, pe):
                    seat = (e, pe)
                elif _seat_of(toks, it, items[m], e, pe):
                    seat = (pe, e)
            if seat is not None:
                state, body = seat
                s, t = toks.starts[it.i], toks.ends[items[m].j - 1]
                ref = ActorRef(
                    text=text[s:t], code=state.code + body.code[3:], country=state.country
                )
                yield ActorMatch(s, t, text[s:t], ref, state.kind)
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
            if ne.kind == "person" and owner_after(toks, items, m, ne):
                # "General Kim of South Korea's army": the title alone; the name is the owner's
                real = [r for r in run if r.sector and not r.modifier]
                if emit_sectors and real:
                    s, t = toks.starts[first.i], toks.ends[last.j - 1]
                    code = "---" + _pick_sector(real)
                    yield ActorMatch(s, t, text[s:t], ActorRef(text=text[s:t], code=code), "sector")
                k = m + 1
                continue
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
                    name=ne.name if ne.kind not in STATE_NAME_KINDS else None,
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


def _owned_officer(
    text: str, toks: Tokens, s: int, t: int, e: Entry, run: list[Sector], person: Item
) -> ActorMatch:
    """ "South Korea's General Kim": the owner's officer of the title's sector, by the name."""
    name = " ".join(toks.texts[person.i : person.j])
    code = _sector_code(e, _pick_sector([r for r in run if r.sector]))
    ref = ActorRef(text=text[s:t], code=code, country=e.country, name=name)
    return ActorMatch(s, t, text[s:t], ref, e.kind)


def _owned_seat(toks: Tokens, it: Item, seat: Item, e: Entry, pe: Entry) -> bool:
    """A state named with "'s" (or as a demonym) right before another state's institution
    ("Japan's Defense Department", "the South Korean Joint Chiefs of Staff"): a body of that
    name in the possessor's state, whose sector it keeps (never the other state's body)."""
    if e.kind not in STATE_NAME_KINDS or len(e.code) != 3 or pe.kind != "capital":
        return False
    if len(pe.code) not in (6, 9) or pe.code[:3] == e.code:
        return False
    gap = toks.keys[it.j : seat.i]
    return gap in (["'", "s"], ["'"]) or (not gap and e.kind == "demonym")


def _seat_of(toks: Tokens, it: Item, state: Item, e: Entry, pe: Entry) -> bool:
    """A state's institution whose name another state's body also bears, then "of" and a state
    ("the Exim Bank of China", "the Federal Security Service of Ukraine"): that state's body of
    that name, never the table's own (leftovers52)."""
    if e.kind != "capital" or len(e.code) not in (6, 9) or pe.kind not in STATE_NAME_KINDS:
        return False
    if len(pe.code) != 3 or pe.code == e.code[:3]:
        return False
    return toks.keys[it.j : state.i] in (["of"], ["of", "the"])


def _trailing_name(toks: Tokens, j: int, limit: int | None) -> tuple[int, str | None]:
    """After a title, an unknown person's capitalised name: up to four words."""
    end = j
    stop = min(len(toks), j + 4, limit if limit is not None else len(toks))
    while end < stop and toks.texts[end][:1].isupper() and toks.texts[end].isalpha():
        end += 1
    if end == j:
        return j, None
    return end, " ".join(toks.texts[j:end])
