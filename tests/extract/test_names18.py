"""names18 (issue 9, actor classes of fresh5..fresh8): a state's name inside a water's or a
basin's name names no state; "the two leaders" / "both governments" after "the presidents of A
and B" (in the same sentence too) and "A's and B's presidents" are A and B."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, country_roots

from realpolitik.actors import ActorRegistry
from realpolitik.actors._particle_names import particle_short_forms
from realpolitik.extract._hyphen_names import verb_after_hyphen_name
from realpolitik.extract._joint_possessors import joint_possessors
from realpolitik.extract._mention_parts import registry_mentions
from realpolitik.extract._water_names import in_water_name


def _at(text: str, name: str) -> tuple[str, int, int]:
    start = text.index(name)
    return text, start, start + len(name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("troops sent to Lake Chad on Monday", "Chad"),
        ("boats seized in the Gulf of Guinea", "Guinea"),
        ("a patrol on the Bight of Benin", "Benin"),
        ("fighting in the Niger Delta", "Niger"),
        ("a dam on the Congo river", "Congo"),
        ("forests of the Congo Basin", "Congo"),
        ("fishing on Lake Tanganyika", "Tanganyika"),
        ("ships in the Sea of Japan", "Japan"),
        ("along the river Niger", "Niger"),
        ("the Strait of Gibraltar", "Gibraltar"),
    ],
)
def test_a_name_inside_a_water_name(text: str, name: str) -> None:
    assert in_water_name(*_at(text, name))


@pytest.mark.parametrize(
    ("text", "name", "adjective"),
    [
        ("Chad's navy seized two boats", "Chad", False),
        ("Guinea criticized Senegal", "Guinea", False),
        ("Niger and Chad signed a deal on the lake", "Chad", False),
        ("Iranian sea mines hit a tanker", "Iranian", True),
        ("Nigerian river boats attacked", "Nigerian", True),
        ("Kenya sea border talks", "Kenya", False),  # a sea is written with a capital
        ("Lake Victoria: Uganda criticized Kenya", "Uganda", False),
    ],
)
def test_a_state_name_outside_a_water_name(text: str, name: str, adjective: bool) -> None:
    assert not in_water_name(*_at(text, name), adjective=adjective)


def test_registry_mentions_drop_the_water_only(registry: ActorRegistry) -> None:
    text = "Chad's navy seized two Nigerian boats on Lake Chad and in the Gulf of Guinea."
    found = {m.start: m.ref.code[:3] for m in registry_mentions(registry, text, None)}
    assert found.get(0) == "TCD"  # the navy's state
    assert text.index("Lake Chad") + len("Lake ") not in found
    assert text.index("Guinea") not in found


@pytest.mark.parametrize(
    ("text", "water_state", "want"),
    [
        ("Burundi sent two patrol boats to Lake Tanganyika.", "TZA", ("BDI", "")),
        ("Germany deployed two warships to the Bight of Benin.", "BEN", ("DEU", "")),
        ("Spain's coast guard detained a Pakistani trawler on the Senegal river.", "SEN",
         ("ESP", "PAK")),
        ("Cameroon deployed troops to the Lake Chad basin on Monday.", "TCD", ("CMR", "")),
        ("Estonia sent two ships to the Gulf of Finland.", "FIN", ("EST", "")),
    ],
)  # fmt: skip
def test_a_shared_water_is_no_party(
    extract: Extract, text: str, water_state: str, want: tuple[str, str]
) -> None:
    got = country_roots(extract(text))
    assert {(s, t) for s, t, _ in got} == {want}
    assert all(water_state not in (s, t) for s, t, _ in got)


def test_joint_possessors_repair(nlp: Any) -> None:
    for text in (
        "Ghana's and Togo's presidents met in Accra on Monday.",
        "Kenya's and Ethiopia's leaders met in New Delhi on Sunday.",
    ):
        doc = nlp(text)
        for sent in doc.sents:
            joint_possessors(sent)
        first, second, office = doc[0], doc[3], doc[5]
        assert (first.dep_, first.head.i) == ("poss", office.i)
        assert (second.dep_, second.head.i) == ("conj", first.i)
        assert office.dep_ == "nsubj"


def test_two_offices_keep_their_own_possessors(nlp: Any) -> None:
    doc = nlp("Ghana's president and Togo's prime minister met in Accra.")
    before = [(t.dep_, t.head.i) for t in doc]
    for sent in doc.sents:
        joint_possessors(sent)
    assert [(t.dep_, t.head.i) for t in doc] == before


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The presidents of Kenya and Uganda spoke by phone on Monday, and the two leaders "
         "agreed to reopen the border.", "03"),
        ("The foreign ministers of Ghana and Togo met in Addis Ababa, and both governments "
         "pledged to reopen the border.", "03"),
        ("The leaders of Nepal and Bhutan held talks in Delhi, and the two leaders signed a "
         "trade deal.", "05"),
        ("Kenya's and Uganda's presidents met in Nairobi. The two presidents signed a trade "
         "deal.", "05"),
        ("Kenya's and Ethiopia's leaders met in New Delhi on Sunday, and the two leaders agreed "
         "to reopen the border.", "03"),
    ],
)  # fmt: skip
def test_the_two_leaders_of_named_offices(extract: Extract, text: str, root: str) -> None:
    got = country_roots(extract(text))
    pair = {s for s, t, r in got if r == "04" and t}
    assert len(pair) == 2
    a, b = sorted(pair)
    assert {(a, b, root), (b, a, root)} <= got
    assert all(r != root or {s, t} == {a, b} for s, t, r in got)


def test_partners_the_text_does_not_name_are_no_state(extract: Extract) -> None:
    got = country_roots(
        extract(
            "Kenya's president criticized Uganda on Monday. He later thanked his coalition partners."
        )
    )
    assert ("KEN", "UGA", "11") in got
    assert all(t == "" for s, t, r in got if r == "05")


def test_particle_short_forms_of_one_state() -> None:
    rows = [
        ("Mohammed bin Salman", "SAUGOV"),
        ("Khalid bin Salman", "SAUGOVMIL"),
        ("Tamim bin Hamad Al Thani", "QATGOV"),
        ("Salman bin Hamad Al Khalifa", "BHRGOV"),
        ("Zine El Abidine Ben Ali", "TUNGOV"),
    ]
    got = particle_short_forms(rows)
    assert got["Mohammed bin Salman"] == ["bin Salman"]
    assert got["Khalid bin Salman"] == ["bin Salman"]
    assert got["Zine El Abidine Ben Ali"] == ["Ben Ali"]
    assert "Tamim bin Hamad Al Thani" not in got  # "bin Hamad": two states' princes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Bin Salman criticized Iran on Monday.", {("SAU", "IRN", "11")}),
        ("Jordan's king telephoned bin Zayed on Monday.", {("JOR", "ARE", "04")}),
    ],
)
def test_a_particle_short_form_is_its_bearer(
    extract: Extract, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert country_roots(extract(text)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Al-Sisi telephoned Venezuela's president late on Sunday.", {("EGY", "VEN", "04")}),
        ("Al-Assad telephoned Venezuela's president on Sunday.", {("SYR", "VEN", "04")}),
    ],
)
def test_a_verb_after_an_opening_hyphenated_name(
    extract: Extract, text: str, want: set[tuple[str, str, str]]
) -> None:
    assert country_roots(extract(text)) == want


def test_the_hyphen_repair_makes_the_past_form_the_verb(nlp: Any) -> None:
    doc = nlp("Al-Sisi telephoned Venezuela's president late on Sunday.")
    sent = next(iter(doc.sents))
    verb_after_hyphen_name(sent)
    verb = doc[3]
    assert (verb.dep_, verb.head.i, verb.tag_) == ("ROOT", 3, "VBD")
    assert (doc[2].dep_, doc[2].head.i) == ("nsubj", 3)
    assert (doc[6].dep_, doc[6].head.i) == ("dobj", 3)


def test_a_lower_case_part_after_the_hyphen_is_the_names(nlp: Any) -> None:
    """ "Moon Jae-in": the tagger reads "in" as a particle, and the verb after it as a
    modifier of the object ("[warned] outsiders" a noun phrase with no verb)."""
    doc = nlp("Moon Jae-in warned outsiders against meddling in the vote on Monday.")
    verb_after_hyphen_name(next(iter(doc.sents)))
    assert (doc[4].dep_, doc[4].head.i) == ("ROOT", 4)
    assert (doc[3].dep_, doc[3].head.i) == ("nsubj", 4)
    assert (doc[5].dep_, doc[5].head.i) == ("dobj", 4)


def test_the_hyphen_repair_leaves_a_parsed_clause(nlp: Any) -> None:
    doc = nlp("El-Sisi met Venezuela's president on Sunday.")
    before = [(t.dep_, t.head.i) for t in doc]
    verb_after_hyphen_name(next(iter(doc.sents)))
    assert [(t.dep_, t.head.i) for t in doc] == before
