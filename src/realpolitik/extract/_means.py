"""Acts named by their means: "X responded / retaliated / answered by V-ing Y" (class BY of
fresh5). The gerund is the act, done by the governing verb's subject
(``parties._reading.by_means_governor``); a verb of response that only frames it ("retaliated",
CAMEO 190 on its own) is no second act."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._found import Found

# Verbs that say an act answers another, whose "by V-ing" phrase names the answering act.
RESPONSE_VERBS = frozenset({"respond", "answer", "retaliate", "react", "reply", "hit", "counter"})


def framed_by_means(f: Found, triggers: set[int]) -> bool:
    """ "Poland retaliated by expelling three diplomats": the retaliation is the expulsion."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in RESPONSE_VERBS:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ == "by" and g.dep_ == "pcomp" and g.i in triggers
        for p in tok.children
        for g in p.children
    )
