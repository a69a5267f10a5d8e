"""A ruler named again by his title alone: "the emir", "the sultan", "the king", "the crown
prince", "the grand duke" (issue 9, parties40: fresh20's class L).

News names a monarch once in full ("Emir Tamim bin Hamad Al Thani received President Ruto",
"Qatar's emir ...") and then by his title: "Ruto invited the emir to visit Nairobi". Such a
phrase is the person named before it whose own mention carries that title, not the last person
named (the guest, here) as "the president" may be, and not an unplaced government either: the
state's invitation then came out with no state on the invitee's side, or reversed. The title must
be the phrase's only words ("the Saudi crown prince" is read by its adjective); a title the story
gave no one before is left to the other readings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Arg
from realpolitik.extract.confidence import DEFINITE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

# A ruler's title (the head noun's lemma) and the words that may stand before it in the title.
RULER_TITLES: dict[str, frozenset[str]] = {
    "emir": frozenset(),
    "amir": frozenset(),
    "sultan": frozenset(),
    "king": frozenset(),
    "queen": frozenset(),
    "sheikh": frozenset(),
    "emperor": frozenset(),
    "prince": frozenset({"crown"}),
    "duke": frozenset({"grand"}),
    "duchess": frozenset({"grand"}),
}
# How far back (characters) the titled person may have been named.
_REACH = 3000


def ruler_title(actors: DocActors, tok: Token) -> list[Arg]:
    """ "the emir" / "the crown prince": the last person named before whose mention carries
    that title, else nothing."""
    lemma = tok.lemma_.lower()
    before = RULER_TITLES.get(lemma)
    if before is None or tok.tag_ != "NN":
        return []
    kids = list(tok.children)
    if [k.lower_ for k in kids if k.dep_ == "det"] != ["the"]:
        return []
    mods = [k for k in kids if k.dep_ != "det"]
    if any(k.lower_ not in before or k.i > tok.i for k in mods):
        return []  # ("the Saudi crown prince", "the king of Jordan": read otherwise)
    title = [*(k.lower_ for k in mods), lemma]
    pos = actors.doc_offset(tok)
    m = actors._placed.last_where(
        pos, _REACH, lambda m: bool(m.ref.country) and _carries(m.ref.text, title)
    )
    return [Arg(replace(m.ref, text=tok.text), DEFINITE, tok.i)] if m is not None else []


def _carries(text: str, title: list[str]) -> bool:
    """Whether the words of ``text`` hold ``title`` in a row ("Crown Prince Mohammed")."""
    words = text.lower().replace("'s", " ").split()
    n = len(title)
    return any(words[i : i + n] == title for i in range(len(words) - n + 1))


__all__ = ["RULER_TITLES", "ruler_title"]
