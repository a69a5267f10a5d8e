"""A pronoun object stands for the measure named before it (leftovers20): "X imposed tariffs on
Y's goods. Y said X should scrap them", "X introduced border checks ... and later lifted them":
"them" / "it" matches the lexicon's rows for a measure eased, suspended or ended (``obj=tariff``,
``obj=ban`` ...) as the noun itself does; so does a closed place ("Y would not reopen it": the
border crossing X demanded reopened, a refusal). Only such a noun counts (``MEASURE_NOUNS``), found as an argument (object or subject, not inside a prepositional phrase:
"tariffs on Ugandan goods" stands for the tariffs, not the goods) in the pronoun's own sentence
before it or in the sentence before, agreeing in number; the nearest wins.

Two more kinds of pronoun (lex28, fresh15 GR and L): "X asked for consular access to the
sailors, and Y granted it" (``it`` stands for what was asked for: a request, access, a permit
or a visa, ``GRANTED_NOUNS``, also as the object of "for" after a request, where the clause's
arguments name the asker), and "X lifted its ban on A but kept the one on C", "... kept those on
C" (``one`` / ``those`` with its own "on" phrase stands for the measure named before, of
either number: "lifted its curbs on A but kept the one on C").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._pos import NOUN
from realpolitik.extract._tree import sentence_forms, tokens_with_form
from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Measures a state imposes and eases (the objects of the lexicon's 081 / 085 easing rows).
MEASURE_NOUNS = frozenset({
    "sanction", "embargo", "tariff", "duty", "levy", "fee", "toll", "ban", "restriction", "curb",
    "quota", "check", "control", "barrier", "curfew", "requirement", "blockade",
    # and what a state closes and reopens ("would not reopen it": the border crossing)
    "border", "crossing", "frontier", "checkpoint", "port", "embassy", "consulate",
})  # fmt: skip
# What a state asks for and another grants or refuses ("and Y granted it": the access asked for).
GRANTED_NOUNS = frozenset({
    "request", "access", "permission", "permit", "visa", "clearance", "waiver", "exemption",
    "extradition", "asylum",
})  # fmt: skip
_ASKED_FOR = frozenset({"for"})
# "kept the one on pears", "kept those on beef": a pronoun with its own measure phrase.
_MEASURE_ONES = frozenset({"one", "ones", "those"})
_MEASURE_PREPS = frozenset({"on", "against"})
_SINGULAR_PRONOUNS = frozenset({"it", "this", "that"})
_PLURAL_PRONOUNS = frozenset({"them", "these", "those", "they"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# An argument of its clause: the measure itself, not a noun inside a prepositional phrase.
_ARGUMENT_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "conj", "attr", "appos", "ROOT"})


def measure_words(obj: Token) -> set[str]:
    """{the measure noun's lemma} when ``obj`` is a pronoun that stands for one, else nothing."""
    got = antecedent(obj)
    return {got.lemma_.lower()} if got is not None else set()


def antecedent(obj: Token) -> Token | None:
    """The measure, request or access noun the pronoun ``obj`` stands for (see the module)."""
    low = obj.lower_
    if low in _MEASURE_ONES:
        got = _measure_one(obj)
        if got is not None or low not in _PLURAL_PRONOUNS:
            return got  # (a plain "those": as "them", below)
    if low in _SINGULAR_PRONOUNS:
        plural = False
    elif low in _PLURAL_PRONOUNS:
        plural = True
    else:
        return None
    if obj.pos_ not in ("PRON", "DET") or any(True for _ in obj.children):
        return None  # ("those measures": a determiner with its own noun)
    for tok in reversed(obj.doc[_window(obj) : obj.i]):
        if tok.pos != NOUN or (tok.tag_ in _PLURAL_TAGS) != plural:
            continue
        lemma = tok.lemma_.lower()
        if tok.dep_ in _ARGUMENT_DEPS and lemma in MEASURE_NOUNS:
            return tok
        if not plural and _granted(tok, lemma):
            return tok
    return None


def _window(obj: Token) -> int:
    """Where the search starts: the sentence before the pronoun's, or its own if it is first."""
    start = obj.sent.start
    return obj.doc[start - 1].sent.start if start > 0 else start


def _granted(tok: Token, lemma: str) -> bool:
    """Whether ``tok`` is a request or access a singular pronoun may stand for ("asked for
    consular access, and Y granted it"): an argument of its clause or the object of "for"."""
    if lemma not in GRANTED_NOUNS:
        return False
    return tok.dep_ in _ARGUMENT_DEPS or (tok.dep_ == "pobj" and tok.head.lower_ in _ASKED_FOR)


def _measure_one(obj: Token) -> Token | None:
    """The measure noun "the one on C" / "those on C" stands for, in its sentence before it
    or the sentence before (any number: "its curbs on A ... the one on C")."""
    if obj.pos_ not in ("PRON", "NOUN", "DET", "NUM") or not _own_phrase(obj):
        return None
    for tok in reversed(obj.doc[_window(obj) : obj.i]):
        if tok.pos_ == "NOUN" and tok.dep_ in _ARGUMENT_DEPS and tok.lemma_ in MEASURE_NOUNS:
            return tok
    return None


def _own_phrase(obj: Token) -> bool:
    """Whether "one" / "those" has an "on" phrase of its own, or one the parser hung on the
    verb right after it ("kept [the one] [on pears]")."""
    if any(c.dep_ == "prep" and c.lower_ in _MEASURE_PREPS for c in obj.children):
        return True
    after = obj.right_edge.i + 1
    return (
        obj.dep_ == "dobj"
        and after < len(obj.doc)
        and obj.doc[after].head.i == obj.head.i
        and obj.doc[after].dep_ == "prep"
        and obj.doc[after].lower_ in _MEASURE_PREPS
    )


# Verbs after which a lone "it" / "them" read as an indirect object is the thing given.
_GIVING = frozenset({"grant", "approve", "refuse", "deny", "lift", "scrap", "keep", "extend"})
_OBJECT_PRONOUNS = frozenset({"it", "them"})


def pronoun_object(sent: Span) -> None:
    """ "and Y granted it a day later": the parser may read the pronoun as an indirect object
    (``dative``) before a time phrase, so the verb has no object and its rows do not see what
    "it" stands for. A lone "it" / "them" with no direct object after it is the object."""
    if _OBJECT_PRONOUNS.isdisjoint(sentence_forms(sent)):
        return  # (most sentences: no token walked)
    for tok in tokens_with_form(sent, _OBJECT_PRONOUNS):
        if tok.dep_ != "dative" or tok.lower_ not in _OBJECT_PRONOUNS:
            continue
        verb = tok.head
        if verb.lemma_.lower() in _GIVING and not any(c.dep_ == "dobj" for c in verb.children):
            relabel(tok, "dobj")
