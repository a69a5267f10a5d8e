"""Each sentence's words as sets of strings, read once from the parse's arrays.

Many rule stages look for a handful of words ("must", "according", "by", a raising verb) and
walked every token of every sentence to find none; a stage tests its words against these sets
first (``sentence_words``: forms and lemmas; ``sentence_forms``: forms only) and walks the
tokens only when one of them is there. Forms, lemmas and lexical marks (``number_marks``) are
not repaired (the parse repairs move heads and labels), so what is read once stays true for
the paragraph's run; the one repair that re-reads lemmas (an inverted condition parsed again)
calls ``forget``. Kept on the parse (``Doc.user_data``): it lives and dies with it.
"""

from __future__ import annotations

from collections.abc import Collection, Container
from functools import cache
from typing import TYPE_CHECKING

# At run time: a class compiled by mypyc reads its fields' types (scripts/compile_rules.py).
from spacy.strings import StringStore

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_KEY = "realpolitik.sentence_words"
# (by name: no spaCy import before a parse; their ids, read at the first parse, spare
# ``to_array`` a look-up of each name per call)
_ATTRS: list[int | str] = ["LOWER", "LEMMA", "LIKE_NUM", "ENT_TYPE", "IDX", "TAG"]
_ATTR_IDS: list[int | str] = []
_MAX_STRINGS = 500_000  # strings kept by hash before the cache starts over (some 50 MB)


class _LowerStrings(dict[int, str]):
    """Lowercased string by hash, for forms and lemmas alike (a form's is its own). A string's
    hash is a function of the string, so one cache serves every vocabulary; a miss asks the
    vocabulary of the parse at hand."""

    strings: StringStore | None = None

    def __missing__(self, key: int) -> str:
        assert self.strings is not None
        if len(self) >= _MAX_STRINGS:
            self.clear()
        value = self[key] = self.strings[key].lower()
        return value


_LOWER = _LowerStrings()


class _DocWords:
    """One parse's columns by token (lowercased form, lowercased lemma, like a number, entity
    type, character offset, fine tag by hash), as Python lists (numpy's per-call cost exceeds the work on a
    sentence), and each sentence's sets of words. Forms and lemmas are lowercased once per
    parse, so a sentence's sets and a look for a few words are slices, not a lookup per token
    per question."""

    __slots__ = (
        "forms", "lemmas", "like_num", "ent_type", "idx", "tags", "sets", "all_forms", "memo",
        "text", "offset", "by_tag", "all_lemmas", "deps",
    )  # fmt: skip

    def __init__(self, doc: Doc) -> None:
        if not _ATTR_IDS:
            from spacy.attrs import IDS

            _ATTR_IDS.extend(IDS[str(a)] for a in _ATTRS)
        columns = doc.to_array(_ATTR_IDS).T.tolist()
        _LOWER.strings = doc.vocab.strings
        lower = _LOWER.__getitem__  # (mapped in C; only a string not seen before runs Python)
        self.forms: list[str] = list(map(lower, columns[0]))
        self.lemmas: list[str] = list(map(lower, columns[1]))
        self.like_num, self.ent_type = columns[2], columns[3]
        self.idx: list[int] = columns[4]
        self.tags: list[int] = columns[5]
        self.sets: dict[tuple[int, int], tuple[frozenset[str], frozenset[str]]] = {}
        self.all_forms: frozenset[str] | None = None
        self.all_lemmas: frozenset[str] | None = None
        self.memo: dict[str, dict[tuple[int, int], frozenset[int]]] = {}
        self.text: str | None = None  # the text the parse read, from ``offset`` on
        self.offset = 0
        self.by_tag: dict[tuple[int, int], dict[int, list[int]]] = {}
        # each sentence's labels by id, as they stand: dropped by every write of a head or a
        # label (``moved``), which goes through ``_tree_rewrites.relabel`` or ``_write_tree``
        self.deps: dict[tuple[int, int], list[int]] = {}

    def tag_index(self, lo: int, hi: int) -> dict[int, list[int]]:
        """The indices of ``doc[lo:hi]``'s tokens by fine tag's hash, in order: read once per
        sentence, for the repairs that each look for a tag or two (some 11 per sentence)."""
        got = self.by_tag.get((lo, hi))
        if got is None:
            got = self.by_tag[lo, hi] = {}
            for i, t in enumerate(self.tags[lo:hi], lo):
                got.setdefault(t, []).append(i)
        return got

    def read(self, lo: int, hi: int) -> tuple[frozenset[str], frozenset[str]]:
        forms = frozenset(self.forms[lo:hi])
        got = self.sets[lo, hi] = (forms, forms.union(self.lemmas[lo:hi]))
        return got


