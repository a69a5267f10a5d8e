"""fresh16's lexicon and code classes (lex29) on minimal sentences with several states: persons
handed over (HO), the host's reception of an arriving guest (HS), "called the move groundless"
(CC), bans on goods (BN) and boats towed (L). The suite's tables: ``phenomena_lex29.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, repaired, word


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Benin asked Togo to extradite a banker accused of fraud. Togo has not said whether it "
         "will hand him over.", ("TGO", "BEN", "063", "possible")),
        ("Latvian border guards deported three Estonian men accused of smuggling arms, handing "
         "them to Estonian police at the border.", ("LVA", "EST", "063", "asserted")),
        ("Chilean police deported four Argentine men wanted for robbery, handing them to "
         "Argentine officers on the bridge.", ("CHL", "ARG", "063", "asserted")),
    ],
)  # fmt: skip
def test_hand_overs(extract: Extract, text: str, want: tuple[str, str, str, str]) -> None:
    got = code_events(extract(text))
    assert want in got, got
    assert not any(e[2].startswith("07") for e in got), got


def test_participle_rehung_on_main_verb(nlp: Any) -> None:
    """ ", handing them ..." after "men wanted for robbery" continues "deported"."""
    doc = repaired(nlp, "Chilean police deported four Argentine men wanted for robbery, "
                        "handing them to Argentine officers.")  # fmt: skip
    assert word(doc, "handing").head.text == "deported"


@pytest.mark.parametrize(
    "text",
    [
        "Latvia's prime minister arrived in Tallinn on Wednesday on her first trip abroad since "
        "taking office, and Prime Minister Kristen Michal received her at his office.",
        "Latvia's prime minister arrived in Tallinn on Wednesday, and Prime Minister Kristen "
        "Michal welcomed her.",
        "Latvia's prime minister flew to Tallinn for talks with Prime Minister Kristen Michal, "
        "who welcomed her at the airport.",
    ],
)
def test_host_receives_guest(extract: Extract, text: str) -> None:
    """ "received / welcomed her": the guest hosted (043), never praise (051)."""
    got = code_events(extract(text))
    assert ("EST", "LVA", "043", "asserted") in got, got
    assert not any(e[2].startswith("05") for e in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Estonia expelled a Latvian diplomat. Latvia called the move groundless.",
         ("LVA", "EST", "111")),
        ("Chile expelled an Argentine diplomat. Argentina called the expulsion groundless.",
         ("ARG", "CHL", "111")),
        ("Benin expelled a Togolese diplomat. Lome called the decision baseless and said it "
         "would respond in kind.", ("TGO", "BEN", "111")),
        ("Chile accused Argentina of spying. Argentina called the accusation groundless.",
         ("ARG", "CHL", "016")),
    ],
)  # fmt: skip
def test_called_groundless(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    got = {e[:3] for e in code_events(extract(text))}
    assert want in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Estonia banned Latvian cheese in March.", "163"),
        ("Estonia's ban on Latvian cheese was lifted only in June.", "163"),
        ("Chile imposed a ban on Argentine beef.", "163"),
        ("Chile imposed a ban on Argentine officials.", "172"),
    ],
)
def test_goods_bans(extract: Extract, text: str, want: str) -> None:
    got = {e[2] for e in code_events(extract(text))}
    assert want in got, got


@pytest.mark.parametrize(
    ("text", "seized"),
    [
        ("The Chilean navy fired on an Argentine fishing boat and towed it to port.", True),
        ("The Estonian coast guard towed the Latvian trawler to Tallinn.", True),
        ("The Chilean coast guard towed the stricken Argentine yacht to safety.", False),
    ],
)
def test_towed_boats(extract: Extract, text: str, seized: bool) -> None:
    got = {e[2] for e in code_events(extract(text))}
    assert ("171" in got) is seized, got


def test_possessive_is_no_guest(extract: Extract) -> None:
    """ "welcomed her appointment": "her" is a possessive, no guest received (the rows read the
    object pronoun's lemma, "she")."""
    got = {e[2] for e in code_events(extract("Estonia welcomed her appointment as minister."))}
    assert "043" not in got, got
