"""A personal pronoun agrees in sex with the person it refers to: "Ruto has gained more from
Samia Suluhu Hassan than his voters think: she backed ..." is Samia's act, not the subject
Ruto's (fresh22's E). The people table marks its women (``sex`` F, every woman of it), so a
table person not so marked is a man; a person the table does not hold agrees with either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors._tables import people_sex

if TYPE_CHECKING:
    from realpolitik.extract._mention_parts import Mention

_SHE = frozenset({"she", "her", "hers", "herself"})
_HE = frozenset({"he", "him", "his", "himself"})
_BACK = 400  # characters back within which another person may be the antecedent


def _female(m: Mention) -> bool | None:
    """True for a woman of the table, False for a man of it, None for anyone else."""
    return people_sex().get(m.ref.name or "")


def agreeing(
    low: str, pick: Mention, items: list[Mention], last: int, pos: int, skip: frozenset[str]
) -> Mention:
    """``pick`` when its sex agrees with the pronoun ``low`` (or is unknown), else the nearest
    earlier person of the pronoun's sex within reach."""
    want = True if low in _SHE else False if low in _HE else None
    if want is None or _female(pick) in (None, want):
        return pick
    for k in range(last, -1, -1):
        m = items[k]
        if pos - m.start > _BACK:
            break
        if m.ref.code not in skip and _female(m) is want:
            return m
    return pick
