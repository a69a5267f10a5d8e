"""A state's own voices judging its government's joint act (issue 9 round 23, parties33:
fresh17's class OP).

"Kenya and Uganda signed nine accords on Monday. Kenyan opposition parties criticised the
accords, saying they made the country dependent on Kampala": the opposition (a party, a union,
civil groups, the press) of one of the signatories, criticising, rejecting or praising the deal
its own government made with the partner, judges its government, not the partner; no act
between states (GUIDE rule 6's own-state note). The earlier stages read "the accords" as
naming the signing's other party (``referred_act_parties``, ``earlier_act_doer``); this pair
stage drops the pair where the act's object is a deal or meeting noun of an earlier
act between the voice's own state and that partner.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.described import DEAL_NOUNS

# Domestic voices outside the government, by sector code.
_HOME_VOICES = frozenset({"OPP", "PTY", "CVL", "LAB", "HRI", "NGO", "MED", "EDU", "BUS"})
# Praise and approval (05), criticism (11), rejection (12), protest (14).
_JUDGING_ROOTS = ("05", "11", "12", "14")
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_DEFINITE = frozenset({"the", "these", "this", "those", "that"})


def _joint_object(s: Site) -> bool:
    """The act's object is a definite deal noun ("the accords", "the deal")."""
    for k in s.kids:
        heads = [k] if k.dep_ in _OBJECT_DEPS else []
        if k.dep_ == "prep":
            heads = [p for p in k.children if p.dep_ == "pobj"]
        for h in heads:
            deal = h.lemma_.lower() in DEAL_NOUNS or h.lower_ in DEAL_NOUNS
            if deal and any(d.dep_ == "det" and d.lower_ in _DEFINITE for d in h.children):
                return True
    return False


def _joint_before(s: Site, own: str, other: str) -> bool:
    """The story told an act between ``own`` and ``other`` (the deal the object names)."""
    for a in s.ctx.earlier:
        if a.target is None:
            continue
        if {a.source.country, a.target.country} == {own, other}:
            return True
    return False


@acts_on(noun=False, roots=_JUDGING_ROOTS)
def home_voice_joint_act(s: Site, c: Candidates) -> Candidates:
    """A domestic voice's judgement of "the accords" its own state made with the target's:
    no act between states, dropped (see the module)."""
    if not c.pairs or s.noun or s.root not in _JUDGING_ROOTS or not _joint_object(s):
        return c
    pairs = []
    changed = False
    for a, b in c.pairs:
        own = a.ref.country or ""
        other = b.ref.country if b is not None else None
        voice = a.ref.code[3:6] in _HOME_VOICES and bool(own)
        if voice and other and other != own and _joint_before(s, own, other):
            changed = True
            continue
        pairs.append((a, b))
    return c.with_pairs(pairs, "home_voice_joint_act") if changed else c


__all__ = ["home_voice_joint_act"]
