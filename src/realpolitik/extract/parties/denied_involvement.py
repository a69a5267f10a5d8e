"""Whom "rejected any suggestion of X's involvement" answers (issue 9, clauses35: fresh23's C).

"Ugandan police said a reporter had been threatened by Tanzanian agents. Tanzania's minister
rejected any suggestion of Tanzanian involvement": the rejected charge noun (the lexicon's
016 rows for "reject / dismiss / rebuff ... any suggestion / claims / reports of involvement")
names in its "of" phrase or its clause the party charged, which is the denier itself (or the
one it speaks for), never the one the denial answers. A target read there is dropped, so that
the later stages give the denial to the accuser of an earlier sentence or to the story's other
state (``denials``, ``context_earlier``, ``story_acts``: the denier's own state in the charge
is no sign of a domestic act), as "rejected the allegations" alone already is. A
target outside the charge's content ("rejected Uganda's claims", "claims by Uganda") stays.
"""

from __future__ import annotations

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_DENIAL = "016"
# Arcs of a charge noun that state what is charged: "of X's involvement", "that it had a role".
_CONTENT_DEPS = frozenset({"prep", "acl", "ccomp", "relcl"})
_CONTENT_PREPS = frozenset({"of", "about", "over", "regarding", "that"})


def charge_content(s: Site) -> list[tuple[int, int]]:
    """The token spans (first, last) of what the denial's charge object states: its "of /
    about" phrase and its clause ("any suggestion of Tanzanian involvement", "claims that its
    agents were behind the attack"); none for a trigger that is no verbal denial."""
    if s.noun or not s.code.startswith(_DENIAL):
        return []
    charge = next((k for k in s.kids if k.dep_ == "dobj"), None)
    if charge is None:
        return []
    return [
        (k.left_edge.i, k.right_edge.i) for k in charge.children
        if k.dep_ in _CONTENT_DEPS and k.i > charge.i
        and (k.dep_ != "prep" or k.lower_ in _CONTENT_PREPS)
    ]  # fmt: skip


@acts_on(noun=False, codes=(_DENIAL,))
def charged_party_not_target(s: Site, c: Candidates) -> Candidates:
    """Drop targets read inside the content of the rejected charge noun (see the module)."""
    if not c.targets:
        return c
    spans = charge_content(s)
    if not spans:
        return c
    kept = [a for a in c.targets if not any(lo <= a.tok <= hi for lo, hi in spans)]
    return c if len(kept) == len(c.targets) else c.with_targets(kept)
