"""The holder named by "from Y" in a demanded release or return (leftovers26, issue 9).

"The United States demanded the release of the American journalist from Russia", "France called
for the release of two French nationals from Iran": the one asked to free them is the state that
holds them, named by the "from" phrase of the release noun (or of its "of" object, where the
parser hangs it); the released people are the asker's own. ``object_agent`` read the people
("American journalist") as the act's doer, so the demand went USA -> USA. A "from" state of the
asker's own country ("the return of Russian troops from Russia") is no holder and is passed
over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg
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
