"""A report continued by a participle of saying: "Serbia said it had recalled its envoy, adding
that it could expel Y's diplomats", "X recalled its envoy, adding / noting / stressing that it
might cut trade". The participle is the same speaker's second statement, not a scene of the
main clause: what it says is news like the first report, with its own hedges (the expulsion
`possible`), as GUIDE rule 3 codes reported acts (fact24). Only a "that"-clause or a clause
with a subject of its own counts, so "..., saying the alliance had failed" still reads as
the reason it gives (the act inside keeps its own factuality either way).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Participles that continue a report ("adding that", "noting that"); "saying" gives reasons as
# often as news, and stays a scene.
ADDING = frozenset({"add", "note", "stress", "insist", "emphasize", "emphasise", "warn"})
# Participles of grievance ("summoned Y's envoy, complaining / protesting that Y had V-ed"): the
# complainer's own statement of what another did, news as in a main clause ("complained that",
# leftovers31), reported (``_accused_conjunct.complained_arc``) (leftovers33).
GRIEVING = frozenset({"complain", "protest", "object", "charge", "allege"})


def added_report(clause: Token) -> bool:
    """Whether ``clause`` (an adverbial clause on the way up from a trigger) is a trailing
    participle of saying that continues the sentence's report: "..., adding that ...", with a
    comma before it and no subject or subordinator of its own, whose complement states a clause
    with its own subject."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return False
    if clause.lemma_.lower() not in ADDING and clause.lemma_.lower() not in GRIEVING:
        return False
    if clause.i < clause.head.i or clause.i == 0 or clause.doc[clause.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return False
    return any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in clause.children
    )


__all__ = ["ADDING", "GRIEVING", "added_report"]
