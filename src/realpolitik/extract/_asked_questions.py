"""A question asked is no appeal (leftovers30): "Ghana asked whether Togo's closure was
temporary", "France asked if Germany's decision was final". CAMEO's 02 codes an appeal or a
request that someone act (0214 is an appeal for information put to a named party: "asked
Tehran to provide information"); an open question put to no one names no act at all, and
the state inside the question ("Togo's closure") is its topic, not an addressee. One of the
non-event rules of ``_non_events.non_event``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

# Verbs of asking whose "whether / if" clause is an open question.
_ASKING = frozenset({"ask", "wonder", "question", "query", "inquire", "enquire"})
_QUESTION_MARKS = frozenset({"whether", "if"})
# An addressee of the question: then it is put to someone (an appeal for information).
_ADDRESSEE_DEPS = frozenset({"dobj", "dative", "iobj"})


def asked_question(f: Found) -> bool:
    """``f`` is a verb of asking whose only complement is a "whether / if" question, put to
    no named addressee: no appeal, no event."""
    tok = f.tok
    if f.code[:2] != "02" or f.entry.pos != "V" or tok.lemma_.lower() not in _ASKING:
        return False
    kids = list(tok.children)
    if any(c.dep_ in _ADDRESSEE_DEPS for c in kids):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "to") for c in kids):
        return False  # "asked of Togo whether ...": put to someone
    return any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
        for c in kids
    )
