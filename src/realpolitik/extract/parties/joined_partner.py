"""An act done by joining another state's forces "in" it ("an X-ian frigate would join Y-ian
ships in exercises") is done with that state (issue 9, parties54: fresh28's class E).

"Kenya's defence ministry announced that a Kenyan frigate would join Tanzanian ships in
exercises next month": the act noun is the "in" object of "join", whose own object ("Tanzanian
ships", "Y's navy") names the partner; the exercise, patrol or drill is aimed at it. Without
this the act had no target (KEN -> none 062). Read right after ``light_verb_subject``.
"""

from __future__ import annotations

from realpolitik.extract._joined_protests import JOINING
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown

_IN = frozenset({"in", "for", "on"})


@acts_on(noun=True)
def joined_forces_partner(s: Site, c: Candidates) -> Candidates:
    """ "would join Y-ian ships in exercises": Y, whose ships are joined."""
    if c.targets or not c.sources:
        return c
    prep = s.tok.head
    if s.tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _IN:
        return c
    verb = prep.head
    if verb.lemma_.lower() not in JOINING:
        return c
    obj = next((k for k in verb.children if k.dep_ == "dobj"), None)
    if obj is None:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    got = [
        a for a in s.actors.resolve(obj)
        if not unknown(a) and a.ref.country and a.ref.country not in own
    ]  # fmt: skip
    return c.with_targets(got, 2) if got else c


__all__ = ["joined_forces_partner"]
