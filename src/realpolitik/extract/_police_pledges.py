"""A pledge to post more police ("pledged to deploy more police at the border post", "promised
to station 200 border guards at the crossing"): a state's own policing, promised, is a pledge
(CAMEO 030, class L of fresh9), never a threat of force (138) against the state it pledges to;
a pledge to deploy troops stays a threat where the codebooks read it so. A pledge to crack or
clamp down on a trade or a crime ("has promised to crack down on transshipment / on the smuggling
of rice into Y") is the same: law enforcement at home, promised (030, GUIDE rule 4), no threat
(137) (clauses37, fresh25 G)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._found import PLANS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# The force-posture root (15) an act of posting people takes
_POSTURE_ROOT = "15"
# The repression root (17) a crackdown takes
_REPRESSION_ROOT = "17"
_CRACKDOWN = frozenset({"crack", "clamp"})
# What a crackdown at home is on: trades and crimes (an "-ing" noun too: "smuggling", "dumping")
_CRIMES = frozenset(
    {
        "transshipment", "trans-shipment", "trafficking", "smuggling", "smuggler", "trafficker",
        "piracy", "pirate", "poaching", "poacher", "fraud", "evasion", "crime", "theft",
        "corruption", "contraband", "counterfeit", "counterfeiting", "gang", "cartel", "trade",
        "export", "import", "shipment", "laundering", "racket", "network",
    }
)  # fmt: skip


def _crackdown_on_crime(tok: Token) -> bool:
    """ "crack down on transshipment / on the smuggling of N": the crackdown's "on" object is a
    trade or a crime, not people of a state."""
    if tok.lemma_.lower() not in _CRACKDOWN:
        return False
    preps = [c for c in tok.children if c.dep_ == "prep"]
    preps += [g for c in tok.children if c.dep_ == "prt" for g in c.children if g.dep_ == "prep"]
    for prep in preps:
        if prep.lower_ == "on":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    low = obj.lemma_.lower()
                    return low in _CRIMES or (obj.tag_ == "NN" and low.endswith("ing"))
    return False


# Policing people: posting them is law and order at the doer's own border, no show of force
POLICE = frozenset(
    {
        "police", "policeman", "policemen", "officer", "guard", "gendarme", "gendarmerie",
        "patrol", "ranger", "agent", "inspector", "customs",
    }
)  # fmt: skip


def police_posture(f: Found, tok: Token, code: str) -> bool:
    """A pledge (not a plan: "plans to deploy police" leaves the deployment possible) to post
    police, not forces: "pledged to deploy more police", "promised to station border guards";
    ``f`` the commitment, ``tok`` and ``code`` the act it governs."""
    if f.tok.lemma_.lower() in PLANS:
        return False
    if code[:2] == _REPRESSION_ROOT:
        return _crackdown_on_crime(tok)
    if code[:2] != _POSTURE_ROOT:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    return bool(objs) and objs[0].lemma_.lower() in POLICE
