"""The owner of an exercise forces are sent to join (issue 9 round 37, clauses44: fresh31 C).

"Mexico would send a frigate to take part in Chile's naval exercise": the sending, coded as a
share in the exercise (062, ``_exercise_sending``), is aimed at the state whose exercise it is,
named as the exercise noun's possessor ("with Y" is read by the noun's own stages).
"""

from __future__ import annotations

from realpolitik.extract._exercise_sending import SENDING, joined_exercise
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import DEEP_IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

_MILITARY = "062"


@acts_on(noun=False, roots=("06",), words=SENDING)
def joined_exercise_owner(s: Site, c: Candidates) -> Candidates:
    """A sending to join another's exercise with no target: the exercise's possessor."""
    if s.noun or c.targets or not c.sources or s.code != _MILITARY:
        return c
    if s.tok.lemma_.lower() not in SENDING:
        return c
    noun = joined_exercise(s.tok)
    if noun is None:
        return c
    own = {key(a) for a in c.sources}
    for k in noun.children:
        if k.dep_ != "poss":
            continue
        got = [a for a in s.actors.resolve(k) if key(a) not in own and not unknown(a)]
        if got:
            return c.with_targets([Arg(a.ref, DEEP_IN_PHRASE, k.i) for a in got], 1)
    return c