def _words(sent: Span) -> _DocWords:
    return _doc_words(sent.doc)


# The parse asked about last and its words: the stages ask some 200,000 times per 30,000
# words, nearly always of the paragraph at hand, and ``Doc.user_data`` is a property call and
# a dictionary look-up each time. (A tuple, replaced whole: a reader never sees half of it. It
# keeps one parse alive until the next is asked about.)
_LAST: tuple[Doc | None, _DocWords | None] = (None, None)


def _doc_words(doc: Doc) -> _DocWords:
    global _LAST
    last = _LAST
    if last[0] is doc:
        assert last[1] is not None
        return last[1]
    words: _DocWords | None = doc.user_data.get(_KEY)
    if words is None:
        words = doc.user_data[_KEY] = _DocWords(doc)
    _LAST = (doc, words)
    return words


def any_form(doc: Doc, lo: int, hi: int, words: Container[str]) -> bool:
    """Whether a token of ``doc[lo:hi]`` (clipped to the document) has its lowercased form
    (``t.lower_``) in ``words``: a look at a window without a Token per word."""
    return any(w in words for w in _doc_words(doc).forms[max(lo, 0) : max(hi, 0)])


def doc_forms(doc: Doc) -> frozenset[str]:
    """Every lowercased form (``t.lower_``) of ``doc``'s tokens: no token of the parse, a
    child of any other included, has a form outside it."""
    last = _LAST
    words = last[1] if last[0] is doc else _doc_words(doc)
    assert words is not None
    if words.all_forms is None:
        words.all_forms = frozenset(words.forms)
    return words.all_forms


def doc_lemmas(doc: Doc) -> frozenset[str]:
    """Every lowercased lemma (``t.lemma_.lower()``) of ``doc``'s tokens, as they stand (a
    repair that changes a lemma calls ``forget``): a stage whose every answer needs a token of
    some lemma returns at once where the parse has none."""
    words = _doc_words(doc)
    if words.all_lemmas is None:
        words.all_lemmas = frozenset(words.lemmas)
    return words.all_lemmas


def token_starts(doc: Doc) -> list[int]:
    """Each token's first character in the parse's text (``t.idx``), in order: the column read
    once per parse, shared (read it, never change it)."""
    return _doc_words(doc).idx


def token_lowers(doc: Doc) -> list[str]:
    """Each token's lowercased form (``t.lower_``), in order: the column read once per parse,
    shared (read it, never change it)."""
    return _doc_words(doc).forms


# How many times ``forget`` has run: a caller that holds a sentence's sets across calls that may
# repair the parse (``repair_parse``) reads them again only when this moved (``forgotten``).
_FORGOTTEN = 0


def forgotten() -> int:
    """How many times :func:`forget` has run (in this process): while it stays the same, the
    sets read of every parse stand."""
    return _FORGOTTEN


def forget(doc: Doc) -> None:
    """Drop what was read of ``doc``, kept sentence facts included (``sentence_facts``): a
    repair changed its lemmas or tags; the next question reads it again."""
    global _LAST, _FORGOTTEN
    _FORGOTTEN += 1
    doc.user_data.pop(_KEY, None)
    if _LAST[0] is doc:
        _LAST = (None, None)


