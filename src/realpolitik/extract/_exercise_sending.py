"""Forces sent to take part in another's exercise are military cooperation (issue 9 round 37,
clauses44: fresh31's class C).

"Mexico would send a frigate to take part in Chile's naval exercise", "France sent a submarine
to join Japan's drills": the sending's own rows read a deployment (154; a threat, 138, once told
in the future), but the purpose names what the ships go for, a share in the exercise, which
GUIDE rule 7 codes as joint drills, 062, aimed at the exercise's owner or partner. The
exercise noun is then the content of the sending, no event of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

SENDING = frozenset({"send", "dispatch", "deploy"})
_EXERCISES = frozenset(
    {"exercise", "exercises", "drill", "drills", "manoeuvre", "manoeuvres", "maneuver",
     "maneuvers", "wargame", "wargames"}
)  # fmt: skip
# Verbs of taking a share in an event: "take part in", "join", "participate in".
_JOINING = frozenset({"take", "join", "participate"})
_MILITARY = "062"


def exercise_of(purpose: Token) -> Token | None:
    """The exercise noun a purpose infinitive joins ("to take part in Y's naval exercise")."""
    lemma = purpose.lemma_.lower()
    if lemma not in _JOINING or not to_infinitive(purpose):
        return None
    if lemma == "take" and not any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in purpose.children
    ):
        return None
    for t in purpose.subtree:
        if t.i != purpose.i and t.lemma_.lower() in _EXERCISES and t.pos_ == "NOUN":
            return t
    return None


def fold_exercise_sending(found: list[Found]) -> None:
    """Recode a sending whose purpose is to join an exercise as 062, the exercise its content."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.entry.pos != "V" or f.tok.lemma_.lower() not in SENDING:
            continue
        for c in _purposes(f.tok):
            noun = exercise_of(c)
            if noun is None:
                continue
            f.code = _MILITARY
            inner = by_tok.get(noun.i)
            if inner is not None:
                inner.absorbed = True
                inner.controller = f
            break


def joined_exercise(verb: Token) -> Token | None:
    """The exercise noun a sending verb's purpose joins, or None."""
    for c in _purposes(verb):
        noun = exercise_of(c)
        if noun is not None:
            return noun
    return None


def _purposes(verb: Token) -> list[Token]:
    """The clauses that may state what a sending is for: its own purpose clause, or one the
    parser hung on the sent object ("send a frigate to participate in ...", read as the
    frigate's relative clause)."""
    out = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")]
    for obj in verb.children:
        if obj.dep_ == "dobj":
            out.extend(c for c in obj.children if c.dep_ in ("relcl", "acl"))
    return out
