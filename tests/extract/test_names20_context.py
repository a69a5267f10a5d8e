"""names20 (issue 9, fresh10's X and AP): an untargeted measure continues the doer's latest act
with one other state (``parties.continued_acts``); a people's or a trade's "the government" is
their own state's (``parties.group_places.own_government``); "a NOUN V-ed at X was V-ed" reads
the participle as the noun's modifier, so the noun's demonym is no doer
(``_passive_participles``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import country_roots, repaired, word

from realpolitik.models import Extraction

Run = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Egypt and Sudan broke off talks in March. This time President Sisi has gone further by "
         "cutting ties outright.", ("EGY", "SDN", "16"), ("EGY", "", "16")),
        ("Ecuador recalled its ambassador from Peru in May. Now Ecuador has gone further by "
         "cutting ties.", ("ECU", "PER", "16"), ("ECU", "", "16")),
        ("Syria asked Turkey to lift its ban on wheat exports. Turkey imposed the ban in August, "
         "citing shortages at home.", ("TUR", "SYR", "17"), ("TUR", "", "17")),
        ("Indonesian growers asked the government to seek talks with Kuala Lumpur.",
         ("IDN", "IDN", "02"), ("IDN", "---", "02")),
        ("Portuguese farmers urged the government to press Madrid for more water.",
         ("PRT", "PRT", "02"), ("PRT", "ESP", "02")),
        ("Afghan traders called on the government to negotiate with Italy.",
         ("AFG", "AFG", "02"), ("AFG", "ITA", "02")),
    ],
)  # fmt: skip
def test_a_target_from_the_story(
    extract: Run, text: str, want: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text))
    assert want in got
    assert wrong not in got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya criticized Uganda on Monday. Kenya imposed a curfew in Mombasa on Tuesday.",
        "Kenya criticized Uganda in 2019. Five years later, Kenya imposed a curfew. Police "
        "patrolled the streets. Traders closed their shops. Kenya then banned the protests.",
    ],
)
def test_a_new_measure_or_an_old_story_takes_no_partner(extract: Run, text: str) -> None:
    """ "a curfew" is a new thing of no other state; an act four sentences back is no story."""
    got = country_roots(extract(text))
    assert not any(s == "KEN" and t == "UGA" and r == "17" for s, t, r in got)


def test_a_state_asking_the_government_is_not_placed_by_it(extract: Run) -> None:
    """ "Indonesia asked the government ...": a state's own word, not its people's."""
    got = country_roots(extract("Indonesia asked the government to seek talks with Kuala Lumpur."))
    assert ("IDN", "IDN", "02") not in got


@pytest.mark.parametrize(
    "text",
    [
        "A Ghanaian trader detained at the border in May was freed last week after paying a fine.",
        "A Kenyan fisherman detained near the lake in June was released on Monday.",
    ],
)
def test_an_agentless_participle_has_no_demonym_doer(extract: Run, text: str) -> None:
    got = country_roots(extract(text))
    assert not any(s in ("GHA", "KEN") and r == "17" for s, _, r in got)


def test_the_participle_is_the_nouns_modifier(nlp: Any) -> None:
    doc = repaired(nlp, "A Ghanaian trader detained at the border in May was freed last week.")
    detained, trader = word(doc, "detained"), word(doc, "trader")
    assert (detained.dep_, detained.head.i) == ("acl", trader.i)
    assert (trader.dep_, trader.head.text) == ("nsubjpass", "freed")


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian police detained a trader at the border and were praised.",
        "The trader detained the smuggler and was praised.",
    ],
)
def test_a_verb_with_its_object_or_and_stays_a_verb(nlp: Any, text: str) -> None:
    doc = repaired(nlp, text)
    assert word(doc, "detained").dep_ == "ROOT"
