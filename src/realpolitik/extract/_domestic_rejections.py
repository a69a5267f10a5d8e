"""Rejections of requests made at home: no interstate refusal (issue 9, clauses32: fresh20's J).

"Kenya said it would not expel the refugees, rejecting calls from local officials to close the
camps": the request the government turns down is its own officials' (its parliament's, courts',
opposition's, citizens'). The refusal names no other state, so it came out as a refusal with no
target (or, by the domestic convention, aimed at the doer's own state): a refusal between
states that nobody outside asked for. A request from another state ("calls from Somali
officials", "Uganda's demand") names that state and stays a refusal aimed at it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._refusal_folds import REQUEST_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

_REQUESTS = REQUEST_NOUNS | frozenset({"push", "plea", "petition", "motion", "urging", "bid"})
# Bodies and people of a state's own public life, who ask their government at home.
HOME_ASKERS = frozenset(
    {"official", "lawmaker", "legislator", "parliament", "parliamentarian", "mp", "court",
     "judge", "opposition", "citizen", "resident", "villager", "farmer", "activist", "union",
     "party", "politician", "senator", "governor", "mayor", "council", "councillor", "critic",
     "campaigner", "business", "trader", "people", "public", "voter", "community", "leader",
     "lobby", "group", "chief", "elder", "deputy", "assembly", "senate", "congress", "member",
     "newspaper", "hardliner", "nationalist", "protester", "student", "worker", "employer",
     "industry", "ally", "backbencher", "minister", "ministry", "prosecutor", "police", "army"}
)  # fmt: skip
_MAKER_PREPS = frozenset({"from", "by", "of"})
_MAKER_DEPS = frozenset({"poss", "compound", "amod"})
_STATE_TAGS = frozenset({"NNP", "NNPS"})


def rejects_home_request(tok: Token) -> bool:
    """``tok`` rejects a request whose maker is a home body of no other state ("rejecting calls
    from local officials", "rejected opposition demands", "ignored parliament's call")."""
    requests = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _REQUESTS]
    makers = [m for r in requests for m in _makers(r)]
    return bool(makers) and all(_home(m) for m in makers)


def _makers(request: Token) -> list[Token]:
    out = [c for c in request.children if c.dep_ in _MAKER_DEPS and c.pos_ in ("NOUN", "PROPN")]
    for prep in request.subtree:  # ("calls from lawmakers to act": "from" read as a mark
        # of the infinitive hung on the noun)
        if prep.lower_ in _MAKER_PREPS and prep.i > request.i and _on(prep, request):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    return out


def _on(prep: Token, request: Token) -> bool:
    """``prep`` belongs to the request noun: its own, or a mark of the noun's infinitive."""
    return prep.head.i == request.i or (prep.dep_ == "mark" and prep.head.head.i == request.i)


def _home(maker: Token) -> bool:
    """A body of the state's own public life named with no state of its own: no proper name
    (a demonym or a state: "Somali officials", "Uganda's") anywhere in its phrase."""
    if maker.lemma_.lower() not in HOME_ASKERS:
        return False
    return not any(
        t.tag_ in _STATE_TAGS or t.pos_ == "PROPN" or (t.is_title and t.i > t.sent.start)
        for t in maker.subtree
    )  # ("Somali officials": a demonym is an adjective, capitalised)
