"""What a reaction calls its object: "condemned the strikes as a violation of Iran's sovereignty".

The label phrase characterises the act reacted to; the states and bodies in its prepositional
parts (whose sovereignty, whose resolutions, whose unity) are its victims or norms, never the
reaction's target. The label noun's own modifiers ("as Russian aggression", "as North Korea's
latest provocation") and a "by" phrase ("as a provocation by Japan") name the act's doer and stay
readable. The target is the doer of the act reacted to, found by the other stages (the object's
owner, an earlier sentence's act) or left open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._readings import LABELLING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Parts of the label noun that name the act's doer: kept readable.
_DOER_PARTS = frozenset({"amod", "compound", "poss", "nmod"})


def label_phrase_tokens(verb: Token) -> frozenset[int]:
    """Tokens of the parts of a labelling verb's "as ..." phrases (on the verb or on its
    object) other than the label noun and its own modifiers and "by" phrase: its prepositional
    phrases and conjoined parts ("as a breach of law and of X's borders")."""
    if verb.lemma_.lower() not in LABELLING:
        return frozenset()
    heads = [verb] + [k for k in verb.children if k.dep_ == "dobj"]
    out: set[int] = set()
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for part in prep.children:  # "as a breach of law and of X's borders"
                if part.dep_ != "pobj":
                    out.update(t.i for t in part.subtree)
                    continue
                for k in part.children:
                    if k.dep_ in _DOER_PARTS or (k.dep_ == "prep" and k.lower_ == "by"):
                        continue
                    out.update(t.i for t in k.subtree)
    return frozenset(out)
