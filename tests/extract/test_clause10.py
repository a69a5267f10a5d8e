"""Relative clauses, joint subjects and refusal scope (issue 9 sections 1, 3 and 7, task
clause10): each rule on a minimal parsed sentence, then end to end on a few states and
phrasings (``phenomena_clause10.py`` crosses them with many more in the suite).

R: an act with no target in a comma-set relative clause or participle is no news; J: "with Z
present" is no partner, "the two" is a joint subject, judges of a deal are no partners; F: a
"would not" clause under a promise is no refusal; S: no comment is no event; D: a trip on one's
own side is no visit; and the weapon-maker stage keeps "weapons of mass destruction against X".
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, root_events

from realpolitik.extract._folding import assurance_to
from realpolitik.extract._instruments import instrument_tokens
from realpolitik.extract._mention_parts import bare_pair
from realpolitik.extract._promised import promised_content
from realpolitik.extract.parties.reciprocal import onlooker


def _tok(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


# -- the rules on one parsed sentence ------------------------------------------------------------
def test_an_aim_phrase_inside_a_weapon_modifier_is_no_means(nlp: Any) -> None:
    doc = nlp("Greece is using weapons of mass destruction against Syria.")
    means = instrument_tokens(_tok(doc, "using"), "20", doc[:])
    assert _tok(doc, "weapons").i in means and _tok(doc, "destruction").i in means
    assert _tok(doc, "Syria").i not in means and _tok(doc, "against").i not in means


def test_an_absolute_with_phrase_names_an_onlooker(nlp: Any) -> None:
    present = nlp("Kenya and Ethiopia met in Rome, with a Norwegian envoy present.")
    room = nlp("Kenya and Ethiopia met in Rome, with a Norwegian diplomat in the room.")
    talks = nlp("Kenya held talks with Norway in Rome.")
    assert onlooker("with", _tok(present, "present"))
    assert onlooker("with", _tok(room, "diplomat"))
    assert not onlooker("with", _tok(talks, "Norway"))
    assert not onlooker("in", _tok(room, "room"))


def test_a_bare_pair_word_is_a_joint_subject(nlp: Any) -> None:
    doc = nlp("Lavrov met Wang in Beijing, and the two agreed to stay in touch.")
    both = nlp("Poland met Lithuania, and both promised to cooperate.")
    leaders = nlp("The two leaders agreed to meet again.")
    assert bare_pair(_tok(doc, "two")) and bare_pair(_tok(both, "both"))
    assert not bare_pair(_tok(leaders, "two"))  # "the two leaders": the mention layer's case
    assert not bare_pair(_tok(doc, "Lavrov"))


def test_a_would_not_clause_under_a_promise_is_its_content(nlp: Any) -> None:
    doc = nlp("Nepal assured China that it would not allow its territory to be used against it.")
    said = nlp("Mexico said it would not allow foreign troops on its soil.")
    assert promised_content(_tok(doc, "allow"))
    assert not promised_content(_tok(said, "allow"))
    promised = nlp("Mongolia promised Russia that it would not join NATO.")
    vowed = nlp("Syria vowed not to return the Golan Heights.")
    pledged = nlp("Kabul pledged that it would not allow militants to use its soil.")
    assert assurance_to(_tok(promised, "promised")) and assurance_to(_tok(pledged, "pledged"))
    assert not assurance_to(_tok(vowed, "vowed"))


def test_acts_inside_a_ruled_out_clause_are_negated(extract: Extract) -> None:
    keys = root_events(extract("Kathmandu pledged that it would not let its soil be used for attacks "
                         "on China."))  # fmt: skip
    assert ("NPL", "CHN", "03", "asserted") in keys
    assert ("NPL", "CHN", "19", "negated") in keys and not any(
        k[3] == "asserted" for k in keys if k[2] == "19"
    )


def test_a_promise_to_an_unknown_addressee_concerns_the_aim(extract: Extract) -> None:
    text = (
        "The Indian prime minister assured her visitor that Bhutan would not let its land be "
        "used against China."
    )
    assert root_events(extract(text)) == {("IND", "CHN", "03", "asserted")}


# -- end to end -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Greece is using weapons of mass destruction against Syria.", ("GRC", "SYR", "20")),
        ("Iran used chemical weapons against Iraq.", ("IRN", "IRQ", "20")),
        ("Russia fired North Korean missiles at Kyiv.", ("RUS", "UKR", "19")),
    ],
)
def test_the_weapon_stage_keeps_the_aim(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    assert want in {k[:3] for k in root_events(extract(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Chile, Peru and Ecuador, which had backed the text until recently, voted against.",
        "Norway, which had supported the resolution for years, abstained on Tuesday.",
        "The summit, hosted by Qatar's emir, opened in Doha on Monday.",
        "The talks, hosted by the Omani foreign minister, ended without a deal.",
    ],
)
def test_an_aside_with_no_target_is_no_news(extract: Extract, text: str) -> None:
    assert root_events(extract(text)) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (a subject's relative clause is a scene even with a target since clause11: class R)
        (
            "Armenia, supplied with drones by Vietnam, has built up its air defences.",
            ("VNM", "ARM"),
        ),
        ("It was Russia that launched the missiles at Kyiv.", ("RUS", "UKR")),
        ("Iran and the US met in talks hosted by Oman.", ("OMN", "IRN")),
    ],
)
def test_an_aside_with_a_target_and_a_restrictive_clause_stay(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    assert want in {k[:2] for k in root_events(extract(text))}


@pytest.mark.parametrize(
    ("text", "a", "b", "z"),
    [
        ("Kenya's foreign minister and Ethiopia's Redwan met in Rome, with a Norwegian envoy "
         "present.", "KEN", "ETH", "NOR"),
        ("Sergei Lavrov and Wang Yi met in Beijing, with a Turkish diplomat in the room.",
         "RUS", "CHN", "TUR"),
        ("The presidents of Chile and Peru held talks in Lima, with the Bolivian foreign "
         "minister looking on.", "CHL", "PER", "BOL"),
    ],
)  # fmt: skip
def test_the_onlooker_is_no_partner(extract: Extract, text: str, a: str, b: str, z: str) -> None:
    pairs = {k[:2] for k in root_events(extract(text))}
    assert (a, b) in pairs and (b, a) in pairs
    assert not any(z in p for p in pairs)


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Lavrov met Wang Yi in Beijing on Monday, and the two agreed to stay in touch.",
         "RUS", "CHN"),
        ("Poland and Lithuania met in Vilnius, and both promised to cooperate on defence.",
         "POL", "LTU"),
        ("Modi held talks with Sheikh Hasina in Delhi, and the pair agreed to expand trade.",
         "IND", "BGD"),
    ],
)  # fmt: skip
def test_the_two_are_a_joint_subject(extract: Extract, text: str, a: str, b: str) -> None:
    keys = root_events(extract(text))
    assert (a, b, "03", "asserted") in keys and (b, a, "03", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "a", "b", "root"),
    [
        ("Russia and France welcomed the deal.", "RUS", "FRA", "05"),
        ("Germany and Italy praised the agreement on Monday.", "DEU", "ITA", "05"),
        ("Japan and South Korea condemned the pact.", "JPN", "KOR", "11"),
    ],
)
def test_judges_of_a_deal_are_no_partners(
    extract: Extract, text: str, a: str, b: str, root: str
) -> None:
    assert root_events(extract(text)) == {(a, "", root, "asserted"), (b, "", root, "asserted")}


def test_a_joint_commitment_still_pairs(extract: Extract) -> None:
    keys = root_events(extract("Russia and China pledged to deepen their cooperation."))
    assert ("RUS", "CHN", "03", "asserted") in keys and ("CHN", "RUS", "03", "asserted") in keys


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Nepal assured China that it would not allow its territory to be used against Beijing.",
         "NPL", "CHN"),
        ("Mongolia promised Russia that it would not join NATO.", "MNG", "RUS"),
        ("Kazakhstan assured Moscow it would not host foreign bases.", "KAZ", "RUS"),
    ],
)  # fmt: skip
def test_an_assurance_is_a_promise_not_a_refusal(
    extract: Extract, text: str, a: str, b: str
) -> None:
    keys = root_events(extract(text))
    assert (a, b, "03", "asserted") in keys
    assert not any(k[2] in ("12", "13") for k in keys)
    assert all(k[3] != "asserted" for k in keys if k[2] != "03")


def test_a_plain_would_not_is_still_a_refusal(extract: Extract) -> None:
    assert ("ISR", "PSE", "12", "asserted") in root_events(
        extract("Israel would not allow aid into Gaza.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not comment.",
        "The Turkish foreign ministry declined to comment.",
        "A Kremlin spokesman refused to comment.",
        "Tokyo would not comment on the report.",
    ],
)
def test_no_comment_is_no_event(extract: Extract, text: str) -> None:
    assert root_events(extract(text)) == set()


def test_declining_comment_on_a_partys_proposal_is_011(extract: Extract) -> None:
    text = "The Turkish foreign ministry declined to comment on Greece's proposal."
    assert root_events(extract(text)) == {("TUR", "GRC", "01", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Chilean President Boric flew to a frontier town on his side of the river.",
        "The Chilean president travelled to a village in his own country.",
        "The Indian premier travelled to a town on its side of the border.",
    ],
)
def test_a_trip_at_home_is_no_visit(extract: Extract, text: str) -> None:
    assert root_events(extract(text)) == set()


def test_a_trip_abroad_is_a_visit(extract: Extract) -> None:
    assert ("RUS", "PRK", "04", "asserted") in root_events(extract("Lavrov flew to Pyongyang."))
