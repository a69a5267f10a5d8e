"""A table surname the record gives to someone else: "former minister Carlos Chavez" is not
Venezuela's late president (issue 9, names20: fresh10's NM with persons).

The people table lets a leader's surname stand alone for him. Where the record writes that
surname right after a given name that is none of his ("Betty Chavez", "Carlos Chavez") and
never names his state, the record's person carries it, and so does every bare "Chavez" of the
record, before and after:
the one-word matches of that person are dropped, and the name is left to the story's own
evidence (a title, an apposition, ``_titled_names``). His own given name ("Hugo Chavez"), a
word no name is ("Later Chavez said", ``NOT_NAME_WORDS``) or a word that opens a sentence as a
clause opener ("If Chavez ...", the inverted "Were / Should / Had Chavez to ...") keeps the
table's reading.
"""

from __future__ import annotations

import re
from dataclasses import replace
from difflib import SequenceMatcher

from realpolitik.actors import STATE_NAME_KINDS
from realpolitik.actors._text import fold
from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._name_ties import NOT_NAME_WORDS
from realpolitik.models import ActorRef

# The capitalised word right before a name, with only blanks between.
_GIVEN_BEFORE = re.compile(
    r"(?:^|(?<=[^A-Za-z'’\-]))([A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t]+(?:(?:da|de|dos|do|del|van|von)[ \t]+)?$"
)  # (a surname's particle may stand between: "Robert da Costa")
_BACK = 40  # characters looked back for the given name
_SENTENCE_ENDS = ".!?\"”'’:;\n"
# Words that open a sentence or a clause and are no one's given name (beside NOT_NAME_WORDS).
_OPENERS = frozenset(
    {
        "If", "Yesterday", "Today", "Tomorrow", "Now", "Even", "Only", "Why", "How", "Where",
        "What", "Whether", "Under", "With", "Without", "Like", "Unlike", "Until", "Once",
        "Though", "Although", "Because", "Despite", "During", "Nor", "Or", "So", "Yet", "Still",
        "Thus", "Instead", "Indeed", "Asked", "Neither", "Either", "Not", "Had", "Has", "Was",
        "Did", "Does", "Will", "Would", "Could", "Should", "Can", "May", "Let", "Tell", "From",
        "To", "By", "Of", "An", "A", "Sources", "Critics", "Supporters", "Some", "Many", "All",
        "Dear", "Senor", "Senora", "Señor", "Señora", "Madame", "Monsieur", "Herr", "Frau",
        "Comrade", "Former", "Late", "Ex", "Young", "Old", "Saint", "St", "Were", "Are",
        "Is", "Must", "Might", "Shall",
    }
)  # fmt: skip
_PERSON_KINDS = frozenset({"person"})
# What may stand between a state's word and a title: "Peru's former prime minister Chavez".
_BETWEEN = re.compile(r"(?:['’]s?)?[ \t]+(?:(former|ex-|then)[ \t]+)?")
_OFFICE, _FORMER = "GOV", "ELI"
_VERB_ENDINGS = ("ing", "ed")
_SPELLING = 0.75  # a likeness of two words above which they are one name spelled two ways


def drop_other_bearers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the one-word matches of a table person whose surname the record also
    writes after a given name that is not his, and with a titled match that the text gives
    another state ("Peru's former prime minister Chavez") made that state's office."""
    ends = {m.end for m in mentions}
    named = {m.ref.country for m in mentions if m.kind in STATE_NAME_KINDS}
    others = {
        (m.ref.code, text[m.start : m.end])
        for m in mentions
        if m.ref.country not in named and _after_other_given(text, m, ends)
    }
    retitled = _retitled(text, mentions)
    others |= {(m.ref.code, text[m.start : m.end].split()[-1]) for m in retitled}
    if not others:
        return mentions
    out = []
    for m in mentions:
        if _one_word(text, m) and (m.ref.code, text[m.start : m.end]) in others:
            continue
        out.append(retitled.get(m, m))
    return out


def _retitled(text: str, mentions: list[Mention]) -> dict[Mention, Mention]:
    """Titled person matches ("prime minister Chavez") right after a state's word that is not
    the person's ("Peru's former", "Peruvian"): that state's office, the former one's (ELI)
    where "former" says so."""
    out: dict[Mention, Mention] = {}
    for prev, m in zip(mentions, mentions[1:], strict=False):
        written = text[m.start : m.end]
        if m.kind not in _PERSON_KINDS or " " not in written or not m.ref.country:
            continue
        state = prev.ref.country
        if prev.kind not in STATE_NAME_KINDS or not state or state == m.ref.country:
            continue
        between = _BETWEEN.fullmatch(text, prev.end, m.start)
        if between is None or len(prev.ref.code) != len(state):
            continue
        office = _FORMER if between.group(1) else _OFFICE
        ref = ActorRef(written, state + office, state, written.split()[-1])
        out[m] = replace(m, ref=ref, also=())
    return out


def _one_word(text: str, m: Mention) -> bool:
    """A person match written as one word of a longer table name (his surname alone)."""
    name = m.ref.name or ""
    written = text[m.start : m.end]
    return m.kind in _PERSON_KINDS and " " in name and written.isalpha() and " " not in written


def _after_other_given(text: str, m: Mention, ends: set[int]) -> bool:
    """A one-word person match right after a capitalised word that is a given name, not his
    (nor the end of another mention: "Venezuelan Chavez")."""
    if not _one_word(text, m):
        return False
    got = _GIVEN_BEFORE.search(text, max(0, m.start - _BACK), m.start)
    if got is None:
        return False
    given = got.group(1)
    if got.end(1) in ends or given in NOT_NAME_WORDS or given in _OPENERS:
        return False
    own = {fold(w) for w in (m.ref.name or "").split()}
    for word in _name_words_before(text, got.start(1), given):
        if any(_same_name(word, w) for w in own):
            return False  # his own given or middle name, in another spelling ("Moammar")
    return _name_word(text, got.start(1))


def _name_words_before(text: str, at: int, given: str) -> list[str]:
    """The given name and the capitalised word right before it, if any ("Khwaja Muhammad
    Asif": a middle name may stand right before the surname)."""
    words = [fold(given)]
    got = _GIVEN_BEFORE.search(text, max(0, at - _BACK), at)
    if got is not None:
        words.append(fold(got.group(1)))
    return words


def _same_name(a: str, b: str) -> bool:
    """Two spellings of one name ("Moammar" / "Muammar", "Mansour" / "Mansur")."""
    return a == b or (a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= _SPELLING)


def _name_word(text: str, at: int) -> bool:
    """The word at ``at`` reads as a given name: it does not open a sentence, or it does and
    its lower-case form is nowhere in the record (an opener such as "Despite" is written
    lower-case elsewhere)."""
    before = text[max(0, at - _BACK) : at].rstrip()
    if before and before[-1] not in _SENTENCE_ENDS:
        return True
    word = text[at : text.find(" ", at)]
    if word.endswith(_VERB_ENDINGS):
        return False  # ("Citing Putin's visit", "Asked whether ...": a verb opens it)
    return re.search(rf"\b{re.escape(word.lower())}\b", text) is None


__all__ = ["drop_other_bearers"]
