"""The court or body a matter is taken to is its forum, never a threat's target (issue 9 round
22, parties31: fresh16's class TB).

"Togo accused Benin of dumping cement and threatened to take the matter to the ECOWAS Court of
Justice", "Guyana threatened to bring the dispute before the Caribbean Court": the threat (13)
is aimed at the state the matter is with, the accused of the sentence or the story's other state
(as a case taken to a court is, ``court_cases``); the body of "take / bring / refer ... to" is
where the matter would go. Any body, not only the courts the actor tables mark as judicial (a
regional bloc's court is coded as the bloc).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.court_cases import LAWSUIT, defendant

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg

_THREAT = "13"
# Verbs that take a matter somewhere, and the prepositions that name where.
_TAKING_VERBS = frozenset({"take", "bring", "refer", "escalate", "submit", "send", "carry"})
_FORUM_PREPS = frozenset({"to", "before"})
# Where a complaint or case is filed or raised: "filed a complaint with the Commission",
# "lodged a protest with the WTO", "raised the matter at the UN".
_FILED_PREPS = frozenset({"with", "at"})
_FILED = frozenset({"file", "lodge", "raise", "submit", "register"})
_FILED_NOUNS = frozenset(
    {"complaint", "case", "suit", "lawsuit", "petition", "grievance", "protest", "matter",
     "dispute", "issue", "claim"}
)  # fmt: skip
# Arcs climbed inside the body's name ("the International Court of Justice": "Justice" up to
# "Court"), at most this many.
_NAME_DEPS = frozenset({"compound", "pobj", "prep", "conj", "appos", "amod"})
_MAX_CLIMB = 6


def _forum_phrase(tok: Token) -> bool:
    """``tok`` lies in the "to / before" phrase of a verb that takes a matter there ("take the
    matter to the court", "bring the case before the Court of Justice"), or in the "with / at"
    phrase of a complaint or case filed or raised there ("file a complaint with the European
    Commission", "raise the matter at the UN"; clauses30)."""
    h = tok
    for _ in range(_MAX_CLIMB):
        if h.dep_ == "pobj" and h.head.lower_ in _FORUM_PREPS:
            v = h.head.head  # (the parser may hang "to the court" on "the dispute")
            v = v.head if v.dep_ == "dobj" else v
            return v.lemma_.lower() in _TAKING_VERBS
        if h.dep_ == "pobj" and h.head.lower_ in _FILED_PREPS:
            v = h.head.head  # "a complaint with the Commission", or "filed ... with" on the verb
            return v.lemma_.lower() in _FILED or (
                v.dep_ == "dobj" and v.lemma_.lower() in _FILED_NOUNS
            )
        if h.dep_ not in _NAME_DEPS or h.head.i == h.i:
            return False
        h = h.head
    return False


def _is_forum(s: Site, a: Arg) -> bool:
    doc = s.tok.doc
    return 0 <= a.tok < len(doc) and a.tok != s.tok.i and _forum_phrase(doc[a.tok])


# A policy option weighed (014): "would consider filing a complaint at the WTO" weighs a step
# against the state complained of, as the complaint is (clauses42, fresh29's class E).
_CONSIDER = "014"


@acts_on(roots=(_THREAT, LAWSUIT[:2], _CONSIDER[:2]))
def forum_not_threat_target(s: Site, c: Candidates) -> Candidates:
    """ "Threatened to take the matter to the regional court", "would consider filing a
    complaint at the WTO": the threat's (the weighing's) target is the sentence's (else the
    story's) other state, or none; never the forum."""
    if not c.pairs or not (s.root == _THREAT or s.code.startswith(LAWSUIT) or s.code == _CONSIDER):
        return c
    if not any(b is not None and _is_forum(s, b) for _, b in c.pairs):
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        if b is not None and _is_forum(s, b):
            b = defendant(s, a)
        pairs.append((a, b))
    return c.with_pairs(pairs)


__all__ = ["forum_not_threat_target"]
