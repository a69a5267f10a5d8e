"""A refusal nobody asked for: "Tanzania said it could not spare any doctors".

A refusal of help read from a negated act needs something asked to refuse (the GUIDE's rule 5):
aimed at no one, only at the doer's own state, or at anyone at all ("would not allow any foreign
power to build a base"), or echoing a clause before it ("Kenya will sign the deal; Uganda will
not"), it refuses nothing (``unasked_refusal``, read by ``_extract``). A request named in the
story gives it its target; a refusal the text names stays. Kept apart from ``_asides`` for its
size and re-exported there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._domestic_rejections import rejects_home_request
from realpolitik.extract.parties.final_answers import unchanged_stance

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import Event


def unasked_refusal(tok: Token, event: Event) -> bool:
    """ "Tanzania said it could not spare any doctors", "would not hand it over": a refusal of
    help read from a negated act needs something asked to refuse (the GUIDE's rule 5); aimed at no
    one, or only at the doer's own state (the domestic reading's guess), it refuses nothing
    (lex14). So for a refusal whose object is anyone at all ("would not allow any foreign power
    to build a base", 124: a stance toward whoever might ask, lex25). A request named in the story gives it its target; a refusal the
    text names ("refused to", "rejected") stays."""
    if event.cameo == _REJECT and _parallel_clause(tok):
        return True  # "Hungary would expel the envoys; Poland would not": no one asked (lex16)
    tgt = event.target  # none, or only the doer's own state (the domestic reading's guess)
    home = tgt is None or tgt.country == event.source.country  # ("from parliament": XXXLEG)
    if home and event.cameo.startswith("12") and rejects_home_request(tok):
        return True  # "rejecting calls from local officials to V": asked at home (clauses32)
    if tgt is not None and (tgt.code != tgt.country or tgt.country != event.source.country):
        return False
    if event.cameo == _REJECT and (tok.lemma_.lower() == "be" or unchanged_stance(tok)):
        return True  # "the decision was final" with nothing asked before it (lex16); "its
        # position remained unchanged" (clauses43, E)
    if not any(c.dep_ == "neg" for c in tok.children):
        return False
    if event.cameo.startswith(_REFUSED_HELP):
        return True
    if (
        event.cameo.startswith("12")
        and event.cameo != _REJECT
        and (_anyone_object(tok) or (tok.lemma_.lower() in _ENDURING and _doings_of_others(tok)))
    ):
        return True  # "would not allow any foreign power to build a base": a stance (lex25)
    return event.cameo == _REJECT and (tok.pos_ == "AUX" or _suffered_act(tok))


# Verbs of asking whose clause a bare "would not" after it may answer (GUIDE rule 5).
_ASKING = frozenset(
    {"ask", "urge", "call", "appeal", "request", "demand", "press", "invite", "tell", "order"}
)
_ANYONE = frozenset({"anyone", "anybody", "anything"})


def _anyone_object(tok: Token) -> bool:
    """ "would not allow any foreign power / anyone to ...": the object is whoever it may be, so
    the clause states a policy and answers no request."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [
        g
        for c in tok.children
        if c.dep_ in ("ccomp", "xcomp")
        for g in c.children
        if g.dep_ == "nsubj"
    ]  # ("allow any country to station": the clause's subject)
    return any(
        o.lower_ in _ANYONE or any(c.dep_ == "det" and c.lower_ == "any" for c in o.children)
        for o in objs
    )


def _parallel_clause(tok: Token) -> bool:
    """ "Kenya will sign the deal; Uganda will not": a bare auxiliary after a clause of its own
    (hung on it as a complement) that asks nothing; its elided verb is that clause's, negated
    for the second state, which refuses nothing."""
    before = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i]
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        before.append(tok.head)  # "X will impose sanctions on Y, but Z will not"
    return tok.pos_ == "AUX" and any(c.lemma_.lower() not in _ASKING for c in before)


def _suffered_act(tok: Token) -> bool:
    """ "Tanzania said it would not accept further incursions": what a state will not accept
    is a hostile act done to it, which no one asked it to accept; a stance, no refusal (lex15)."""
    if tok.lemma_.lower() not in _ENDURING:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lemma_.lower() in _HOSTILE_ACTS | _CRIMES:
        return True
    return _doings_of_others(tok)


# Crimes a state may say it will not tolerate: done on its soil, asked of no one (fresh17 WN).
_CRIMES = frozenset(
    {"smuggling", "trafficking", "poaching", "piracy", "crime", "lawlessness", "banditry",
     "terrorism", "extremism", "smuggler", "trafficker", "poacher", "criminal", "gang", "poach",
     "smuggle", "traffic"}
)  # fmt: skip
_STATE_WORDS = frozenset({"country", "state", "government", "nation", "power", "neighbour"})


def _doings_of_others(tok: Token) -> bool:
    """ "would not tolerate foreigners smuggling fuel through its ports", "would not allow
    gangs to use its territory": what is not tolerated is a clause of people (no state) doing
    something; nobody asked for it, so it is a stance, no refusal (GUIDE rule 5; fresh17 WN)."""
    for c in tok.children:
        if c.dep_ not in ("ccomp", "xcomp", "dobj") or c.pos_ not in ("VERB", "NOUN"):
            continue
        doers = [g for g in c.children if g.dep_ == "nsubj"] if c.pos_ == "VERB" else []
        if c.pos_ == "VERB" and not doers and c.tag_ == "VBG" and c.lemma_.lower() in _CRIMES:
            return True  # "would not tolerate poaching in its waters": a crime, no one's
        if c.pos_ == "NOUN":  # "foreigners smuggling ...": the object with a participle on it
            doers = [c] if any(g.dep_ == "acl" and g.tag_ == "VBG" for g in c.children) else []
        if any(d.pos_ == "NOUN" and d.lemma_.lower() not in _STATE_WORDS for d in doers):
            return True
    return False


_REJECT = "120"  # a bare "would not" (its verb elided) or "would not accept X" (lex15)
_ENDURING = frozenset({"accept", "tolerate", "allow", "permit"})
# Hostile acts a state may say it will not accept: done to it, never asked of it ("would not
# accept any interference" refuses an expectation, the suite's y1, and stays).
_HOSTILE_ACTS = frozenset(
    {"incursion", "intrusion", "violation", "provocation", "aggression", "attack", "raid",
     "strike", "shelling", "encroachment", "infiltration"}
)  # fmt: skip
# Refusals of cooperation and aid (CAMEO 121, 122): what must have been asked for to be
# refused; a stance ("would not accept any interference") refuses an expectation and stays.
_REFUSED_HELP = ("121", "122")
