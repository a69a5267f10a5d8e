"""Whether a lexicon row's conditions hold at a token: its particle, preposition, object and
form, a negation (`neg`), a subject of two parties (`pair`), a complement clause, and word
sequences after the trigger in its own phrase (`after=`) or just before it (`before=`), read
once per token however many rows test them. Split from :mod:`realpolitik.extract._triggers`,
whose :func:`find_triggers` asks :func:`_matches`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._double_negatives import ceased_elsewhere
from realpolitik.extract._lexicon import Trigger
from realpolitik.extract._pos import NOMINAL, VERBAL
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.factuality import NEGATORS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class _SentenceWords:
    """Every form and lemma of a sentence, computed on first use: a cheap first test before a
    trigger's phrase is walked for an `after=` or `before=` condition."""

    __slots__ = ("_vocab", "sent")

    def __init__(self, sent: Span) -> None:
        self.sent = sent
        self._vocab: frozenset[str] | None = None

    def vocab(self) -> frozenset[str]:
        if self._vocab is None:
            self._vocab = sentence_words(self.sent)
        return self._vocab


class _Words:
    """The words of a trigger's phrase and of the tokens before it, as (form, lemma) strings,
    computed once per token however many rows test them (a lemma may have dozens)."""

    __slots__ = ("_after", "_before", "sentence", "tok")

    def __init__(self, tok: Token, sentence: _SentenceWords) -> None:
        self.tok = tok
        self.sentence = sentence
        self._after: tuple[list[tuple[str, str]], set[str]] | None = None
        self._before: tuple[list[tuple[str, str]], set[str]] | None = None

    def possible(self, alternatives: tuple[tuple[str, ...], ...]) -> bool:
        """Whether some word sequence could occur at all: all its words are in the sentence
        (the phrase is walked only then; "say" heads long reported clauses)."""
        return any(map(self.sentence.vocab().issuperset, alternatives))  # (no frame per test)

    def after(self) -> tuple[list[tuple[str, str]], set[str]]:
        if self._after is None:
            self._after = _strings(phrase_after(self.tok))
        return self._after

    def before(self) -> tuple[list[tuple[str, str]], set[str]]:
        if self._before is None:
            tok = self.tok
            lo = max(tok.sent.start, tok.i - BEFORE_WINDOW)
            # the verb this one is joined to, however far ("arrived in Mexico City late on
            # Sunday and was welcomed by ...": the arrival before the welcome)
            head = [tok.head] if tok.dep_ == "conj" and tok.head.i < lo else []
            near = [x for x in tok.doc[lo : tok.i] if not _other_relative(x, tok)]
            self._before = _strings(head + near)
        return self._before


def _other_relative(x: Token, tok: Token) -> bool:
    """Whether `x` sits in a relative clause that `tok` is outside of: "Greece, which sent troops
    to Y, left the chamber" (the troops are no word before "left" in its own phrase)."""
    for _ in range(len(x.sent)):
        if x.i == tok.i or x.head.i == x.i:
            return False
        if x.dep_ == "relcl":
            return not (x.left_edge.i <= tok.i <= x.right_edge.i)
        x = x.head
    return False


def _strings(toks: list[Token]) -> tuple[list[tuple[str, str]], set[str]]:
    pairs = [(x.lower_, x.lemma_.lower()) for x in toks]
    return pairs, {w for pair in pairs for w in pair}


def _matches(
    t: Trigger, tok: Token, prts: set[str], preps: set[str], objs: set[str], words: _Words
) -> bool:
    if t.prt and not (t.prt & prts):
        return False
    if t.prep and not (t.prep & preps):
        return False
    if t.obj and not (t.obj & objs):
        return False
    if t.form and tok.lower_ not in t.form:
        return False
    if t.neg and not negated(tok):
        return False
    if t.neg and t.cameo[:2] == _REFUSAL and (pending(tok) or undertaking_negated(tok)):
        return False  # "has not yet accepted": still open, the act negated, no refusal
    if t.pair and not pair_subject(tok):
        return False
    if t.clause and not any(c.dep_ == "ccomp" for c in tok.children):
        return False
    if t.after and not (words.possible(t.after) and _any_sequence(t.after, *words.after())):
        return False
    if t.after and ceased_elsewhere(tok, t.after):
        return False  # "stopped accusing Y of shelling", "has not stopped shelling Y"
    if t.before and not words.possible(t.before):
        return False
    return not t.before or _any_sequence(t.before, *words.before())


BEFORE_WINDOW = 8  # tokens before a trigger that a `before=` condition looks at
# Dependents that start a clause of their own: their words are not the trigger's phrase.
_OWN_CLAUSE = frozenset({"advcl", "relcl", "parataxis", "conj", "csubj"})


def phrase_after(tok: Token) -> list[Token]:
    """The words after a trigger inside its own phrase (the `after=` condition's scope): its
    objects, particles, prepositional phrases, infinitives and complement clauses, not the
    adverbial, relative or coordinated clauses around it ("restored ties, killing two" has no
    killing in the phrase of "restored")."""
    out: list[Token] = []
    stack = [
        c for c in tok.children if c.i > tok.i and (c.dep_ not in _OWN_CLAUSE or _predicate_noun(c))
    ]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" or c.dep_ not in _OWN_CLAUSE)
    return sorted(out, key=lambda x: x.i)


