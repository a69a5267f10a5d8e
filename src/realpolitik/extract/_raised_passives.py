"""A passive infinitive whose subject the parser left on the verb that raises it (issue 9,
leftovers35).

"Uganda's ambassador is to be summoned, Kenya said", "Chile's envoy is set to be expelled":
the parser hangs the subject on "is" (or "set") and reads "to be summoned" as its complement,
so the participle has no passive subject and the act loses what it is done to (the summons row
asks for an envoy as its object) or takes the envoy's state for its doer. As with "will be
summoned", the raised subject is the participle's passive subject; "is to" / "is set to" keep
the act planned (GUIDE rule 4: `possible`). Called by
:func:`realpolitik.extract._apposed_repairs.joined_phrases`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Words that raise a passive infinitive's subject: "is to be", "is set / due / expected /
# scheduled / likely to be".
_RAISING = frozenset(
    {"be", "set", "due", "expect", "schedule", "slate", "poise", "likely", "unlikely", "bound",
     "about", "go", "plan", "intend"}
)  # fmt: skip
_SUBJECTS = ("nsubj", "nsubjpass")


def raised_passive(sent: Span) -> None:
    """ "X's envoy is to be summoned": a passive infinitive (``to be V-ed``, an ``xcomp`` with
    no subject of its own) under a raising word whose subject stands before it takes that
    subject as its passive subject."""
    words = sentence_words(sent)
    if "to" not in words or words.isdisjoint(_RAISING):
        return  # (no "to" or no raising word: nothing to raise, no walk)
    doc = sent.doc
    for i in tagged(sent, tag_hashes("VBN")):  # (the participles: no walk)
        part = doc[i]
        if part.dep_ != "xcomp" or part.tag_ != "VBN":
            continue
        subj = _raised_subject(part)
        if subj is None:
            continue
        heads, deps = tree_of(sent)
        heads[subj.i], deps[subj.i] = part.i, "nsubjpass"
        _write_tree(sent, heads, deps)


def _raised_subject(part: Token) -> Token | None:
    """The subject ``part`` (a participle) borrows from its raising head, or None."""
    kids = list(part.children)
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return None
    if not any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in kids):
        return None
    if any(c.dep_ in _SUBJECTS for c in kids):
        return None
    head = part.head
    if head.lemma_.lower() not in _RAISING or head.i > part.i:
        return None
    return next((c for c in head.children if c.dep_ in _SUBJECTS and c.i < head.i), None)
