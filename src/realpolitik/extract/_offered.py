"""What an offer offers (lex13): "offered aid / talks / to mediate / a ceasefire" is an intent
to act (CAMEO 03x), but "offers the opposite model", "offered a lesson / an example" names no
act of the offerer's toward anyone: no event. The direct object must be an act (another
trigger), something given (aid, money, troops, asylum) or a step in a dispute (a deal, a
compromise, guarantees)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found

_OFFER = "offer"
_INTENT_ROOT = "03"
_SINGULAR = "NN"  # an abstract non-act ("a model", "a lesson") is one thing; goods are counted
# Objects that are given or proposed to another party (lemmas; event nouns are triggers).
_OFFERABLE = frozenset(
    {
        "aid", "assistance", "help", "support", "money", "fund", "funding", "cash", "loan",
        "credit", "grant", "investment", "debt", "relief", "supply", "food", "fuel", "oil", "gas",
        "grain", "vaccine", "medicine", "equipment", "weapon", "arm", "troop", "soldier",
        "force", "jet", "ship", "training", "expertise", "technology", "guarantee", "assurance",
        "incentive", "concession", "compromise", "plan", "proposal", "deal", "agreement",
        "pact", "truce", "ceasefire", "talk", "dialogue", "negotiation", "mediation", "service",
        "access", "asylum", "refuge", "shelter", "protection", "sanctuary", "compensation",
        "reward", "visa", "citizenship", "residency", "seat", "role", "venue", "base", "port",
        "facility", "condolence", "sympathy", "apology", "cooperation", "partnership",
        "alliance", "membership", "recognition", "amnesty", "pardon", "exchange", "swap",
        "release", "return", "withdrawal", "security", "backing", "hand", "branch", "olive",
        "scholarship", "discount", "tariff", "price", "contract", "bailout", "package",
        "rescue", "team", "rescuer", "expert", "doctor", "helicopter", "plane", "aircraft",
    }
)  # fmt: skip


def offers_no_act(f: Found, triggers: set[int]) -> bool:
    """ "Kenya's leader offers the opposite model": an offer whose object is one thing that is
    no act and nothing given (no counted goods), with no "to" infinitive, is no event."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() != _OFFER or f.code[:2] != _INTENT_ROOT:
        return False
    if any(c.dep_ in ("xcomp", "ccomp", "dative") for c in tok.children):
        return False  # "offered to mediate", "offered X a ..."
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.i in triggers:
        return False
    if obj.tag_ != _SINGULAR or any(c.dep_ == "nummod" for c in obj.children):
        return False  # "offered tents / 500 blankets / rescue teams": goods given
    words = {obj.lemma_.lower()} | {
        g.lemma_.lower() for g in obj.subtree if g.dep_ in ("compound", "amod", "pobj")
    }
    return not words & _OFFERABLE
