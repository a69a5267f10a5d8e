"""A threat judged as real or idle restates a threat made before: no new threat (leftovers38).

"X's threat is not idle", "the threat was real", "Russia's threats are not empty, Poland's
president said" judge a threat the story has told (practice8's TH class): the copular sentence
says how seriously to take it, and the threat noun names no act made here. Only a threat noun
that is the subject of "be" (or "remain", "seem") with an adjective of credibility, or with
"bluff" as its complement; "the threat of sanctions grew" and "issued a threat" stay events.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

_COPULAS = frozenset({"be", "remain", "seem", "appear", "look", "sound"})
# How seriously a threat is to be taken.
_CREDIBILITY = frozenset(
    {"idle", "real", "empty", "serious", "credible", "hollow", "genuine", "sincere", "bluff",
     "incredible", "baseless", "groundless", "meaningless", "imaginary", "exaggerated"}
)  # fmt: skip
_THREAT = "13"


def judged_threat(f: Found) -> bool:
    """ "X's threat is not idle", "the threat was real": a threat noun judged in a copular
    clause is no new threat."""
    tok = f.tok
    if f.entry.pos != "N" or not f.entry.cameo.startswith(_THREAT) or tok.dep_ != "nsubj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _COPULAS:
        return False
    return any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in _CREDIBILITY for c in verb.children
    )
