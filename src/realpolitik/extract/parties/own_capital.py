"""A state's own capital as a visit's destination is where it receives, not whom it acts on
(names15, fresh7's PL); so is its own name as an invitation's destination (lex16)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg, Mention
from realpolitik.extract.parties._model import Site

if TYPE_CHECKING:
    from spacy.tokens import Token

# Sectors that speak for the state itself (an opposition or rebels may act on "Nairobi").
_STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP"})
# Verbs whose object or "to" phrase is where someone goes.
_GOING = frozenset({"visit", "come", "travel", "return", "go", "fly"})


def own_capital(s: Site, source: Arg, target: Arg) -> bool:
    """ "Kenya's president invited the pope to visit Nairobi", "the Chilean government asked
    the envoys to come to Santiago": the capital of the doer's own state, read as the target
    from a visit's destination, is a place, not a party; so is the state's own name where an
    invitation is to it ("invited the pope to Kenya", lex16)."""
    country = source.ref.country
    if not country or target.ref.country != country or source.ref.code[3:] not in _STATE_SECTORS:
        return False
    doc = s.tok.doc
    if not 0 <= target.tok < len(doc):
        return False
    tok = doc[target.tok]
    m = s.actors.mention_of(tok)
    if m is None:
        return False
    if m.kind != "capital" and not (m.is_state and _invited_to(tok)):
        return False  # (lex16: "invited the pope to Kenya", the inviter's own state, is a place)
    return _destination(tok)


def own_destination(s: Site, tok: Token, country: str) -> Mention | None:
    """The mention of ``country``'s capital at ``tok`` where it is a visit's destination: it
    places no unplaced party of the act ("asked the envoys to come to Rome")."""
    m = s.actors.mention_of(tok)
    if m is None or m.kind != "capital" or m.ref.country != country:
        return None
    return m if _destination(tok) else None


def _destination(tok: Token) -> bool:
    """The object of "visit", or the object of "to" after a verb of going."""
    head = tok.head
    if tok.dep_ == "dobj":
        return head.lemma_.lower() == "visit"
    if tok.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in _GOING or _invited_to(tok)
    return False


# Words of inviting, whose "to X" (a place) is where the guest is asked to come (lex16).
_INVITING = frozenset({"invite", "invitation"})


def _invited_to(tok: Token) -> bool:
    """ "invited the pope to Kenya", "an invitation to Nairobi", "invited X to visit Kenya":
    the place the invitation is to (an object of "to" or of "visit" under it)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "to":
        return head.head.lemma_.lower() in _INVITING
    if tok.dep_ == "dobj" and head.lemma_.lower() in _GOING:
        return head.dep_ in ("xcomp", "acl", "advcl") and head.head.lemma_.lower() in _INVITING
    return False
