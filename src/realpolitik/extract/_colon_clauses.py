"""A parse repair for a lead-in clause before a colon (issue 9, lex28: fresh15's class BP).

"The affair showed how quickly goodwill can sour: Riga protested, and Tallinn said nothing",
"It shows how fragile trust is: Benin closed the border": the parser may hang the clause before
the colon on the verb after it, as that verb's complement (``ccomp``), as if it were what was
protested, said or shown ("protested that ..."), so that a protest reads as "shows that" (no
demonstration) and loses its bare reading. The clause after the colon is the writer's own
statement of what happened, not the content of the lead-in's "show"; the lead-in is a clause
beside it (``parataxis``), not its complement. Only a verb with no complement of its own
after the colon ("Riga protested") is repaired here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_forms
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span

_COLON = ":"
# A verb after the colon with a complement of its own after it reports that complement; the
# lead-in hung on it is set apart by ``_clause_bounds.clause_apart`` (context22), not here.
_OWN_COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp"})


def colon_lead_in(sent: Span) -> None:
    """Relabel a ``ccomp`` that ends before a colon and hangs on a verb after it (see the
    module)."""
    if _COLON not in sentence_forms(sent):
        return  # (most sentences: no token walked)
    colons = [t.i for t in sent if t.text == _COLON]
    for i in colons:
        verb = sent.doc[i].head
        if verb.i <= i or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ in _OWN_COMPLEMENTS and c.i > verb.i for c in verb.children):
            continue  # ("A accuses B; B says the claims are baseless": _clause_bounds's)
        for c in verb.children:
            if c.dep_ == "ccomp" and c.right_edge.i < i and c.i < i:
                relabel(c, "parataxis")
