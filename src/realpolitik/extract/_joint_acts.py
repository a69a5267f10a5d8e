"""A joint act scheduled by its doers is the act, `possible`, not an intent (clauses33, fresh21 E).

"Chilean officials said Chilean and Argentine police would begin joint patrols", "would hold
joint exercises with Y next month": a stated future act is otherwise coded as its doer's
intent (03x, ``_codebook.future_code``), but GUIDE rule 4 codes a future act that is simply
scheduled as the act with `possible`, and rule 7 codes joint drills and patrols as the
cooperation itself (062). An event noun marked "joint" (combined, bilateral, trilateral) and
carried by a verb that begins, holds or stages it names that act, set for a time, so it keeps
its own code (062 for drills and patrols, 04x for talks) and only its factuality says it is yet
to come. The general convention for stated future acts is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

_JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "coordinated"})
# Verbs that begin, hold or stage an act: its scheduling, not a promise of something else.
_STAGING = frozenset(
    {"begin", "start", "hold", "conduct", "stage", "launch", "carry", "mount", "resume",
     "undertake", "run", "commence", "kick"}
)  # fmt: skip


def scheduled_joint_act(f: Found) -> bool:
    """``f`` is an event noun marked joint ("joint patrols") carried by a staging verb."""
    tok = f.tok
    if f.entry.pos != "N" or tok.dep_ != "dobj":
        return False
    if not any(c.dep_ in ("amod", "compound") and c.lower_ in _JOINT for c in tok.children):
        return False
    return tok.head.lemma_.lower() in _STAGING
