"""Classes of practice2's practice set on minimal sentences: a counted phrase above two ("the
three juntas") is the list of that many states named before it; a region's noun on an office
("Washington's Africa adviser") is the office's remit, no party; a verb the parser joined to a
complement's copula ("said the shipments were dangerous and called on X") is the speaker's own.
The suite's tables: ``phenomena_practice2.py``."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, repaired, word

from realpolitik.extract._counted_lists import counted_number
from realpolitik.extract._portfolio_regions import portfolio_region
from realpolitik.models import Extraction


def _events(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2]) for e in ex.events
    }


# -- counted lists ---------------------------------------------------------------------------
def test_a_count_above_two_is_read_off_its_numeral(nlp: Any) -> None:
    doc = repaired(nlp, "The three governments and the two sides and the four ministers met.")
    assert counted_number(word(doc, "governments")) == 3
    assert counted_number(word(doc, "sides")) is None  # "two" is the pair's own reading
    assert counted_number(word(doc, "ministers")) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Mali, Burkina Faso and Niger recalled their ambassadors from Algiers on Sunday. "
        "The three juntas accused Algeria of sponsoring terrorism.",
        "Chad, Sudan and Libya held talks in N'Djamena. "
        "The three governments accused Algeria of arming the rebels.",
        "Chadian, Sudanese and Libyan officials met in Tripoli. "
        "The three military governments condemned Algeria.",
    ],
)
def test_the_counted_phrase_is_the_whole_list(extract: Extract, text: str) -> None:
    got = _events(extract(text))
    listed = {e[0] for e in got if e[1] == "DZA" and e[2] == "11"}
    assert len(listed) == 3 and "DZA" not in listed


def test_a_count_with_no_list_of_that_many_names_no_one(extract: Extract) -> None:
    got = _events(extract("Kenya and Uganda met. The three governments condemned Somalia."))
    assert not [e for e in got if e[1] == "SOM" and e[0] in ("KEN", "UGA")]


# -- portfolio regions -----------------------------------------------------------------------
def test_a_region_noun_before_an_office_is_a_portfolio() -> None:
    text = "Washington's Africa adviser met African diplomats and the Middle East envoy."
    at = text.index("Africa ")
    assert portfolio_region(text, at, at + len("Africa"), "group", None)
    adj = text.index("African diplomats")
    assert not portfolio_region(text, adj, adj + len("African diplomats"), "group", None)
    envoy = text.index("Middle East envoy")
    assert portfolio_region(text, envoy, envoy + len("Middle East envoy"), "group", None)
    assert not portfolio_region(text, 0, len("Washington"), "capital", "USA")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Washington's Africa adviser urged Sudan to halt attacks.", ("USA", "SDN", "02")),
        ("Beijing's Middle East envoy visited Israel on Monday.", ("CHN", "ISR", "04")),
        ("Britain's Europe minister criticised Hungary.", ("GBR", "HUN", "11")),
        ("The French Africa envoy met Chad's foreign minister.", ("FRA", "TCD", "04")),
    ],
)
def test_the_office_is_its_owners(extract: Extract, text: str, want: tuple[str, ...]) -> None:
    got = _events(extract(text))
    assert want in got
    assert not [e for e in got if e[0] in ("AFR", "MEA", "EUR", "ASA")]


def test_an_adjective_region_stays_a_party(extract: Extract) -> None:
    got = _events(extract("African leaders condemned France on Monday."))
    assert ("AFR", "FRA", "11") in got


# -- a verb joined to a complement's copula --------------------------------------------------
def test_the_verb_joined_to_the_copula_is_the_speakers(nlp: Any) -> None:
    doc = repaired(
        nlp, "Ethiopia warned that the shipments were dangerous and called on Egypt to stop."
    )
    assert word(doc, "called").head.text == "warned"
    inner = repaired(nlp, "Ethiopia said the troops crossed the river and attacked a village.")
    assert word(inner, "attacked").head.text == "crossed"  # (no copula: the troops' own verb)
    party = repaired(nlp, "Kenya said the army was ready and called up its reservists.")
    assert word(party, "called").head.text != "said"  # (a party may do it: the army's own)


def test_the_appeal_after_the_complement_is_coded(extract: Extract) -> None:
    got = _events(
        extract("Kenya said that the deployment was reckless and urged Uganda to withdraw.")
    )
    assert ("KEN", "UGA", "02") in got


# -- a denial by calling the charge false ----------------------------------------------------
@pytest.mark.parametrize(
    "second",
    [
        "Eritrea called the accusation a fabrication.",
        "Asmara called the charges baseless.",
        "Eritrea's foreign ministry described the allegations as groundless.",
    ],
)
def test_a_charge_called_false_is_denied(extract: Extract, second: str) -> None:
    got = _events(extract("Ethiopia accused Eritrea of massing troops. " + second))
    assert ("ERI", "ETH", "01") in got


def test_a_charge_called_serious_is_no_denial(extract: Extract) -> None:
    got = _events(extract("Ethiopia accused Eritrea of massing troops. Kenya called it serious."))
    assert not [e for e in got if e[2] == "01"]


# -- the backer of a proposal ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sudan rejected a U.S.-backed proposal for a truce.", ("SDN", "USA", "12")),
        ("Kenya rejected a Saudi-backed plan for talks.", ("KEN", "SAU", "12")),
        ("Chad welcomed the French-drafted resolution.", ("TCD", "FRA", "05")),
    ],
)
def test_the_backer_of_a_proposal_is_its_party(
    extract: Extract, text: str, want: tuple[str, ...]
) -> None:
    assert want in _events(extract(text))


def test_a_maker_or_a_backer_of_fighters_stays_no_party(extract: Extract) -> None:
    got = _events(extract("Israel struck Iran-backed militias in Syria."))
    assert not [e for e in got if e[1] == "IRN"]
    got = _events(extract("Ukraine shot down Iranian-made drones."))
    assert not [e for e in got if e[1] == "IRN"]


# -- "has since" -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Egypt has since shipped weapons to Somalia and pledged troops to the force there.",
        "Algeria has since shipped weapons to Niger and promised more help.",
        "Mexico has since shipped weapons to Belarus and promised more help.",
    ],
)
def test_since_is_the_participles_adverb(nlp: Any, text: str) -> None:
    doc = repaired(nlp, text)
    shipped = word(doc, "shipped")
    assert word(doc, "since").head.i == shipped.i
    assert word(doc, "weapons").head.i == shipped.i
    assert shipped.dep_ == "ROOT"


def test_the_act_after_has_since_is_coded(extract: Extract) -> None:
    got = _events(extract("France has since supplied artillery to Chad and promised more help."))
    assert ("FRA", "TCD", "07") in got


def test_since_as_a_conjunction_is_left_alone(nlp: Any) -> None:
    doc = repaired(nlp, "Mali has not spoken to Algeria since the drone was shot down.")
    assert word(doc, "since").head.lemma_ != "drone"
    assert word(doc, "spoken").dep_ == "ROOT"


# -- a table surname as another person's given name ------------------------------------------
def test_a_surname_before_another_name_is_no_listed_person(registry: Any) -> None:
    text = "Defence Minister Yassin Ibrahim said the country would recall its ambassador."
    codes = [m.ref.code for m in registry.find_mentions(text, "2025-05-07")]
    assert not [c for c in codes if c.startswith("PSE")]
    for kept in ("Putin Tuesday said Russia would respond.", "Lavrov Lindqvist met them."):
        got = [m.ref.code for m in registry.find_mentions(kept, "2025-05-07")]
        assert ("RUSGOV" in got) == kept.startswith("Putin")


def test_the_unlisted_ministers_act_is_his_states(extract: Extract) -> None:
    got = _events(extract("Sudan's defence minister, Putin Haddad, accused Chad of arming rebels."))
    assert ("SDN", "TCD", "11") in got
    assert not [e for e in got if e[0] == "RUS"]
