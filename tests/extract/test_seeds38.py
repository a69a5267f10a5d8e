"""Seed-8 false assertions of the phenomenon suite, by their general causes (issue 9, seeds38).

A count hung from the demonym ("Two Azerbaijani lorry drivers": "Two" the count of
"Azerbaijani" read as a compound name) still marks the noun phrase whose participle the parser
read as the main verb; a wished participle the tagger reads as a past tense ("would like
Taiwanese officers posted") is still a small clause whose subject is no antecedent.
"""

from __future__ import annotations

from typing import Any

from extract_helpers import Extract, code_events, repaired, word

from realpolitik.extract._mention_map import small_clause_subject


def test_a_count_on_the_demonym_still_frees_the_held(extract: Extract, nlp: Any) -> None:
    text = "Two Azerbaijani lorry drivers held incommunicado in Russia were released on Friday."
    doc = repaired(nlp, text)
    held, drivers = word(doc, "held"), word(doc, "drivers")
    assert (held.dep_, held.head.i) == ("acl", drivers.i)
    assert (drivers.dep_, drivers.head.text) == ("nsubjpass", "released")
    got = code_events(extract(text))
    assert not any(c.startswith("17") for _, _, c, _ in got), got


def test_a_wished_participle_tagged_past_is_a_small_clause(extract: Extract, nlp: Any) -> None:
    text = (
        "Russia's government would like Taiwanese coastguard officers posted in Moscow. It has "
        "indicated that it might ban Taiwanese trawlers from its waters if Taipei refuses."
    )
    doc = repaired(nlp, text)
    assert small_clause_subject(word(doc, "officers"))
    got = code_events(extract(text))
    assert all(s == "RUS" for s, _, _, _ in got), got


def test_a_past_verb_with_that_is_no_small_clause(nlp: Any) -> None:
    doc = repaired(nlp, "Kenya would like to see that Ugandan officers posted the letters.")
    assert not small_clause_subject(word(doc, "officers"))


def test_a_fronted_held_complement_is_the_nouns_modifier(nlp: Any) -> None:
    doc = repaired(nlp, "Three Venezuelan lorry drivers held captive by Turkey were freed.")
    held, drivers = word(doc, "held"), word(doc, "drivers")
    assert (held.dep_, held.head.i) == ("acl", drivers.i)
    assert (drivers.dep_, drivers.head.text) == ("nsubjpass", "freed")


def test_a_paratactic_freed_under_a_reporter_is_the_verb(nlp: Any) -> None:
    doc = repaired(
        nlp, "Four Iranian students held incommunicado in Nigeria were freed, relatives said."
    )
    held, students = word(doc, "held"), word(doc, "students")
    assert (held.dep_, held.head.i) == ("acl", students.i)
    assert (students.dep_, students.head.text) == ("nsubjpass", "freed")
