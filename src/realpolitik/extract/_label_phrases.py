"""What a reaction calls its object: "condemned the strikes as a violation of Iran's sovereignty".

The label phrase characterises the act reacted to; the states and bodies inside it (whose
sovereignty, whose resolutions, whose unity) are its victims or norms, never the reaction's
target. The target is the doer of the act reacted to, found by the other stages (the object's
owner, an earlier sentence's act) or left open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._readings import LABELLING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Modifiers of the label noun that name the act's doer ("as Russian aggression"): kept.
_DOER_MODIFIERS = frozenset({"amod", "compound"})


def label_phrase_tokens(verb: Token) -> frozenset[int]:
    """Tokens of the "as ..." phrases (on the verb or on its object, with their conjoined
    parts: "as a breach of law and of X's borders") and predicate nouns ("called the vote a
    distraction") of a labelling verb, less the label noun's own adjective or compound
    modifiers."""
    if verb.lemma_.lower() not in LABELLING:
        return frozenset()
    heads = [verb] + [k for k in verb.children if k.dep_ == "dobj"]
    phrases = [k for k in verb.children if k.dep_ == "oprd"]
    phrases += [k for h in heads for k in h.children if k.dep_ == "prep" and k.lower_ == "as"]
    out: set[int] = set()
    for top in phrases:
        nouns = [top] if top.dep_ == "oprd" else [p for p in top.children if p.dep_ == "pobj"]
        kept = {k.i for n in nouns for k in n.children if k.dep_ in _DOER_MODIFIERS}
        out.update(t.i for t in top.subtree if t.i not in kept)
    return frozenset(out)
