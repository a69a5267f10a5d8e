"""Speed work of round 35 that must not change behaviour: the repair table read by word
(``_repair_table.RepairIndex``, ``_word_bits.WordBits``) opens the rows that testing every
row's groups opens, and the rows given groups this round never keep their repair from a
sentence it changes (``repair_parse`` with the groups gives the parse it gives with every
repair called on every sentence)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from spacy.tokens import Doc

from realpolitik.extract import _nlp
from realpolitik.extract._repair_table import REPAIRS, RepairIndex, repair_index
from realpolitik.extract._word_bits import WordBits

# Sentences where the repairs given groups this round act, with several states each: a trailing
# condition ("should / were Y V"), a trailing relative (", a plan X has rejected") and a
# preposition said again ("on A and on B").
_TEXTS = (
    ("trailing_condition", "Prices in Chile would rise sharply should Mexico fire rockets into Peru."),
    ("trailing_condition", "Lome would protest were Ghana to cut gas supplies to Togo."),
    ("trailing_relative", "Moscow went ahead with the pipeline, a plan Caracas has repeatedly rejected."),
    ("trailing_relative", "Turkey pressed on with the dam, a project Baghdad has long opposed."),
    ("repeated_prepositions", "Washington imposed tariffs on Canada and on Mexico."),
    ("repeated_prepositions", "Brussels imposed sanctions against Senegal and against Guinea."),
    ("repeated_prepositions", "Quito expelled diplomats from Peru and from Bolivia."),
)  # fmt: skip


def _tree(doc: Any) -> list[tuple[int, str, str, str, str]]:
    return [(t.head.i, t.dep_, t.tag_, t.pos_, t.lemma_) for t in doc]


def _repaired(make: Any, table: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(_nlp, "REPAIRS", table)
    doc = make()
    for sent in doc.sents:
        _nlp.repair_parse(sent)
    monkeypatch.setattr(_nlp, "REPAIRS", REPAIRS)
    return doc


def _check_gate(name: str, make: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The repair acts in the sentence (the table without it gives another parse), and the
    table with its groups gives the parse of the table with every row ungated."""
    every = tuple((repair, ()) for repair, _ in REPAIRS)
    without = tuple(row for row in REPAIRS if row[0].__name__ != name)
    assert len(without) == len(REPAIRS) - 1
    want = _tree(_repaired(make, every, monkeypatch))
    assert _tree(_repaired(make, without, monkeypatch)) != want, name
    assert _tree(_repaired(make, REPAIRS, monkeypatch)) == want, name


