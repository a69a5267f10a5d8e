"""A counted state phrase above two ("the three governments", "the four juntas", "the three
military governments") points back to the list of that many states named together before it
("Mali, Burkina Faso and Niger recalled ..."; issue 9, practice2: a practice set's class N).

"The two countries" has its own reading (the story's pair, ``_referring``); a larger number was
read as "the" + a plural, that is as the last two states named, so one member of the list was
lost and a state named after the list (the host the envoys left) took another's place. The list
is found in the paragraph's own text: state names joined only by commas, "and" or "or"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract._mentions import Mention

NUMBER_WORDS = {
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
# Adjectives of a kind of government that still point back ("the two military governments",
# "the three transitional authorities"); other modifiers name someone else ("the two Gulf states").
GOVERNMENT_ADJECTIVES = frozenset(
    {"military", "military-led", "army-led", "junta-led", "transitional", "interim", "ruling"}
)
# What may stand between two names of one list.
_LIST_GAP = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)")
_BACK = 1500  # characters back searched for the list


def government_adjective(tok: Token) -> bool:
    """ "the two military governments": an adjective of the kind of government, not of whose."""
    return tok.dep_ == "amod" and tok.lower_ in GOVERNMENT_ADJECTIVES


def counted_number(tok: Token) -> int | None:
    """The count above two on a plural head ("the three governments"), or None."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return None
    for c in tok.children:
        if c.dep_ == "nummod":
            low = c.lower_
            n = NUMBER_WORDS.get(low) or (int(low) if low.isdigit() else 0)
            return n if n >= 3 else None
    return None


def listed_states(tok: Token, pos: int, placed: MentionChain, n: int) -> list[str] | None:
    """The countries of the last list of exactly ``n`` states named together before ``pos``
    (the phrase's place in the document) in ``tok``'s paragraph; None if there is none."""
    start = pos - tok.idx  # where the paragraph starts in the document
    text = tok.doc.text
    items = placed.items
    k = placed.last_before(pos)
    while k >= 0 and items[k].start >= start and pos - items[k].start <= _BACK:
        j = _list_start(items, k, start, text)
        countries = _countries(items[j : k + 1])
        if len(countries) == n:
            return countries
        k = j - 1
    return None


# Plural state nouns that take the whole list before them ("the juntas", "the governments");
# "the sides" are a dispute's two, whoever else was named (``_referring``).
LIST_NOUNS = frozenset({"country", "nation", "state", "government", "regime", "junta", "kingdom"})
_SMALLEST_LIST = 3


def last_list(tok: Token, pos: int, placed: MentionChain) -> list[str] | None:
    """ "Mali, Burkina Faso and Niger quit the bloc. The juntas said ...": an uncounted plural
    after a list of three or more states named together, the last states named before it in
    its paragraph, points back to the whole list (as "the three juntas" does), not its last
    two (parties21); None otherwise."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.lemma_.lower() not in LIST_NOUNS:
        return None
    start = pos - tok.idx
    items = placed.items
    k = placed.last_before(pos)
    if k < 0 or items[k].start < start or pos - items[k].start > _BACK:
        return None
    countries = _countries(items[_list_start(items, k, start, tok.doc.text) : k + 1])
    return countries if len(countries) >= _SMALLEST_LIST else None


def _list_start(items: Sequence[Mention], k: int, start: int, text: str) -> int:
    """The first mention of the list that ends with ``items[k]`` (joined by commas and "and")."""
    j = k
    while j > 0 and items[j - 1].start >= start:
        if not _LIST_GAP.fullmatch(text[items[j - 1].end - start : items[j].start - start]):
            break
        j -= 1
    return j


def _countries(mentions: Sequence[Mention]) -> list[str]:
    """The states of ``mentions``, each once, in order."""
    countries: list[str] = []
    for m in mentions:
        if m.ref.country and m.ref.country not in countries:
            countries.append(m.ref.country)
    return countries
