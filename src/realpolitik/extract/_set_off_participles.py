"""A participle set off on the main clause's subject that names its own doer is news of its own
(leftovers27; issue 9's "arguments of another act are not events of their own").

"Serbia, supplied with drones by China, has stepped up border patrols", "Mexico, armed with
missiles supplied by South Korea, has beefed up its patrols": the participle between commas
describes the subject, but its "by" phrase names another state doing something to it (China
supplying Serbia), which no other clause of the sentence says. GUIDE rule 1 codes a
past-participle modifier ``bg`` (not required, never penalised when emitted), and the salience
gate keeps such a participle only while the sentence has no other news; with the main clause now
coded (a show of force, 154) the supply was lost. A participle with no "by" doer ("Serbia,
backed by ...": a "by" is needed; "the tariffs imposed in October") stays background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DEPTH = 2  # "armed with missiles supplied by X": the participle on the set-off one's object


def _set_off_on_subject(part: Token) -> bool:
    """``part`` is a past participle between commas right after the main clause's subject."""
    head = part.head
    return (
        part.dep_ == "acl"
        and part.tag_ == "VBN"
        and head.dep_ in _SUBJECTS
        and head.head.dep_ == "ROOT"
        and _commas(part)
    )


def _commas(part: Token) -> bool:
    doc = part.doc
    before, after = part.left_edge.i - 1, part.right_edge.i + 1
    return before >= 0 and doc[before].text == "," and after < len(doc) and doc[after].text == ","


def _by_doer(part: Token) -> bool:
    """The participle's own "by" phrase (the parser's agent, or a "by" on its object)."""
    return any(t.lower_ == "by" and t.dep_ in ("agent", "prep") for t in part.subtree)


def supplied_aside(tok: Token) -> bool:
    """``tok`` is such a set-off participle with a "by" doer, or the participle of its object
    ("armed with missiles supplied by X")."""
    part = tok
    for _ in range(_DEPTH):
        if part.dep_ != "acl" or part.tag_ != "VBN":
            return False
        if _set_off_on_subject(part):
            return _by_doer(tok)
        up = part.head  # the object noun ("missiles"), its preposition, the outer participle
        if up.dep_ != "pobj" or up.head.dep_ != "prep":
            return False
        part = up.head.head
    return False


__all__ = ["supplied_aside"]
