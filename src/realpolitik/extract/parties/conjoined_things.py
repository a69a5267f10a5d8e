"""A thing seized or released in a second conjunct belongs to the first conjunct's people.

"Argentine police detained 12 Chilean drivers and confiscated four lorries", "Chile freed the
Argentine drivers and returned their lorries": the second conjunct of a seizure or a release,
whose object is a thing with no state named, takes the first conjunct's people (and their state)
as owners (``conjoined_thing_owner``). Kept apart from ``story_acts`` for its size and
re-exported there.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._phrase_reading import governing_act_targets

# -- the second conjunct of a seizure or a release -------------------------------------------
_THING_ROOTS = frozenset({"17", "08"})
_SEIZURE = "17"


def _thing_object(s: Site) -> bool:
    """The act's object is a thing no table places ("four lorries", "their lorries")."""
    obj = s.child("dobj")
    if obj is None or obj.pos_ != "NOUN":
        return False
    named = [obj, *(k for k in obj.children if k.dep_ in ("compound", "amod", "nmod"))]
    return not any(not unknown(a) for t in named for a in s.actors.resolve(t))


@acts_on(noun=False, roots=_THING_ROOTS)
def conjoined_thing_owner(s: Site, c: Candidates) -> Candidates:
    """ "Detained 12 Chilean drivers and confiscated four lorries", "freed the Argentine
    drivers and returned their lorries": a seizure or release of a thing, conjoined with an act
    of the same doer on placed people, names them as its owners (their state the target)."""
    tok = s.tok
    if not c.sources or c.targets or s.noun or s.root not in _THING_ROOTS:
        return c
    if tok.dep_ != "conj" or any(k.dep_ in ("nsubj", "nsubjpass") for k in tok.children):
        return c
    head = s.ctx.triggers.get(tok.head.i)
    if head is None or head.code[:2] not in _THING_ROOTS or not _thing_object(s):
        return c
    obj = s.child("dobj")
    if s.root == _SEIZURE and obj is not None and any(k.dep_ == "poss" for k in obj.children):
        return c  # ("seized their boats": the owners' state is ``victims_written_state``'s)
    got = governing_act_targets(s, c)
    own = {key(a) for a in c.sources}
    return got if any(a.ref.country and key(a) not in own for a in got.targets) else c
