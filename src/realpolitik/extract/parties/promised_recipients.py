"""The recipient of aid named in the promise that describes it: "the United States has yet to
deliver the weapons it promised to Taiwan", "France has not delivered the loans it pledged
Senegal" (issue 9 round 16, leftovers16 b).

The giving act's object carries a relative clause of promise whose "to" phrase or indirect
object names whom the aid was promised; the act (delivered or, as here, not yet delivered)
goes to that state. The promise itself is the object's description, an earlier act, no news.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

# Roots of giving: aid (07) and material cooperation (06).
_GIVING = frozenset({"06", "07"})
_PROMISING = frozenset({"promise", "pledge", "offer", "vow", "commit", "announce", "earmark"})
_RECIPIENT_DEPS = frozenset({"dative", "dobj"})


@acts_on(noun=False, roots=_GIVING)
def promised_recipient(s: Site, c: Candidates) -> Candidates:
    """The target of a giving act whose object is aid promised to a named state (module doc)."""
    if s.noun or not c.sources or s.root not in _GIVING or any(not unknown(a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources}
    got: list[Arg] = []
    for obj in (k for k in s.kids if k.dep_ in ("dobj", "nsubjpass")):
        for rel in obj.children:
            if rel.dep_ != "relcl" or rel.lemma_.lower() not in _PROMISING:
                continue
            for k in rel.children:
                if k.dep_ in ("prep", "dative") and k.lower_ == "to":  # "promised to Taiwan"
                    for p in k.children:
                        if p.dep_ == "pobj":
                            got += s.actors.resolve(p)
                elif k.dep_ in _RECIPIENT_DEPS and k.i != obj.i:  # "promised Senegal"
                    got += s.actors.resolve(k)
    got = [a for a in got if not unknown(a) and key(a) not in own]
    return c.with_targets(got) if got else c


__all__ = ["promised_recipient"]
