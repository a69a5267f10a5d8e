"""A pledge to post more police ("pledged to deploy more police at the border post", "promised
to station 200 border guards at the crossing"): a state's own policing, promised, is a pledge
(CAMEO 030, class L of fresh9), never a threat of force (138) against the state it pledges to;
a pledge to deploy troops stays a threat where the codebooks read it so."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._found import PLANS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# The force-posture root (15) an act of posting people takes
_POSTURE_ROOT = "15"
# Policing people: posting them is law and order at the doer's own border, no show of force
POLICE = frozenset(
    {
        "police", "policeman", "policemen", "officer", "guard", "gendarme", "gendarmerie",
        "patrol", "ranger", "agent", "inspector", "customs",
    }
)  # fmt: skip


def police_posture(f: Found, tok: Token, code: str) -> bool:
    """A pledge (not a plan: "plans to deploy police" leaves the deployment possible) to post
    police, not forces: "pledged to deploy more police", "promised to station border guards";
    ``f`` the commitment, ``tok`` and ``code`` the act it governs."""
    if code[:2] != _POSTURE_ROOT or f.tok.lemma_.lower() in PLANS:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and objs[0].lemma_.lower() in POLICE
