"""Stances, vague threats and invited acts that reach no party are no events (issue 9, parties52:
fresh26's class D; recurring.md's "hedged acts with no target").

"Sweden said it supported dialogue in the region", "Beijing said it would take necessary
measures to protect its firms", "Ghana invited Togolese buyers to tour cocoa farms in the Ashanti
region": support for a process ("dialogue", "peace", "stability") that names no one supports no
party; a threat to "take measures" that names no one to take them against threatens no one (GUIDE
rule 2: a threat names a consequence the speaker will impose on someone); an act that is the
content of an invitation ("to tour", "to visit") is the invitation's own content (its 036 is
coded), no second event. Each only once every stage before has found no target for it.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_SUPPORT_ROOT = "05"
_THREAT_ROOT = "13"
# Processes and states of affairs a state may "support" or "back" without backing anyone.
_PROCESSES = frozenset(
    {"dialogue", "peace", "stability", "calm", "restraint", "de-escalation", "deescalation",
     "reconciliation", "diplomacy", "negotiation", "solution", "settlement", "security",
     "cooperation", "integration", "development", "prosperity", "unity", "harmony", "détente",
     "detente", "moderation", "compromise", "consensus"}
)  # fmt: skip
# The act a vague threat names: "take (necessary) measures / steps / action".
_TAKE = "take"
_MEASURES = frozenset({"measure", "countermeasure", "step", "action", "response"})
_INVITING = frozenset({"invite", "encourage"})


def _targetless(c: Candidates) -> bool:
    """No pair reaches another state: no target, or the doer's own (``pairs.home_target``'s
    guess: "X's ministry said it would take measures" is no threat at X)."""
    return bool(c.pairs) and all(
        b is None or (bool(a.ref.country) and b.ref.country == a.ref.country)
        for a, b in c.pairs or ()
    )


@acts_on(noun=False, roots=(_SUPPORT_ROOT, _THREAT_ROOT))
def no_party_stance(s: Site, c: Candidates) -> Candidates:
    """ "supported dialogue in the region", "would take necessary measures": with no target,
    no event (see the module doc)."""
    if not _targetless(c) or s.root not in (_SUPPORT_ROOT, _THREAT_ROOT):
        return c
    if s.root == _SUPPORT_ROOT:
        obj = s.child("dobj")
        if obj is None or obj.lemma_.lower() not in _PROCESSES or s.actors.resolve(obj):
            return c
    else:
        act = s.tok if s.tok.lemma_.lower() == _TAKE else None
        act = act or next(
            (k for k in s.kids if k.dep_ == "xcomp" and k.lemma_.lower() == _TAKE), None
        )
        obj = next((k for k in act.children if k.dep_ == "dobj"), None) if act else None
        if obj is None or obj.lemma_.lower() not in _MEASURES:
            return c
        if any(k.dep_ == "prep" and k.lower_ == "against" for k in obj.children):
            return c  # ("measures against X" names whom: another stage's to aim)
    return c.with_pairs([], "no_party_stance")


@acts_on(noun=False)
def invited_content(s: Site, c: Candidates) -> Candidates:
    """ "invited Togolese buyers to tour cocoa farms in REGION": the tour is the invitation's
    content; with no target of its own, no second event."""
    if not _targetless(c) or s.tok.dep_ != "xcomp":
        return c
    if s.tok.head.lemma_.lower() not in _INVITING:
        return c
    return c.with_pairs([], "invited_content")


__all__ = ["invited_content", "no_party_stance"]
