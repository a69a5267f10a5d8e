"""People a document names with their state but no title: "Duma Gideon of Eswatini said ..."
(issue 9, dateline13: fresh5's class A).

The tables do not know every envoy or minister a story names, and some stories give no title
anywhere. Two to four capitalised name words right before "of STATE", none of them a word of
an institution or a title ("the Central Bank of Kenya", "King Abdullah of Jordan") and none a
name the tables hold (but a one-word body that is a first name, "Duma"), are that state's
person; ``_titled_names`` places them and their later bare surname as it does a titled name.
"""

from __future__ import annotations

import re

from realpolitik.extract._mention_parts import Mention

# The run of capitalised words that ends right before "of " and a state's mention.
_RUN = re.compile(r"((?:[A-Z][A-Za-z'’\-]+[ \t]+)+)of[ \t]+$")
_LOOK_BACK = 120  # characters before "of STATE" searched for the name
_FEWEST, _MOST = 2, 4  # name words
_STATE_CODE = 3  # a state itself ("GHA"), not one of its offices ("GHAGOV")
_ENDS = ".!?:;,)\"'"  # a word ending so closes what comes before the name
_STATE_KINDS = frozenset({"country", "capital"})
# Words of institutions, offices, places and calendars: such a run is no person's name.
_NOT_PEOPLE = frozenset(
    {
        "The", "A", "An", "And", "But", "For", "In", "On", "At", "As", "By", "To", "With",
        "Republic", "Kingdom", "Bank", "University", "Government", "Parliament", "Ministry",
        "Minister", "President", "Prime", "Foreign", "Defence", "Defense", "Central", "National",
        "State", "States", "United", "Democratic", "Federal", "Islamic", "Sultan", "Emir",
        "King", "Queen", "Prince", "Princess", "Crown", "Duke", "Court", "Supreme", "Army",
        "Navy", "Air", "Force", "Forces", "Coast", "Guard", "Embassy", "Ambassador", "Consul",
        "Church", "Bishop", "Archbishop", "Mayor", "Governor", "Chief", "Head", "Leader",
        "Speaker", "Chamber", "Council", "Office", "Department", "Secretary", "General",
        "Commander", "Police", "Party", "Union", "Association", "Institute", "Museum", "Port",
        "City", "Province", "Gulf", "Sea", "Bay", "Island", "Islands", "Strait", "Holy", "Pope",
        "Vice", "Deputy", "Senate", "Senator", "Assembly", "Congress", "Commission", "Agency",
        "Authority", "Service", "Services", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms",
        "Dr", "Northern", "Southern", "Eastern", "Western", "North", "South", "East", "West",
    }
)  # fmt: skip


def untitled_names(text: str, mentions: list[Mention]) -> list[tuple[int, int, list[str], Mention]]:
    """Each untitled "NAME of STATE": the name's span, its words and the state's mention."""
    by_start = {m.start: m for m in mentions}
    found: list[tuple[int, int, list[str], Mention]] = []
    for state in mentions:
        if state.kind not in _STATE_KINDS or len(state.ref.code) != _STATE_CODE:
            continue
        lo = max(0, state.start - _LOOK_BACK)
        if not _of_before(text, lo, state.start):
            continue  # (most mentions: no search of the window)
        got = _RUN.search(text, lo, state.start)
        if got is None:
            continue
        start = got.start(1)
        words = got.group(1).split()
        if start > 0 and not text[start - 1].isspace():
            continue  # inside a word ("iPhone")
        if not _FEWEST <= len(words) <= _MOST or any(w in _NOT_PEOPLE for w in words):
            continue
        if _capital_before(text, start):
            continue  # the run goes on before (a longer name or a title)
        end = start + len(got.group(1).rstrip())
        if not _free(text, start, end, words, by_start, mentions):
            continue
        found.append((start, end, words, state))
    return found


def _of_before(text: str, lo: int, end: int) -> bool:
    """Whether ``text[lo:end]`` ends in "of" and spaces (``_RUN``'s end; its "$" also matches
    before a newline that ends the window): without it the search finds nothing, and a
    search tries every start in the window."""
    if end > lo and text[end - 1] == "\n":
        end -= 1
    k = end
    while k > lo and text[k - 1] in " \t":
        k -= 1
    return k < end and k - 2 >= lo and text[k - 2 : k] == "of"


def _capital_before(text: str, start: int) -> bool:
    """A capitalised word right before the run, on the same line ("Envoy Ana Lopez of ...":
    the run would have taken it; this catches one the regex's window cut)."""
    prev = re.search(r"(\S+)[ \t]+$", text[max(0, start - 40) : start])
    return prev is not None and prev.group(1)[:1].isupper() and prev.group(1)[-1] not in _ENDS


def _free(
    text: str,
    start: int,
    end: int,
    words: list[str],
    by_start: dict[int, Mention],
    mentions: list[Mention],
) -> bool:
    """No mention of the tables inside the name but a one-word body or place on its first
    word ("Duma Gideon": not the Russian parliament)."""
    inside = [m for m in mentions if start <= m.start < end or start < m.end <= end]
    if not inside:
        return True
    first = by_start.get(start)
    return (
        len(inside) == 1
        and first is inside[0]
        and first.kind != "person"
        and first.end - first.start == len(words[0])
    )


__all__ = ["untitled_names"]
