"""The two states whose office-holders a sentence names without their names: "the presidents of
Ghana and Togo", "Ghana's and Togo's presidents", "the foreign ministers of Kenya and Uganda".
"..., and the two leaders agreed" / "both governments pledged" later in that sentence are those
two states (issue 9, names18: fresh7's and fresh8's "the two leaders" after a phone call of two
presidents), not the last two places the sentence named ("met in Addis Ababa") and not the pair
of an earlier sentence's act (the story's pair is noted only after each sentence)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mention_parts import PERSON_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_chain import MentionChain
    from realpolitik.extract._mention_parts import Mention

_PLURAL = frozenset({"NNS", "NNPS"})
_PAIR = 2
_HOLDERS = frozenset({"poss"})  # "Ghana's and Togo's presidents" (after the possessor repair)


def _owner_tokens(office: Token) -> list[Token]:
    """The words that name whose office-holders ``office`` are: its possessors and the objects
    of its "of" phrase, with their conjuncts."""
    heads = [c for c in office.children if c.dep_ in _HOLDERS]
    for prep in office.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            heads += [p for p in prep.children if p.dep_ == "pobj"]
    out: list[Token] = []
    for h in heads:
        out += [h, *conjuncts(h)]
    # "the foreign ministers of A and B" where the parser made B an apposition of the office
    ands = {c.i for h in heads for c in h.children if c.dep_ == "cc"}
    out += [c for c in office.children if c.dep_ == "appos" and c.i - 1 in ands]
    return out


def office_pair(tok: Token, pos: int, placed: MentionChain) -> list[Mention] | None:
    """The two states of a plural office noun earlier in ``tok``'s sentence ("the presidents of
    A and B", "A's and B's leaders") whose holders the sentence does not name; None when the
    sentence names no such pair before ``tok``. ``pos`` is ``tok``'s document offset."""
    sent_start = pos - (tok.idx - tok.sent.start_char)
    here = [m for m in placed.items[: placed.last_before(pos) + 1] if m.start >= sent_start]
    if len(here) < _PAIR:
        return None
    for office in tok.sent:
        if office.i >= tok.i:
            break
        if office.tag_ not in _PLURAL or office.lemma_.lower() not in PERSON_NOUNS:
            continue
        found: list[Mention] = []
        for w in _owner_tokens(office):
            at = pos - (tok.idx - w.idx)  # (a mention may span the office: "presidents of A")
            m = next((m for m in here if m.start <= at < m.end), None)
            if (
                m is not None
                and m.ref.country
                and all(f.ref.country != m.ref.country for f in found)
            ):
                found.append(m)
        if len(found) == _PAIR:
            return found
    return None
