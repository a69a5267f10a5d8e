"""leftovers67: agentless returns of held people (084, not a removal); states in titled names;
a joint readiness for others' act."""

from __future__ import annotations

import pytest

from realpolitik import extract_text


def _events(text: str) -> set[tuple[str, str, str]]:
    got = [e.to_dict() for e in extract_text(text, date="2025-05-01").events]
    return {(d["source"]["code"], (d["target"] or {}).get("code", ""), d["cameo"]) for d in got}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Forty children were returned to Ukraine on Tuesday.", ("---", "UKR", "084")),
        ("Two fishermen were repatriated to India.", ("---", "IND", "084")),
        ("The remains of 12 soldiers were handed back to Ukraine.", ("---", "UKR", "084")),
        (
            "India detained 12 Pakistani fishermen in March. The fishermen were repatriated to "
            "Pakistan on Friday.",
            ("IND", "PAK", "084"),
        ),
    ],
)
def test_returned_people(text: str, want: tuple[str, str, str]) -> None:
    assert want in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two journalists were deported to Turkey.",
        "Thirty migrants were returned to Mexico on Friday.",
        "Forty children were returned to school on Tuesday.",
    ],
)
def test_removals_and_travel_are_no_return(text: str) -> None:
    assert not any(code.startswith("08") for _, _, code in _events(text))


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("President Peter Jordan of Kenya criticised Uganda.", ("KENGOV", "UGA", "111")),
        ("Senator Georgia Smith of Peru criticised Chile.", ("PERLEG", "CHL", "111")),
        ("Jordan's prime minister criticised Uganda.", ("JORGOV", "UGA", "111")),
        ("Chad and Niger signed a security pact.", ("TCD", "NER", "057")),
    ],
)
def test_state_in_a_titled_name(text: str, want: tuple[str, str, str]) -> None:
    """leftovers67: a state's name that is a titled person's given name or surname is no state;
    a state before a title, or beside another state, keeps it."""
    assert want in _events(text)


def test_a_drop_of_the_state_in_a_name_alone() -> None:
    from realpolitik.extract._mention_parts import Mention
    from realpolitik.extract._named_people_states import drop_states_in_names
    from realpolitik.models import ActorRef

    text = "Minister Ana Chad met Nazi Germany's envoy."
    chad = Mention(13, 17, ActorRef("Chad", "TCD", "TCD"), "country")
    germany = Mention(27, 34, ActorRef("Germany", "DEU", "DEU"), "country")
    assert drop_states_in_names(text, [chad, germany]) == [germany]


def test_readiness_for_others_names_no_cosigner() -> None:
    """leftovers67: "A, B and C said they were ready to guarantee the ceasefire" is no act among
    the three; "A and B said they were ready to hold talks" is."""
    got = _events("Egypt, Qatar and Turkey said they were ready to monitor the truce.")
    assert got and not any(tgt in ("EGY", "QAT", "TUR") for _, tgt, _ in got)
    assert ("EGY", "QAT", "036") in _events("Egypt and Qatar said they were ready to hold talks.")
