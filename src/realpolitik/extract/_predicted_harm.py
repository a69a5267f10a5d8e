"""Harm predicted of another's act: "said the decision would wreck the peace process" criticises
the decision's owner (111); the speaker does nothing, so it is no threat, and the harm verb is
no event of its own (split from ``_readings``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._readings import _FUTURE, _SPEECH, ACT_NOUNS, _owned

if TYPE_CHECKING:
    from spacy.tokens import Token

# "Germany said Russia's decision would destroy cooperation", "warned that X's plan would
# wreck the peace process": harm predicted of another's act criticises it (111), aimed at the
# act's owner; it is no threat (the speaker does nothing) and no event of the harm verb.
SAY_HARM = Trigger("say", "V", frozenset(), frozenset(), frozenset(), "111", frozenset({"clause"}))
HARM_VERBS = frozenset(
    {"destroy", "undermine", "wreck", "harm", "damage", "hurt", "jeopardize", "jeopardise",
     "endanger", "destabilize", "destabilise", "erode", "derail", "ruin", "weaken", "poison",
     "threaten", "sabotage", "torpedo", "imperil"}
)  # fmt: skip
_WARN = frozenset({"warn", "caution"})
HARM_GOVERNORS = _SPEECH | _WARN  # the lemmas predicted_harm reads (no other verb has one)
_MAY = frozenset({"could", "might", "may", "can"})
# Whom a warning is told to ("warned Y that ...", "told Y that ..."): being told does not make
# Y the owner of an act the sentence leaves unowned (GUIDE rule 2: a plain warning, no 111).
_ADDRESSEE = frozenset({"dobj", "dative"})


def predicted_harm(verb: Token) -> Token | None:
    """The harm verb of a future clause under a speech or warning verb whose subject is
    another's act or policy ("X's plan", "the Russian decision"); the criticism is
    ``SAY_HARM`` and the harm no event of its own."""
    if verb.lemma_.lower() not in HARM_GOVERNORS:
        return None
    for c in verb.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in HARM_VERBS:
            continue
        if not any(g.dep_ == "aux" and g.lower_ in _FUTURE | _MAY for g in c.children):
            continue
        if any(g.dep_ == "neg" for g in c.children):
            continue  # "said the decision would not harm ties"
        subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subj is None or subj.lemma_.lower() not in ACT_NOUNS or not _named_act(subj):
            continue
        if not _owned(subj) and any(g.dep_ in _ADDRESSEE for g in verb.children):
            continue  # "warned Y that the deployment would ...": Y is told, not the owner
        return c
    return None


def _named_act(noun: Token) -> bool:
    """An act with its owner ("X's plan") or one already named ("the closure", "this move")."""
    return _owned(noun) or any(
        c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children
    )
