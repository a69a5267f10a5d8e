"""The victims of a condemned act of violence are never its target (issue 9 round 25,
parties37: fresh19's class H; issue 9 item 1, "a condemned act's agent is the target").

"Kenya's foreign minister condemned the attacks on Ugandan traders in Eldoret", "France
criticised the killing of two Romanian drivers", "Egypt deplored the violence against
Sudanese refugees": the judged act names whom it hit ("on / against Y's people", "the killing
of Y's people") and no one who did it. Its victims are not its agent, so they are no target
of the criticism, and the condemnation of an attack on Y's nationals is sympathy with Y at
most, never criticism of Y (GUIDE rule 6). Whichever role stage read the victims' phrase (the
verb phrase, the object's agent, a preposition), a pair whose target is one of those victims
is dropped. Only people ("traders", "two workers"): an attack on a state, its capital or its
property ("the attack on Ukraine", "on the embassy") is left to the other stages. An agent
named beside them ("Turkey's attacks on Greek fishermen", "the Ugandan attacks on Kenyan
traders") is the object's owner, not in the victims' phrase, and stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

# Judging roots whose object is the judged act: criticise, condemn, deplore (11).
_JUDGING = "11"
# A trigger of the sentence with one of these roots is an act of violence: assault (18), fight
# (19), mass violence (20); not an arrest or a seizure (17), done by a state's own agencies.
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Violence nouns that may not be triggers of their own ("the violence against ...").
_VIOLENCE_NOUNS = frozenset(
    {"attack", "assault", "killing", "murder", "violence", "shooting", "stabbing", "beating",
     "bombing", "abduction", "kidnapping", "lynching", "harassment", "massacre", "raid",
     "mistreatment", "abuse", "torture", "intimidation", "persecution"}
)  # fmt: skip
# Prepositions that name an act's victims: "attacks on", "violence against", "the killing of"
# (of: only for nouns of a deed done to someone, never "the attacks of the militia").
_VICTIM_PREPS = frozenset({"on", "against", "upon"})
_PATIENT_NOUNS = frozenset(
    {"killing", "murder", "abduction", "kidnapping", "beating", "lynching", "stabbing",
     "mistreatment", "abuse", "torture", "harassment", "persecution", "intimidation", "massacre"}
)  # fmt: skip
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
# Places and property of a state: an attack on them may be told of the state itself.
_PROPERTY_NOUNS = frozenset(
    {"embassy", "consulate", "mission", "territory", "soil", "country", "city", "town",
     "border", "ship", "vessel", "base", "airport", "port", "facility", "plant"}
)  # fmt: skip


def _violent(s: Site, noun: Token) -> bool:
    """``noun`` names an act of violence: a violent trigger of the sentence or such a word."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    act = s.ctx.triggers.get(noun.i)
    if act is not None and act.code[:2] in _VIOLENT_ROOTS:
        return True
    return noun.lemma_.lower() in _VIOLENCE_NOUNS


def _people(noun: Token) -> bool:
    """``noun`` names people ("Ugandan traders", "two workers"), not a state, its capital or
    its property ("Ukraine", "the embassy")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() not in _PROPERTY_NOUNS


def victim_tokens(s: Site) -> frozenset[int]:
    """Tokens of the victims' phrases of the violent acts the judging verb takes as object
    ("the attacks on Ugandan traders": "Ugandan traders"); none where it judges no such act."""
    out: set[int] = set()
    for o in s.kids:
        if o.dep_ not in _OBJECT_DEPS:
            continue
        acts = [o, *conjuncts(o)]
        acts += [p for a in list(acts) for k in a.children if k.dep_ == "prep" and k.lower_ == "of"
                 for p in k.children if p.dep_ == "pobj" and _violent(s, p)]  # fmt: skip
        for a in acts:
            if not _violent(s, a):
                continue
            preps = _VICTIM_PREPS | ({"of"} if a.lemma_.lower() in _PATIENT_NOUNS else set())
            for k in a.children:
                if k.dep_ == "prep" and k.lower_ in preps:
                    for p in k.children:
                        if p.dep_ == "pobj" and _people(p):
                            out.update(t.i for t in p.subtree)
    return frozenset(out)


@acts_on(noun=False, roots=(_JUDGING,))
def condemned_victims_not_target(s: Site, c: Candidates) -> Candidates:
    """A criticism whose target is one of the victims of the violent act it judges (the act's
    "on / against / of" phrase) is no act toward the victims' state: the pair is dropped (see
    the module's docstring)."""
    if not c.pairs or s.noun or s.root != _JUDGING:
        return c
    if not any(b is not None for _, b in c.pairs):
        return c
    victims = victim_tokens(s)
    if not victims:
        return c
    pairs = [(a, b) for a, b in c.pairs if b is None or b.tok not in victims]
    if len(pairs) == len(c.pairs):
        return c
    return c.with_pairs(pairs, "condemned_victims_not_target")
