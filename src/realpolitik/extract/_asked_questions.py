"""A question asked is no appeal (leftovers30): "Ghana asked whether Togo's closure was
temporary", "France asked if Germany's decision was final". CAMEO's 02 codes an appeal or a
request that someone act (0214 is an appeal for information put to a named party: "asked
Tehran to provide information"); an open question put to no one names no act at all, and
the state inside the question ("Togo's closure") is its topic, not an addressee. So is a
question put by reporters ("China's ministry, asked about the pact between Japan and the
Philippines, said ...", "when asked about Y's drills, X said ...": practice10's QA): the one
asked is the participle's own head, the askers unnamed, the topic no addressee. Both are
non-event rules of ``_non_events.non_event``."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

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


# A participle of asking hung on its head as a reduced clause, with a topic.
_REDUCED = frozenset({"acl", "advcl"})
_TOPIC_PREPS = frozenset({"about", "on", "regarding", "over"})


_REQUEST_DEPS = frozenset(
    {"agent", "aux", "auxpass", "nsubjpass", "xcomp", "dobj", "dative", "iobj"}
)


def _set_off(tok: Token, kids: list[Token]) -> bool:
    """ "X's ministry, asked about Y, said ...": the parser reads "asked" as a finite verb with
    X as subject, set off by commas before the clause's own verb (whose complement, or whose
    first conjunct, it is made)."""
    doc = tok.doc
    if tok.i == 0 or doc[tok.i - 1].lower_ != ",":
        return False
    if tok.dep_ in ("ccomp", "parataxis") and tok.head.i > tok.i:
        return True
    if tok.dep_ == "ROOT" and any(  # "X, asked about Y, would not comment": the clause its own
        c.dep_ == "ccomp" and c.i > tok.i and doc[c.left_edge.i - 1].lower_ == "," for c in kids
    ):
        return True
    return any(c.dep_ == "conj" and c.i > tok.i and doc[c.i - 1].lower_ == "," for c in kids)


def _topic_doer(c: Token, topic: int) -> bool:
    """ "when asked about the drills by Y": a by-phrase after the topic is the topic's doer
    (the parser hangs it on "asked"), not an asker (seeds41)."""
    return c.dep_ == "agent" and 0 <= topic < c.i


def _participle(tok: Token, kids: list[Token]) -> bool:
    """A participle, or one the parser tagged past tense with no subject ("X's president,
    asked on Tuesday about ..., said", hung on its noun: seeds41)."""
    if tok.tag_ == "VBN":
        return True
    doc = tok.doc  # (a subject set off by a comma before it is the head clause's: "X, asked")
    return tok.tag_ == "VBD" and not any(
        c.dep_ == "nsubj" and not (c.i < tok.i and doc[tok.i - 1].lower_ == ",") for c in kids
    )


def asked_by_reporters(f: Found) -> bool:
    """``f`` is "asked" as a reduced passive clause ("X, asked about Y's drills, said"; "when
    asked about ...") with a topic and no agent: the press asked X; X asks nothing."""
    tok = f.tok
    if f.code[:2] != "02" or f.entry.pos != "V" or tok.lemma_.lower() != "ask":
        return False
    kids = list(tok.children)
    topic = min((c.i for c in kids if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS), default=-1)
    if any(c.dep_ in _REQUEST_DEPS and not _topic_doer(c, topic) for c in kids):
        return False  # "asked by Togo", "had asked", "asked to mediate": someone's request
    if not (_participle(tok, kids) and tok.dep_ in _REDUCED) and not _set_off(tok, kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS for c in kids) or any(
        c.dep_ == "ccomp"
        and any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in c.children)
        for c in kids
    )
