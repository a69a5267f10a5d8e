"""Recurring resolutions: the bridges that make positions comparable across years.

The General Assembly votes on many resolutions every year with the same title (Question of
Antarctica, Assistance to the Palestinian people, Situation of human rights in ...). Bailey,
Strezhnev & Voeten (2017) constrain such identical resolutions to have the same roll-call
parameters in every year, so that a state that votes differently on the same text has moved.
Here a resolution's key is its normalised title (lower case; without the "resolution / adopted by
the General Assembly" tail, numbers, years, session words and punctuation) plus its part letter
(A/RES/40/156C is part 'c'). A key seen in at least two years forms a bridge; a year with two roll
calls of the same key is left out of that bridge, since it cannot tell which one recurs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from realpolitik.analysis._idealpoints_probit import Int

_TAIL = re.compile(r"\s*:\s*(draft\s+)?resolutions?\b.*$", re.IGNORECASE)
_SESSION_WORDS = re.compile(
    r"\b(session|sessions|special|emergency|resumed|part|st|nd|rd|th|"
    r"i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\b"
)
_NON_WORD = re.compile(r"[^a-z]+")


def normalise_title(text: str | None) -> str:
    """The part of a title that stays the same when a resolution comes back the next year."""
    if not text:
        return ""
    out = _TAIL.sub("", text).lower()
    out = out.replace("united nations", "un")
    out = _NON_WORD.sub(" ", out)  # drops digits (years, session numbers) and punctuation
    out = _SESSION_WORDS.sub(" ", out)
    return " ".join(out.split())


def part_of(symbol: str | None) -> str:
    """Part letter(s) of a resolution symbol: A/RES/40/156C -> 'c', A/RES/181(II)[A] -> 'a'."""
    if not symbol:
        return ""
    last = symbol.strip().split("/")[-1]
    rest = re.sub(r"^\d+\s*(\([^)]*\))?", "", last)
    return _NON_WORD.sub("", rest.lower())


def bridge_groups(texts: Sequence[str | None], symbols: Sequence[str | None], years: Int) -> Int:
    """Group id per roll call (>= 0 for bridged roll calls, -1 otherwise)."""
    keys = [
        f"{normalise_title(t)}|{part_of(s)}" if normalise_title(t) else ""
        for t, s in zip(texts, symbols, strict=True)
    ]
    per_key_year: dict[tuple[str, int], list[int]] = defaultdict(list)
    for j, key in enumerate(keys):
        if key:
            per_key_year[(key, int(years[j]))].append(j)
    members: dict[str, list[int]] = defaultdict(list)
    for (key, _year), items in per_key_year.items():
        if len(items) == 1:
            members[key].append(items[0])
    out = np.full(len(keys), -1, dtype=np.int64)
    group = 0
    for key in sorted(members):
        items = members[key]
        if len(items) >= 2:
            out[items] = group
            group += 1
    return out
