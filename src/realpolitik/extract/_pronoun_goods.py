"""Weapons named by a pronoun as the object of a sale or a purchase (lexicon66).

"Israel developed new drones. It sold them to India.", "Russia bought 40 tanks from Belarus.
Iran buys them too": the pronoun stands for the weapons, so the sale is an arms sale (062,
as "sold drones to India", README's purchase rule) and the pronoun is no party (it was read as
the state named last: Iran buying from Russia). The antecedent is the nearest noun of the
pronoun's number before it, in its sentence or the one before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._instruments import WEAPONS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Weapons a state sells or buys, beyond those fired (the sale rows' words).
ARMS = WEAPONS | frozenset(
    {"weaponry", "warship", "submarine", "frigate", "corvette", "destroyer", "rifle", "f-16",
     "f-35", "rafale", "s-400", "patriot", "system", "battery", "vehicle", "armour", "armor"}
)  # fmt: skip
TRADING = frozenset({"buy", "sell", "purchase"})
_PLURAL = frozenset({"them", "they"})
_SINGULAR = frozenset({"it"})
PRONOUNS = _PLURAL | _SINGULAR
_HEAD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "pobj", "conj", "attr", "appos"})
_TRADE = "061"
_ARMS_SALE = "062"


def antecedent(pron: Token) -> Token | None:
    """The nearest head noun of ``pron``'s number before it, in its sentence or the last."""
    doc = pron.doc
    sent = pron.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    plural = pron.lower_ in _PLURAL
    for i in range(pron.i - 1, start - 1, -1):
        t = doc[i]
        if t.pos_ != "NOUN" or t.dep_ not in _HEAD_DEPS:
            continue
        if (t.tag_ == "NNS") == plural:
            return t
    return None


def arms_pronoun(pron: Token) -> bool:
    """``pron`` ("them", "it") stands for weapons named before it."""
    if pron.lower_ not in PRONOUNS:
        return False
    noun = antecedent(pron)
    return noun is not None and noun.lemma_.lower() in ARMS


def traded_arms_pronoun(verb: Token) -> Token | None:
    """The pronoun object of a buying or selling verb that stands for weapons, or None."""
    if verb.lemma_.lower() not in TRADING:
        return None
    for k in verb.children:
        if k.dep_ in ("dobj", "nsubjpass") and arms_pronoun(k):
            return k
    return None


def recode_pronoun_arms(found: list[Found]) -> None:
    """ "It sold them to India" with "them" the drones: an arms sale (062), not trade (061)."""
    for f in found:
        if f.code == _TRADE and f.entry.pos == "V" and traded_arms_pronoun(f.tok) is not None:
            f.code = _ARMS_SALE
