"""Parse misreadings the suite's other seeds met (task suite17, issue 9 round 16): "had / is yet
to <verb>" where the parser reads the verb after "to" as a noun ("had yet to voice displeasure":
"voice" a compound of the object of "had"), so that no "to" hangs on a verb and the act stayed
asserted; and "a trader detained at the border was freed" with "detained" read as the clausal
passive subject of "was freed", its demonym the detainer. Stage tests on hand parses, then whole
sentences with other states and verbs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import repaired, root_events, word
from hand_parse import parse, sentence, token

from realpolitik.extract._denied_charge import appositive_denial
from realpolitik.extract._fact_scope import governed, rescoped
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(("holder", "lemma"), [("had", "have"), ("is", "be"), ("has", "have")])
def test_yet_to_before_a_verb_read_as_noun(holder: str, lemma: str) -> None:
    doc = parse([
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        (holder, 1, "ROOT", "VERB", lemma),
        ("yet", 1, "advmod", "ADV", "yet"),
        ("to", 4, "aux", "PART", "to"),
        ("voice", 5, "compound", "NOUN", "voice"),
        ("anger", 1, "dobj", "NOUN", "anger"),
    ])  # fmt: skip
    assert governed(token(doc, "anger")) == "negated"
    assert rescoped(token(doc, "anger"), "asserted", sentence(doc)) == "negated"


def test_yet_to_needs_yet_right_after_the_holder() -> None:
    """ "had to voice anger" (obliged, done) and "had voiced anger yet" stay as they are."""
    doc = parse([
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("had", 1, "ROOT", "VERB", "have"),
        ("to", 3, "aux", "PART", "to"),
        ("voice", 4, "compound", "NOUN", "voice"),
        ("anger", 1, "dobj", "NOUN", "anger"),
    ])  # fmt: skip
    assert governed(token(doc, "anger")) is None
    doc = parse([
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("needs", 1, "ROOT", "VERB", "need"),
        ("yet", 1, "advmod", "ADV", "yet"),
        ("to", 4, "aux", "PART", "to"),
        ("voice", 5, "compound", "NOUN", "voice"),
        ("anger", 1, "dobj", "NOUN", "anger"),
    ])  # fmt: skip
    assert governed(token(doc, "anger")) is None  # (only "have" / "be" hold "yet to")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Belarus had yet to voice displeasure with Canberra's decision.",
         ("BLR", "AUS", "11", "negated")),
        ("Brazil had yet to voice displeasure with Canberra's decision.",
         ("BRA", "AUS", "11", "negated")),
        ("Kenya has yet to voice anger at Ghana's decision.", ("KEN", "GHA", "11", "negated")),
        ("Officials said Ghana had yet to voice anger at Peru's decision.",
         ("GHA", "PER", "11", "negated")),
    ],
)  # fmt: skip
def test_yet_to_in_sentences(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    got = root_events(extract(text))
    assert want in got
    assert not {g for g in got if g[:3] == want[:3] and g[3] != want[3]}


# "A Qatari trader detained at the border was freed": the parser may also read "detained" as the
# clausal passive subject of "was freed" (the trader its nsubj), and the demonym as the detainer.
_CLAUSAL = [
    "A Qatari trader detained at the border in May was freed late on Sunday after paying a fine.",
    "A Qatari trader detained at the border in May was freed late on Sunday.",
    "A Kenyan fisherman held by police last year was released on Monday.",
]


@pytest.mark.parametrize("text", _CLAUSAL)
def test_a_clausal_subject_participle_has_no_demonym_doer(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert not any(s in ("QAT", "KEN") and r == "17" for s, _, r, _ in got)


def test_the_clausal_subject_participle_is_the_nouns_modifier(nlp: Any) -> None:
    doc = repaired(nlp, _CLAUSAL[1])
    detained, trader = word(doc, "detained"), word(doc, "trader")
    assert (detained.dep_, detained.head.i) == ("acl", trader.i)
    assert (trader.dep_, trader.head.text) == ("nsubjpass", "freed")


def test_a_clausal_subject_with_an_object_stays_a_verb(nlp: Any) -> None:
    """ "Detaining / detained the trader" with its own object is a clause indeed."""
    doc = repaired(nlp, "That police detained the trader was denied by Qatar.")
    assert word(doc, "detained").dep_ != "acl"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Military experts in Kabul warn Kim Jong Un could warn Greece of retaliation.",
         ("PRK", "GRC", "13", "possible")),
        ("Military analysts in Tokyo warn North Korea could warn Greece of retaliation.",
         ("PRK", "GRC", "13", "possible")),
    ],
)  # fmt: skip
def test_field_experts_are_commentators(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    """The experts' warning is a forecast of the clause's act, not their state's threat."""
    got = root_events(extract(text))
    assert want in got
    assert not any(t == "PRK" for _, t, _, _ in got)


