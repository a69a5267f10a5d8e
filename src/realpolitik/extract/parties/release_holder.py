"""The holder named by "from Y" in a demanded release or return (leftovers26, issue 9).

"The United States demanded the release of the American journalist from Russia", "France called
for the release of two French nationals from Iran": the one asked to free them is the state that
holds them, named by the "from" phrase of the release noun (or of its "of" object, where the
parser hangs it); the released people are the asker's own. ``object_agent`` read the people
("American journalist") as the act's doer, so the demand went USA -> USA. A "from" state of the
asker's own country ("the return of Russian troops from Russia") is no holder and is passed
over.

A request for a person's handover or release with no "from" phrase ("Lima had asked for the
man's extradition", after Chile granted him asylum) is aimed at the one other state of the
paragraph or story (``handed_person_holder``, parties55: fresh29's D).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import pobjs
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import unknown
from realpolitik.extract.parties._story_states import other_state

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract.parties._model import Candidates, Site

_RELEASE_NOUNS = frozenset(
    {"release", "return", "freeing", "repatriation", "handover", "extradition", "freedom"}
)
_FOR_PREPS = ("for",)  # ("called / pressed / appealed for the release")
_FROM = ("from",)


def _release_noun(s: Site) -> Token | None:
    """The release noun the trigger asks for: its object, or its "for" object (a verb's, or a
    noun trigger's own: "renewed its demand for the release of ...")."""
    for k in s.kids:
        if k.dep_ == "dobj" and k.lemma_.lower() in _RELEASE_NOUNS:
            return k
    for _, p in pobjs(s.tok, _FOR_PREPS):
        if p.lemma_.lower() in _RELEASE_NOUNS:
            return p
    return None


@acts_on(roots=REQUEST_ROOTS)  # demands and appeals ("called for the release of ...")
def release_holder(s: Site, c: Candidates) -> Candidates:
    """ "Demanded the release of the American journalist from Russia": Russia, the holder."""
    if c.targets or s.root not in REQUEST_ROOTS:
        return c
    noun = _release_noun(s)
    if noun is None:
        return c
    heads = [noun] + [p for _, p in pobjs(noun, ("of",))]
    own = {a.ref.country for a in c.sources if a.ref.country}
    got: list[Arg] = []
    for h in heads:
        for _, p in pobjs(h, _FROM):
            got += [
                a
                for a in s.actors.resolve(p)
                if not unknown(a) and a.ref.country and a.ref.country not in own
            ]
    return c.with_targets(got) if got else c


# Nouns of a person handed over whose holder a request names only by the story ("asked for the
# man's extradition"); a release of people held is ``released_holder``'s, and a return is left
# out ("the return of its ambassador" is the asker's own recall).
_HANDED_NOUNS = frozenset({"extradition", "handover", "surrender", "deportation"})
_PERSON_POS = frozenset({"PRON", "NOUN", "PROPN"})
_PERSON_PRONOUNS = frozenset({"his", "her", "their", "him", "them"})


def _handed_person(noun: Token) -> Token | None:
    """The person a handover noun is of: its possessor ("the man's extradition", "his
    release") or its "of" object ("the extradition of the former minister")."""
    got = [k for k in noun.children if k.dep_ == "poss"]
    got += [p for _, p in pobjs(noun, ("of",))]
    for k in got:
        if k.pos_ == "PRON" and k.lower_ not in _PERSON_PRONOUNS:
            return None  # ("its release": a ship's)
        if k.pos_ in _PERSON_POS:
            return k
    return None


@acts_on(noun=False, roots=REQUEST_ROOTS)
def handed_person_holder(s: Site, c: Candidates) -> Candidates:
    """ "Peru recalled its ambassador after Chile granted asylum to a former Peruvian minister.
    Lima had asked for the man's extradition": a request for the handover or release of a
    person of no state, or of the asker's own, names no "from" state; the one who would hand
    him over is the state holding him, the paragraph's (else the story's) one other state
    (``other_state``), not the asker (parties55: fresh29's D)."""
    if s.noun or c.targets or not c.sources:
        return c
    noun = _release_noun(s)
    if noun is None or noun.lemma_.lower() not in _HANDED_NOUNS or pobjs(noun, _FROM):
        return c
    person = _handed_person(noun)
    if person is None:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    if len(own) != 1 or any(
        not unknown(a) and a.ref.country not in own for a in s.actors.resolve(person)
    ):
        return c  # ("the extradition of a Chilean banker": his own state is named)
    other = other_state(s, next(iter(own)))
    if other is None or other.ref.country in own:
        return c
    return c.with_targets([Arg(other.ref, EARLIER, s.tok.i)], 1)
