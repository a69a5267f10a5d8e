"""Agentless returns of held people: "forty children were returned to Y", "the remains of 12
soldiers were handed back to Y", "two fishermen were repatriated to Y".

A passive return with no "by" phrase whose subject is people a state holds (abducted children,
prisoners, detainees, captured soldiers, seized crews) or the remains of the dead is the return
of persons (CAMEO 084, the codebook's "Return, release person(s)", 0841), not a deportation
(174): the rows that read "X returned / repatriated 40 Y-ian teenagers / fishermen" as 174
name the sender, whose act on foreigners at home a removal is; with no sender named the
people come back to their own state. Real removals keep their verbs ("were expelled /
deported to Y": 174), and so do people of passage ("migrants were returned to Y": 174).
The doer is the state an earlier sentence names as holding them (the release stages'), else
unnamed (``---``, ``pairs.unnamed_doer``) (leftovers67).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Verbs of a return; "hand" and "send" only with "back" ("were handed back", "sent back").
RETURN_VERBS = frozenset({"return", "repatriate", "hand", "send"})
_BACK_VERBS = frozenset({"hand", "send"})
# People a state holds, and the dead it hands back.
HELD_PEOPLE = frozenset(
    {
        "child", "children", "kid", "orphan", "prisoner", "pow", "captive", "detainee",
        "hostage", "abductee", "soldier", "serviceman", "servicemen", "fisherman",
        "fishermen", "sailor", "seafarer", "crew", "crewman", "crewmen", "pilot", "remains",
        "remain", "body", "bodies",
    }
)  # fmt: skip
_DEAD = frozenset({"remains", "remain", "body", "bodies"})
_RETURN = "084"
_REMOVAL_ROOT = "17"


def _held_subject(tok: Token) -> Token | None:
    """The passive subject of ``tok`` when it names held people ("forty children", "the remains
    of 12 soldiers"), else None."""
    for k in tok.children:
        if k.dep_ == "nsubjpass":
            lemma = k.lemma_.lower()
            if lemma in HELD_PEOPLE or k.lower_ in HELD_PEOPLE:
                return k
            return None
    return None


def returned_held_people(tok: Token) -> bool:
    """Whether ``tok`` is an agentless passive return of held people ("two fishermen were
    repatriated to Y"; "were handed / sent back to Y")."""
    lemma = tok.lemma_.lower()
    if lemma not in RETURN_VERBS or tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(k.dep_ == "agent" for k in kids) or not any(k.dep_ == "auxpass" for k in kids):
        return False
    if lemma in _BACK_VERBS and not any(k.lower_ == "back" for k in kids):
        return False
    return _held_subject(tok) is not None


def recode_returned_people(found: list[Found]) -> None:
    """An agentless passive return of held people read as a removal (174) is their return
    (084)."""
    for f in found:
        if (
            f.entry.pos == "V"
            and f.code[:2] == _REMOVAL_ROOT
            and f.tok.lemma_.lower() in RETURN_VERBS
            and returned_held_people(f.tok)
        ):
            f.code = _RETURN


__all__ = ["HELD_PEOPLE", "RETURN_VERBS", "recode_returned_people", "returned_held_people"]