# "X accused Y of Z on Tuesday, a charge Y denied": after a time phrase the parser may make
# "denied" the root, the accusation its clausal complement and "a charge" its fronted object; the
# denial answers the accusation and does not negate it.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Britain accused Damascus of arming the rebels on Tuesday, a charge Damascus denied.",
         ("GBR", "SYR", "11", "asserted")),
        ("Rabat accused Lebanon of jamming GPS signals this week, a charge Lebanon denied.",
         ("MAR", "LBN", "11", "asserted")),
        ("Peru accused Chile of arming the rebels on Monday, a charge Santiago denied.",
         ("PER", "CHL", "11", "asserted")),
    ],
)  # fmt: skip
def test_a_fronted_charge_does_not_negate_the_accusation(
    extract: Extract, text: str, want: tuple[str, ...]
) -> None:
    got = root_events(extract(text))
    assert want in got
    assert not any(g[:3] == want[:3] and g[3] == "negated" for g in got)


def test_appositive_denial_takes_a_fronted_object() -> None:
    doc = parse([
        ("Britain", 1, "nsubj", "PROPN", "Britain"),
        ("accused", 7, "ccomp", "VERB", "accuse"),
        ("Syria", 1, "dobj", "PROPN", "Syria"),
        (",", 7, "punct", "PUNCT", ","),
        ("a", 5, "det", "DET", "a"),
        ("charge", 7, "dobj", "NOUN", "charge"),
        ("Syria", 7, "nsubj", "PROPN", "Syria"),
        ("denied", 7, "ROOT", "VERB", "deny"),
    ])  # fmt: skip
    assert appositive_denial(doc[7], doc[1])
    doc = parse([
        ("Syria", 1, "nsubj", "PROPN", "Syria"),
        ("denied", 1, "ROOT", "VERB", "deny"),
        ("the", 3, "det", "DET", "the"),
        ("charge", 1, "dobj", "NOUN", "charge"),
    ])  # fmt: skip
    assert not appositive_denial(doc[1], doc[0])  # (an object after the verb, no clause before)


# "Experts in Ottawa caution Greece could demand ...": "caution" read as a noun between the
# place and the clause's subject, which became the object of "in".
_IN_PLACE = [
    ("Experts in Ottawa caution Greece could demand that the United States withdraw its troops.",
     ("GRC", "USA", "10", "possible")),
    ("Military experts in Ottawa caution Greece could demand that Turkey withdraw its troops.",
     ("GRC", "TUR", "10", "possible")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), _IN_PLACE)
def test_saying_noun_in_the_place_phrase(
    extract: Extract, text: str, want: tuple[str, ...]
) -> None:
    got = root_events(extract(text))
    assert want in got
    assert not any(s == "CAN" or t == "CAN" for s, t, _, _ in got)


def test_saying_noun_in_the_place_phrase_is_the_verb(nlp: Any) -> None:
    doc = repaired(nlp, _IN_PLACE[0][0])
    caution, ottawa, greece = word(doc, "caution"), word(doc, "Ottawa"), word(doc, "Greece")
    assert (caution.dep_, caution.pos_) == ("ROOT", "VERB")
    assert (ottawa.dep_, ottawa.head.text) == ("pobj", "in")
    assert (greece.dep_, greece.head.text) == ("nsubj", "demand")
    assert word(doc, "Experts").head.i == caution.i


def test_a_place_phrase_without_a_modal_stays() -> None:
    """ "Experts in Ottawa caution Greece" with no modal after the name: no clause to re-hang."""
    from realpolitik.extract._saying_in_place import saying_in_place

    doc = parse([
        ("Experts", 5, "nsubj", "NOUN", "expert"),
        ("in", 0, "prep", "ADP", "in"),
        ("Ottawa", 3, "compound", "PROPN", "Ottawa"),
        ("caution", 4, "compound", "NOUN", "caution"),
        ("Greece", 1, "pobj", "PROPN", "Greece"),
        ("met", 5, "ROOT", "VERB", "meet"),
    ])  # fmt: skip
    assert not saying_in_place(sentence(doc))
