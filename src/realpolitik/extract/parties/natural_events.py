"""No state is the doer of a natural event, an accident, a drug or a disease (parties39, issue 9).

"An earthquake struck Turkey", "floods hit Pakistan", "a cyclone battered Bangladesh", "a fire
swept through Kenya's embassy", "the quake that struck Syria killed thousands", "Cuba was hit by
a hurricane": the clause's doer is the disaster, not a state. The stages before read the struck
state as the target and then fill the empty source with the state the sentence places the act
in (``unnamed_home_state``: TUR -> TUR 190) or another state it names (``locate_unplaced``: "a
hurricane struck Cuba and then hit Haiti" gave HTI -> CUB). CAMEO codes acts of actors; a
disaster is none, so the trigger gives no event. The aid that follows it is its real giver's
own act ("Germany sent rescue teams"), read on its own trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of natural events and accidents, which no state does (not "rain" or "hail": "a rain of
# rockets hit X" is a force's act).
NATURAL_EVENTS = frozenset(
    {"earthquake", "quake", "tremor", "aftershock", "flood", "flooding", "floodwater", "deluge",
     "cyclone", "hurricane", "typhoon", "tornado", "storm", "tsunami", "landslide", "mudslide",
     "avalanche", "drought", "wildfire", "bushfire", "eruption", "volcano", "heatwave",
     "blizzard", "downpour", "rainfall", "monsoon", "snowstorm", "sandstorm", "hailstorm",
     "epidemic", "pandemic", "outbreak", "famine", "locust", "disaster", "calamity"}
)  # fmt: skip
# Substances and diseases, which kill or harm but are no actor ("fentanyl kills Americans",
# "cholera killed 40 in Yemen"; practice22): counted on the doer's own head only, so that
# "drug cartels" or "drug gangs" (a compound "drug") stay actors.
SUBSTANCES = frozenset(
    {"fentanyl", "opioid", "opioids", "heroin", "cocaine", "methamphetamine", "meth", "overdose",
     "drug", "drugs", "narcotic", "narcotics", "virus", "disease", "cholera", "malaria",
     "measles", "ebola", "covid", "covid-19", "coronavirus", "mpox", "dengue", "tuberculosis"}
)  # fmt: skip
# Nouns of a fire, which may also be a force's shooting ("artillery fire", "Israeli fire"):
# counted only bare of a weapon's word or a modifier of fighting.
FIRE_NOUNS = frozenset({"fire", "blaze", "inferno"})
_FIGHTING_MODIFIERS = frozenset(
    {"heavy", "hostile", "enemy", "friendly", "sniper", "artillery", "mortar", "rocket", "tank",
     "gun", "machine", "sustained", "direct", "indirect", "cross", "small", "warning", "live",
     "naval", "cannon", "anti", "aircraft"}
)  # fmt: skip


@acts_on(noun=False)
def natural_agent(s: Site, c: Candidates) -> Candidates:
    """ "An earthquake struck Turkey", "floods killed 40 people in Pakistan", "the cyclone that
    battered Bangladesh", "Haiti was hit by a hurricane": a verb whose doer is a natural event
    or an accident (its subject, its "by" agent, or that of the verb a participle or conjunct
    hangs on) has no state as doer: the trigger gives no event."""
    if s.noun or not c.pairs:
        return c
    doer = _doer(s.tok)
    if doer is None or not _natural(s, doer):
        return c
    return c.with_pairs([], dropped="natural_agent")


def _doer(tok: Token) -> Token | None:
    """The noun that does ``tok``: its subject ("the quake that struck": the relative's head),
    its passive "by" agent, or (for a participle or conjunct without its own) its head's."""
    for _ in range(3):
        for k in tok.children:
            if k.dep_ == "nsubj":
                if k.tag_ in ("WDT", "WP") and tok.dep_ == "relcl":
                    return tok.head
                return k
            if k.dep_ == "agent":
                return next((p for p in k.children if p.dep_ == "pobj"), None)
        if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
            return None
        if tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG"):
            tok = tok.head
            continue
        return None
    return None


def _natural(s: Site, noun: Token) -> bool:
    """A natural event's or accident's noun ("a magnitude 7 quake", "Tropical Storm Maria" by
    its compound), naming no actor; a fire only bare of a fighting word."""
    if s.actors.resolve(noun):
        return False
    words = [noun, *(k for k in noun.children if k.dep_ == "compound")]
    lemmas = {w.lemma_.lower() for w in words}
    if not NATURAL_EVENTS.isdisjoint(lemmas):
        return True
    if noun.lemma_.lower() in SUBSTANCES or noun.lower_ in SUBSTANCES:
        return True
    if noun.lemma_.lower() not in FIRE_NOUNS:
        return False
    mods = {k.lower_ for k in noun.children if k.dep_ in ("compound", "amod", "nmod", "poss")}
    return mods.isdisjoint(_FIGHTING_MODIFIERS) and not any(
        k.dep_ in ("compound", "poss", "nmod") for k in noun.children
    )
