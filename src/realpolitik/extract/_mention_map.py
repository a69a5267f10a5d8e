"""The token map of a document's mentions: which spaCy token of the bound paragraph names whom.

The registry finds names by character offsets; ``MentionMap.bind`` ties them to the tokens of one
paragraph parse at a time, so that syntax can pick sources and targets, and keeps the indexes
coreference looks back through (``MentionChain``). Composition (``_composed_actors``) and
resolution with coreference (``_mentions.DocActors``) build on it.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from realpolitik.extract._lent_sums import misread_recipient
from realpolitik.extract._mention_chain import MentionChain
from realpolitik.extract._mention_parts import QUANT_HEADS, Mention
from realpolitik.extract._person_refs import office_person
from realpolitik.extract._referring import StoryPair
from realpolitik.extract._resolve_memo import ResolveMemo
from realpolitik.extract._tree import token_starts
from realpolitik.extract._words import CURRENCY_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Arcs by which a demonym names a currency ("Bahraini dinars").
_MONEY_DEPS = frozenset({"amod", "compound", "nmod"})


class MentionMap(ResolveMemo):
    """Mentions of one document, and the token map of one paragraph parse at a time."""

    def __init__(self, mentions: list[Mention], sectors: dict[str, str]) -> None:
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self._sectors = sectors
        self._tok: dict[int, Mention] = {}
        self._memo = {}  # (token, depth) -> what ``resolve`` answered in this sentence
        self._subjects: set[int] = set()  # starts of mentions that were grammatical subjects
        self._spans: list[tuple[int, int, Mention]] = []  # the bound parse's (i, j, mention)
        self._span_starts: list[int] = []  # their first tokens (in order: mentions are)
        self._offset = 0
        self._doc: Doc | None = None
        # Coreference looks back from each pronoun or "the country"; these indexes answer in
        # O(log n) what a scan over every earlier mention answered in O(n), so long documents
        # take time linear in their length.
        self._persons = MentionChain(
            [m for m in mentions if m.is_person or m.kind == "custom" or office_person(m)]
        )
        self._things = MentionChain([m for m in mentions if not m.is_person or m.kind == "custom"])
        self._states = MentionChain([m for m in mentions if m.is_state])
        self._people = MentionChain([m for m in mentions if m.is_person], key=lambda m: m.ref.code)
        self._placed = MentionChain(
            [m for m in mentions if m.ref.country], key=lambda m: m.ref.country
        )
        self.pair = StoryPair()  # who "the two countries" are (``_extract`` notes the acts)
        self.dateline: str | None = None  # the state the record is filed from (``_dateline``)
        # the countries the document names, read by ``_described.divided_half`` on its first
        # "the South" (kept here, not in a weak map: a class compiled by mypyc has no weakrefs)
        self.countries_named: frozenset[str | None] | None = None

    def bind(self, doc: Doc, offset: int) -> None:
        """Map the tokens of a paragraph parse (that starts at ``offset``) to mentions."""
        self._doc = doc
        self._offset = offset
        self._tok = {}
        self._spans = []
        self._span_starts = []
        self.forget()
        # the paragraph's length without building its text (``doc.text`` joins every token)
        end = offset + (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0)
        lo = bisect.bisect_left(self.starts, offset)
        if lo >= len(self.mentions) or self.mentions[lo].start >= end:
            return
        # token start offsets, for bisection instead of char_span (the parse's column, read
        # once for it and the sentences' word sets)
        starts = token_starts(doc)
        for m in self.mentions[lo:]:
            if m.start >= end:
                break
            i = bisect.bisect_right(starts, m.start - offset) - 1
            j = bisect.bisect_left(starts, m.end - offset)
            if i < 0 or j <= i:
                continue
            root = doc[i] if j == i + 1 else doc[i:j].root  # (most names are one token)
            if m.kind == "sector" and root.pos_ not in ("NOUN", "PROPN"):
                continue  # "the first official visit": an adjective, not an official
            if (
                root.dep_ in _MONEY_DEPS
                and root.head.lemma_.lower() in CURRENCY_NOUNS
                and not misread_recipient(root)  # "lent Laos 5 million dollars" (lo47)
            ):
                continue  # "5 million Bahraini dinars": the money's name, no actor
            for k in range(i, j):
                self._tok[k] = m
            self._spans.append((i, j, m))
            self._span_starts.append(i)
            if root.dep_ in ("nsubj", "nsubjpass") and not small_clause_subject(root):
                self._subjects.add(m.start)

    def note_subjects(self, lo: int, hi: int) -> None:
        """Read again which mentions on the tokens ``lo`` to ``hi`` (one sentence, just
        repaired) are subjects: ``bind`` read the paragraph's parse before any repair, so a
        subject a repair made ("After Brazil bombed X, ...", a fronted phrase's subject) was no
        antecedent a later "he" or "it" preferred, and one a repair unmade still was."""
        doc = self._doc
        if doc is None:
            return
        spans = self._spans
        k = bisect.bisect_left(self._span_starts, lo)
        for i, j, m in spans[k:]:
            if i > hi:
                break
            if j > hi + 1:
                continue
            root = doc[i] if j == i + 1 else doc[i:j].root
            if root.dep_ in ("nsubj", "nsubjpass") and not small_clause_subject(root):
                self._subjects.add(m.start)
            else:
                self._subjects.discard(m.start)

    def mention_of(self, tok: Token) -> Mention | None:
        return self._tok.get(tok.i)

    def starting_in(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start at a character in ``[lo, hi)`` of the document's text (a
        sentence's), in order: a bisection of the mentions, which are in order of their start,
        not a pass over every mention of the document."""
        starts = self.starts
        k = bisect.bisect_left(starts, lo)
        return self.mentions[k : bisect.bisect_left(starts, hi, k)]

    def named_between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions on the tokens ``lo`` to ``hi`` (both included) of the bound paragraph."""
        return [m for k, m in self._tok.items() if lo <= k <= hi]

    def spans_between(self, lo: int, hi: int) -> list[tuple[int, int, Mention]]:
        """(first token, token after, mention) of the mentions that start on the tokens ``lo``
        to ``hi`` (both included) of the bound paragraph, in order."""
        k = bisect.bisect_left(self._span_starts, lo)
        j = bisect.bisect_right(self._span_starts, hi, k)
        return self._spans[k:j]

    def is_thing(self, tok: Token) -> bool:
        """A noun that names no actor itself ("missiles", "exports"): an actor it resolves to
        comes from a modifier ("Chinese missiles") and is an owner or a maker, not the noun."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self._tok:
            return False
        lemma = tok.lemma_.lower()
        return lemma not in self._sectors and lemma not in QUANT_HEADS

    def doc_offset(self, tok: Token) -> int:
        return self._offset + tok.idx


# Verbs whose object a participle describes as wished or seen: "wants Y's officers stationed".
_WISHING = frozenset({"want", "like", "need", "prefer", "wish", "see"})


def small_clause_subject(root: Token) -> bool:
    """The subject of a participle with no auxiliary that a verb of wishing takes: "wants
    Ugandan officers stationed in Nairobi", "would like to see Y's troops withdrawn". It is what
    the wish is about, not a doer a later "it" or "he" takes up: "Kenya wants Ugandan officers
    stationed there, and it has hinted ..." is Kenya (clauses31, fresh19's K). The tagger may
    read the participle as a past tense ("would like Taiwanese officers posted": VBD, seeds38);
    with no auxiliary and no "that" it is the same small clause."""
    verb = root.head
    if verb.tag_ not in ("VBN", "VBD") or verb.i == root.i:
        return False
    if verb.dep_ not in ("ccomp", "xcomp", "oprd") or verb.head.lemma_.lower() not in _WISHING:
        return False
    return not any(c.dep_ in ("aux", "auxpass", "mark") for c in verb.children)
