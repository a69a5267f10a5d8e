"""Constructions that PETRARCH-style coding exercises: news attribution, targets named by a
preposition, listed and multi-coded actors, reciprocal agreement."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from extract_helpers import triples

from realpolitik.actors import ActorRegistry
from realpolitik.errors import RealpolitikError
from realpolitik.extract import Lexicon, extract_document, load_lexicon
from realpolitik.models import Document, Extraction

Extract = Callable[..., Extraction]


def _lex(tmp_path: Path, *rows: str) -> Lexicon:
    path = tmp_path / "mine.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_lexicon([path])


def _run(nlp: Any, registry: ActorRegistry, text: str, lex: Lexicon | None = None) -> Extraction:
    return extract_document(
        Document("t", text, "test", date="2024-06-20"), registry, None, nlp, lex
    )


def test_trailing_attribution_is_no_statement(
    nlp: Any, registry: ActorRegistry, tmp_path: Path
) -> None:
    lex = _lex(tmp_path, "say\tV\t\t023", "tell\tV\t\t023")
    for text in (
        "Brazil is about to rename its embassy in Argentina, a senior official said on Saturday.",
        "Brazil will rename its embassy in Argentina, a senior official said on Monday.",
    ):
        assert triples(_run(nlp, registry, text, lex)) == set(), text
    # a speech verb that leads its clause, or names its addressee, is still coded
    told = "Brazil's president told Argentina on Monday that talks would resume."
    assert ("BRAGOV", "ARG", "023") in triples(_run(nlp, registry, told, lex))


def test_target_named_inside_the_verb_phrase(extract: Extract) -> None:
    # no direct object or "to/with" actor: the actor the verb phrase is about is the target
    ex = extract("Brazil criticized the sudden closure of border crossings in Venezuela.")
    assert triples(ex) == {("BRA", "VEN", "111")}
    # a time phrase leads out of the act; the subject's own country is never its target
    ex = extract("Brazil criticized the decision after talks in Argentina.")
    assert triples(ex) == {("BRA", "", "111")}
    ex = extract("Brazil criticized the closure of schools in Brazil.")
    assert triples(ex) == {("BRA", "", "111")}
    # an actor inside a trailing attribution clause is outside the phrase
    ex = extract("Brazil criticized the decision, officials in Argentina said.")
    assert {(s, t) for s, t, _ in triples(ex)} == {("BRA", "")}


def test_every_member_of_a_listed_subject_is_an_actor(extract: Extract) -> None:
    want = {("BRA", "BOL", "051"), ("CHL", "BOL", "051"), ("PER", "BOL", "051")}
    # the parser hangs list members as appositions or modifiers of the last name
    for text in (
        "Evil Brazil, the awful Chile, and good Peru welcomed a resumption of ties with Bolivia.",
        "Chile, Brazil and the evil awful Peru welcomed a resumption of ties with Bolivia.",
    ):
        assert triples(extract(text)) == want, text
    ex = extract("The ambassadors of Brazil, Chile and Peru condemned Venezuela.")
    assert triples(ex) == {(c, "VEN", "111") for c in ("BRAGOV", "CHLGOV", "PERGOV")}
    # a city and its country are one actor, not a list
    assert triples(extract("Kyiv, Ukraine, condemned Russia.")) == {("UKR", "RUS", "111")}


def test_a_name_of_several_actors(nlp: Any, registry: ActorRegistry, tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("the Koreas\tPRK/KOR\nthe Baltic states\tEST/LVA/LTU\n", encoding="utf-8")
    reg = registry.with_file(path)
    [m] = reg.find_mentions("Japan and the Koreas")[1:]
    assert (m.ref.code, [r.code for r in m.also]) == ("PRK", ["KOR"])
    ex = _run(nlp, reg, "The Baltic states condemned Russia.")
    assert triples(ex) == {("EST", "RUS", "111"), ("LVA", "RUS", "111"), ("LTU", "RUS", "111")}
    ex = _run(nlp, reg, "Japan criticized the Koreas.")
    assert triples(ex) == {("JPN", "PRK", "111"), ("JPN", "KOR", "111")}
    # the members of a group name meet each other
    ex = _run(nlp, reg, "The Koreas met in Panmunjom.")
    assert triples(ex) == {("PRK", "KOR", "040"), ("KOR", "PRK", "040")}


def test_a_bad_code_among_several_names_the_line(registry: ActorRegistry, tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("# header\nthe Koreas\tPRK/kor\n", encoding="utf-8")
    with pytest.raises(RealpolitikError) as err:
        registry.with_file(path)
    assert "E202" in str(err.value) and ":2" in str(err.value) and "kor" in str(err.value)


def test_a_postponed_meeting_did_not_happen(extract: Extract) -> None:
    ex = extract("Brazil and Argentina postponed their meeting.")
    assert {e.factuality for e in ex.events if e.evidence.trigger == "meeting"} == {"negated"}
    ex = extract("Brazil and Argentina held their meeting.")
    assert {e.factuality for e in ex.events if e.evidence.trigger == "meeting"} == {"asserted"}


def test_the_subjects_own_people_are_no_target(extract: Extract) -> None:
    ex = extract("Brazil and Chile warned their citizens about Venezuela.")
    assert triples(ex) == {("BRA", "VEN", "130"), ("CHL", "VEN", "130")}
    ex = extract("Brazil warned Chile's citizens about Venezuela.")
    assert {t for _, t, _ in triples(ex)} == {"CHLCVL"}


def test_a_region_deep_in_the_phrase_is_a_place(extract: Extract) -> None:
    ex = extract("Brazil criticized the plan to fight poverty in Africa.")
    assert ("BRA", "", "111") in triples(ex)


def test_an_untargeted_event_noun_under_a_reaction_is_what_it_reacts_to(
    extract: Extract,
) -> None:
    ex = extract("Chile condemned an attack by Peruvian soldiers on Thursday.")
    assert triples(ex) == {("CHL", "PERMIL", "111")}
    # with a target of its own the act is coded too (as background of the condemnation, kept
    # with background=True); under a light verb it always is
    text = "Chile condemned an attack by Peruvian soldiers on Bolivia."
    assert ("PERMIL", "BOL", "190") not in triples(extract(text))
    assert ("PERMIL", "BOL", "190") in triples(extract(text, background=True))
    assert triples(extract("Chile launched an attack on Thursday.")) == {("CHL", "", "190")}


def test_with_names_the_partner_before_at(extract: Extract) -> None:
    assert triples(extract("Brazil met at Lima with Chile.")) == {("BRA", "CHL", "040")}
    ex = extract("Brazil cooperated at the United Nations with Chile.")
    assert triples(ex) == {("BRA", "CHL", "060")}
    assert triples(extract("Brazil protested at the United Nations.")) == {("BRA", "IGOUNO", "140")}


def test_a_name_led_by_the_matches_mid_sentence(registry: ActorRegistry, tmp_path: Path) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text("The Shire\tSHR\nThe Bay Islands\tBAY\n", encoding="utf-8")
    reg = registry.with_file(path)
    found = [
        (m.text, m.ref.code) for m in reg.find_mentions("Brazil and the Shire met the Bay Islands.")
    ]
    assert found == [("Brazil", "BRA"), ("the Shire", "SHR"), ("the Bay Islands", "BAY")]
    # the name itself still needs its capital
    assert [m.ref.code for m in reg.find_mentions("the shire of the county")] == []


def test_pair_condition_reads_a_compound_subject(
    nlp: Any, registry: ActorRegistry, tmp_path: Path
) -> None:
    lex = _lex(tmp_path, "agree\tV\t\t081", "agree\tV\tpair\t030\trecip")
    text = "Brazil and Chile agree that the dispute should go to arbitration."
    assert triples(_run(nlp, registry, text, lex)) == {("BRA", "CHL", "030"), ("CHL", "BRA", "030")}
    text = "The two countries agree that the dispute should go to arbitration."
    prior = "Brazil met Chile. "
    assert ("BRA", "CHL", "030") in triples(_run(nlp, registry, prior + text, lex))
    text = "Brazil agrees that the dispute should go to arbitration."
    assert triples(_run(nlp, registry, text, lex)) == {("BRA", "", "081")}
    assert lex.triggers[("agree", "V")][0].pair  # the more specific row is tried first


def test_an_untargeted_event_noun_in_a_phrase_of_another_trigger(extract: Extract) -> None:
    # "during his visit" only sets the scene of the criticism
    ex = extract("Lula criticized Chile during his first official visit.")
    assert triples(ex) == {("BRAGOV", "CHL", "111")}
    # a visit with a destination is an event, but "during ..." sets the scene: background
    ex = extract("Lula criticized Chile during his first official visit to Peru.", background=True)
    assert ("BRAGOV", "PER", "042") in triples(ex)