def moved(doc: Doc) -> None:
    """Drop the labels kept of ``doc``'s sentences (``sentence_deps``): a repair moved a word or
    relabelled one. Called by the only writes of heads and labels (``_tree_rewrites``)."""
    words: _DocWords | None = doc.user_data.get(_KEY)
    if words is not None and words.deps:
        words.deps = {}


def remember_text(doc: Doc, text: str, offset: int) -> None:
    """Tell the words of ``doc`` that the parse read ``text`` from ``offset`` on (the caller's
    document text, not a copy): :func:`span_text` cuts from it instead of reading ``Doc.text``,
    which joins every token of the parse."""
    words = _doc_words(doc)
    words.text, words.offset = text, offset


def span_text(span: Span) -> str:
    """``span.text``, cut from the parse's text (``Span.text`` builds a Token for every word of
    the span and joins their texts on each call; a token's trailing whitespace is one space or
    none, so the span's characters are its text). The text is the one :func:`remember_text`
    gave, else ``Doc.text`` read once."""
    words = _words(span)
    if words.text is None:
        words.text, words.offset = span.doc.text, 0
    at = words.offset
    return words.text[at + span.start_char : at + span.end_char]


def sentence_text(sent: Span) -> str:
    """``sent.text`` (:func:`span_text`)."""
    return span_text(sent)


def sentence_facts(doc: Doc, key: str) -> dict[tuple[int, int], frozenset[int]]:
    """Token sets a stage derives from a sentence's words and tags, by (start, end) of the
    sentence, kept under ``key`` with the words read of ``doc``, so that ``forget`` drops them
    with those words (a stage that reads a sentence several times derives them once)."""
    return _doc_words(doc).memo.setdefault(key, {})


def sentence_lemmas(sent: Span) -> list[str]:
    """Each token's lowercased lemma (``t.lemma_.lower()``), in order, without a Token per word."""
    return _words(sent).lemmas[sent.start : sent.end]


def tokens_with_lemma(sent: Span, lemmas: Container[str]) -> list[Token]:
    """The tokens of ``sent`` whose lowercased lemma is one of ``lemmas``, in order."""
    words, doc, lo = _words(sent), sent.doc, sent.start
    return [doc[i] for i, w in enumerate(words.lemmas[lo : sent.end], lo) if w in lemmas]


def tokens_with_form(sent: Span, forms: Container[str]) -> list[Token]:
    """The tokens of ``sent`` whose lowercased form (``t.lower_``) is one of ``forms``, in
    order."""
    words, doc, lo = _words(sent), sent.doc, sent.start
    return [doc[i] for i, w in enumerate(words.forms[lo : sent.end], lo) if w in forms]


def tokens_after_form(sent: Span, forms: Container[str]) -> list[Token]:
    """The tokens of ``sent`` right after a token (of the document: the sentence's first token
    too) whose lowercased form is one of ``forms``, in order: "the verb after an 'and'"."""
    words, doc, lo = _words(sent), sent.doc, max(sent.start, 1)
    return [doc[i] for i, w in enumerate(words.forms[lo - 1 : sent.end - 1], lo) if w in forms]


def tokens_starting_in(sent: Span, lo: int, hi: int) -> list[Token]:
    """The tokens of ``sent`` whose first character (``t.idx``) lies in ``[lo, hi)`` of the
    document's text, in order."""
    words, doc, start = _words(sent), sent.doc, sent.start
    return [doc[i] for i, x in enumerate(words.idx[start : sent.end], start) if lo <= x < hi]


@cache
def tag_hashes(*tags: str) -> frozenset[int]:
    """The hashes of fine tags (``t.tag``), as :func:`tagged` compares them (a string's hash is
    a function of the string alone: computed once, by name, and no spaCy import before)."""
    from spacy.strings import get_string_id

    return frozenset(get_string_id(t) for t in tags)


