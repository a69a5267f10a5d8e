"""A pledge to post more police ("pledged to deploy more police at the border post", "promised
to station 200 border guards at the crossing"): a state's own policing, promised, is a pledge
(CAMEO 030, class L of fresh9), never a threat of force (138) against the state it pledges to.
A pledge to send forces *to* a state or with no place at all ("pledged to deploy 500 troops to
Mali", "vowed to deploy another battalion by March") is the same kind of promise (03 to the
state they go to; practice15 PL2, leftovers47); a pledge to mass them on, along or near a
border stays the threat the codebooks read it as. A pledge to crack or clamp down on a trade or
a crime ("has promised to crack down on transshipment / on the smuggling of rice into Y") is
the same: law enforcement at home, promised (030, GUIDE rule 4), no threat (137) (clauses37,
fresh25 G)."""

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
    return bool(objs) and (objs[0].lemma_.lower() in POLICE or _sent_to_help(f, tok))


# Verbs that post forces somewhere; commissive verbs that promise it (not "threaten", not plans)
_POSTING = frozenset({"deploy", "send", "dispatch", "station", "post", "despatch"})
_PROMISING = frozenset({"pledge", "promise", "vow", "offer", "agree", "commit"})
# Places a force is massed at, not sent to help: "to the border" stays a show of force
_FRONTS = frozenset({"border", "frontier", "boundary", "line", "coast", "waters", "strait"})
# Prepositions of a place the forces face rather than join
_FACING = frozenset({"on", "along", "near", "at", "against", "toward", "towards", "around"})


def _sent_to_help(f: Found, tok: Token) -> bool:
    """ "pledged to deploy 500 troops to Mali": forces promised to a state (or to no place),
    not massed at its border."""
    if f.tok.lemma_.lower() not in _PROMISING or tok.lemma_.lower() not in _POSTING:
        return False
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        word = c.lower_
        obj = next((g for g in c.children if g.dep_ == "pobj"), None)
        if word in _FACING or (obj is not None and obj.lemma_.lower() in _FRONTS):
            return False
    return True
