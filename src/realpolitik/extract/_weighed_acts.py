"""Acts a writer only weighs, and stances that deny an act (fresh17 classes EV, NY and NA, fact29).

"Chile would be foolish to refuse", "Santiago would be wise not to press Buenos Aires", "it would
be a mistake for Kenya to impose sanctions on Uganda", "it would be wiser to route aid through the
UN than to ship fuel to Lima": an adjective (or noun) of judgement under a modal "be" weighs a
hypothetical act; the act is the writer's verdict on what the state might do, neither done nor
planned by it (GUIDE rule 1: at most background). The comparative's "than to V2" is the
alternative rejected, weighed the same way. Without the modal ("Chile was foolish to refuse")
the refusal happened and is judged, so it stays.

"Chile said it would accept no conditions", "Argentina had accepted no such arrangement": an
object determined by "no" states a stance, or denies that an arrangement exists; there is no
yield, negated or otherwise (NY).

"Nairobi was reviewing whether the shipments broke Kenyan sanctions on Uganda", "the boats
violated the fishing ban", "it is unclear whether the sanctions apply to fuel": an act noun that
is broken, violated or breached, or that an embedded "whether" question is about, names a
measure already in force (background), never a new imposition (NA, after lex22/lex23's nouns).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words of judgement on a hypothetical act ("would be foolish / wise to V", "a mistake to V").
_JUDGEMENTS = frozenset(
    {"foolish", "wrong", "wise", "unwise", "mistaken", "right", "sensible", "smart", "prudent",
     "imprudent", "reckless", "silly", "stupid", "naive", "short-sighted", "shortsighted",
     "ill-advised", "misguided", "crazy", "mad", "irresponsible", "better", "good", "best",
     "preferable", "advisable", "inadvisable", "rash", "hasty", "premature", "clever",
     "mistake", "error", "blunder", "folly", "idea", "misstep", "miscalculation"}
)  # fmt: skip
# Modals of a hypothetical "be" ("would be", "could be", "might be"); a plain "is" or "was"
# judges an act that happens or happened.
_HYPOTHETICAL = frozenset({"would", "'d", "could", "might"})
_JUDGE_DEPS = frozenset({"acomp", "attr"})
# Arcs by which a weighed act hangs under its frame: the infinitive, the "for X to V" clause,
# the comparative's "than (to) V2" and the phrases inside them.
_WEIGHED_DEPS = frozenset(
    {"xcomp", "advcl", "acl", "ccomp", "conj", "prep", "pcomp", "pobj", "dobj", "dep", "compound",
     "npadvmod", "relcl", "amod", "nsubj", "acomp", "attr"}
)  # fmt: skip
_CLIMB = 8


def _judging_be(verb: Token) -> bool:
    """``verb`` is a modal "be" with a word of judgement as its complement."""
    if verb.lemma_.lower() != "be":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL for c in verb.children):
        return False
    return any(c.dep_ in _JUDGE_DEPS and _judgement(c) for c in verb.children)


def _judgement(word: Token) -> bool:
    """A word of judgement, by lemma, form or with its hyphenated left part ("short-sighted",
    "ill-advised", which the tokeniser splits)."""
    if word.lemma_.lower() in _JUDGEMENTS or word.lower_ in _JUDGEMENTS:
        return True
    doc = word.doc
    left = word.i
    while left >= 2 and doc[left - 1].text == "-":
        left -= 2
    return left < word.i and doc[left : word.i + 1].text.lower() in _JUDGEMENTS


def weighed(tok: Token) -> bool:
    """``tok`` is an act a modal frame of judgement weighs: "X would be foolish to V", "it
    would be a mistake for X to V", "it would be wiser to V1 than to V2" (see the module doc)."""
    cur = tok
    for _ in range(_CLIMB):
        if cur.head.i == cur.i or cur.dep_ not in _WEIGHED_DEPS:
            return False
        cur = cur.head
        if _judging_be(cur):
            return True
    return False


# Verbs of accepting or agreeing whose "no N" object is a stance or a denial (NY).
_ACCEPTING = frozenset({"accept", "agree", "sign", "grant", "concede", "tolerate", "allow"})


def denied_object(tok: Token) -> bool:
    """ "would accept no conditions", "had accepted no such arrangement", "agreed to no
    deal": the object is determined by "no", so no act is done, negated or otherwise."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in _ACCEPTING:
        return False
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(any(d.dep_ == "det" and d.lower_ == "no" for d in o.children) for o in objs)


# Verbs (and nouns) that break a measure in force: what they take already exists (NA).
_BREAKING = frozenset(
    {"break", "violate", "breach", "flout", "defy", "contravene", "evade", "circumvent",
     "bust", "dodge", "skirt", "infringe", "violation", "evasion", "circumvention",
     "infringement", "contravention", "defiance"}
)  # fmt: skip


# Measures in force that a question may be about ("whether the ban applies"); a planned act
# asked about ("whether the visit will take place") stays the act, possible.
_MEASURES = frozenset(
    {"sanction", "ban", "embargo", "closure", "restriction", "tariff", "blockade", "boycott",
     "freeze", "quota", "moratorium", "suspension", "measure", "curb", "levy", "duty"}
)  # fmt: skip


def broken_measure(tok: Token) -> bool:
    """An event noun a verb or noun of breaking takes: "broke Kenyan sanctions on Uganda",
    "in breach of the embargo", "the ban was violated" (see the module doc); or the subject of
    an embedded question ("unclear whether the Kenyan sanctions on Uganda apply to fuel",
    "asked whether Togo's border closure was temporary"): a measure already there, asked
    about."""
    if tok.pos_ != "NOUN":
        return False
    head = tok.head
    if tok.lemma_.lower() in _MEASURES and any(  # ("whether" misparsed onto the noun itself)
        c.dep_ == "mark" and c.lower_ == "whether" for c in tok.children
    ):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in _MEASURES:
        return any(c.dep_ == "mark" and c.lower_ == "whether" for c in head.children)
    if tok.dep_ == "pobj" and head.lower_ == "of":
        head = head.head  # "in breach of the embargo", "a violation of the ban"
    elif tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    return head.i != tok.i and head.lemma_.lower() in _BREAKING


__all__ = ["broken_measure", "denied_object", "weighed"]
