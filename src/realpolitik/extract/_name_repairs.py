"""Parse repairs inside a named party's phrase: a name the parser splits into several subjects,
reads as a modal, or hangs on the next name as its modifier, so the clause loses a doer.
Called by :func:`realpolitik.extract._nlp.repair_parse`; each looks first for a proper-noun
tag in the columns read once per parse (``_tree``) and makes a Token only of a candidate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._dependents import label_ids
from realpolitik.extract._pos import PROPN
from realpolitik.extract._tree import forget, tag_hashes, tagged

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TENSED = frozenset({"VBD", "VBZ"})  # (a modal takes the bare verb)
_NAME_MODIFIERS = frozenset({"nmod", "compound"})
# (by id, as ``Token.dep`` gives them: tested before a name's head is read)
_MODIFIER_IDS = label_ids(tuple(_NAME_MODIFIERS))
_AUX = label_ids(("aux",))
_NSUBJ = label_ids(("nsubj",))
_SHORTEST_SPLIT = 2  # (subjects of one verb that make a split name)
_PROPER_TAGS = tag_hashes("NNP")
_MODAL_TAGS = tag_hashes("MD")


def name_as_modal(sent: Span) -> None:
    """ "Theresa May headed to Jerusalem", "X and Theresa May held talks": the parser may read
    a name that is also a modal ("May", "Will", "Can") as the verb's auxiliary, so the clause
    has no subject or loses a party. A word tagged as a proper noun but read as an auxiliary
    of a verb in the past or present tense (which no modal takes) ends its name: it takes the
    role the name's first part was given (the verb's subject when that part is its
    modifier). So is a capitalised modal that opens its sentence before such a verb ("May
    later criticized Chile": a leader's short form). Precondition: a modal is read only where
    it opens the sentence (elsewhere the test below skips it)."""
    doc = sent.doc
    modals = tagged(sent, _MODAL_TAGS, stop=1)
    opening = [sent.start] if modals and modals[0] == sent.start else []
    for i in opening + tagged(sent, _PROPER_TAGS, stop=1):
        word = doc[i]
        if word.dep not in _AUX:
            continue  # (most names: no head read)
        verb = word.head
        if verb.i <= i or verb.tag_ not in _TENSED:
            continue
        if word.tag_ == "MD" and not (word.is_title and i == sent.start):
            continue  # ("May later accused X": a short name opening its sentence, read as MD)
        heads, deps = tree_of(sent)
        first = doc[i - 1] if i > sent.start else None
        if first is not None and first.pos_ == "PROPN" and first.head.i not in (i, first.i):
            heads[i], deps[i] = first.head.i, first.dep_  # ("and Theresa May": a conjunct)
            heads[first.i], deps[first.i] = i, "compound"
        elif any(c.dep_ in _SUBJECTS for c in verb.children):
            continue
        else:
            deps[i] = "nsubj"
        _write_tree(sent, heads, deps)
        word.pos_, word.lemma_ = "PROPN", word.text
        forget(doc)  # (a lemma changed)
        return


# Roles the parser gives a split name's first word before the verb (clauses42): an object
# can stand before its verb only in a question or a fronting, which a run of names is not.
# (Not "npadvmod": "Monday Bashar al-Assad met ..." keeps its day.)
_FRONTED = frozenset({"dobj"})


def split_name(sent: Span) -> None:
    """ "Haider al-Abadi and Mohammed VI held talks": the parser may read the parts of a
    hyphenated name as several subjects of the verb, which has one. Proper nouns in an unbroken
    run, two or more of them subjects of one verb, are one name: its last word heads it and
    takes the subject's role, the others its compounds."""
    doc = sent.doc
    names = tagged(sent, tag_hashes("NNP"))
    if not any(b == a + 1 for a, b in zip(names, names[1:], strict=False)):
        return  # (a split name is a run of proper nouns: no Token read where none is)
    subjects: dict[int, list[int]] = {}
    for word in map(doc.__getitem__, names):
        if word.dep in _NSUBJ:
            subjects.setdefault(word.head.i, []).append(word.i)
    for verb, subj in subjects.items():
        if len(subj) < _SHORTEST_SPLIT:
            continue
        named = set(names)
        lo, hi = subj[0], subj[-1]
        if any(j not in named for j in range(lo, hi + 1)):
            continue
        while hi + 1 in named and doc[hi + 1].head.i in range(lo, hi + 1):
            hi += 1  # (the name's last word, hung on a part as an apposition)
        while lo - 1 in named and doc[lo - 1].head.i == verb and doc[lo - 1].dep_ in _FRONTED:
            lo -= 1  # ("Bashar al-Assad would not accept": "Bashar" read as a fronted object)
        heads, deps = tree_of(sent)
        for j in range(lo, hi):
            heads[j], deps[j] = hi, "compound"
        heads[hi], deps[hi] = verb, "nsubj"
        for t in sent:
            if lo <= heads[t.i] < hi and not lo <= t.i <= hi:
                heads[t.i] = hi  # ("and", a conjunct: hung on the name)
        _write_tree(sent, heads, deps)
        return


def name_as_modifier(sent: Span) -> None:
    """ "Keir Starmer and Emmanuel Macron met": the parser may hang the first of two conjoined
    names on the second as its modifier (with the "and" on it), so the first party has no role.
    A proper noun read as the modifier of a later proper noun, with a coordinating word after
    it of its own, is the first conjunct: it takes the second's role, the second its
    conjunct."""
    doc = sent.doc
    for i in tagged(sent, tag_hashes("NNP"), stop=1):
        word = doc[i]
        if word.dep not in _MODIFIER_IDS:
            continue  # (most names: no head read)
        other = word.head
        if other.i <= i + 1 or other.pos != PROPN:
            continue  # (right before the name it modifies: no room for the "and")
        cc = next((c for c in word.children if c.dep_ == "cc" and i < c.i < other.i), None)
        between: list[Token] = list(doc[cc.i + 1 : other.i]) if cc is not None else []
        # the second name's first words hang on the second, or on the first as its conjunct
        # ("Park Geun-hye and Michel Temer": "Michel" read as the conjunct of "hye")
        if cc is None or any(t.head.i != other.i and not _first_words(t, i) for t in between):
            continue
        heads, deps = tree_of(sent)
        heads[i], deps[i] = (i, "ROOT") if other.head.i == other.i else (other.head.i, other.dep_)
        heads[other.i], deps[other.i] = i, "conj"
        for t in between:
            heads[t.i], deps[t.i] = other.i, "compound"
        j = i - 1  # the first name's own words hung on the second ("Bashar al-Assad and ...")
        while j >= sent.start and heads[j] == other.i and doc[j].tag_ in _NAME_TAGS:
            heads[j], deps[j] = i, "compound"
            j -= 1
        _write_tree(sent, heads, deps)
        return


_NAME_TAGS = frozenset({"NNP", "HYPH"})


def _first_words(tok: Token, first: int) -> bool:
    """A proper noun the parser read as the conjunct of the first name: the second name's
    first word."""
    return tok.head.i == first and tok.dep_ == "conj" and tok.pos_ == "PROPN"


# Prepositions that are no stop words (a real preposition opening a sentence stays one).
_OPEN_PREPOSITIONS = frozenset(
    {"despite", "amid", "amidst", "following", "regarding", "concerning", "considering",
     "including", "excluding", "pending", "unlike", "via", "per", "versus", "notwithstanding",
     "toward", "towards", "amongst", "barring", "given", "like", "near", "beyond", "within"}
)  # fmt: skip


def first_name_as_preposition(sent: Span) -> None:
    """ "Barack Obama and Nawaz Sharif met": the tagger may read a first name that opens the
    sentence as a preposition, so the name is its object and the clause loses its subject. A
    capitalised word tagged as a preposition at the sentence's start, no preposition of the
    language, whose object is the proper noun right after it, is that name's first word: the
    name is the subject of the verb (a later subject its conjunct)."""
    doc = sent.doc
    word = doc[sent.start]
    if word.tag_ != "IN" or not word.is_title or word.is_stop:
        return
    if word.lower_ in _OPEN_PREPOSITIONS or sent.end - sent.start < _SHORTEST_SPLIT + 1:
        return
    name = doc[sent.start + 1]
    if name.head.i != word.i or name.dep_ != "pobj" or name.pos_ != "PROPN":
        return
    verb: Token | None = None
    if word.dep_ in ("prep", "nsubj") and word.head.pos_ in ("VERB", "AUX"):
        verb = word.head  # ("Barack Obama and Angela Merkel held talks": the "preposition"
        # itself may be read as the subject)
    elif word.dep_ == "ROOT":
        verb = next((c for c in word.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if verb is None:
        return
    heads, deps = tree_of(sent)
    heads[word.i], deps[word.i] = name.i, "compound"
    heads[name.i], deps[name.i] = verb.i, "nsubj"
    if word.dep_ == "ROOT":
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    for t in sent:
        if t.i in (word.i, name.i) or heads[t.i] != word.i:
            continue
        heads[t.i] = name.i if t.dep_ == "cc" else verb.i  # ("and": the name's conjunction)
    other = next((c for c in verb.children if c.dep_ == "nsubj" and name.i < c.i < verb.i), None)
    if other is not None:
        heads[other.i], deps[other.i] = name.i, "conj"
    _write_tree(sent, heads, deps)
    word.pos_, word.tag_ = "PROPN", "NNP"
    forget(doc)  # (a tag changed)
