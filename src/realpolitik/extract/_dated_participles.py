"""A past participle that dates what was done to a noun is scene (issue 9, clauses40: fresh28 B).

"..., recalling the student killed in Kigali in 2019", "declined to say whether the workers
detained in September would be released": the participle names people by an act done to them
at a date of its own, with no doer ("by ...") in its phrase (GUIDE rule 1: "past-participle
modifiers ('the tariffs imposed in October') are `bg`"). Such an act has no doer the sentence
names, so a doer guessed for it (the state of the place "in CAPITAL", the story's state) is a
guess made on scene: the participle is no event. Only a reduced relative (``acl``, VBN) with a
month, a year or "last year" among its own modifiers; "the fishermen detained by Y in May"
names its doer and stays.

The same participle read as a finite verb (lexicon62): "an aid worker shot in CAPITAL in 2017 died"
parses "shot" as VBD with "worker" its subject, the verb itself the subject or complement of the
sentence's root ("died", "was buried"), which then has no subject of its own. A VBD with no object
and no auxiliary, hung below a root left without a subject, is that reduced relative, dated the same
way; so is one tagged VBD but hung as a modifier (``acl``) on its noun, and one read as the root
with the sentence's verb its conjunct and no "and" between ("... shot in CAPITAL in 2017 died of
his wounds").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._timex import FULL_MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Token

# A doer named ("by Y"), or a clause of its own (an auxiliary, a subject, a "that").
_CLAUSE_DEPS = frozenset({"agent", "aux", "auxpass", "nsubj", "nsubjpass", "mark"})
_LAST = frozenset({"year", "month", "week", "summer", "winter", "spring", "autumn"})


def _dated(word: Token) -> bool:
    """A month, a year ("2016") or "last year" / "earlier this month"."""
    if word.lower_ in FULL_MONTHS:
        return True
    if word.like_num and len(word.text) == 4 and word.text.isdigit():
        return True
    return word.lower_ in _LAST and any(c.lower_ in ("last", "this") for c in word.children)


_MISREAD_DEPS = frozenset({"nsubj", "nsubjpass", "ccomp", "csubj", "csubjpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


def _misread_finite(tok: Token) -> bool:
    """ "an aid worker shot in CAPITAL in 2017 died": the participle parsed as the subject's verb."""
    if tok.tag_ != "VBD":
        return False
    kids = list(tok.children)
    if tok.dep_ == "ROOT":  # "... shot in CAPITAL in 2017 died of his wounds": "died" its conjunct
        nxt = [c for c in kids if c.dep_ in ("conj", "advcl") and c.i > tok.i and c.pos_ == "VERB"]
        if not nxt or any(c.dep_ in ("cc", "punct") and c.i < nxt[0].i for c in kids):
            return False  # ("X shot Y and fled": a coordination of its own)
        if any(c.dep_ in _SUBJECTS or c.dep_ in ("mark", "aux") for c in nxt[0].children):
            return False
    elif (
        tok.dep_ not in _MISREAD_DEPS
        or tok.head.dep_ != "ROOT"
        or tok.head.pos_ not in ("VERB", "AUX")
        or tok.head.i < tok.i
    ):
        return False
    elif any(c.dep_ in _SUBJECTS for c in tok.head.children if c.i != tok.i):
        return False  # (the root has a subject of its own: "Y annexed Z in 2014, he said")
    if any(c.dep_ in ("dobj", "aux", "auxpass", "agent", "mark", "dative") for c in kids):
        return False  # (an object, an auxiliary or a doer: a clause of its own)
    return any(c.dep_ == "nsubj" and c.i < tok.i and c.pos_ in ("NOUN", "PROPN") for c in kids)


def dated_participle(tok: Token) -> bool:
    """``tok`` is an agentless participle on a noun dated by its own phrase (see the module)."""
    misread = _misread_finite(tok)
    if not misread and (
        tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or tok.head.dep_ == "ROOT"
    ):
        return False  # (on a root noun: the sentence's own verb misparsed, "Y troops dug in ...")
    dated = False
    for c in tok.children:
        if misread and c.dep_ == "nsubj":
            continue
        if c.dep_ in _CLAUSE_DEPS:
            return False  # ("reports that it had invaded Y this week": a clause, no modifier)
        if c.dep_ == "prep":
            dated = dated or any(_dated(g) for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "npadvmod":
            dated = dated or _dated(c)
    return dated
