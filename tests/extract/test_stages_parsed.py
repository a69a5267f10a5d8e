"""Extraction stages on minimal hand-written parses (no model): each sentence is given with its
dependency tree, so a stage's rule is tested on exactly the structure it reads, whatever the
parser would make of the words. Dates: which time expression dates which act; factuality: the
nearest marker on the way up the tree decides; claim periods from the words alone."""

from __future__ import annotations

import pytest
from hand_parse import Row, parse, sentence, token
from spacy.tokens import Token

from realpolitik.extract.dates import claim_period, event_date, resolve_date
from realpolitik.extract.factuality import factuality_of

# "Russia attacked Ukraine on Friday."
ATTACK_FRIDAY: list[Row] = [
    ("Russia", 1, "nsubj", "PROPN", "Russia"), ("attacked", 1, "ROOT", "VERB", "attack"),
    ("Ukraine", 1, "dobj", "PROPN", "Ukraine"), ("on", 1, "prep", "ADP", "on"),
    ("Friday_", 3, "pobj", "PROPN", "Friday"), (".", 1, "punct", "PUNCT", "."),
]  # fmt: skip
# "Seoul said on Thursday that Pyongyang sent troops."
SAID_THURSDAY: list[Row] = [
    ("Seoul", 1, "nsubj", "PROPN", "Seoul"), ("said", 1, "ROOT", "VERB", "say"),
    ("on", 1, "prep", "ADP", "on"), ("Thursday", 2, "pobj", "PROPN", "Thursday"),
    ("that", 6, "mark", "SCONJ", "that"), ("Pyongyang", 6, "nsubj", "PROPN", "Pyongyang"),
    ("sent", 1, "ccomp", "VERB", "send"), ("troops_", 6, "dobj", "NOUN", "troop"),
    (".", 1, "punct", "PUNCT", "."),
]  # fmt: skip


def test_a_time_phrase_on_the_act_dates_it() -> None:
    doc = parse(ATTACK_FRIDAY)
    got = event_date(sentence(doc), token(doc, "attacked"), "2024-03-10")  # a Sunday
    assert (got.date, got.precision, got.reference) == ("2024-03-08", "day", False)


def test_the_date_of_a_report_does_not_date_what_it_reports() -> None:
    doc = parse(SAID_THURSDAY)
    sent = sentence(doc)
    sent_date = event_date(sent, token(doc, "sent"), "2024-03-10")
    assert (sent_date.date, sent_date.precision) == ("2024-03-10", "document")
    said = event_date(sent, token(doc, "said"), "2024-03-10")
    assert (said.date, said.precision) == ("2024-03-07", "day")


def test_no_act_is_dated_after_its_document() -> None:
    doc = parse(ATTACK_FRIDAY)
    # the document is of a Thursday: "on Friday" is the Friday before
    got = event_date(sentence(doc), token(doc, "attacked"), "2024-03-07")
    assert got.date == "2024-03-01" and got.precision == "day"
    undated = event_date(sentence(doc), token(doc, "attacked"), None)
    assert (undated.date, undated.precision) == (None, "document")  # no anchor for "Friday"


