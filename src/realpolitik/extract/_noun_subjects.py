"""Event nouns as the subject of a clause or in apposition: planned, commented on or restated
(lex22; fresh11 classes IS and NA).

"Japanese aid to Laos is to double", "talks are to resume next week", "aid is set to rise":
the clause plans the act its subject names (more aid, talks again), so the act is `possible`
as "is to visit" is (GUIDE rule 4: planned, expected, "is set to"). "Ghana's objection to the
deal will change nothing", "Kenya's aid could not stop the famine": the clause comments on an
act already made; the noun is scene-setting (GUIDE rule 1, `bg`), not an act hedged by its
clause. "..., the first senior Indian visit since the protests": an event noun in apposition
restates the sentence's act (or names an earlier one) and is no act of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._words import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs by which a clause starts, resumes or enlarges the act its subject names.
ONSET_VERBS = frozenset(
    {"double", "triple", "treble", "quadruple", "rise", "increase", "grow", "expand", "climb",
     "jump", "reach", "top", "exceed", "resume", "begin", "start", "restart", "commence",
     "open", "proceed", "continue", "follow", "come", "happen", "occur", "take", "go", "get",
     "be"}
)  # fmt: skip
# Verbs that weigh what an act achieves ("will change nothing", "could not stop the project"):
# their subject is an act already made, commented on.
EFFECT_VERBS = frozenset(
    {"change", "alter", "affect", "help", "hurt", "harm", "stop", "prevent", "solve", "resolve",
     "fix", "matter", "achieve", "improve", "worsen", "save", "undo", "deter", "accomplish",
     "satisfy", "calm", "ease", "reverse", "sway", "influence", "halt", "block", "delay",
     "derail", "settle", "end"}
)  # fmt: skip
# "is set / due / expected / poised / scheduled to V": a planning governor of the infinitive.
_PLANNING = frozenset(
    {"set", "due", "expect", "poise", "schedule", "slate", "plan", "likely", "intend", "bind"}
)
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "shall", "must",
                     "wo", "ca"})  # fmt: skip
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _infinitive(gov: Token) -> Token | None:
    """The "to"-infinitive ``gov`` governs ("is to double", "is set to rise"), if any."""
    for c in gov.children:
        if c.dep_ in ("xcomp", "advcl") and to_infinitive(c):
            return c
    return None


def _planned_verb(head: Token) -> Token | None:
    """The verb a "be to" or planning clause headed by ``head`` plans, if it plans one."""
    lemma = head.lemma_.lower()
    inner = _infinitive(head) if lemma == "be" or lemma in _PLANNING else None
    if inner is None and lemma == "be":  # "is due / likely to rise": the adjective governs
        adj = next((c for c in head.children if c.dep_ == "acomp"), None)
        if adj is not None and adj.lemma_.lower() in _PLANNING:
            inner = _infinitive(adj)
    if inner is None:
        return None
    if lemma == "be" and inner.lemma_.lower() in ("blame",):
        return None  # "X is to blame": a judgement, no plan
    return inner


def planned_subject(tok: Token) -> bool:
    """An event noun that is the subject of "is to / are to / is set to / is due to" + an
    onset verb ("aid is to double", "talks are to resume"): the act is planned."""
    if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "NOUN":
        return False
    inner = _planned_verb(tok.head)
    if inner is None:
        return False
    lemma = inner.lemma_.lower()
    return lemma in ONSET_VERBS or lemma in LIGHT_VERBS  # ("talks are to be held")


def commented_noun(tok: Token, triggers: set[int]) -> bool:
    """An event noun that is the subject of a modal clause whose verb weighs what it achieves
    ("X's objection will change nothing", "could not stop the project"): a comment on an act
    already made, background."""
    if tok.dep_ not in _SUBJECT_DEPS or tok.pos_ != "NOUN":
        return False
    verb = tok.head
    if verb.i in triggers or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() not in EFFECT_VERBS:
        return False  # ("X's strikes cannot be excluded": the act itself held possible)
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)


def apposed_noun(tok: Token) -> bool:
    """An event noun in apposition ("arrived for talks, the first senior visit since ..."):
    it restates or labels another act, no act of its own."""
    if tok.pos_ != "NOUN":
        return False
    if tok.dep_ == "appos":
        return True
    # "..., the first senior Indian visit since 2019": a noun phrase set off by a comma after
    # the clause, which the parser hangs on the verb as a bare noun modifier
    start = tok.left_edge.i
    return (
        tok.dep_ == "npadvmod"
        and start > 0
        and tok.doc[start - 1].text == ","
        and any(c.dep_ == "det" for c in tok.children)
    )


def aside_noun(tok: Token, triggers: set[int]) -> bool:
    """An event noun that comments on or restates an act: background (see the module doc)."""
    return commented_noun(tok, triggers) or apposed_noun(tok)
