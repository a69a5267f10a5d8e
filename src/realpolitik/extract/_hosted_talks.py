"""Talks a third party holds for two others: "Qatar hosted (mediated, brokered) talks between
Ethiopia and Egypt". The host's act is the mediation (045, its own row); the talks noun is no
mere object of it, for it names two parties of its own, and they meet each other (A <-> B, 04;
practice15 and leftovers46's leftover, leftovers47). The parser hangs "between" on the noun or
on the verb; both are read."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_parts import Arg

# Verbs by which a third party holds the talks of two others
THIRD_PARTY = frozenset(
    {"host", "mediate", "broker", "facilitate", "sponsor", "convene", "arrange", "organise",
     "organize", "chair", "oversee"}
)  # fmt: skip


def _pair(prep_holder: Token) -> Token | None:
    for c in prep_holder.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and any(g.dep_ == "conj" for g in obj.children):
                return obj
    return None


def hosted_pair(tok: Token) -> Token | None:
    """The first of the two parties of "talks between A and B" that a third party held (the
    noun ``tok`` the object of a hosting verb), or None."""
    gov = tok.head
    if tok.dep_ != "dobj" or gov.lemma_.lower() not in THIRD_PARTY:
        return None
    return _pair(tok) or _pair(gov)


def two_states(pair: list[Arg]) -> bool:
    """Whether the parties of the talks are two states ("between Russia and the rebels" is
    Russia's own conflict: the talks stay the mediation's object)."""
    codes = {a.ref.code[:3] for a in pair}
    return len(codes) >= 2 and not any(c.startswith("-") for c in codes)
