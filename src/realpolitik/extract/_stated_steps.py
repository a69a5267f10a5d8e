"""A stated future easing of sanctions is the act, `possible`, not an intent to yield
(leftovers53, practice18 class RR).

A stated future cooperative act is read as its doer's intent (03x, ``_codebook.future_code``).
GUIDE rule 4 keeps a future act's own code with `possible` unless a commitment verb (pledge,
promise, vow, agree, offer) states it, and rule 7 names easing sanctions (085, 081 for
administrative ones) among the acts news reports: "said it would lift sanctions on Y" is the
easing `possible`, not an intent to yield (035). A condition ("would ease sanctions if Y frees
the prisoners") keeps the conditional offer, the intent.

So is joining measures another has imposed (leftovers59): "said it would join the EU's
sanctions on Y" is the joiner's 163 `possible` at Y (GUIDE rule 7's joined sanctions, rule 4's
future act), never a threat of sanctions (1312) made by the joiner, who only aligns with a
measure already in force.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._words import JOINING_MEASURES

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_EASINGS = frozenset({"081", "085"})
_CONDITIONS = frozenset({"if", "unless", "once", "provided", "should", "until", "when"})


def _conditional(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    )


def stated_step(f: Found) -> bool:
    """``f`` is a verb easing sanctions, with no condition."""
    return f.entry.pos == "V" and f.code in _EASINGS and not _conditional(f.tok)


_SANCTIONS = "163"


def joined_measure(f: Found) -> bool:
    """``f`` is a verb joining sanctions another imposed, with no condition."""
    return (
        f.entry.pos == "V"
        and f.code[:3] == _SANCTIONS
        and f.tok.lemma_.lower() in JOINING_MEASURES
        and not _conditional(f.tok)
    )
