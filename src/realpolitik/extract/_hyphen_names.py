"""Parse repair for a hyphenated name that opens a sentence: "Al-Sisi telephoned Venezuela's
president", "Guinea-Bissau telephoned Peru's president" (issue 9, names18: hyphenated and
particle names split or parsed badly so the act loses its doer). The parser reads the name's
parts as modifiers of the next noun and the verb after the name as a participle of that noun
("[Al-Sisi telephoned] Venezuela's president": a noun phrase with no verb), so the sentence has
no act. When a sentence opens with a name joined by a hyphen, the word right after it is a past
form read as a modifier, and the sentence's root is a noun after that word, the past form is
the verb: the name its subject, the root noun its object, the root's later words its own.

parties42 widened it to a name behind a demonym or a title ("South Korean President Lee
Jae-myung hosted ...", "Former President Moon Jae-in met ...") or a blanked dateline, and to a
noun read as the subject of a later verb ("... hosted Chilean President NAME at the office, and
the two signed ...": the noun the object, the later verb a conjunct of the repaired one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, tag_hashes, tagged
from realpolitik.extract._tree_rewrites import _as_verb

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_NAME_TAGS = frozenset({"NNP", "NNPS", "HYPH"})
_HYPHEN_TAGS = tag_hashes("HYPH")
_PAST = frozenset({"VBN", "VBD"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "acl"})
# words a name may stand behind: a demonym or title ("South Korean President", "Former")
_LEADING_TAGS = frozenset({"JJ", "NNP", "NNPS"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_SHORTEST_NAME = 3  # "Al", "-", "Sisi"
_LONGEST_NAME = 8  # words of the longest opening name looked at ("Abdel Fattah al-Sisi")


def _joined_part(tok: Token) -> bool:
    """A lower-case word written onto a hyphen is the name's part ("Moon Jae-in", whose "in"
    the tagger reads as a particle), not a word of its own."""
    prev = tok.nbor(-1) if tok.i > 0 else None
    return prev is not None and prev.tag_ == "HYPH" and not prev.whitespace_ and tok.is_alpha


def name_word(tok: Token) -> bool:
    """A word of a proper name: a proper noun, or a lower-case part written onto a hyphen ("in"
    of "Moon Jae-in's", which the tagger reads as a common noun), so that a stage asking for a
    named owner or partner does not lose a leader whose name ends in such a part (parties28)."""
    return tok.pos_ == "PROPN" or _joined_part(tok)


def _opening_name(sent: Span) -> tuple[int, int] | None:
    """The first and last index of the hyphenated proper name that opens ``sent`` (behind a
    blanked dateline and capitalised modifiers: "South Korean President Lee Jae-myung").
    Precondition: a hyphen (tag HYPH) among its first words (the tags read once per parse)."""
    hyphens = tagged(sent, _HYPHEN_TAGS)
    doc = sent.doc
    start = sent.start
    while start < sent.end and doc[start].is_space:
        start += 1
    if not hyphens or hyphens[0] >= start + _LONGEST_NAME:
        return None
    end = start
    while end < min(sent.end, start + _LONGEST_NAME) and (
        doc[end].tag_ in _NAME_TAGS
        or _joined_part(doc[end])
        or (doc[end].tag_ in _LEADING_TAGS and doc[end].is_title)
    ):
        end += 1
    words = doc[start:end]
    if end - start < _SHORTEST_NAME or not any(t.tag_ == "HYPH" for t in words):
        return None
    if doc[end - 1].tag_ == "HYPH":
        return None
    return start, end - 1


def _past_form(tok: Token) -> bool:
    """A past form, also one the tagger reads as an adjective after a name ("el-Sisi hosted":
    JJ)."""
    return tok.tag_ in _PAST or (tok.tag_ == "JJ" and tok.lower_.endswith("ed"))


def _phrase_head(tok: Token) -> Token:
    """The noun a modifier chain hangs on ("hosted" -> "President" -> "Boric")."""
    head = tok.head
    while head.dep_ in ("compound", "amod") and head.head.i > head.i:
        head = head.head
    return head


def verb_after_hyphen_name(sent: Span) -> None:
    """ "Al-Sisi telephoned Venezuela's president": "telephoned" the verb, "Al-Sisi" its
    subject, "president" its object."""
    span = _opening_name(sent)
    if span is None or span[1] + 1 >= sent.end:
        return
    doc = sent.doc
    lo, hi = span
    verb: Token = doc[hi + 1]
    if not _past_form(verb) or verb.dep_ not in _MODIFIER_DEPS:
        return
    root = sent.root
    obj = root
    later: Token | None = None  # "and the two signed": a verb the noun was read to be subject of
    if root.pos_ not in _NOUNS:
        obj = _phrase_head(verb)
        if obj.dep_ != "nsubj" or obj.head != root or obj.pos_ not in _NOUNS:
            return
        later = root
    if obj.i <= verb.i:
        return
    name = doc[hi]
    heads, deps = tree_of(sent)
    for i in range(lo, hi):  # the name's own words hang on its last word
        if heads[i] not in range(lo, hi + 1):
            tag = doc[i].tag_
            heads[i], deps[i] = (
                hi,
                "punct" if tag == "HYPH" else "amod" if tag == "JJ" else "compound",
            )
    for i, h in heads.items():
        if h == obj.i and i > obj.i:
            heads[i] = verb.i  # "late on Sunday", the full stop: the verb's
    heads[verb.i], deps[verb.i] = verb.i, "ROOT"
    heads[name.i], deps[name.i] = verb.i, "nsubj"
    heads[obj.i], deps[obj.i] = verb.i, "dobj"
    if later is not None:
        heads[later.i], deps[later.i] = verb.i, "conj"
    _write_tree(sent, heads, deps)
    was_adjective = verb.tag_ == "JJ"
    verb.tag_ = "VBD"
    verb.pos_ = "VERB"
    if was_adjective:
        _as_verb(verb)  # "hosted" read as JJ kept its own form as lemma
    forget(doc)
