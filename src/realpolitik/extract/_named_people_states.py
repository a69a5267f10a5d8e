"""A state's name inside a person's name is no state: "President Peter Jordan", "Minister Ana
Chad", "Senator Georgia Smith", "coach Bruce Israel" (issue 9, leftovers67).

A title, then a given name and a state's name ("President Peter Jordan of Kenya"), or a title,
a state's name and a surname ("Senator Georgia Smith"), writes a person whose given name or
surname a state's name is: the state's mention is dropped, and the person is left to the story's
own evidence ("of Kenya", ``_titled_names``). The title is required: "Nazi Germany", "Soviet
Georgia" or "Chad and Niger" have none; and so is the order: "Jordan's King Abdullah", "President
Ruto of Kenya" and "Georgia's prime minister" keep their state.
"""

from __future__ import annotations

import re

from realpolitik.extract._mention_parts import Mention

# Titles written before a person's name (lower-cased, a full stop dropped).
_TITLES = frozenset(
    {
        "president", "minister", "senator", "governor", "coach", "ambassador", "envoy", "mayor",
        "general", "gen", "colonel", "col", "mr", "mrs", "ms", "dr", "professor", "prof",
        "judge", "justice", "rep", "representative", "congressman", "congresswoman",
        "chancellor", "premier", "secretary", "commissioner", "chairman", "chairwoman",
        "spokesman", "spokeswoman", "captain", "striker", "midfielder", "defender",
        "goalkeeper", "manager", "lawmaker", "mp", "director", "commander", "sheikh",
    }
)  # fmt: skip
# Capitalised words after a title or a state that are no given name or surname.
_NOT_NAMES = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December", "The", "On", "In", "At", "And", "But", "For", "Of",
        "Minister", "General", "Secretary", "President", "Foreign", "Defence", "Defense",
        "Prime", "Deputy", "Vice", "State", "Affairs", "Interior", "Finance", "Trade",
        "Counsellor", "Counselor", "Designate", "Elect", "Emeritus",
    }
)  # fmt: skip
_TITLE_GIVEN = re.compile(r"(?:^|[^A-Za-z])([A-Za-z]+)(\.?)[ \t]+([A-Z][a-z]+)[ \t]+$")
_TITLE = re.compile(r"(?:^|[^A-Za-z])([A-Za-z]+)(\.?)[ \t]+$")
# Titles written short with a full stop ("Gen. Peter Jordan"); another word's full stop ends a
# sentence ("... met the ambassador. Kenya Airways said").
_SHORT = frozenset({"gen", "col", "mr", "mrs", "ms", "dr", "prof", "rep"})
_SURNAME = re.compile(r"[ \t]+([A-Z][a-z]+)\b(?!['’])")
_BACK = 40  # characters looked back for a title and a given name
_STATE_KINDS = frozenset({"country"})


def _title(got: re.Match[str] | None) -> bool:
    if got is None:
        return False
    word = got.group(1).lower()
    return word in _TITLES and (not got.group(2) or word in _SHORT)


def _in_a_name(text: str, m: Mention, starts: set[int]) -> bool:
    before = text[max(0, m.start - _BACK) : m.start]
    got = _TITLE_GIVEN.search(before)
    if _title(got) and got is not None and got.group(3) not in _NOT_NAMES:
        return True  # "President Peter Jordan"
    if not _title(_TITLE.search(before)):
        return False
    after = _SURNAME.match(text, m.end)
    return after is not None and after.group(1) not in _NOT_NAMES and after.start(1) not in starts


def drop_states_in_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the states whose name is a titled person's given name or surname."""
    if not any(m.kind in _STATE_KINDS for m in mentions):
        return mentions
    starts = {m.start for m in mentions}
    return [m for m in mentions if m.kind not in _STATE_KINDS or not _in_a_name(text, m, starts)]


__all__ = ["drop_states_in_names"]
