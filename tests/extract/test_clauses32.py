"""fresh20's clause-structure and factuality-scope classes (clauses32) on minimal sentences with
other states: a conjunct after an interposed participle or attribution and a list item read as
an adjective (C), the act a request asks to stop (E), a warning to groups of no state (H), a
refusal of a request made at home (J). The suite's tables: ``phenomena_clauses32.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, root_events, word

from realpolitik.extract._domestic_rejections import rejects_home_request


@pytest.mark.parametrize(
    ("text", "first", "then"),
    [
        ("Uganda dismissed the complaint, saying the arrests were lawful, and accused Kenya of "
         "meddling.", "dismissed", "accused"),
        ("Peru rejected the protest, saying the men had broken the law, and expelled two Chilean "
         "diplomats.", "rejected", "expelled"),
        ("Kenya's foreign ministry summoned Uganda's envoy, the foreign secretary told "
         "parliament, and asked Kampala to release the men.", "summoned", "asked"),
        ("Pakistan summoned Jordan's envoy, a spokesman said, and demanded an apology from "
         "Jordan.", "summoned", "demanded"),
    ],
)  # fmt: skip
def test_a_conjunct_after_an_interposed_clause_is_the_first_predicates(
    nlp: Any, text: str, first: str, then: str
) -> None:
    doc = repaired(nlp, text)
    assert word(doc, then).head.i == word(doc, first).i


def test_a_conjunct_of_the_reported_clause_without_a_comma_stays(nlp: Any) -> None:
    doc = repaired(nlp, "Peru said Chile had massed troops and warned Lima.")
    assert word(doc, "warned").head.text != "said" or word(doc, "warned").dep_ != "conj"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Norway has funded schools in Uganda, sent engineers to Kampala and trained Ugandan "
         "police.", ("NOR", "UGA", "06", "asserted")),
        ("Britain has sent aid to Ghana, trained Ghanaian officers and signed a defence pact "
         "with Accra.", ("GBR", "GHA", "06", "asserted")),
        ("Kenya has taken in Somali refugees, sent soldiers to Somalia to fight the militants and "
         "trained Somali police.", ("KEN", "SOM", "06", "asserted")),
    ],
)  # fmt: skip
def test_a_list_item_read_as_an_adjective_is_an_act(
    extract: Extract, text: str, want: tuple[str, str, str, str]
) -> None:
    assert want in root_events(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Somalia's president asked Kenya to stop deporting Somali migrants.",
        "Ghana urged Togo to cease arresting Ghanaian traders.",
    ],
)
def test_the_act_a_request_asks_to_stop_is_not_done(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert any(root == "02" and fact == "asserted" for _, _, root, fact in got), got
    assert all(root == "02" for _, _, root, _ in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops were deployed along the border with Somalia, and an army spokesman warned "
        "that soldiers would fire on any armed group that crossed.",
        "Kenya's defence minister warned that troops would shoot at smugglers crossing from "
        "Somalia.",
        "Kenya warned that its soldiers would fire on any armed group that crossed into Kenya.",
    ],
)
def test_a_warning_to_groups_of_no_state_is_no_threat(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert not any(root in ("13", "19") for _, _, root, _ in got), got


def test_a_warning_to_another_states_soldiers_stays_a_threat(extract: Extract) -> None:
    got = root_events(
        extract("India warned that its forces would fire on Pakistani troops that crossed.")
    )
    assert any(s == "IND" and t == "PAK" and root == "13" for s, t, root, _ in got), got


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Kenya said it would not expel the refugees, rejecting calls from local officials to "
         "close the camps.", True),
        ("Jordan rejected demands from opposition lawmakers to act.", True),
        ("Jordan rejected calls from Israeli officials to close the camps.", False),
        ("Jordan rejected calls to close the camps.", False),
    ],
)  # fmt: skip
def test_a_request_made_at_home(nlp: Any, text: str, home: bool) -> None:
    doc = repaired(nlp, text)
    assert (
        rejects_home_request(word(doc, "rejecting" if "rejecting" in text else "rejected")) is home
    )


def test_a_refusal_of_a_home_request_is_no_event(extract: Extract) -> None:
    got = root_events(
        extract(
            "Kenya's government said it would not expel the Somali refugees living in Dadaab, "
            "rejecting calls from local officials to close the camps."
        )
    )
    assert got == {("KEN", "SOM", "17", "negated")}, got
