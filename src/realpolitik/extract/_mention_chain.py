"""Mentions of one kind in document order, for looking back from a position (coreference:
"the two countries", "the leader", "the bloc")."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from realpolitik.extract._mentions import Mention


class MentionChain:
    """Mentions of one kind in document order, for looking back from a position.

    With ``key``, ``_other[k]`` is the nearest earlier mention whose key differs from mention
    k's (-1 if none): "the two countries" are the last country named and the last different
    one before it, found without walking back over every mention of the first.
    """

    def __init__(self, items: list[Mention], key: Callable[[Mention], Any] | None = None) -> None:
        self.items = items
        self._starts = [m.start for m in items]
        self._other: list[int] = []
        if key is not None:
            keys = [key(m) for m in items]
            for k in range(len(items)):
                if k == 0:
                    self._other.append(-1)
                elif keys[k - 1] != keys[k]:
                    self._other.append(k - 1)
                else:
                    self._other.append(self._other[k - 1])

    def last_before(self, pos: int) -> int:
        """Index of the last mention that starts before ``pos``; -1 if none."""
        return bisect.bisect_left(self._starts, pos) - 1

    def last_where(self, pos: int, reach: int, keep: Callable[[Mention], bool]) -> Mention | None:
        """The last mention before ``pos`` that ``keep`` takes, looking back at most ``reach``
        characters; None if there is none so near."""
        for k in range(self.last_before(pos), -1, -1):
            m = self.items[k]
            if pos - m.start > reach:
                return None
            if keep(m):
                return m
        return None

    def last_two(self, pos: int) -> tuple[Mention, Mention] | None:
        """The last two mentions before ``pos`` with different keys, in document order."""
        last = self.last_before(pos)
        if last < 0 or self._other[last] < 0:
            return None
        return self.items[self._other[last]], self.items[last]
