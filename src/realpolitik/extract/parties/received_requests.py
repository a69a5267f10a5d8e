"""A request the text says a state received: "Chad received Sudan's request to extradite the
rebels", "Nepal got India's appeal for aid" (leftovers32).

The owner of the request noun is its maker (``noun_owner``); the state that received or got it
is the one asked (CAMEO 02 toward the receiver), as "received a request from Y" is read by
``drawn.drew_reaction``. Without this the request's inner act ("to extradite the rebels") would
lend its object as the target.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import DEEP_IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

_REQUEST = "02"
_RECEIVING = frozenset({"receive", "get"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@acts_on(noun=True, roots=(_REQUEST,))
def received_request_target(s: Site, c: Candidates) -> Candidates:
    """An owned request noun that is the object of "received" / "got": the receiver (the
    verb's subject) is the one asked."""
    tok = s.tok
    if not s.noun or not c.sources or c.targets or s.root != _REQUEST:
        return c
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _RECEIVING:
        return c
    subj = next((k for k in tok.head.children if k.dep_ in _SUBJECTS), None)
    if subj is None:
        return c
    own = {key(a) for a in c.sources}
    got = [a for a in s.actors.resolve(subj) if key(a) not in own and not unknown(a)]
    return c.with_targets([Arg(a.ref, DEEP_IN_PHRASE, subj.i) for a in got], 1) if got else c
