"""A passive refusal of entry with no doer named (leftovers25, issue 9).

"Kenya's ministers were denied entry to Uganda", "Kenyan traders were refused entry at the
Ugandan border": only the state whose border or territory it is can deny entry, so the refusal
has an unnamed doer (``---``) that ``pairs.locate_unplaced`` places in the other state the
sentence names, as it places an unnamed attacker. With no other state named, no doer is made up
and there is no event (GUIDE rule 6's agentless acts need a doer the story names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract.parties._model import Candidates, Site

_REFUSING = frozenset({"deny", "refuse"})
_ENTRY = frozenset({"entry", "access", "admission", "visa", "visas", "passage"})
# "Y's officials would be (were) barred from entering X" (leftovers46): the same refusal.
_BARRING = frozenset({"bar", "ban", "forbid", "prohibit"})


def _entering(prep: Token) -> bool:
    """ "from entering (travelling to) X", "from entry": the phrase of a barred entry."""
    return any(k.lemma_.lower() in ("enter", "entry", "travel", "visit") for k in prep.children)


def refused_entry(s: Site, c: Candidates) -> bool:
    """ "Y's ministers were denied entry (to X)": a passive refusal of entry with no agent, a
    named target and another state named in the sentence."""
    tok = s.tok
    lemma = tok.lemma_.lower()
    if (lemma not in _REFUSING and lemma not in _BARRING) or not c.targets:
        return False
    kids = list(tok.children)
    if not any(k.dep_ == "auxpass" for k in kids) or any(k.dep_ == "agent" for k in kids):
        return False
    if lemma in _BARRING:
        if not any(k.dep_ == "prep" and k.lower_ == "from" and _entering(k) for k in kids):
            return False
    elif not any(k.dep_ == "dobj" and k.lemma_.lower() in _ENTRY for k in kids):
        return False
    refused = {a.ref.country for a in c.targets}
    sent = tok.sent
    named = s.ctx.actors.named_between(sent.start, sent.end - 1)
    return any(m.ref.country and m.ref.country not in refused for m in named)
