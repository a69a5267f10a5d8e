"""The reason of a regret or an apology hung on its light verb (wire13).

"North Korea expressed deep regret on Sunday for the incursion into South Korean waters": with a
date or place between the noun and its "for" phrase, the parser hangs "for ..." on "expressed",
so the regret names no act and no wronged party (the apology 055 kept no target) and the
incursion reads as an act of the apologiser's own, asserted. Hung back on the noun, the
reason is read as the closer "expressed regret for the incursion into ..." is: the apology
aimed at the party the act wronged, the act inside it background.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_forms, tokens_with_form
from realpolitik.extract._tree_rewrites import relabel
from realpolitik.extract._words import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span

# Nouns of regret or apology that a light verb carries ("expressed regret", "offered an apology").
REGRET_NOUNS = frozenset(
    {"regret", "regrets", "remorse", "apology", "apologies", "contrition", "sorrow"}
)
# The preposition that gives what the regret is for ("regret over the raid" is read as
# disapproval by its own stages, parties53: left where the parser hangs it).
REASONS = frozenset({"for"})


def regret_reason(sent: Span) -> None:
    """ "expressed deep regret on Sunday for the incursion": a "for" phrase of the light verb
    after its regret noun, with words between, is the noun's reason."""
    forms = sentence_forms(sent)
    if forms.isdisjoint(REGRET_NOUNS) or forms.isdisjoint(REASONS):
        return
    for noun in tokens_with_form(sent, REGRET_NOUNS):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
            continue
        for p in list(verb.children):
            if p.dep_ == "prep" and p.lower_ in REASONS and p.i > noun.i + 1:
                relabel(p, head=noun)
                return
