"""A state's promised protest: "Beijing said it would protest (Manila's move)" (leftovers19).

A stated future hostile act is coded as the speaker's threat (``_codebook.future_code``), so the
protest verb's dissent reading (140) became "threaten to protest" (133) before
``salience.diplomatic_protest`` could read a state's protest as the diplomatic one (114). A state
that says it will protest announces its protest, which is `possible` (GUIDE rule 4), no threat;
a crowd's "would protest" stays the threat of dissent (133).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SINGULAR = "NN"
_DEMONSTRATION_ROOT = "14"
_THREATENED_PROTEST = "133"  # future_code's reading of a stated future protest (140)


def protest_reading(code: str) -> bool:
    """``code`` is a protest verb's dissent reading, done (14x) or stated as to come (133)."""
    return code[:2] == _DEMONSTRATION_ROOT or code == _THREATENED_PROTEST


def owned_protest(tok: Token, owner: int) -> bool:
    """ "Peru's protest over the seizure", "the protest by Lima": a single protest owned by the
    token at ``owner`` (its possessor or "by" agent), which ``salience.diplomatic_protest`` then
    reads as the diplomatic protest (114) where that owner is a state by name or capital (the
    issue's lexicon list: "a diplomatic protest (disapproval, not a demonstration)"; parties28).
    Plural "protests" ("Kenya's protests over fuel prices") and a compound ("Iran's protest
    movement") are the crowd's, as before (14)."""
    if tok.tag_ != _SINGULAR or tok.dep_ == "compound":
        return False
    owners = [c for c in tok.children if c.dep_ == "poss"]
    owners += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"
               for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    return any(owner == o.i or any(owner == k.i for k in o.subtree) for o in owners)
