"""Acts named inside a review, a temptation or a verdict: no new act (lex23, fresh12 class NA).

"Warsaw would review its police cooperation with Vilnius": the cooperation is what is to be
reviewed, neither done nor planned by the sentence (GUIDE rule 1: an event noun in another act's
argument is no act of its own). "Tokyo should resist any temptation to turn its training
missions into something larger": the act is one the speaker warns against being tempted to,
no act done or planned. "Italy's early release of the smugglers was reckless": the release is
the subject of a verdict, an act already known that the clause judges (background, `bg`), not
a new asserted event.

So is an act noun that a clause only characterises (fresh15's NB, fact27): "the ban was never
really about fish" (what it is about), "their trade crawled through a corridor" (how an
exchange fares: "crawled", "stalled", "limped"), "Y took / saw the ban as an insult" (a verdict
in an "as" phrase), "would raise the detentions with NAME" (the topic raised). The act is
background; the clause's subject is never its doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._weighed_acts import broken_measure, denied_object, weighed

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs (and their nouns) that weigh an existing arrangement: what they take is reviewed.
_REVIEWING = frozenset(
    {"review", "reconsider", "reassess", "re-examine", "reexamine", "rethink", "reevaluate",
     "re-evaluate", "evaluate", "assess", "audit", "scrutinise", "scrutinize", "revisit",
     "reappraisal", "reassessment", "reconsideration", "evaluation", "assessment"}
)  # fmt: skip
# Nouns of being drawn to an act one should resist.
_TEMPTING = frozenset({"temptation", "urge", "impulse", "itch", "lure", "allure"})
# Words of a verdict on the subject ("was reckless", "was a mistake"), the judging side only.
_VERDICTS = frozenset(
    {"reckless", "wrong", "mistake", "error", "irresponsible", "illegal", "unlawful",
     "unacceptable", "dangerous", "foolish", "unwise", "premature", "misguided", "shameful",
     "scandal", "disgrace", "blunder", "provocation", "naive", "short-sighted", "shortsighted",
     "ill-advised", "hasty", "rash", "unjustified", "outrageous", "regrettable", "deplorable",
     "scandalous", "disgraceful", "indefensible", "inexcusable", "careless", "negligent",
     "misjudgement", "misjudgment", "insult", "affront", "betrayal", "folly"}
)  # fmt: skip
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_SUBJECT_DEPS = frozenset({"nsubj"})
_VERDICT_DEPS = frozenset({"acomp", "attr"})
# Verbs of how an exchange fares, not whether it happened ("trade crawled / stalled"); and the
# exchange nouns they take (an act noun's own verb, "the talks stalled", is left alone).
_FARING = frozenset(
    {"crawl", "stall", "limp", "languish", "stagnate", "dwindle", "slow", "suffer", "flourish",
     "thrive", "boom", "recover", "revive", "halve", "collapse", "sputter", "falter", "trickle"}
)  # fmt: skip
_EXCHANGES = frozenset({"trade", "commerce", "export", "import", "traffic", "shipment"})
# Verbs of raising a matter with someone ("would raise the detentions with NAME", "bring up the
# arrests with her counterpart"): the act noun is the topic, not a new act.
_RAISING = frozenset({"raise", "bring"})
# Verbs that take an act "as" a verdict ("took the ban as an insult", "saw it as an affront").
_TAKING_AS = frozenset({"take", "see", "view", "regard", "treat", "read", "interpret", "perceive"})
_CLIMB = 6  # heads walked up to a tempting noun ("temptation to turn its missions into ...")


def _reviewed(tok: Token) -> bool:
    """An event noun that a reviewing verb or noun takes ("would review its cooperation",
    "a review of the cooperation", "the cooperation will be reassessed")."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "a review of its police cooperation"
    elif tok.dep_ not in _OBJECT_DEPS:
        return False
    return head.i != tok.i and head.lemma_.lower() in _REVIEWING


def _tempted(tok: Token) -> bool:
    """An act under a tempting noun ("resist any temptation to turn its missions into ...")."""
    cur = tok
    for _ in range(_CLIMB):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in _TEMPTING:
            return True
    return False


def _judged(tok: Token) -> bool:
    """An event noun that is the subject of a verdict ("X's early release of Y was reckless",
    "the deployment was a mistake")."""
    if tok.pos_ != "NOUN" or tok.dep_ not in _SUBJECT_DEPS:
        return False
    verb = tok.head
    if verb.lemma_.lower() != "be":
        return False
    return any(c.dep_ in _VERDICT_DEPS and c.lemma_.lower() in _VERDICTS for c in verb.children)


def _characterised(tok: Token) -> bool:
    """An event noun a clause only characterises: "the ban was never about fish", "their trade
    crawled through a corridor", "took the ban as an insult"."""
    if tok.pos_ != "NOUN":
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if tok.dep_ in _SUBJECT_DEPS and lemma == "be":
        return any(c.dep_ == "prep" and c.lower_ == "about" for c in verb.children)
    if tok.dep_ in _SUBJECT_DEPS and lemma in _FARING:
        return tok.lemma_.lower() in _EXCHANGES
    if tok.dep_ == "dobj" and lemma in _RAISING:
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in (*verb.children, *tok.children))
    if tok.dep_ == "dobj" and lemma in _TAKING_AS:
        return any(  # ("as" hung on the verb or on the noun)
            c.dep_ == "prep" and c.lower_ == "as" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in _VERDICTS for o in c.children)
            for c in (*verb.children, *tok.children)
        )  # fmt: skip
    return False


def unacted(tok: Token, pos: str) -> bool:
    """``tok`` (a trigger of part of speech ``pos``) names no act of its sentence: reviewed,
    judged, only characterised or broken (nouns), an act one is tempted to or a writer weighs
    (any), or a stance that accepts "no N" (verbs; ``_weighed_acts``)."""
    if _tempted(tok) or weighed(tok):
        return True
    if pos == "V":
        return denied_object(tok)
    return pos == "N" and (
        _reviewed(tok) or _judged(tok) or _characterised(tok) or broken_measure(tok)
    )
