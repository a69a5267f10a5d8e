"""Contraband seized is no state's property (issue 9, lexicon64): "Spain's coast guard seized
3 tonnes of cocaine from a vessel off Venezuela", "Italy seized 4 tonnes of cocaine shipped from
Colombia". The drugs belong to smugglers, not to the state a place phrase names, so a seizure of
contraband is aimed at a state only where its vessel or its people are named ("from a Venezuelan
vessel", "from Colombian fishermen", "Brazil's trawler": the gold files code a state's seized
boat as 171 at that state); otherwise the pair goes, and with it the event: a seizure from
smugglers no state owns is no act between states (nor a home act: the place named is foreign).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SEIZING = frozenset({"seize", "confiscate", "impound", "intercept", "capture"})
# Contraband: what is seized from smugglers (its forms, for the stage's word gate).
_CONTRABAND = frozenset(
    {
        "cocaine", "heroin", "drug", "drugs", "narcotic", "narcotics", "marijuana", "cannabis",
        "hashish", "methamphetamine", "meth", "fentanyl", "opium", "amphetamine", "amphetamines",
        "captagon", "ecstasy", "contraband", "cigarettes",
    }
)  # fmt: skip
# Nouns whose state modifier makes the state the owner: its vessels and its people.
_OWNED = frozenset(
    {
        "vessel", "ship", "boat", "trawler", "tanker", "freighter", "yacht", "submarine",
        "semi-submersible", "speedboat", "dhow", "ferry", "aircraft", "plane", "truck", "lorry",
        "crew", "sailor", "fisherman", "fishermen", "national", "citizen", "smuggler",
        "trafficker", "man", "woman", "people", "crewman", "crewmember", "captain", "navy",
        "authorities", "government",
    }
)  # fmt: skip
_MODIFIERS = ("amod", "compound", "poss", "nmod")
# The participle of a hyphenated flag or owner ("Brazilian-flagged", "Colombian-registered").
_FLAGGED = frozenset({"flagged", "registered", "owned", "operated", "crewed"})


def _contraband_object(s: Site) -> bool:
    """The trigger's object is contraband ("2 tonnes of cocaine", "cocaine worth $10 million")."""
    for k in s.tok.children:
        if k.dep_ not in ("dobj", "nsubjpass"):
            continue
        if k.lemma_.lower() in _CONTRABAND:
            return True
        if any(
            p.dep_ == "prep"
            and p.lower_ == "of"
            and any(o.lemma_.lower() in _CONTRABAND for o in p.children)
            for p in k.children
        ):
            return True
    return False


def _owner_named(doc: Doc, b: Arg) -> bool:
    """The target names a vessel's or people's state ("a Venezuelan vessel", "Colombia's
    fishermen"), or is itself a state's people or forces ("Colombian smugglers")."""
    if not 0 <= b.tok < len(doc):
        return False
    tok = doc[b.tok]
    if tok.lemma_.lower() in _OWNED:
        return True
    head = tok.head
    if head.lower_ in _FLAGGED and head.i != tok.i:  # "a Brazilian-flagged ship"
        tok, head = head, head.head
    return tok.dep_ in _MODIFIERS and head.lemma_.lower() in _OWNED


@acts_on(noun=False, codes=("171",), words=_CONTRABAND)
def contraband_not_owned(s: Site, c: Candidates) -> Candidates:
    """ "seized 3 tonnes of cocaine from a vessel off Venezuela": no pair at a state the seized
    contraband's vessel or people do not name."""
    if not c.pairs or s.tok.lemma_.lower() not in _SEIZING or not _contraband_object(s):
        return c
    doc = s.tok.doc
    pairs = [(a, b) for a, b in c.pairs if b is None or _owner_named(doc, b)]
    if len(pairs) == len(c.pairs):
        return c
    return c.with_pairs(pairs, dropped="contraband_not_owned")


__all__ = ["contraband_not_owned"]
