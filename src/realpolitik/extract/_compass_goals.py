"""Parse repair: "Tanzania sent a team of 30 nurses to western Kenya" (issue 9 round 19,
parties25: fresh13's class GP).

After a long object the parser may read "to western Kenya" as an infinitive, "to" its marker
and the compass adjective "western" its verb (VB) with the state as object: the sending then
has no goal, and "western" is taken for an act. A compass adjective is never a verb: "to" is
the verb's goal preposition, the state its object and the compass word the state's modifier.
Called by :func:`realpolitik.extract._nlp.repair_parse`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_forms, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span

COMPASS_ADJECTIVES = frozenset(
    {"western", "eastern", "northern", "southern", "central", "north-western",
     "north-eastern", "south-western", "south-eastern", "northwestern", "northeastern",
     "southwestern", "southeastern"}
)  # fmt: skip


def compass_goal(sent: Span) -> None:
    """Re-hang "to COMPASS PLACE" read as an infinitive as a "to" phrase of the verb."""
    if COMPASS_ADJECTIVES.isdisjoint(sentence_forms(sent)):
        return  # (most sentences: no walk over their tokens)
    for word in tokens_with_form(sent, COMPASS_ADJECTIVES):
        if word.lower_ not in COMPASS_ADJECTIVES or word.pos_ != "VERB":
            continue
        to = next((c for c in word.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        place = next((c for c in word.children if c.dep_ == "dobj" and c.i == word.i + 1), None)
        if to is None or place is None or to.i != word.i - 1 or word.head.i == word.i:
            continue
        heads, deps = tree_of(sent)
        heads[to.i], deps[to.i] = word.head.i, "prep"
        heads[place.i], deps[place.i] = to.i, "pobj"
        heads[word.i], deps[word.i] = place.i, "amod"
        for c in word.children:
            if c.i not in (to.i, place.i):
                heads[c.i] = word.head.i
        word.tag_, word.pos_ = "JJ", "ADJ"
        to.tag_, to.pos_ = "IN", "ADP"
        forget(sent.doc)  # (tags changed)
        _write_tree(sent, heads, deps)
        return
