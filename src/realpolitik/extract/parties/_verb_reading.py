"""What the verbal stages (``verbs``, ``prepositional_targets``, ``clause_targets``) ask of a trigger
before they read its arguments: whether its target is still open, whether its act is symmetric,
whether a moved thing comes with "with", and which passive subject is the thing acted on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child, coactor, pobjs
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token


# Roots whose "from"/"in" phrase names the other party: "withdrew from X", "expelled from X".
FROM_TARGET_ROOTS = frozenset({"08", "12", "16", "17", "19"})


_AIM_PREPS = ("against", "on", "upon", "into", "at")


def _supplied_with(s: Site) -> bool:
    """ "Supplied X with drones", "armed X with missiles": the thing comes with "with", so the
    object (or passive subject, or modified noun) is the receiver, not the thing."""
    if not s.theme and "with" not in s.found.entry.prep:
        return False
    return any(not s.actors.resolve(p) for w, p in pobjs(s.tok, ("with",)) if not coactor(w, p))


def symmetric(s: Site, c: Candidates) -> bool:
    """ "Putin and Kim held talks in Beijing": the doers of a symmetric act are each other's
    counterparts; a place in the phrase is no third party, also where one of two joined doers
    is unknown ("Saeima Speaker X and Estonia's minister Y signed ... in Riga": parties33,
    fresh17's TT)."""
    if "recip" not in s.flags:
        return False
    subject = s.child("nsubj")
    return len(c.sources) >= 2 or (subject is not None and child(subject, "conj") is not None)


def verb_open(s: Site, c: Candidates) -> bool:
    """A verbal trigger whose target is still open."""
    return not s.noun and not c.targets


def _passive_thing(s: Site) -> Token | None:
    """ "Imports of Ugandan beef were banned by Kenya", "ties with X were severed": a passive
    subject that names no party is the thing acted on, read as the active's object would be."""
    subj = s.child("nsubjpass")
    if subj is None or s.child("auxpass") is None or s.theme or s.actors.resolve(subj):
        return None
    return subj if s.actors.is_thing(subj) else None
