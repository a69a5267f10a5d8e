"""pairs23 (issue 9, round 18): fresh12's party classes, each tested on short sentences with
states and words other than the set's.

- "signed a declaration committing both governments to V" is the signing, the participle its
  content (``_binding_participles``, ``parties.signed_content``; class DC);
- "the two armies / central banks", "officials of the two agencies", "the two countries'
  prosecutors" are the story's pair (``_pair_bodies``; class J);
- "the two leaders agreed to open the route to X-ian buses" is a joint act of the two
  (``parties.joint_own_object``; class JO);
- "A spoke by telephone with B" is a joint act, both ways (``parties.comitative``; class CW);
- "X invited NAME ..., and she accepted" is NAME's answer to X (``_answering_pronouns``,
  ``parties.answered_addresser``; class A);
- "was granted asylum in X" is X's grant to the person's state (``parties.granted_status``;
  class AP);
- "called the licences illegal" after a protest over licences is aimed where the protest was
  (``parties.criticised_things``; class X);
- "should lift them" with "them" fallen back home takes the story's other state
  (``parties.pronoun_home_target``; class H).
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, code_events, country_roots, root_events, word

from realpolitik.extract._answering_pronouns import answering_addressee
from realpolitik.extract._binding_participles import binding_participle
from realpolitik.extract.parties.doers import ENACTING_VERBS


@pytest.mark.parametrize(
    ("text", "participle", "want"),
    [
        ("Ghana and Togo signed a declaration committing both governments to act.", "committing", True),
        ("Ghana and Togo signed an accord obliging each side to share data.", "obliging", True),
        ("A pact binding the two sides to talk was signed by Ghana and Togo.", "binding", True),
        ("Ghana praised a declaration committing both governments to act.", "committing", False),
        ("France signed an order imposing tariffs on Togo.", "imposing", False),
    ],
)  # fmt: skip
def test_binding_participle(nlp: Any, text: str, participle: str, want: bool) -> None:
    assert binding_participle(word(nlp(text), participle), ENACTING_VERBS) is want


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo signed a declaration committing both governments to build a coastal road.",
        "Ghana and Togo signed an accord obliging each side to share data on fishing fleets.",
        "Ghana and Togo signed a memorandum binding the two countries to cut tariffs.",
    ],
)
def test_signed_document_content(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert {("GHA", "TGO", "057", "asserted"), ("TGO", "GHA", "057", "asserted")} <= got
    assert not {e for e in got if e[2].startswith("03")}  # (no intents from the participle)
    assert not {e for e in got if e[0] == e[1]}


def test_an_enacted_act_is_still_the_act(extract: Extract) -> None:
    """The participle of an act ("imposing tariffs") stays the act; the signing is not one."""
    got = root_events(extract("France signed an order imposing tariffs on Togo."))
    assert ("FRA", "TGO", "17", "asserted") in got or ("FRA", "TGO", "16", "asserted") in got
    assert not {e for e in got if e[2] == "05"}


_PACT = "Ghana and Togo signed a trade pact on Monday. "


@pytest.mark.parametrize(
    ("second", "sector"),
    [
        ("The two armies held their first joint exercise near the border.", "MIL"),
        ("The two navies held a joint drill in the gulf.", "MIL"),
        ("The two central banks signed a currency swap accord.", "GOV"),
        ("Officials of the two weather agencies signed a separate accord.", "GOV"),
        ("The two countries' prosecutors signed an accord on sharing evidence.", "JUD"),
    ],
)
def test_the_pairs_bodies(extract: Extract, second: str, sector: str) -> None:
    ex = extract(_PACT + second)
    got = {(e.source.code, e.target.code if e.target else "") for e in ex.events}
    assert {("GHA" + sector, "TGO" + sector), ("TGO" + sector, "GHA" + sector)} <= got


def test_two_persons_are_not_the_pairs_bodies(extract: Extract) -> None:
    """ "The two soldiers" are two persons (of any state), not one body of each."""
    got = country_roots(extract(_PACT + "The two soldiers were detained near the border."))
    assert ("TGO", "GHA", "17") not in got and ("GHA", "TGO", "17") not in got


@pytest.mark.parametrize(
    "users", ["Ghanaian passenger buses", "Togolese lorries", "Ghanaian tourists"]
)
def test_joint_act_over_a_demonym_named_thing(extract: Extract, users: str) -> None:
    text = (
        "Ghana's president met Togo's president in Accra. The two leaders agreed to open the "
        f"coastal route to {users} from March."
    )
    got = country_roots(extract(text))
    assert {("GHA", "TGO", "03"), ("TGO", "GHA", "03")} <= got
    assert not {k for k in got if k[0] == k[1]}


def test_a_joint_act_over_a_states_body_keeps_it(extract: Extract) -> None:
    """ "agreed to train Ghanaian troops": the troops are a party of their own."""
    text = (
        "Ghana's president met Togo's president. The two leaders agreed to train Ghanaian troops."
    )
    got = country_roots(extract(text))
    assert ("TGO", "GHA", "03") in got


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's president spoke by telephone with Togo's president on Sunday.",
        "Ghana's president spoke by video link with Togo's president, Accra said.",
        "Ghana's foreign minister held talks with his Togolese counterpart in Lome.",
        "Ghana's president had a call with Togo's president on Friday.",
    ],
)
def test_a_call_with_a_person_is_both_ways(extract: Extract, text: str) -> None:
    got = country_roots(extract(text))
    assert {("GHA", "TGO", "04"), ("TGO", "GHA", "04")} <= got


@pytest.mark.parametrize(
    "text",
    [
        "Poland chose to talk with Belarus rather than impose sanctions on it.",  # (chosen)
        "Syria held talks with Morocco on Monday.",  # (a state, not a person)
        "Analysts say Ghana would do best to open talks with Togo's president.",  # (advised)
    ],
)
def test_a_talk_not_told_done_with_a_person_is_one_way(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert not {e for e in got if e[0] in ("BLR", "MAR", "TGO") and e[2] == "04"}


@pytest.mark.parametrize(
    ("text", "pronoun", "want"),
    [
        ("Ruto invited Samia Suluhu Hassan to Nairobi, and she accepted.", "she", "Hassan"),
        ("Ruto invited Uganda's president to Nairobi, but he declined.", "he", "president"),
        ("Ruto asked Museveni to mediate, and he agreed, an aide said.", "he", "Museveni"),
        ("Ruto invited Museveni to Nairobi, and he said the talks went well.", "he", None),
        ("Ruto met Museveni, and he accepted the report.", "he", None),  # (no addressing verb)
    ],
)  # fmt: skip
def test_answering_addressee(nlp: Any, text: str, pronoun: str, want: str | None) -> None:
    got = answering_addressee(word(nlp(text), pronoun))
    assert (got.text if got is not None else None) == want


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("and she accepted, Ghana's ministry said", "036"),
        ("and he accepted", "036"),
        ("but she declined", "120"),
    ],
)
def test_the_invitee_answers(extract: Extract, answer: str, code: str) -> None:
    text = f"Togo's president invited Ghana's president to Lome for talks, {answer}."
    got = {
        (e.source.code, e.target.code if e.target else "", e.cameo) for e in extract(text).events
    }
    assert ("GHAGOV", "TGOGOV", code) in got, got
    assert not {k for k in got if k[0][:3] == k[1][:3]}


@pytest.mark.parametrize(
    "text",
    [
        "Togo asked Ghana to hand over an opposition activist. The activist, who fled Togo in "
        "May, was granted asylum in Ghana last month.",
        "Togo asked Ghana to extradite the banker. He was granted asylum in Ghana in June.",
        "The dissident, a Togolese national, was granted residence in Ghana, officials said.",
    ],
)
def test_granted_asylum_in_a_state(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert any(e[:3] == ("GHA", "TGO", "075") for e in got), got


def test_a_grant_by_a_named_giver_keeps_it(extract: Extract) -> None:
    got = code_events(extract("Ghana granted asylum to a Togolese activist."))
    assert any(e[0] == "GHA" and e[1] == "TGO" and e[2] == "075" for e in got), got


@pytest.mark.parametrize(
    "second",
    [
        "Ghana's foreign minister called the licences illegal.",
        "Ghana's foreign ministry called the licences a provocation.",
        "Foreign Minister Samuel Okudzeto Ablakwa called the licences 'an illegal act'.",
    ],
)
def test_criticised_thing_of_an_earlier_protest(extract: Extract, second: str) -> None:
    text = f"Ghana protested to Togo over fishing licences issued to foreign trawlers. {second}"
    got = country_roots(extract(text))
    assert ("GHA", "TGO", "11") in got or ("", "TGO", "11") in got or ("---", "TGO", "11") in got
    assert ("GHA", "GHA", "11") not in got and ("GHA", "", "11") not in got


def test_a_praised_states_licences(extract: Extract) -> None:
    text = (
        "Ghana's president has praised Togo more warmly than any predecessor, yet her government "
        "still protests every licence the islands issue."
    )
    assert ("GHA", "TGO", "11") in country_roots(extract(text))


def test_an_unrepeated_thing_gets_no_story_target(extract: Extract) -> None:
    """The criticised thing ties to the earlier protest by its word: "the visas" after a
    protest over licences is no criticism of the licences' state."""
    protest = "Ghana protested to Togo over fishing licences. Foreign Minister Jan Kowalczyk called"
    tied = [e for e in extract(f"{protest} the licences illegal.").events if e.cameo == "111"]
    other = [e for e in extract(f"{protest} the visas illegal.").events if e.cameo == "111"]
    assert [e.target.code if e.target else "" for e in tied] == ["TGO"]
    assert [e.target.code if e.target else "" for e in other] == [""]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's checks at the Aflao crossing hold commuters for an hour. Ghana's president "
        "should lift them and instead press Lome to act.",
        "Ghana's new border checks hold lorries for hours. The government in Accra should ease "
        "them and instead press Togo on smuggling.",
    ],
)
def test_a_pronoun_fallen_home_takes_the_other_state(extract: Extract, text: str) -> None:
    got = root_events(extract(text))
    assert ("GHA", "TGO", "08", "possible") in got, got
    assert not {e for e in got if e[0] == e[1] == "GHA" and e[2] == "08"}


def test_a_reflexive_pronoun_stays_home(extract: Extract) -> None:
    got = root_events(extract("Ghana said it would defend itself and press Togo to act."))
    assert not {e for e in got if e[1] == "TGO" and e[2] == "05"}


@pytest.mark.parametrize(
    "text",
    [
        "Presidents John Mahama and Faure Gnassingbe signed a declaration committing both "
        "governments to build a road.",
        "Presidents John Mahama and Faure Gnassingbe met in Accra on Monday.",
    ],
)
def test_a_plural_title_before_two_names(extract: Extract, text: str) -> None:
    """ "Presidents A and B": both are the subject (``_plural_titles``)."""
    got = country_roots(extract(text, date="2025-06-20"))
    assert {("GHA", "TGO"), ("TGO", "GHA")} <= {k[:2] for k in got}, got
