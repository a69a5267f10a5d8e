"""A group's leader or spokesman speaks for the group (leftovers65, issue 9).

"Ahmed Omar, the leader of al-Shabaab, said it would attack the Kenyan troops", "the rebels'
spokesman said they would attack": the "it" / "they" that opens the reported clause is the group
the speaker leads or speaks for, never the last state the story named (main gave the threat to
Kenya). A group the text does not place ("the group's leader said it would ...", no group named
before) is an unnamed doer (`---`). A state's own leader or spokesman ("Kenya's spokesman said it
would ...") is left to the pronoun chain, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import Arg
from realpolitik.extract.confidence import REFERRED
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPEECH = frozenset({"say", "tell", "add", "announce", "declare", "state", "insist", "warn", "vow",
                     "threaten", "claim", "confirm", "pledge", "promise"})  # fmt: skip
_ROLES = frozenset({"leader", "spokesman", "spokeswoman", "spokesperson", "commander", "chief",
                    "head", "founder", "emir"})  # fmt: skip
# Words for an armed or political group: its own name or "the group", "the rebels", ...
_GROUPS = frozenset({"group", "rebel", "militant", "insurgent", "movement", "militia", "faction",
                     "organisation", "organization", "guerrilla", "fighter", "jihadist", "insurgency",
                     "outfit", "network"})  # fmt: skip
_PRONOUNS = frozenset({"it", "they"})


def _speaker(tok: Token) -> Token | None:
    """The subject of the speech verb that reports ``tok``'s clause ("X said [it would ...]")."""
    v = tok.head
    for _ in range(2):
        if v.dep_ not in ("ccomp", "conj") or v.head.i == v.i:
            return None
        v = v.head
        if v.lemma_.lower() in _SPEECH:
            return next((c for c in v.children if c.dep_ == "nsubj"), None)
    return None


def _led_group(role: Token) -> Token | None:
    """The group a role noun belongs to: "the group's leader", "the leader of al-Shabaab"."""
    for c in role.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def group_voice(tok: Token, resolve: Callable[[Token], list[Arg]]) -> list[Arg] | None:
    """The group whose leader or spokesman reports ``tok``'s clause, as "it" / "they"; None
    where the speaker is no group's voice."""
    if tok.lower_ not in _PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    speaker = _speaker(tok)
    if speaker is None:
        return None
    roles = [speaker, *(c for c in speaker.children if c.dep_ == "appos")]
    role = next((r for r in roles if r.lemma_.lower() in _ROLES), None)
    group = _led_group(role) if role is not None else None
    if group is None:
        return None
    got = resolve(group)
    if not got:
        if group.lemma_.lower() not in _GROUPS:
            return None
        return [Arg(ActorRef(tok.text, "---", None), REFERRED, tok.i)]
    if any(a.ref.country and len(a.ref.code) == 3 for a in got):
        return None  # (a state's own voice: left to the chain)
    if group.lemma_.lower() not in _GROUPS and group.pos_ != "PROPN":
        return None
    return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got]
