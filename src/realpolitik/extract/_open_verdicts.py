"""A verdict adjective on a judged act, by a rule rather than a list (lex25, fresh13 L).

"Kenya called the arrests heavy-handed", "called Uganda's tariffs needlessly harsh / cynical",
"described the expulsions as vindictive": lex21-lex23 coded such object complements from closed
lists of adjectives ("irresponsible", "disproportionate", ...), so each new adjective was a
miss. An evaluative verb with a judged act (an event noun, an act noun such as "decision", or
a party) as its object and an adjective as the object's predicate judges it; in interstate news
such a verdict is criticism (CAMEO 111) unless the adjective is one of praise or a plain
description (the rows code praise, 051, where it is praise; a description is no act). It is
tried only when no row of the verb matched.

A quoted noun complement is such a verdict too (clauses40, fresh28 F): "Buenos Aires called the
duty 'an overreaction'", "called the ban 'a gift to smugglers'": a judged act named and a noun in
quotation marks put on it is the speaker's criticism whatever the noun (the rows list "a
provocation", "a scandal", ...), unless the noun is one of praise or plain description.
"""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

from realpolitik.extract._judging_words import CRITICAL_ADJECTIVES
from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._pos import VERB
from realpolitik.extract._readings import ACT_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

_VERDICT_VERBS = frozenset({"call", "label", "term", "deem", "describe"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Adjectives of praise, approval or plain description: no criticism ("called the talks frank",
# "the vote free and fair", "the situation stable", "the deal irreversible").
_NOT_CRITICAL = frozenset(
    {"good", "great", "excellent", "positive", "constructive", "fruitful", "productive",
     "useful", "successful", "historic", "important", "significant", "crucial", "vital",
     "essential", "key", "necessary", "welcome", "timely", "brave", "courageous", "wise",
     "generous", "legitimate", "legal", "lawful", "justified", "proportionate", "appropriate",
     "reasonable", "fair", "free", "credible", "transparent", "democratic", "peaceful",
     "friendly", "cordial", "warm", "frank", "candid", "open", "sincere", "serious", "calm",
     "stable", "normal", "safe", "secure", "strong", "solid", "outstanding", "exemplary",
     "commendable", "admirable", "remarkable", "encouraging", "promising", "hopeful",
     "optimistic", "realistic", "pragmatic", "balanced", "acceptable", "satisfactory",
     "sufficient", "adequate", "possible", "likely", "unlikely", "ready", "complete", "final",
     "irreversible", "strategic", "special", "unique", "close", "deep", "comprehensive",
     "mutual", "beneficial", "valuable", "helpful", "meaningful", "substantive", "substantial",
     "smooth", "honest", "accurate", "true", "correct", "right", "responsible", "mature",
     "measured", "restrained", "humane", "urgent", "inevitable", "difficult", "complex",
     "complicated", "sensitive", "delicate", "unprecedented", "new", "temporary", "permanent",
     "routine", "technical", "internal", "natural", "logical", "understandable", "justifiable",
     "defensive", "symbolic", "historical", "effective", "efficient", "fine",
     "ok", "okay", "sovereign", "binding", "valid", "null", "void", "moot", "premature"}
)  # fmt: skip
# Nouns of praise or description in quotes: no criticism ("called the deal 'a milestone'").
_NOT_CRITICAL_NOUNS = frozenset(
    {"success", "milestone", "breakthrough", "step", "start", "beginning", "achievement",
     "model", "example", "partner", "friend", "ally", "opportunity", "chance",
     "victory", "triumph", "landmark", "cornerstone", "pillar", "priority", "necessity",
     "precaution", "formality", "signal", "message", "gesture", "sign", "compromise",
     "solution", "answer", "response", "measure", "safeguard", "matter", "question", "issue",
     "decision", "right", "duty", "obligation", "first", "test", "turning", "chapter", "era",
     "day", "moment", "win", "boost", "lifeline", "relief", "bridge", "blueprint", "template"}
)  # fmt: skip
# Measures judged beside the act nouns ("called the duty 'an overreaction'").
_MEASURES = frozenset({"duty", "levy", "quota", "curb", "embargo", "boycott", "fee", "ruling",
                       "verdict", "order", "rise", "hike", "increase", "cut", "freeze"})  # fmt: skip
# A noun complement is a verdict without quotation marks too when a word of criticism qualifies it
# ("called the suspension a deeply worrying signal", "the decision a grave sin") or when it is a
# reward of a wrong ("called X's decision a prize / reward / gift for terrorism"; practice26, VN).
_GRAVE = CRITICAL_ADJECTIVES | frozenset(
    {"grave", "worrying", "alarming", "troubling", "disturbing", "terrible", "grievous"}
)
_REWARDS = frozenset({"prize", "reward", "gift", "present", "bonus", "licence", "license"})
_WRONGS = frozenset(
    {"terrorism", "terror", "terrorist", "aggression", "aggressor", "extremism", "extremist",
     "violence", "occupation", "crime", "criminal", "impunity", "war", "hostage-taking",
     "annexation", "invasion"}
)  # fmt: skip
_QUOTES = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d", "``", "''"})
OPEN_VERDICT = Trigger("call", "V", frozenset(), frozenset(), frozenset(), "111", frozenset())


def _verdict_adjective(verb: Token, obj: Token) -> Token | None:
    """The adjective predicated of ``obj``: the verb's ``oprd`` adjective ("called X heavy-
    handed", "described X as vindictive") or one hung on the object after it ("X heavy")."""
    for c in verb.children:
        if c.dep_ == "oprd" and (c.pos_ == "ADJ" or c.tag_ == "VBN") and c.i > obj.i:
            return c  # (a participle too: "called the tariffs ill-judged")
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:  # "as vindictive"
            adj = next((g for g in c.children if g.pos_ == "ADJ" or g.tag_ == "VBN"), None)
            if adj is not None:
                return adj
        if c.dep_ == "advcl" and c.i > obj.i and _hyphened(c) and _as_led(c):
            return c  # "described X's arrests as ill-advised": "as" hung on the participle
    for c in obj.children:
        if c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ" and c.i > obj.i:
            return c
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:  # "X's decision as ill-
            adj = next((g for g in c.children if g.pos_ == "ADJ" or _hyphened(g)), None)
            if adj is not None:  # conceived": "as" hung on the object (leftovers25)
                return adj
    return None


def _hyphened(word: Token) -> bool:
    """A hyphenated participle read as a verb ("ill-advised", "short-sighted", "ill-judged"):
    an adjective in all but its tag."""
    return word.tag_ == "VBN" and any(c.tag_ == "HYPH" for c in word.children)


def _as_led(word: Token) -> bool:
    """ "as ill-advised": an "as" right before the phrase, hung on it or beside it."""
    start = word.left_edge.i
    return any(c.lower_ == "as" for c in word.children) or (
        start > 0 and word.doc[start - 1].lower_ == "as"
    )


def _judged(obj: Token, nouns: Container[tuple[str, str]]) -> bool:
    """An act or a party: an event noun of the lexicon, an act noun ("decision", "move"), a
    name or a pronoun ("called Kenya / it reckless")."""
    if obj.pos_ in ("PROPN", "PRON"):
        return True
    lemma = obj.lemma_.lower()
    return obj.pos_ in _NOMINAL and (lemma in ACT_NOUNS or (lemma, "N") in nouns)


def _quoted_verdict(verb: Token, obj: Token) -> bool:
    """ "called the duty 'an overreaction'": a noun with an article in quotation marks, the
    verb's object predicate after a judged act, and no noun of praise or description."""
    for c in verb.children:
        if c.dep_ != "oprd" or c.pos_ != "NOUN" or c.i <= obj.i:
            continue
        lemma = c.lemma_.lower()
        if lemma in _NOT_CRITICAL_NOUNS or any(g.dep_ == "neg" for g in c.children):
            return False
        article = any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children)
        start = c.left_edge.i
        before = verb.doc[start - 1].text if start > 0 else ""
        quoted = any(g.dep_ == "punct" and g.text in _QUOTES for g in c.children)
        return article and (quoted or before in _QUOTES or c.left_edge.text in _QUOTES)
    return False


def _plain_noun_verdict(verb: Token, obj: Token) -> bool:
    """ "called the suspension a deeply worrying signal", "called the decision a grave sin",
    "called France's decision a prize for terrorism": a noun complement with an article after
    the judged act, qualified by a word of criticism or naming a reward of a wrong (no noun of
    praise: "a positive signal", "a reward for hard work" are none)."""
    after = [c for c in verb.children if c.dep_ == "oprd"]
    after += [c for c in obj.children if c.dep_ in ("dobj", "appos", "npadvmod")]
    for c in after:  # (the parser may hang the complement on the object: "move a prize")
        if c.pos_ != "NOUN" or c.i <= obj.i:
            continue
        if any(g.dep_ == "neg" for g in c.children):
            return False
        if not any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children):
            return False
        mods = [g for g in c.children if g.dep_ in ("amod", "compound") and g.i < c.i]
        if any(m.lower_ in _GRAVE or m.lemma_.lower() in _GRAVE for m in mods):
            return True
        if c.lemma_.lower() in _REWARDS:  # ("a gift to terrorists": "to" may hang on the verb)
            preps = [g for g in c.children if g.dep_ == "prep"]
            preps += [g for h in (obj, verb) for g in h.children
                      if g.dep_ == "prep" and g.i == c.i + 1]  # fmt: skip
            wrongs = [p for g in preps if g.lower_ in ("for", "to")
                      for p in g.children if p.dep_ == "pobj"]  # fmt: skip
            return any(p.lemma_.lower() in _WRONGS for p in wrongs)
        return False
    return False


def open_verdict(verb: Token, nouns: Container[tuple[str, str]]) -> Trigger | None:
    """Criticism (111) when ``verb`` judges an act or a party with an adjective not of praise
    or description ("called the arrests heavy-handed") or a quoted noun ("called the ban 'an
    overreaction'"); None otherwise."""
    if verb.lemma_.lower() not in _VERDICT_VERBS or verb.pos != VERB or verb.dep_ == "acl":
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    measured = obj.pos_ in _NOMINAL and (_judged(obj, nouns) or obj.lemma_.lower() in _MEASURES)
    if measured and verb.lemma_.lower() == "call" and _quoted_verdict(verb, obj):
        return OPEN_VERDICT  # (clauses40, fresh28 F)
    if measured and verb.lemma_.lower() == "call" and _plain_noun_verdict(verb, obj):
        return OPEN_VERDICT  # (practice26, VN)
    if not _judged(obj, nouns):
        return None
    adj = _verdict_adjective(verb, obj)
    if adj is None or any(c.dep_ == "neg" for c in adj.children):
        return None
    if adj.lemma_.lower() in _NOT_CRITICAL or adj.lower_ in _NOT_CRITICAL:
        return None
    return OPEN_VERDICT
