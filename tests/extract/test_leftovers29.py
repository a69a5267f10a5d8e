"""Leftovers29 (issue 9): a plural object the tagger read as a present verb ("froze his bank
accounts"), a pledge to retaliate by an act, which is a threat with the act's sub-code, and a
release another state secured, which is the holder's (``parties.secured_release``)."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events

from realpolitik.extract._aside_infinitives import aside_infinitive
from realpolitik.extract._codebook import retaliation_of_means
from realpolitik.extract._homograph_objects import plural_object_as_verb


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


def test_a_plural_object_read_as_a_verb_is_the_object(nlp: Any) -> None:
    doc = nlp("Benin froze his bank accounts on Monday.")
    sent = next(iter(doc.sents))
    plural_object_as_verb(sent)
    accounts, froze = _tok(doc, "accounts"), _tok(doc, "froze")
    assert (accounts.dep_, accounts.head.i, accounts.tag_) == ("dobj", froze.i, "NNS")
    assert (_tok(doc, "bank").dep_, _tok(doc, "his").head.i) == ("compound", accounts.i)


def test_a_clause_of_a_verb_with_no_such_object_is_left(nlp: Any) -> None:
    doc = nlp("Kenya said his bank accounts for most of the debt.")
    sent = next(iter(doc.sents))
    before = [(t.dep_, t.head.i, t.tag_) for t in doc]
    plural_object_as_verb(sent)
    assert [(t.dep_, t.head.i, t.tag_) for t in doc] == before


def test_the_requesters_national_takes_the_freeze(extract: Extract) -> None:
    ex = extract("Togo asked Benin to extradite a businessman. Benin froze his bank accounts.")
    assert ("BEN", "TGO", "163", "asserted") in code_events(ex)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Poland said it would retaliate by expelling Belarusian diplomats.", "1313"),
        ("Poland would respond by imposing sanctions on Belarus.", "1312"),
        ("Poland said it would retaliate by closing its border with Belarus.", "1381"),
    ],
)
def test_a_pledge_to_retaliate_by_an_act_is_a_threat(
    extract: Extract, text: str, code: str
) -> None:
    got = {(s, t[:3], c, f) for s, t, c, f in code_events(extract(text))}
    assert ("POL", "BLR", code, "asserted") in got
    assert not any(c[:2] == "16" and f == "asserted" for _, _, c, f in got)


def test_a_guess_of_retaliation_stays_possible(extract: Extract) -> None:
    got = code_events(extract("Poland could retaliate by expelling Belarusian diplomats."))
    assert not any(c[:2] == "13" for _, _, c, _ in got)


def test_only_a_by_clause_of_an_answering_verb(nlp: Any) -> None:
    doc = nlp("Poland would retaliate by expelling diplomats and win by playing fair.")
    verb = retaliation_of_means(_tok(doc, "expelling"))
    assert verb is not None
    assert verb.i == _tok(doc, "retaliate").i
    assert retaliation_of_means(_tok(doc, "playing")) is None


@pytest.mark.parametrize(
    "text",
    [
        "India secured the release of sailors held by Iran.",
        "India won the release of Indian fishermen held in Iran.",
        "India obtained the release of its citizens from Iran.",
    ],
)
def test_a_secured_release_is_the_holders(extract: Extract, text: str) -> None:
    got = {(s, t[:3], c[:2]) for s, t, c, f in code_events(extract(text)) if f == "asserted"}
    assert ("IRN", "IND", "08") in got
    assert ("IND", "IRN", "08") not in got


def test_an_infinitive_after_an_aside_is_the_nouns(nlp: Any, extract: Extract) -> None:
    doc = nlp("Iran's plan, announced on Monday, to close its border with Iraq drew protests.")
    aside_infinitive(next(iter(doc.sents)))
    assert (_tok(doc, "close").dep_, _tok(doc, "close").head.i) == ("acl", _tok(doc, "plan").i)
    got = code_events(
        extract("Iran's plan, announced on Monday, to close its border with Iraq drew protests.")
    )
    assert not any(f == "asserted" for *_, f in got)
