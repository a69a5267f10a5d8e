"""The titled-name placement as it was before speed9 (one rescan of the text and of every
mention per introduction, quadratic in long texts): the reference the linear one must equal."""

from __future__ import annotations

import re
from dataclasses import replace

from realpolitik.extract import _titled_names as tn
from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._name_ties import NameIndex, name_ties, short_forms, tie_spans
from realpolitik.models import ActorRef


def titled_names_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """``titled_names`` with the old introduction finder and one placement per introduction."""
    index = NameIndex(text, mentions)
    ties = name_ties(text, mentions, index)
    shorts = short_forms(text, mentions, index)
    if not ties and not shorts and not any(tn._title_like(m) for m in mentions):
        return mentions
    out = tn._drop_first_names(text, mentions)
    placed = [(sp, tie.ref) for tie in ties for sp in tie_spans(index, tie)]
    placed += [(sp, ref) for ref, spans in shorts for sp in spans]
    if placed:
        out = tn._place_each(text, out, placed)
    for intro in _intros(text, out):
        out = _place(text, out, intro)
    return out


def _intros(text: str, mentions: list[Mention]) -> list[tn._Intro]:
    by_start = {m.start: m for m in mentions}
    found: list[tn._Intro] = []
    for k, m in enumerate(mentions):
        if not tn._title_like(m) or any(i.start <= m.start < i.end for i in found):
            continue
        words, start, end = tn._name_after(text, m.end, by_start)
        if m.kind == "sector":
            state = tn._of_state(text, end, by_start) if words else None
            if state is None or not state.ref.country:
                continue
            country = state.ref.country
            code = country + m.ref.code[3:]
        else:
            country, code = m.ref.country or "", m.ref.code
            words = [*(m.ref.name or "").split(), *words]
        names = [w for w in words if w not in tn._PARTICLES]
        if not names or len(names[-1]) < tn._MIN_SURNAME:
            continue
        inside = [x for x in mentions[k + 1 :] if x.start < end]
        full = " ".join(words)
        ref = ActorRef(full, code, country, full)
        if any(x.kind == "person" and tn._same_person(x.ref, ref) for x in inside):
            continue
        found.append(tn._Intro(start, end, ref, names[-1]))
    return found


def _place(text: str, mentions: list[Mention], intro: tn._Intro) -> list[Mention]:
    spans = [(intro.start, intro.end)] if intro.start < intro.end else []
    for hit in re.finditer(rf"\b{re.escape(intro.surname)}\b", text[intro.end :]):
        spans.append((intro.end + hit.start(), intro.end + hit.end()))
    return _place_spans(text, mentions, spans, intro.ref, first=intro.start < intro.end)


def _place_spans(
    text: str, mentions: list[Mention], spans: list[tuple[int, int]], ref: ActorRef, *, first: bool
) -> list[Mention]:
    keep: list[Mention] = []
    add: list[Mention] = []
    taken = list(spans)
    for m in mentions:
        over = [s for s in spans if m.start < s[1] and s[0] < m.end]
        if m.kind != "person" and first and tn._within(m, spans[:1]):
            continue
        if not over:
            keep.append(m)
        elif m.kind == "person" and not tn._same_person(m.ref, ref) and tn._within(m, over):
            continue
        else:
            keep.append(m)
            taken = [s for s in taken if s not in over]
    for lo, hi in taken:
        add.append(Mention(lo, hi, replace(ref, text=text[lo:hi]), "person"))
    return sorted(keep + add, key=lambda m: m.start)
