"""A hostile act two states agree (vow, plan) together: "Kenya agreed with Uganda to crush the
Somali rebels", "Egypt vowed with Sudan to attack Z", "teamed up (joined forces) with Sudan to
attack Z" (leftovers63): the partner of the "with" phrase is the agreeing side's co-doer, as in
"Kenya and Uganda agreed to crush ...", and the threat, force or measure is aimed at what the
infinitive acts on, never at the partner (issue 9, leftovers61).
"""

from __future__ import annotations

from realpolitik.extract._syntax import child, pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._verb_reading import verb_open

# Roots of the acts aimed at an adversary: threats, force postures, measures, coercion, force.
_HOSTILE_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})


@acts_on(noun=False, roots=_HOSTILE_ROOTS, words=("with",))
def pact_force_target(s: Site, c: Candidates) -> Candidates:
    """ "X agreed with Y to crush (fight, attack) Z": the control verb's "with" partner joins
    its doers, and the act is aimed at the infinitive's object Z; with no object that names a
    party the partner stays the target (other stages read it)."""
    if not c.sources or not verb_open(s, c) or "ctl" not in s.flags:
        return c
    partners = [p for _, p in pobjs(s.tok, ("with",))]
    for k in s.kids:  # "joined forces with Y": the parse hangs "with" on the idiom's object
        if k.dep_ == "dobj" and k.lemma_.lower() == "force":
            partners += [p for _, p in pobjs(k, ("with",))]
    if not partners:
        return c
    inner = s.child("xcomp") or next(
        (k for k in s.kids if k.dep_ == "advcl" and k.tag_ == "VB" and k.i > s.tok.i), None
    )  # ("agreed with Y to fight Z": the infinitive parsed as a clause)
    obj = child(inner, "dobj") if inner is not None else None
    if obj is None:
        return c
    aimed = [a for a in s.actors.resolve(obj) if not unknown(a)]
    own = {key(a) for a in c.sources}
    mates = [a for p in partners for a in s.actors.resolve(p) if not unknown(a)]
    if not aimed or not mates or any(key(a) in own or key(a) in {key(m) for m in mates}
                                     for a in aimed):  # fmt: skip
        return c
    return c.with_sources([*c.sources, *(m for m in mates if key(m) not in own)]).with_targets(
        aimed, 1
    )
