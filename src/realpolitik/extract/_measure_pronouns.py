"""A pronoun object stands for the measure named before it (leftovers20): "X imposed tariffs on
Y's goods. Y said X should scrap them", "X introduced border checks ... and later lifted them":
"them" / "it" matches the lexicon's rows for a measure eased, suspended or ended (``obj=tariff``,
``obj=ban`` ...) as the noun itself does; so does a closed place ("Y would not reopen it": the
border crossing X demanded reopened, a refusal). Only such a noun counts (``MEASURE_NOUNS``), found as an argument (object or subject, not inside a prepositional phrase:
"tariffs on Ugandan goods" stands for the tariffs, not the goods) in the pronoun's own sentence
before it or in the sentence before, agreeing in number; the nearest wins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Measures a state imposes and eases (the objects of the lexicon's 081 / 085 easing rows).
MEASURE_NOUNS = frozenset({
    "sanction", "embargo", "tariff", "duty", "levy", "fee", "toll", "ban", "restriction", "curb",
    "quota", "check", "control", "barrier", "curfew", "requirement", "blockade",
    # and what a state closes and reopens ("would not reopen it": the border crossing)
    "border", "crossing", "frontier", "checkpoint", "port", "embassy", "consulate",
})  # fmt: skip
_SINGULAR_PRONOUNS = frozenset({"it", "this", "that"})
_PLURAL_PRONOUNS = frozenset({"them", "these", "those", "they"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# An argument of its clause: the measure itself, not a noun inside a prepositional phrase.
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "conj", "attr", "appos", "ROOT"})


def measure_words(obj: Token) -> set[str]:
    """{the measure noun's lemma} when ``obj`` is a pronoun that stands for one, else nothing."""
    low = obj.lower_
    if low in _SINGULAR_PRONOUNS:
        plural = False
    elif low in _PLURAL_PRONOUNS:
        plural = True
    else:
        return set()
    if obj.pos_ not in ("PRON", "DET") or any(True for _ in obj.children):
        return set()  # ("those measures": a determiner with its own noun)
    sent = obj.sent
    start = sent.start
    if start > 0:
        start = obj.doc[start - 1].sent.start  # (the sentence before)
    for tok in reversed(obj.doc[start : obj.i]):
        if tok.pos_ != "NOUN" or tok.dep_ not in _ARGUMENT_DEPS:
            continue
        if (tok.tag_ in _PLURAL_TAGS) != plural:
            continue
        lemma = tok.lemma_.lower()
        if lemma in MEASURE_NOUNS:
            return {lemma}
    return set()
