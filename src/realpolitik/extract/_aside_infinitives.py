"""Parse repair of an infinitive split from its noun by an aside ("Russia's threat, never acted
on, to expel Britain's diplomats"; "Iran's plan, announced on Monday, to close its border"):
the parser hangs the infinitive on the aside's verb, so the threat or plan loses its act, or
the planned act is read as the aside's purpose and stated as fact (leftovers29). Called by
:func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_lowers

if TYPE_CHECKING:
    from spacy.tokens import Span

# Nouns whose infinitive names the act they are about (a threat, pledge, offer, plan, bid ...).
_ACT_NOUNS = frozenset(
    {"threat", "plan", "offer", "pledge", "promise", "bid", "proposal", "decision", "attempt",
     "vow", "intention", "commitment", "move", "call", "demand", "request", "effort", "refusal",
     "ultimatum", "readiness", "willingness", "warning", "order", "push", "drive", "pledges",
     "plans", "threats", "offers", "promises"}
)  # fmt: skip
_LONGEST_ASIDE = 8


def aside_infinitive(sent: Span) -> None:
    """An infinitive ("to V", the verb with "to" as its auxiliary) right after the comma that
    closes an aside opened by a comma right after an act noun ("threat, never acted on, to
    expel ...") belongs to the noun: it becomes the noun's clause (acl). The aside stays where
    the parser hung it (its negation, "never acted on", is no negation of the threat)."""
    if "," not in (lowers := sentence_lowers(sent)) or "to" not in lowers:
        return
    doc, start = sent.doc, sent.start
    for k, low in enumerate(lowers):
        if low not in _ACT_NOUNS or k + 2 >= len(lowers) or lowers[k + 1] != ",":
            continue
        noun = doc[start + k]
        if noun.pos_ != "NOUN":
            continue
        close = next(
            (j for j in range(k + 2, min(k + 2 + _LONGEST_ASIDE, len(lowers))) if lowers[j] == ","),
            None,
        )
        if close is None or close + 2 >= len(lowers) or lowers[close + 1] != "to":
            continue
        verb = doc[start + close + 2]
        if verb.tag_ != "VB" or not any(c.i == start + close + 1 for c in verb.children):
            continue
        if verb.head.i == noun.i:
            continue
        heads, deps = tree_of(sent)
        heads[verb.i], deps[verb.i] = noun.i, "acl"
        _write_tree(sent, heads, deps)
        return
