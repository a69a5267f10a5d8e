"""Speed work of round 13 that must not change behaviour: each shortcut answers what the longer
path it skips answers (the tag index, the "of" test before a name search, the time-word test
before a trigger's clause is read for a date)."""

from __future__ import annotations

import itertools
from typing import Any

from realpolitik.extract._timex import find_timexes, may_hold_timex
from realpolitik.extract._tree import tag_hashes, tagged
from realpolitik.extract._untitled_names import _RUN, _of_before
from realpolitik.extract.dates import event_date

_TEXT = (
    "President Macron met visiting Japanese Prime Minister Kishida in Paris on Monday. "
    "France and Germany imposed sanctions on Iran after talks with Poland in Warsaw. "
    "The two countries condemned the attack, and it said its troops would respond."
)
_TAG_SETS = (("NNP",), ("NN", "NNS"), ("VBD", "VBN"), ("JJ",), ("VB",), ("VBG",), ("UH",))


def test_tagged_lists_what_a_walk_over_the_tags_lists(nlp: Any) -> None:
    doc = nlp(_TEXT)
    found = 0
    for sent in doc.sents:
        for tags, stop in itertools.product(_TAG_SETS, (0, 1, 2)):
            want = [t.i for t in sent[: len(sent) - stop] if t.tag_ in tags]
            got = tagged(sent, tag_hashes(*tags), stop=stop)
            assert got == want, (sent.text, tags, stop)
            found += len(got)
            got.append(-1)  # the caller's list is its own: the next answer is unchanged
            assert tagged(sent, tag_hashes(*tags), stop=stop) == want
    assert found > 20  # the tags are there: the answers are not all empty


def test_no_name_run_where_the_window_does_not_end_in_of() -> None:
    texts = [
        "Envoy Duma Gideon of Eswatini",
        "Duma Gideon of \nEswatini",
        "Duma Gideon of\t Eswatini",
        "Duma Gideon off Eswatini",
        "Duma Gideon of,Eswatini",
        "the talks of Eswatini",
        "Duma Gideon,of Eswatini",
    ]
    matched = 0
    for text in texts:
        end = text.index("Eswatini")
        for lo in range(end + 1):
            hit = _RUN.search(text, lo, end) is not None
            matched += hit
            assert not hit or _of_before(text, lo, end), (text, lo)
    assert not _of_before("Duma Gideon off ", 0, 16)
    assert matched > 0


def test_a_sentence_with_no_time_word_is_dated_by_its_document(nlp: Any) -> None:
    doc = nlp("Russia will attack Ukraine. Russia attacked Ukraine on Monday.")
    first, second = list(doc.sents)
    assert not may_hold_timex(first.text)
    for future in (False, True):
        assert find_timexes(first.text, "2024-06-19", future) == []
    got = event_date(first, first[2], "2024-06-19", text=first.text)
    assert (got.date, got.precision) == ("2024-06-19", "document")
    assert may_hold_timex(second.text)
    dated = event_date(second, second[1], "2024-06-19", text=second.text)
    assert (dated.date, dated.precision) == ("2024-06-17", "day")