def tagged(sent: Span, tags: Collection[int], stop: int = 0) -> list[int]:
    """The indices of the tokens of ``sent`` (less its last ``stop``) whose fine tag's hash
    (:func:`tag_hashes`) is one of ``tags``, in order: a look for a tag without a Token per
    word (nor a pass over the sentence's tags per look: the sentence's index by tag)."""
    hi, lo, doc = sent.end, sent.start, sent.doc
    last = _LAST
    words = last[1] if last[0] is doc else _doc_words(doc)
    assert words is not None
    index = words.by_tag.get((lo, hi)) or words.tag_index(lo, hi)
    got: list[int] = []
    runs = 0
    for t in tags:
        at = index.get(t)
        if at is not None:
            got += at
            runs += 1
    if runs > 1:
        got.sort()  # (a token has one tag: the runs never share an index)
    end = hi - stop
    if stop and got and got[-1] >= end:
        got = [i for i in got if i < end]
    return got


_DEP: list[int] = []  # (the attribute id of DEP, read at the first call: no spaCy import)


def sentence_deps(sent: Span) -> list[int]:
    """Each token's dependency label's id (``t.dep``; ``_dependents.label_ids``), in order,
    without a Token per word (shared: read it, never change it). Read off the parse's array
    once and kept until a repair moves a head or a label (``moved``; ``forget``). A read costs
    about what 15 Tokens with their labels do: worth it in place of a walk over every token,
    not to sift a few tagged candidates."""
    doc = sent.doc
    last = _LAST
    words = last[1] if last[0] is doc else _doc_words(doc)
    assert words is not None
    key = (sent.start, sent.end)
    deps = words.deps.get(key)
    if deps is None:
        if not _DEP:
            from spacy.attrs import DEP

            _DEP.append(DEP)
        deps = words.deps[key] = doc.to_array(_DEP[0])[sent.start : sent.end].tolist()
    return deps


def labelled(sent: Span, labels: Container[int]) -> list[int]:
    """The indices of the tokens of ``sent`` whose dependency label's id is one of ``labels``,
    in order (read now: ``sentence_deps``): a look for a rare label without a Token per word."""
    return [i for i, d in enumerate(sentence_deps(sent), sent.start) if d in labels]


def sentence_lowers(sent: Span) -> list[str]:
    """Each token's lowercased form (``t.lower_``), in order, without a Token per word."""
    return _words(sent).forms[sent.start : sent.end]


def number_marks(sent: Span) -> tuple[bool, bool]:
    """Whether some token of ``sent`` is like a number (``t.like_num``), and whether some token
    has an entity type at all (``t.ent_type``)."""
    words, lo, hi = _words(sent), sent.start, sent.end
    return any(words.like_num[lo:hi]), any(words.ent_type[lo:hi])


def _sets(sent: Span) -> tuple[frozenset[str], frozenset[str]]:
    """(forms, forms and lemmas) of ``sent``, read on first use. (The gates of the stages ask
    some 60,000 times per 30,000 words: the last parse's words are looked up here, not through
    ``_doc_words``, and the callers below call no other function.)"""
    doc = sent.doc
    last = _LAST
    words = last[1] if last[0] is doc else _doc_words(doc)
    assert words is not None
    key = (sent.start, sent.end)
    got = words.sets.get(key)
    return words.read(*key) if got is None else got


def sentence_words(sent: Span) -> frozenset[str]:
    """Every lowercased form and lowercased lemma of ``sent``'s tokens (``t.lower_`` and
    ``t.lemma_.lower()``)."""
    return _sets(sent)[1]


def sentence_forms(sent: Span) -> frozenset[str]:
    """Every lowercased form of ``sent``'s tokens (``t.lower_``)."""
    return _sets(sent)[0]


def has_any(sent: Span, words: frozenset[str]) -> bool:
    """Whether one of ``words`` is a form or a lemma (lowercased) in ``sent``."""
    return not words.isdisjoint(_sets(sent)[1])
