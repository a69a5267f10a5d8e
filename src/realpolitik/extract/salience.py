"""Salience: which triggers report a sentence's news and which only set its scene.

A wire sentence reports one piece of news and mentions others as its background. A trigger is
*background* when, on its way up to the sentence root, it passes through an adverbial clause
("after rebels shelled the town", "..., killing 20", "to help him"), a relative clause ("the city
where 28 people were killed"), a past-participle modifier ("the curfew imposed in May"), a
circumstance phrase ("since the invasion", "during a summit", "because of fighting") or an
argument of another trigger ("agreed to US mediation", "rejected a proposal for talks").
Background events are emitted only when the sentence has no foreground event with a named doer
(``background=True`` keeps them all), so that "North Korea, which sent troops to Russia, ..."
still yields the troop event when nothing else in the sentence is news.

An event noun that only says what another trigger acted on ("signed a treaty", "the signing of
an agreement") is no event at all: it is folded into that trigger (``object_of_trigger``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._triggers import Found

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

# Prepositions that set a scene rather than report the news ("after the coup", "amid fighting").
CIRCUMSTANCE_PREPS = frozenset(
    {
        "after", "before", "since", "during", "following", "amid", "amidst", "despite", "until",
        "throughout",
    }
)  # fmt: skip
_MULTI_PREP = frozenset({"because", "due", "wake", "aftermath", "prior"})  # "in the wake of"
_ARG_DEPS = frozenset({"dobj", "attr", "oprd", "dative", "nsubjpass"})


def is_background(tok: Token, triggers: set[int]) -> bool:
    """Whether a trigger only sets the scene for the sentence's news (see the module doc)."""
    t = tok
    for _ in range(12):
        head = t.head
        if head.i == t.i:
            return False
        dep = t.dep_
        if dep in ("advcl", "relcl") or (dep == "acl" and t.tag_ == "VBN"):
            return True
        if dep == "pcomp" and head.lower_ in CIRCUMSTANCE_PREPS:
            return True  # "before allowing aid convoys", "after killing 20"
        if dep in _ARG_DEPS and head.i in triggers:
            return True  # "rejected an offer of talks": the talks are what is rejected
        if dep == "pobj" and head.dep_ in ("prep", "agent"):
            prep = head.lower_
            up = head.head
            if prep in CIRCUMSTANCE_PREPS or (prep in ("of", "to") and up.lower_ in _MULTI_PREP):
                return True
            if up.i in triggers and up.pos_ == "VERB":
                return True  # "agreed to a ceasefire", "complained over the raids"
        t = head
    return False


def object_of_trigger(f: Found, triggers: set[int], actors: DocActors) -> bool:
    """A noun that only says what another trigger acted on ("signed a treaty", "the signing of
    an agreement", "a trade deal"), unless it names its own doer ("Russia's invasion", "an
    attack by X")."""
    tok = f.tok
    gov = tok.head
    if f.entry.pos != "N" or gov.i == tok.i:
        return False
    if tok.dep_ in ("compound", "amod"):
        return gov.i in triggers
    if tok.dep_ == "pobj" and gov.dep_ == "prep":
        if gov.head.pos_ in ("NOUN", "PROPN") and gov.lower_ != "of":
            return False
        gov = gov.head
    elif tok.dep_ not in ("dobj", "nsubjpass", "attr", "conj"):
        return False
    if gov.i not in triggers or gov.i == tok.i:
        return False
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and actors.mention_of(c)):
            return False
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return False
    return True


def depth(tok: Token) -> int:
    """Arcs from the sentence root; 0 = main verb."""
    d = 0
    while tok.head.i != tok.i and d < 20:
        tok = tok.head
        d += 1
    return d