def _predicate_noun(c: Token) -> bool:
    """ "held 30 sailors hostage", "took the guards captive": the parser hangs the object's
    predicate noun as an adverbial clause of its own (often tagged a bare verb); one with no
    subject, auxiliary, marker or object of its own and no inflected verb form is still the
    trigger's phrase (practice12, HO)."""
    return (
        c.dep_ == "advcl"
        and c.tag_ in _BARE_TAGS
        and not any(g.dep_ in _CLAUSE_MARKS for g in c.children)
    )


_BARE_TAGS = frozenset({"NN", "NNS", "VB", "VBP"})
_CLAUSE_MARKS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "mark", "cop", "dobj"})
_PAIR_WORDS = frozenset({"two", "both"})


def pair_subject(tok: Token) -> bool:
    """ "A and B agreed", "the two countries agreed", "both sides agreed": a subject of two or
    more parties (the `pair` condition), on the trigger or the verb it depends on. For an event
    noun, the doers of the verb that carries it: "French and Egyptian warships launched war
    games", "the drills were staged by U.S. and Jordanian forces"."""
    if tok.pos in NOMINAL:
        return any(_plural_party(d) for d in _noun_doers(tok))
    for head in (tok, tok.head) if tok.dep_ in ("xcomp", "conj") else (tok,):
        for c in head.children:
            if c.dep_ == "nsubj" and _plural_party(c):
                return True
    return False


def _noun_doers(noun: Token) -> list[Token]:
    """Subjects (or "by" agents) of the verb an event noun hangs on, a few arcs up."""
    tok = noun
    for _ in range(4):
        if tok.pos in VERBAL and tok is not noun:
            break
        if tok.head.i == tok.i or tok.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "attr"):
            return []
        tok = tok.head
    else:
        return []
    for _ in range(3):  # "A and B agreed to hold drills": the controlling verb's subject
        out = [c for c in tok.children if c.dep_ == "nsubj"]
        for c in tok.children:
            if c.dep_ == "agent":
                out += [p for p in c.children if p.dep_ == "pobj"]
        if out or tok.dep_ not in ("xcomp", "conj") or tok.head.i == tok.i:
            return out
        tok = tok.head
    return []


def _plural_party(np: Token) -> bool:
    """A noun phrase of two or more parties: conjoined heads or modifiers ("A and B", "French
    and Egyptian warships", "the armies of A and B"), "two"/"both"."""
    if np.lower_ == "both" or any(g.lower_ in _PAIR_WORDS for g in np.children):
        return True
    stack = [np]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj":
                return True
            if c.dep_ in ("amod", "compound", "prep", "pobj", "nmod", "poss"):
                stack.append(c)
    return False


def _any_sequence(
    alternatives: tuple[tuple[str, ...], ...], words: list[tuple[str, str]], vocab: set[str]
) -> bool:
    """One of the word sequences occurs in ``words`` in order (gaps allowed), by form or lemma."""
    for seq in alternatives:
        if not all(w in vocab for w in seq):
            continue
        k = 0
        for form, lemma in words:
            w = seq[k]
            if form == w or lemma == w:
                k += 1
                if k == len(seq):
                    return True
    return False


_REFUSAL = "12"
_YET = "yet"
# Governors whose negation is their own: "had not agreed to accept migrants" is an agreement
# not made (the intent, negated), no refusal of the act read from "not" (lexicon66).
_UNDERTAKING = frozenset({"agree", "promise", "pledge", "commit", "vow", "undertake", "offer"})


def undertaking_negated(tok: Token) -> bool:
    """The negation a `neg` row would read is only on an agreement or a promise governing
    the trigger's infinitive ("has not agreed to accept", "did not promise to accept")."""
    if tok.dep_ != "xcomp" or tok.head.lemma_.lower() not in _UNDERTAKING:
        return False
    return not any(c.dep_ == "neg" for c in tok.children)


def pending(tok: Token) -> bool:
    """ "has not yet accepted", "did not accept it yet": a negation with "yet" leaves the act
    open (clauses41, fresh29's F). A `neg` row that reads the negated act as a refusal (12x:
    "did not accept the decision") does not apply; the act stays itself, negated."""
    for head in (tok, tok.head) if tok.dep_ == "xcomp" else (tok,):
        if any(c.lower_ == _YET and c.dep_ in ("advmod", "cc") for c in head.children):
            return True
    return False


def negated(tok: Token) -> bool:
    """ "did not cut", "will never attend": a negation on the trigger (or, for an infinitive,
    on its governor: "did not agree to attend")."""
    for head in (tok, tok.head) if tok.dep_ == "xcomp" else (tok,):
        for c in head.children:
            if c.dep_ == "neg" or (c.lower_ in NEGATORS and c.dep_ in ("advmod", "preconj")):
                return True
    return False
