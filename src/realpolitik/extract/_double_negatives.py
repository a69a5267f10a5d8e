"""Double negatives of ending: "X has not stopped / never ceased / did not stop accusing Y" states
the act as going on, asserted, where "X stopped accusing Y" denies it (``_held_back``,
clauses35). Apart from ``_held_back`` so that ``factuality`` can read it (no ``_syntax``
import: ``_syntax`` imports ``factuality``). Issue 9, leftovers43.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs that end the act their gerund names ("has stopped accusing Y", "ceased arming rebels",
# "quit buying Y's gas", "gave up criticising Y"): the act is no longer done (issue 9, clauses35:
# fresh23's F, "has quietly stopped accusing" negated, as fact24's "stopped short of").
CEASING = frozenset({"stop", "cease", "quit", "discontinue"})
_CEASED_ARCS = frozenset({"xcomp", "dobj", "ccomp"})
# Verbs that end the act their object noun names ("has not ceased / halted / ended its attacks
# on Y": the attacks go on, leftovers44).
_NOUN_ENDING = CEASING | {"halt", "end"}
_NEGATORS = frozenset({"not", "n't", "never"})
# Modals that put "will not stop / would never cease V-ing" in the future or a hypothesis: the
# act going on is not stated then (left to the climb).
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall",
                     "wo", "ca"})  # fmt: skip


def negated_ending(tok: Token) -> Token | None:
    """The negated verb of ending over ``tok``'s gerund (or act noun, "has not ceased its attacks") ("stopped" for "has not stopped accusing
    Y", "ceased" for "never ceased arming Y", "stop" for "will not stop criticising Y"): a double
    negative, whose negation is not the act's (``factuality`` reads the act as the verb's other
    marks make it: asserted, or possible under "will"; issue 9, leftovers43); None for any other
    word and for a passive verb."""
    noun = tok.pos_ == "NOUN" and tok.dep_ == "dobj"  # "has not ceased its attacks on Y"
    if (tok.tag_ != "VBG" or tok.dep_ not in _CEASED_ARCS) and not noun:
        return None
    gov = tok.head
    if gov.lemma_.lower() not in (_NOUN_ENDING if noun else CEASING):
        return None
    if gov.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(gov.children)
    if any(c.dep_ == "nsubjpass" for c in kids):
        return None
    return gov if any(c.dep_ == "neg" or c.lower_ in _NEGATORS for c in kids) else None


def continuing_verb(tok: Token) -> Token | None:
    """``negated_ending`` with no modal ("has not stopped shelling Y": the shelling goes on);
    None for "will not stop shelling", a stop still open."""
    gov = negated_ending(tok)
    if gov is None or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in gov.children):
        return None
    return gov


def ceased_elsewhere(tok: Token, after: tuple[tuple[str, ...], ...]) -> bool:
    """Whether an ending verb's `after=` row ("stop" + "shelling": a ceasefire, "stop" +
    "sending": cut aid) names some act other than the one ``tok`` ends: its gerund is another
    verb ("stopped accusing Y of shelling" ends the accusation, not the shelling), or the ending
    is negated ("has not stopped shelling Y": the shelling goes on, no ceasefire) (leftovers43).
    """
    if tok.lemma_.lower() not in _ENDING_ROWS:
        return False
    for c in tok.children:
        if c.tag_ == "VBG" and c.dep_ in _CEASED_ARCS:
            if continuing_verb(c) is not None:
                return True
            firsts = {seq[0] for seq in after}
            return c.lower_ not in firsts and c.lemma_.lower() not in firsts
    return False


_ENDING_ROWS = CEASING | {"halt"}