def test_a_year_before_the_trigger_names_an_old_act() -> None:
    # "They violated the 1987 treaty."
    doc = parse([
        ("They", 1, "nsubj", "PRON", "they"), ("violated", 1, "ROOT", "VERB", "violate"),
        ("the", 4, "det", "DET", "the"), ("1987", 4, "nummod", "NUM", "1987"),
        ("treaty_", 1, "dobj", "NOUN", "treaty"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    sent = sentence(doc)
    treaty = event_date(sent, token(doc, "treaty"), "2024-05-01")
    assert treaty.reference and treaty.date is not None and treaty.date.startswith("1987")
    violated = event_date(sent, token(doc, "violated"), "2024-05-01")
    assert (violated.date, violated.precision) == ("2024-05-01", "document")


def test_a_period_is_not_the_date_of_the_act() -> None:
    # "Troops have stayed since 2015."
    doc = parse([
        ("Troops", 2, "nsubj", "NOUN", "troop"), ("have", 2, "aux", "AUX", "have"),
        ("stayed", 2, "ROOT", "VERB", "stay"), ("since", 2, "prep", "ADP", "since"),
        ("2015_", 3, "pobj", "NUM", "2015"), (".", 2, "punct", "PUNCT", "."),
    ])  # fmt: skip
    got = event_date(sentence(doc), token(doc, "stayed"), "2024-05-01")
    assert (got.date, got.precision) == ("2024-05-01", "document")


def test_resolve_date_takes_the_nearest_expression() -> None:
    text = "Talks began on 3 May and ended on 9 May."
    assert resolve_date(text, "2024-06-01", anchor=0) == ("2024-05-03", "day")
    assert resolve_date(text, "2024-06-01", anchor=len(text)) == ("2024-05-09", "day")
    assert resolve_date("Talks began.", "2024-06-01") == ("2024-06-01", "document")


# -- factuality -----------------------------------------------------------------------------
def _attack(*before: Row) -> list[Row]:
    """ "Russia <markers> attack(ed) Ukraine." with the markers hanging on the verb."""
    n = len(before)
    rows: list[Row] = [("Russia", n + 1, "nsubj", "PROPN", "Russia")]
    rows += [(w, n + 1, dep, pos, lemma) for w, _, dep, pos, lemma in before]
    rows += [("attack", n + 1, "ROOT", "VERB", "attack"), ("Ukraine_", n + 1, "dobj", "PROPN",
             "Ukraine"), (".", n + 1, "punct", "PUNCT", ".")]  # fmt: skip
    return rows


@pytest.mark.parametrize(
    ("markers", "level"),
    [
        ([], "asserted"),
        ([("did", 0, "aux", "AUX", "do"), ("not", 0, "neg", "PART", "not")], "negated"),
        ([("never", 0, "neg", "ADV", "never")], "negated"),
        ([("could", 0, "aux", "AUX", "could")], "possible"),
        ([("might", 0, "aux", "AUX", "might"), ("not", 0, "neg", "PART", "not")], "possible"),
        ([("will", 0, "aux", "AUX", "will")], "possible"),
        ([("reportedly", 0, "advmod", "ADV", "reportedly")], "reported"),
        ([("possibly", 0, "advmod", "ADV", "possibly")], "possible"),
    ],
)
def test_markers_on_the_trigger(markers: list[Row], level: str) -> None:
    doc = parse(_attack(*markers))
    assert factuality_of(token(doc, "attack")) == level


def _governed(governor: str, lemma: str, dep: str = "xcomp") -> Token:
    """ "Officials <governor> (to) attack Ukraine.": the act under a governing verb."""
    doc = parse([
        ("Officials", 1, "nsubj", "NOUN", "official"), (governor, 1, "ROOT", "VERB", lemma),
        ("to", 3, "aux", "PART", "to"), ("attack", 1, dep, "VERB", "attack"),
        ("Ukraine_", 3, "dobj", "PROPN", "Ukraine"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    return token(doc, "attack")


@pytest.mark.parametrize(
    ("governor", "lemma", "level"),
    [("refused", "refuse", "negated"), ("denied", "deny", "negated"),
     ("planned", "plan", "possible"), ("threatened", "threaten", "possible"),
     ("began", "begin", "asserted")],
)  # fmt: skip
def test_a_governing_verb_decides_when_the_trigger_has_no_marker(
    governor: str, lemma: str, level: str
) -> None:
    assert factuality_of(_governed(governor, lemma)) == level


def test_a_report_verb_above_makes_it_reported_and_the_nearest_marker_wins() -> None:
    # "Seoul said Pyongyang attacked." / "Seoul said Pyongyang could attack."
    said = parse([
        ("Seoul", 1, "nsubj", "PROPN", "Seoul"), ("said", 1, "ROOT", "VERB", "say"),
        ("Pyongyang", 3, "nsubj", "PROPN", "Pyongyang"), ("attacked_", 1, "ccomp", "VERB",
        "attack"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(said, "attacked")) == "reported"
    could = parse([
        ("Seoul", 1, "nsubj", "PROPN", "Seoul"), ("said", 1, "ROOT", "VERB", "say"),
        ("Pyongyang", 4, "nsubj", "PROPN", "Pyongyang"), ("could", 4, "aux", "AUX", "could"),
        ("attack_", 1, "ccomp", "VERB", "attack"), (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(could, "attack")) == "possible"


def test_a_relative_clause_is_not_hedged_by_its_main_clause() -> None:
    # "Officials may punish the troops that attacked the town."
    doc = parse([
        ("Officials", 2, "nsubj", "NOUN", "official"), ("may", 2, "aux", "AUX", "may"),
        ("punish", 2, "ROOT", "VERB", "punish"), ("the", 4, "det", "DET", "the"),
        ("troops", 2, "dobj", "NOUN", "troop"), ("that", 6, "nsubj", "PRON", "that"),
        ("attacked", 4, "relcl", "VERB", "attack"), ("the", 8, "det", "DET", "the"),
        ("town_", 6, "dobj", "NOUN", "town"), (".", 2, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert factuality_of(token(doc, "attacked")) == "asserted"
    assert factuality_of(token(doc, "punish")) == "possible"


# -- claim periods (words only) --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Its share rose to 60 percent in 2023.", "2023"),
        ("Russia supplied 40 percent of its arms in 2010-2014.", "2010-2014"),
        ("Between 2019 and 2023 China bought most of it.", "2019-2023"),
        ("China has been the main partner since 2016.", "2016-2023"),  # full years
        ("Over the past five years trade doubled.", "2019-2023"),
        ("Trade doubled.", None),
    ],
)
def test_claim_periods(text: str, label: str | None) -> None:
    period = claim_period(text, "2024-05-01")
    assert (period.label if period else None) == label
    if period is not None:
        assert text[period.start : period.end] == period.text


# "Putin will visit Pyongyang on Friday." (the document is of Wednesday 12 June 2024)
WILL_VISIT: list[Row] = [
    ("Putin", 2, "nsubj", "PROPN", "Putin"), ("will", 2, "aux", "AUX", "will"),
    ("visit", 2, "ROOT", "VERB", "visit"), ("Pyongyang", 2, "dobj", "PROPN", "Pyongyang"),
    ("on", 2, "prep", "ADP", "on"), ("Friday_", 4, "pobj", "PROPN", "Friday"),
    (".", 2, "punct", "PUNCT", "."),
]  # fmt: skip


def test_an_underspecified_past_act_takes_the_past_reading() -> None:
    # "Russia approved the deal in September." in June: last September
    doc = parse([
        ("Russia", 1, "nsubj", "PROPN", "Russia"), ("approved", 1, "ROOT", "VERB", "approve"),
        ("the", 3, "det", "DET", "the"), ("deal", 1, "dobj", "NOUN", "deal"),
        ("in", 1, "prep", "ADP", "in"), ("September_", 4, "pobj", "PROPN", "September"),
        (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    got = event_date(sentence(doc), token(doc, "approved"), "2024-06-12")
    assert (got.date, got.precision) == ("2023-09-01", "month")


def test_a_planned_act_is_never_dated_after_its_document() -> None:
    doc = parse(WILL_VISIT)
    got = event_date(sentence(doc), token(doc, "visit"), "2024-06-12")
    assert got.date is not None and got.date <= "2024-06-12"


def test_a_planned_act_is_dated_when_it_was_announced() -> None:
    """The module doc: a planned act ("will visit on Friday") is dated at the document's date,
    not at the past reading of Friday (7 June), a day nothing happened."""
    doc = parse(WILL_VISIT)
    got = event_date(sentence(doc), token(doc, "visit"), "2024-06-12")
    assert (got.date, got.precision) == ("2024-06-12", "document")
