"""The repair table (``_repair_table.REPAIRS``): each repair once, in ``repair_parse``'s order,
with word groups it can be tested by (issue 9, speed: a repair whose words the sentence lacks is
not called)."""

from __future__ import annotations

from realpolitik.extract._repair_table import REPAIRS


def test_each_repair_is_listed_once_with_lowercased_word_groups() -> None:
    names = [repair.__name__ for repair, _ in REPAIRS]
    assert len(names) == len(set(names)) > 100
    for _, needs in REPAIRS:
        for group in needs:
            assert isinstance(group, frozenset) and group
            assert all(isinstance(w, str) and w == w.lower() for w in group)
