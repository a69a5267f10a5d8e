"""A document that speaks for the state that issued it (issue 9, names13: fresh5's class A).

"Peru ordered Mexico's ambassador to leave. The expulsion decree accused Mexico of meddling",
"Peru expelled the envoy. The order accused Mexico ...": the subject of a speech act is a
decree, an order or a communique, which is no actor; the one who speaks through it is the state
that issued it. Its possessor ("Peru's decree") is read by the common stages; this stage reads
the act the noun names, by its modifier ("the expulsion decree") or by itself ("the order"
after "ordered"), in an earlier sentence of the record, and takes that act's doer.

parties38 (practice5's DS): "Britain, Canada and Belgium issued a joint statement on Monday.
The statement urged Burundi's government to release ...": a statement, a letter or a
declaration that no earlier act names but that an earlier sentence has states issue
(release, publish, sign, send) speaks for those states, all of them for a joint text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site
from realpolitik.extract.parties.context_earlier import (
    ANAPHORIC_DETS,
    NOUN_ACTS,
    recent,
    same_word,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns of a text a government issues and that may speak ("the decree accused ...").
ISSUED_NOUNS = frozenset(
    {"decree", "order", "communique", "communiqué", "edict", "directive", "note", "notice",
     "memorandum", "proclamation", "ordinance"}
)  # fmt: skip
_NAME_DEPS = ("compound", "amod", "nmod")
# Acts done by decree: "Peru expelled the envoy. The order accused ..." (an order, a decree, a
# directive names the expulsion, ban or closure it enacted).
_DECREE_NOUNS = frozenset({"decree", "order", "edict", "directive", "proclamation", "ordinance"})
_DECREED = frozenset(
    {"order", "decree", "expel", "deport", "ban", "bar", "suspend", "close", "impose",
     "sanction", "recall", "declare", "revoke", "freeze"}
)  # fmt: skip


# Texts a state issues that are no act themselves ("issued a statement": no trigger), read by
# their issuing verb (parties38).
_TEXT_NOUNS = frozenset({"statement", "letter", "declaration"})
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "sign", "send", "put", "adopt"})


def _issued_subject(s: Site) -> Token | None:
    """The trigger verb's definite subject that is an issued text naming no actor."""
    if s.noun:
        return None
    subj = child(s.tok, "nsubj")
    if subj is None and s.tok.dep_ == "acl" and s.tok.head.dep_ == "ROOT":
        subj = s.tok.head  # ("The decree accused X ..." parsed as one noun phrase)
    if subj is None or subj.lemma_.lower() not in ISSUED_NOUNS | _TEXT_NOUNS:
        return None
    if not any(k.dep_ == "det" and k.lower_ in ANAPHORIC_DETS for k in subj.children):
        return None  # ("a decree", "Peru's decree": no earlier act, or named here)
    return subj


def _named_acts(noun: Token, acts: list[EarlierAct]) -> list[EarlierAct]:
    """The earlier acts ``noun`` names: by a modifier ("the expulsion decree": an expelling),
    else by its own word ("the order": an ordering, or an act done by order, an expelling)."""
    words = [k.lemma_.lower() for k in noun.children if k.dep_ in _NAME_DEPS and k.i < noun.i]
    for word in words:
        verbs = NOUN_ACTS.get(word)
        fit = [a for a in acts if (a.lemma in verbs if verbs else same_word(a.lemma, word))]
        if fit:
            return fit
    if words:
        return []  # ("the border decree": an act not named before)
    lemma = noun.lemma_.lower()
    if lemma in _DECREE_NOUNS:
        return [a for a in acts if a.lemma in _DECREED or same_word(a.lemma, lemma)]
    return [a for a in acts if same_word(a.lemma, lemma)]


def issuing_state(s: Site, c: Candidates) -> Candidates:
    """ "The expulsion decree accused Mexico of meddling": the doer of the earlier act the
    decree names speaks through it, when that act's latest doers are one state."""
    if c.sources:
        return c
    noun = _issued_subject(s)
    if noun is None or s.actors.resolve(noun):
        return c
    if noun.lemma_.lower() in _TEXT_NOUNS:  # (no act issued it: "issued a statement")
        issuers = _text_issuers(s, noun)
        return c.with_sources(issuers, 2) if issuers else c
    if not s.ctx.earlier:
        return c
    fit = [a for a in _named_acts(noun, recent(s)) if not a.background]
    if not fit:
        return c
    last = fit[-1].trigger
    doers = {a.source.code: a.source for a in fit if a.trigger == last}
    if len({r.country or r.code for r in doers.values()}) != 1:
        return c
    return c.with_sources([Arg(r, EARLIER, noun.i) for r in doers.values()], 2)


def _text_issuers(s: Site, noun: Token) -> list[Arg]:
    """The states that issued the text ``noun`` names again, in the latest earlier sentence of
    the parse that has a state subject issue a text of the same word ("issued a joint
    statement"); none where a subject names no state."""
    lemma = noun.lemma_.lower()
    for t in reversed(s.tok.doc[: s.ctx.sent.start]):
        if t.lemma_.lower() != lemma or t.dep_ != "dobj":
            continue
        verb = t.head
        if verb.lemma_.lower() not in _ISSUING_VERBS:
            continue
        subj = child(verb, "nsubj")
        if subj is None:
            return []
        heads = [subj]  # (and its conjuncts: "Britain, Canada and Belgium issued")
        for h in heads:
            heads += [k for k in h.children if k.dep_ == "conj"]
        found: dict[str, Arg] = {}
        for h in heads:
            for a in s.actors.resolve(h):
                if not a.ref.country or a.ref.code.startswith("---"):
                    return []
                found.setdefault(a.ref.code, Arg(a.ref, EARLIER, noun.i))
        return list(found.values())
    return []


__all__ = ["ISSUED_NOUNS", "issuing_state"]
