"""A denial aimed at the state its clause's act would have wronged (parties21): only a named
state, never the denier's own, and never over an earlier accuser."""

from __future__ import annotations

from extract_helpers import Extract, triples


def test_denial_of_use_against_a_named_state(extract: Extract) -> None:
    ex = extract("Iran denied that its drones were used against Ukraine.")
    assert ("IRN", "UKR", "016") in triples(ex)


def test_against_a_pronouns_own_forces_is_no_target(extract: Extract) -> None:
    ex = extract("Ghana denied that Togolese weapons had been used against its own troops.")
    assert {t for s, t, c in triples(ex) if c == "016"} == {""}


def test_the_earlier_accuser_comes_first(extract: Extract) -> None:
    text = (
        "Mali accused Algeria of harbouring rebels. "
        "Algeria denied that its territory was used against Niger."
    )
    assert ("DZA", "MLI", "016") in triples(extract(text))


def test_the_accused_still_denies(extract: Extract) -> None:
    text = (
        "Mali accused Algeria of arming the rebels. Algeria denied the accusation."
        " Niger also rejected the accusation."
    )
    got = triples(extract(text))
    assert ("DZA", "MLI", "016") in got
    assert not any(s == "NER" for s, _, _ in got)
