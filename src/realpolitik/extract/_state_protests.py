"""A state that protests an act through a pronoun or its government: a diplomatic protest
(lex22, fresh11 class L: "It did not protest the arrests").

``salience.diplomatic_protest`` codes "Brazil protested Argentina's decision" as CAMEO 114 (a
state lodges a protest, it does not demonstrate) when the protester is named by the state's
name or capital. The same state named by a pronoun ("Beijing said it did not protest the
arrests"), or by its government, ministry or embassy ("China's embassy protested the move"),
protests the same way; a people or a party ("students", "the opposition") still demonstrates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import set_off_participle

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found
    from realpolitik.extract._mentions import Arg, DocActors

_STATE_PRONOUNS = frozenset({"it", "its", "itself"})
_GOVERNMENT = "GOV"


def state_voice(tok: Token, source: Arg) -> bool:
    """``source`` (the protester, on ``tok``) is a state by a pronoun ("it") or a state's
    government (``XXXGOV``)."""
    code = source.ref.code
    if len(code) == 3 and code.isalpha() and tok.lower_ in _STATE_PRONOUNS:
        return True
    return len(code) == 6 and code[3:] == _GOVERNMENT and code[:3].isalpha()


# The protester's head words that speak for a state: its government, a ministry, a diplomatic
# mission ("high commission", the Commonwealth's embassy) or its head (lex30, fresh17 PC).
_STATE_VOICES = frozenset(
    {"government", "ministry", "embassy", "consulate", "commission", "commissioner", "mission",
     "legation", "ambassador", "envoy", "consul", "minister", "president", "spokesman",
     "spokeswoman", "spokesperson", "office", "cabinet", "authorities", "delegation"}
)  # fmt: skip


_NAMED_STATE = frozenset({"country", "capital"})


def stated_protest(tok: Token, actors: DocActors) -> bool:
    """ "Latvia's high commission in Tallinn protested that the men had been held for days",
    "Riga protested that ...": a state (by its name or capital, its pronoun, its government or
    its mission) that protests that something happened lodges a diplomatic protest (114), a
    note stating what it protests; the that-clause shows no fact as "the protests demonstrate
    that ..." does (lex30, fresh17 PC). The parse has no entity types, so a name counts by its
    mention (``actors``). A crowd or a people ("Latvians protested that ...") is left to the
    non-event reading."""
    if tok.lemma_.lower() != "protest":
        return False
    # ("summoned Y's envoy, protesting that ...": the participle's subject the main verb's)
    head = tok.head if tok.dep_ == "conj" or set_off_participle(tok) else tok
    for subj in (c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subj.lemma_.lower() in _STATE_VOICES or subj.lower_ in _STATE_PRONOUNS:
            return True
        m = actors.mention_of(subj) if subj.dep_ == "nsubj" else None
        if m is not None and m.kind in _NAMED_STATE:
            return True
    return False


def names_protested(tok: Token, preps: frozenset[str]) -> bool:
    """``tok`` (a "protest" verb) names what is protested: an object ("protested the arrests"),
    a that-clause ("protested that the men had been held", lex30) or one of ``preps``
    ("protested against the decision")."""
    return any(c.dep_ in ("dobj", "ccomp") or c.lower_ in preps for c in tok.children)


_COMPLAINING = frozenset({"protest", "complain"})


def negated_complaint(f: Found) -> bool:
    """ "X's high commission protested that the men had not been allowed to see consular
    officials": the act a protest or complaint says was not done is what is complained of, the
    protest's content and no negated act of its own (lex30, fresh17 PC); "X protested that Y
    had detained the men" (an act said done) keeps its reading."""
    tok = f.tok
    if f.entry.pos != "V" or tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in _COMPLAINING:
        return False
    return any(c.dep_ == "neg" for c in tok.children)
