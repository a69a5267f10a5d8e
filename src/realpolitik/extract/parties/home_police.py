"""A state's own police patrolling its own ground is no act between states (leftovers28).

"Kenyan police stepped up patrols in Nairobi", "Police in Ghana increased patrols across the
capital", "Peru deployed riot police in Lima": police power shown at home (CAMEO 153-154 with
no one it faces) names no second state; coded, it became an untargeted or self-targeted show of
force. Where the police post at another state's border or the sentence names another state
("stepped up patrols along the Somali border"), the other stages' target stands.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of, unknown

_FORCE = "15"
_POLICE_SECTOR = "COP"
_POLICE_WORDS = frozenset({"police", "policeman", "policemen", "gendarme", "gendarmerie"})


def _police(s: Site, codes: set[str]) -> bool:
    """The doer is police, or the act posts police ("deployed riot police", "police patrols")."""
    if any(code.endswith(_POLICE_SECTOR) for code in codes):
        return True
    obj = s.child("dobj")
    if obj is None:
        return False
    words = {obj.lemma_.lower()} | {k.lemma_.lower() for k in obj.children if k.dep_ == "compound"}
    return not words.isdisjoint(_POLICE_WORDS)


def _other_state_named(s: Site, own: set[str]) -> bool:
    """The sentence names a state other than the doer's (by name, capital, demonym, office)."""
    mentions = [s.actors.mention_of(tok) for tok in s.ctx.sent]
    return any(
        m is not None and m.ref.country and m.ref.country not in own
        and not m.ref.code.startswith("---")
        for m in mentions
    )  # fmt: skip


@acts_on(noun=False, roots=(_FORCE,))
def home_police_patrols(s: Site, c: Candidates) -> Candidates:
    """ "Kenyan police stepped up patrols in Nairobi": no event where police show force with no
    other state as target and none named in the sentence."""
    if not c.pairs or s.root != _FORCE:
        return c
    own = {home_of(a.ref) for a, _ in c.pairs}
    if any(b is not None and not unknown(b) and home_of(b.ref) not in own for _, b in c.pairs):
        return c
    if not _police(s, {a.ref.code for a, _ in c.pairs}) or _other_state_named(s, own):
        return c
    return c.with_pairs([], "home_police_patrols")
