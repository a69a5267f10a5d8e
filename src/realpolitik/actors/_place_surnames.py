"""A state's own name that is also a foreign leader's surname: "Montenegro" (issue 9, names19).

The people table gives a leader's surname as a short form of his name, and a dated person
outranks an undated state. Where that surname is also the name of a state, a capital or a
demonym ("Montenegro", Portugal's prime minister; "Turk", the UN's rights chief), the bare word
is the place: "Montenegro banned a Russian journalist" is Montenegro's act, and "Montenegro's
ambassador" is Montenegro's envoy. The person wins only where the text says it is he: a title
or an honorific right before the word ("Prime Minister Montenegro", "Mr Montenegro"), or his
full name anywhere in the document ("Luis Montenegro ... Montenegro later said"). His full name
is a longer phrase and matches as such.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from realpolitik.actors._tables import STATE_NAME_KINDS
from realpolitik.actors._text import phrase_tokens

if TYPE_CHECKING:
    from realpolitik.actors._tables import Entry
    from realpolitik.actors._text import Tokens

_USER_RANK = 3  # an ``--actors`` file's entry: the user's reading stands
# Titles and honorifics that make the next word a person's surname.
PERSON_TITLES = frozenset(
    {
        "mr", "mrs", "ms", "dr", "president", "minister", "premier", "chancellor", "pm",
        "commissioner", "chief", "secretary", "ambassador", "envoy", "spokesman",
        "spokeswoman", "leader", "counterpart", "senator", "general", "gen", "judge",
        "governor", "mayor", "speaker", "deputy", "lawmaker", "candidate", "rapporteur",
    }
)  # fmt: skip


class _Cand(Protocol):
    @property
    def entry(self) -> Entry: ...

    @property
    def rank(self) -> int: ...


class _Words(Protocol):
    def has(self, cue: str) -> bool: ...


def place_over_surname(
    best: Entry | None,
    cands: Sequence[_Cand],
    toks: Tokens,
    i: int,
    doc: _Words,
) -> Entry | None:
    """``best``, or the place reading of the one word at ``i`` where ``best`` is a person's
    surname alias and nothing in the text ties the word to that person."""
    if best is None or best.kind != "person" or " " not in (best.name or ""):
        return best
    places = [c for c in cands if c.entry.kind in STATE_NAME_KINDS and c.entry.valid_until is None]
    if not places or any(c.rank >= _USER_RANK and c.entry is best for c in cands):
        return best
    if i > 0 and toks.keys[i - 1] in PERSON_TITLES:
        return best  # "Prime Minister Montenegro", "Mr Montenegro"
    if doc.has(" ".join(phrase_tokens(best.name or "").keys)):
        return best  # his full name is in the document: the bare surname is he
    return max(places, key=lambda c: c.rank).entry


# Words before a name that make it a person's or another place's: "Queen Victoria", "Lake
# Victoria", "Port Victoria".
_NAME_BEFORE = PERSON_TITLES | {
    "queen", "king", "princess", "prince", "lady", "lord", "saint", "st", "lake", "port",
    "mount", "fort", "cape", "new",
}  # fmt: skip


def cued_capital_word(entry: Entry, toks: Tokens, i: int, n: int) -> bool:
    """Whether a capital that is also a common name (a ``context.tsv`` capital row, read only
    where the document names its state) stands alone at ``i``: not a given name before a
    surname ("Victoria Beckham", "Victoria Falls") nor after a title ("Queen Victoria", "Lake
    Victoria"); other entries pass (parties35, fresh18's CV)."""
    if entry.kind != "capital" or not entry.cues:
        return True
    if i + n < len(toks) and toks.upper_start(i + n) and toks.keys[i + n].isalpha():
        return False
    return not (i > 0 and toks.keys[i - 1] in _NAME_BEFORE)