@pytest.mark.parametrize(("name", "text"), _TEXTS)
def test_the_new_groups_never_keep_a_repair_from_a_sentence_it_changes(
    name: str, text: str, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert next(needs for repair, needs in REPAIRS if repair.__name__ == name)  # (it has groups)
    _check_gate(name, lambda: nlp(text), monkeypatch)


# "Police deported four men wanted for robbery, handing them to officers" with the participle
# hung on the men's modifier: (word, head, label, tag, part of speech, lemma) of each token.
_MISREAD = (
    ("Police", 1, "nsubj", "NNS", "NOUN", "police"),
    ("deported", 1, "ROOT", "VBD", "VERB", "deport"),
    ("four", 3, "nummod", "CD", "NUM", "four"),
    ("men", 1, "dobj", "NNS", "NOUN", "man"),
    ("wanted", 3, "acl", "VBN", "VERB", "want"),
    ("for", 4, "prep", "IN", "ADP", "for"),
    ("robbery", 5, "pobj", "NN", "NOUN", "robbery"),
    (",", 8, "punct", ",", "PUNCT", ","),
    ("handing", 4, "advcl", "VBG", "VERB", "hand"),
    ("them", 8, "dobj", "PRP", "PRON", "they"),
    ("to", 8, "prep", "IN", "ADP", "to"),
    ("officers", 10, "pobj", "NNS", "NOUN", "officer"),
    (".", 1, "punct", ".", "PUNCT", "."),
)


def test_a_trailing_participle_s_group_opens_where_it_acts(
    nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Police deported four men wanted for robbery, handing them to officers", parsed with the
    participle on the men's modifier (the reading ``participle_after_modifier`` repairs; the
    model at hand reads these sentences right, so the parse is given)."""
    words, heads, deps, tags, pos, lemmas = (list(column) for column in zip(*_MISREAD, strict=True))

    def make() -> Doc:
        return Doc(
            nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas
        )

    _check_gate("participle_after_modifier", make, monkeypatch)


def _rows_by_test(table: Any, words: frozenset[str]) -> tuple[int, ...]:
    return tuple(
        k for k, (_, needs) in enumerate(table) if all(not g.isdisjoint(words) for g in needs)
    )


def test_the_index_opens_the_rows_every_group_opens() -> None:
    index = repair_index(REPAIRS)
    assert repair_index(REPAIRS) is index and index.repairs == tuple(r for r, _ in REPAIRS)
    vocabulary = sorted({w for _, needs in REPAIRS for g in needs for w in g})
    rng = random.Random(33)
    opened = set()
    for n in range(400):
        words = frozenset(rng.sample(vocabulary, n % 40) + ["zzz", "the"])
        want = _rows_by_test(REPAIRS, words)
        assert index.rows(words) == want
        assert index.rows(words) == want  # (kept)
        cut = rng.randrange(len(REPAIRS))
        assert index.rows_after(words, cut) == tuple(k for k in want if k > cut)
        opened.add(len(want))
    assert len(opened) > 10  # (few rows and many rows opened)
    assert index.rows(frozenset()) == _rows_by_test(REPAIRS, frozenset())


def test_a_group_named_by_several_rows_is_one_bit() -> None:
    def a(sent: Any) -> None: ...

    def b(sent: Any) -> None: ...

    def c(sent: Any) -> None: ...

    one, two = frozenset({"on", "in"}), frozenset({"and"})
    index = RepairIndex(((a, (one,)), (b, (one, two)), (c, ())))
    assert index.needs == (1, 3, 0)
    assert index.rows(frozenset({"in"})) == (0, 2)
    assert index.rows(frozenset({"and"})) == (2,)
    assert index.rows(frozenset({"and", "on"})) == (0, 1, 2)
    assert index.rows_after(frozenset({"and", "on"}), 0) == (1, 2)


def test_word_bits_name_the_groups_met() -> None:
    bits = WordBits([frozenset({"a", "b"}), frozenset({"b", "c"}), frozenset({"d"})])
    assert bits.met(frozenset()) == 0
    assert bits.met(frozenset({"a", "x"})) == 0b001
    assert bits.met(frozenset({"b"})) == 0b011
    assert bits.met(frozenset({"c", "d", "y"})) == 0b110


# Pieces of text before a date or a name: the words the patterns look for, their look-alikes
# in case-blind matching outside ASCII (dotless i, Kelvin sign, dotted capital I) and others.
_PIECES = (
    *"abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ-\u2013\u2014,.'\n0123456789_",
    *("to", "and", "through", "until", "till", "since", "for", "from", "over", "between"),
    *("Lake ", "river ", "Gulf of ", "the ", "sea of ", "straits of ", "Bight  of the "),
    *("\u0131", "\u212a", "\u0130", "\u00e9"),
)


def test_the_look_before_a_date_or_a_name_searches_wherever_the_pattern_could_match() -> None:
    """``dates._is_period`` and ``_water_names.in_water_name`` search their windows only where
    a cheap test of the window says a match may be there: never where the search finds one."""
    from realpolitik.extract import _water_names, dates

    rng = random.Random(33)
    found = [0, 0, 0]
    for _ in range(40_000):
        before = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 12)))
        text, at = before + "Chad 2020", len(before)
        lo = max(0, at - 24)
        word = dates._WORD_BEFORE.search(text, lo, at)
        if word is not None and word.group(1).lower() in dates.PERIOD_PREPS:
            found[0] += 1
            assert dates._holds_any(text[lo:at].lower(), dates.PERIOD_PREPS), before
        if dates._RANGE_BEFORE.search(text, max(0, at - 12), at):
            found[1] += 1
            assert dates._holds_any(text[max(0, at - 12) : at], dates._RANGE_WORDS), before
        if _water_names._FEATURE_BEFORE.search(text, lo, at):
            found[2] += 1
            assert _water_names.in_water_name(text, at, at + 4), before
    assert min(found) > 100
