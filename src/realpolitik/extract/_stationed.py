"""Where an unplaced actor is: its own "in Y" phrase ("soldiers in Niger", "troops stationed in
Mali", "militants based in Afghanistan").

An actor of unknown country is coded as the state it is in (``pairs.locate_unplaced``); its
own location phrase says that better than the first state the sentence names. A named
nationality always wins ("French soldiers in Niger" stay French): only the unplaced are asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors

# Participles that say where a force is kept: "troops stationed in Mali", "militants based in X".
_STATION_VERBS = frozenset({"station", "base", "deploy", "post", "garrison", "position"})
_IN_PREPS = frozenset({"in", "inside"})
_PLACE_KINDS = frozenset({"country", "capital"})


def stationed_in(tok: Token, actors: DocActors) -> str | None:
    """ "Soldiers in Niger", "troops stationed in Mali", "militants based in Afghanistan": the
    state an actor of unknown country is said to be in (its own phrase, not the sentence), or
    None. Only for the unplaced: "French soldiers in Niger" stay French."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in _IN_PREPS]
    preps += [
        p
        for a in tok.children
        if a.dep_ == "acl" and a.lemma_.lower() in _STATION_VERBS
        for p in a.children
        if p.dep_ == "prep" and p.lower_ in _IN_PREPS
    ]
    if tok.dep_ == "nsubj":  # "Protesters in Tokyo burned ...": the parser may hang the
        # subject's own place on the verb; a phrase between the subject and its verb is its
        verb = tok.head
        preps += [
            p for p in verb.children
            if p.dep_ == "prep" and p.lower_ in _IN_PREPS and tok.i < p.i < verb.i
        ]  # fmt: skip
    for prep in preps:
        for pobj in prep.children:
            m = actors.mention_of(pobj) if pobj.dep_ == "pobj" else None
            if m is not None and m.kind in _PLACE_KINDS and m.ref.country:
                return m.ref.country
    return None


def served_state(force: Token, actors: DocActors) -> str | None:
    """ "Sent soldiers to the international force in Yerevan": a mission force's "in Y" phrase
    that the parser hung on the sending verb still names the state it serves (lex13)."""
    prep = force.head
    if force.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "to":
        return None
    verb = prep.head
    return stationed_in(verb, actors) if verb.pos_ == "VERB" else None
