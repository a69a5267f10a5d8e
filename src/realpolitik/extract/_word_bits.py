"""Which of a fixed list of word groups a sentence's words meet, as the bits of one integer.

The parse repairs (``_repair_table.RepairIndex``) and the party stages (``Policy.of_sentence``)
each name the words they cannot act without, and some 100 groups were tested against every
sentence one by one (a ``frozenset.isdisjoint`` per group). Indexed by word, the sentence's
words name the groups they meet with one set intersection (in C) and a few look-ups: bit ``k``
of :meth:`WordBits.met` is set where the sentence holds a word of group ``k``.
"""

from __future__ import annotations

from collections.abc import Sequence


class WordBits:
    """Word groups by word: each word the bits of the groups that hold it."""

    __slots__ = ("bits", "words")

    def __init__(self, groups: Sequence[frozenset[str]]) -> None:
        self.bits: dict[str, int] = {}
        for k, group in enumerate(groups):
            for word in group:
                self.bits[word] = self.bits.get(word, 0) | 1 << k
        self.words = frozenset(self.bits)

    def met(self, words: frozenset[str]) -> int:
        """The bits of the groups that share a word with ``words``."""
        met = 0
        for word in self.words.intersection(words):
            met |= self.bits[word]
        return met


__all__ = ["WordBits"]
