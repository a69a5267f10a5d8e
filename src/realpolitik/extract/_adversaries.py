"""The common adversary of a cooperation: "called for closer cooperation against North Korea's
threat", "agreed to cooperate against X", "urged allies to stand together against X".

Cooperation, unity or support "against" a state is aimed at the partners it is asked of or
agreed with; the state it is against is the one both oppose, never the cooperative act's target
(the act names no target when its partners are unnamed). Yielding acts keep "against" as their
target ("lifted sanctions against Iran": 08 is not among the roots here), as do conflictual ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import has_any, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Cooperative roots: appeal, intent, consult, diplomatic and material cooperation, aid.
COOPERATIVE_ROOTS = frozenset({"02", "03", "04", "05", "06", "07"})
# Words of joining forces whose "against" phrase names the common adversary.
ALLIED_WORDS = frozenset(
    {"cooperation", "cooperate", "unity", "unite", "coordination", "coordinate", "front",
     "solidarity", "together", "support", "alliance", "coalition", "partnership", "help",
     "assistance", "aid", "protection", "action", "effort", "fight", "struggle", "campaign",
     "stand", "defence", "defense", "security", "collaboration", "collaborate", "team"}
)  # fmt: skip
AGAINST_WORDS = frozenset({"against"})


def adversary_tokens(root: str, sent: Span) -> frozenset[int]:
    """Tokens of the "against" phrases of ``sent``'s words of joining forces, for a
    cooperative act of CAMEO root ``root`` in it."""
    if root not in COOPERATIVE_ROOTS or not has_any(sent, AGAINST_WORDS):
        return frozenset()
    out: set[int] = set()
    for prep in tokens_with_form(sent, AGAINST_WORDS):
        if prep.dep_ == "prep" and (_allied(prep.head) or _asks_allied(prep.head)):
            out.update(t.i for t in prep.subtree)
    return frozenset(out)


def _allied(tok: Token) -> bool:
    return tok.lemma_.lower() in ALLIED_WORDS or tok.lower_ in ALLIED_WORDS


def _asks_allied(verb: Token) -> bool:
    """ "Called for unity against X", "sought support against X": the parser hangs "against"
    on the verb whose object (or "for" phrase) is the joining of forces."""
    for k in verb.children:
        if k.dep_ == "dobj" and _allied(k):
            return True
        asked = k.dep_ == "prep" and k.lower_ == "for"
        if asked and any(p.dep_ == "pobj" and _allied(p) for p in k.children):
            return True
    return False
