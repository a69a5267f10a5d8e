"""Acts stated as intents or orders rather than done (lex10): "remained open to talks with X"
(the talks as an intent, 036), "invited Egypt to mediate" (038, or 028 from a third party),
"ordered its troops to attack X" (the ordered act, not a demand on the state's own forces)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._found import INTENT, Found

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives of readiness whose "to"/"for" object names the act the subject stands ready for.
_READY_ADJECTIVES = frozenset({"open", "ready", "prepared", "willing", "amenable", "receptive"})
_READY_PREPS = frozenset({"to", "for"})
MEDIATION = "045"
_ACCEPT_MEDIATION = "038"  # CAMEO: a party's commitment to receive mediation


def ready_adjective(tok: Token) -> Token | None:
    """The adjective of readiness whose "to/for" object ``tok`` is ("open to talks"), or None."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _READY_PREPS:
        return None
    adj = prep.head
    if adj.pos_ != "ADJ" or adj.lemma_.lower() not in _READY_ADJECTIVES:
        return None
    return adj


_APPEAL_MEDIATION = "028"  # CAMEO: a third party proposing that another mediates
_OWN_SIDE = frozenset({"it", "them", "us", "itself"})


def invited_mediation(mediate: Token) -> str:
    """ "Sudan invited Egypt to mediate in its dispute": a party to a dispute inviting a mediator
    commits to accept mediation (038, the mediator its target); "invited Norway to mediate
    between Chad and the rebels" names two other sides: a third party's appeal to mediate (028;
    the codebook's 028 source is neither the mediator nor a party to the conflict)."""
    for prep in mediate.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            sides = [t.lower_ for t in prep.subtree if t.i != prep.i]
            if _OWN_SIDE.isdisjoint(sides):
                return _APPEAL_MEDIATION
    return _ACCEPT_MEDIATION


def fold_ready_for(found: list[Found]) -> None:
    """ "Georgia remained open to talks with Russia", "Iran is ready for negotiations": an act
    named by a noun that the subject says it stands ready for is an intent to do it (CAMEO 03x:
    talks 036, mediation 038), not the act done; the adjective's own row folds into it."""
    by_tok = {f.tok.i: f for f in found}
    for f in found:
        if f.absorbed or f.entry.pos != "N" or f.code[:2] not in INTENT:
            continue
        adj = ready_adjective(f.tok)
        if adj is None:
            continue
        f.code = _ACCEPT_MEDIATION if f.code == MEDIATION else INTENT[f.code[:2]]
        own = by_tok.get(adj.i)
        if own is not None:
            own.absorbed = True


# Verbs of command and the forces a leader commands: "ordered troops to bolster the frontier",
# "ordered his generals to prepare an offensive" name the state's own act, not a demand (10)
# on its own military; a modifier other than a possessive pronoun ("ordered Russian troops")
# may name another state's forces and keeps the demand.
_ORDERS = frozenset({"order", "instruct", "command", "direct", "tell"})
_FORCES = frozenset(
    {"troop", "force", "army", "military", "soldier", "general", "commander", "navy", "unit",
     "officer", "marine", "battalion", "brigade", "division", "airforce", "guard", "police"}
)  # fmt: skip
_OWN_MARKS = frozenset({"his", "her", "its", "their", "our", "own", "the"})


def orders_own_forces(verb: Token) -> bool:
    """A command to forces named as the commander's own (no other state's modifier)."""
    if verb.lemma_.lower() not in _ORDERS:
        return False
    obj = next((k for k in verb.children if k.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.lemma_.lower() not in _FORCES:
        return False
    mods = [k for k in obj.children if k.dep_ in ("poss", "amod", "compound", "nmod", "det")]
    return all(k.lower_ in _OWN_MARKS for k in mods)
