"""fresh5's lexicon class L and class CA, and leftovers of earlier rounds (lex13), each on
minimal sentences with several states and ways of naming them: "handed X Y" (the thing handed
goes to X), a plane carrying aid that lands in X (aid to X, no second act for the cargo),
refusals of acts nobody had a row for ("would not change the treaty / subsidise / waive
fees"), modal threats conditioned on another party ("hinted it could raise fees if Y ..."),
offers of no act (no event), regions named by compound demonyms ("Central American": never the
USA), members suspended by a bloc, mission forces ("the new force in Haiti": Haiti itself),
"assured X that it would not tolerate" (aimed at X) and "ordered tank units to the border" read
as a participle. The suite's tables: ``phenomena_lex13.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from test_lex8 import _codes, _has

from realpolitik.actors import ActorRegistry
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


# (sentence, source, target, code or root)
CASES = [
    # "hand X Y": the thing handed goes to X (07), as "gave X Y"
    ("Japan handed the Philippine coast guard four patrol vessels.", "JPN", "PHL", "07"),
    ("Germany handed Ukraine two air defence systems.", "DEU", "UKR", "072"),
    ("Tokyo has handed Manila two patrol ships.", "JPN", "PHL", "07"),
    ("China handed Pakistan a loan of two billion dollars.", "CHN", "PAK", "071"),
    # a plane carrying aid lands in X: aid delivered to X (07)
    ("A Japanese military plane carrying tents and medicine landed in Manila.", "JPN", "PHL", "07"),
    ("An Indian air force plane carrying relief supplies landed in Kathmandu.", "IND", "NPL", "07"),
    ("Two Emirati aircraft carrying food and medicine have landed in Port Sudan.", "ARE", "SDN",
     "07"),
    ("A Turkish ship carrying humanitarian aid docked in Beirut.", "TUR", "LBN", "07"),
    # "would not" + an act that had no row: a refusal (12), aimed at who presses or benefits
    ("Chile's president said he would not change the treaty under pressure from Bolivia.",
     "CHL", "BOL", "12"),
    ("Spain said it would not subsidise Portuguese exports.", "ESP", "PRT", "12"),
    ("Egypt said it would not waive fees for Sudan.", "EGY", "SDN", "12"),
    ("Kenya told Uganda that it would not amend the treaty.", "KEN", "UGA", "12"),
    # modal threats conditioned on another party: the threat made (13), at that party
    ("Hungary has hinted that it could raise transit fees if Slovenia keeps blocking the deal.",
     "HUN", "SVN", "13"),
    ("Russia signalled it could cut gas supplies if Moldova joins the bloc.", "RUS", "MDA", "13"),
    ("Turkey said it could close the border if Greece continues the drills.", "TUR", "GRC", "13"),
    ("Erdogan hinted he might close the border with Greece.", "TUR", "GRC", "13"),
    # eased fees: 085 (and "would not waive" refuses it, above)
    ("Egypt waived port fees for Sudanese ships.", "EGY", "SDN", "085"),
    # a bloc suspends a member with no "from" phrase (160)
    ("The AU suspended Mali.", "IGO", "MLI", "160"),
    ("ECOWAS has suspended Niger after the coup.", "IGO", "NER", "160"),
    # regions named by compound demonyms: the region, never the USA
    ("Mexico urged North American leaders to cut tariffs.", "MEX", "NMR", "02"),
    ("The Central American presidents criticised Nicaragua.", "LAM", "NIC", "11"),
    ("South American states condemned Venezuela.", "LAM", "VEN", "11"),
    # "assured X that it would not tolerate ...": the refusal aimed at X
    ("China assured Pakistan that it would not tolerate any attack.", "CHN", "PAK", "12"),
    ("India assured Bhutan that it would not tolerate any incursion.", "IND", "BTN", "12"),
    # "ordered tank units to the border": a buildup (154), the parse repaired
    ("Azerbaijan ordered tank units to the border with Armenia.", "AZE", "ARM", "154"),
    ("Azerbaijan ordered tank units to the Armenian border.", "AZE", "ARM", "154"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "src", "tgt", "code"), CASES)
def test_lex13_rows_code_their_act(
    extract: Extract, text: str, src: str, tgt: str, code: str
) -> None:
    ex = extract(text)
    assert _has(ex, src, tgt, code), (text, _codes(ex))


NO_EVENT = [
    "Kenya's leader offers the opposite model.",
    "Uruguay offers an example for the region.",
    "Japan offered a lesson in restraint.",
    "Brazil handed Argentina a defeat in the final.",
    "The court handed down a ruling on Tuesday.",
    "The minister handed in his resignation.",
    "Zambia handed the SADC chairmanship to Zimbabwe.",
    "The army handed power to a civilian government.",
    "Japan did not change the treaty.",
    "The ministry suspended the official.",
    "The company suspended operations.",
    "A Central American government can fight gangs without suspending the constitution.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_lex13_no_act(extract: Extract, text: str) -> None:
    """Offers of no act, things handed that are no transfer, plain negations, suspensions of
    no state, and a region's generic government: no event."""
    ex = extract(text)
    assert not ex.events, (text, _codes(ex))


def test_offers_of_acts_and_aid_stay_intents(extract: Extract) -> None:
    for text, tgt in (
        ("India offered aid to Nepal.", "NPL"),
        ("Russia offered Ukraine a deal.", "UKR"),
        ("Qatar offered to mediate between Israel and Hamas.", "ISR"),
        ("Italy offered tents to Turkey.", "TUR"),
        ("Poland has offered 500 blankets to Ukraine.", "UKR"),
    ):
        ex = extract(text)
        assert any(t == tgt and c.startswith("03") for _, t, c, _ in _codes(ex)), (text, _codes(ex))


def test_cargo_is_no_second_act(extract: Extract) -> None:
    """The aid inside "a plane carrying aid landed in X" is the landing's cargo: one event."""
    ex = extract("A Turkish plane carrying aid landed in Damascus.")
    assert _codes(ex) == {("TUR", "SYR", "070", "asserted")}, _codes(ex)


def test_a_plane_carrying_a_minister_is_no_aid(extract: Extract) -> None:
    ex = extract("A Russian plane carrying the foreign minister landed in Pyongyang.")
    assert not any(c.startswith("07") for _, _, c, _ in _codes(ex)), _codes(ex)


def test_a_condition_on_the_speaker_itself_is_no_threat_made(extract: Extract) -> None:
    """ "could close the border if it is attacked": hypothetical, no asserted threat."""
    ex = extract("Turkey said it could close the border if it is attacked.")
    assert not any(f == "asserted" and c.startswith("13") for _, _, c, f in _codes(ex))


def test_the_mission_force_is_the_served_state(extract: Extract) -> None:
    """ "the new force in Haiti" is Haiti itself, not Haiti's military (nor unplaced)."""
    for text in (
        "Canada will send troops to the new force in Haiti.",
        "Kenya sent 400 police officers to the multinational force in Haiti.",
        "Jordan has sent soldiers to the international force in Port-au-Prince this week.",
    ):
        ex = extract(text)
        assert {e.target.code for e in ex.events if e.target} == {"HTI"}, (text, _codes(ex))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Central American", "LAM"), ("South American", "LAM"), ("Latin Americans", "LAM"),
        ("Mesoamerican", "LAM"), ("North American", "NMR"), ("West African", "WAF"),
        ("East African", "EAF"), ("North African", "NAF"), ("Southern African", "SAF"),
        ("Western European", "EUR"), ("West Asian", "MEA"),
    ],
)  # fmt: skip
def test_compound_demonyms_name_regions(registry: ActorRegistry, text: str, code: str) -> None:
    """A compound demonym whose last word is a state's names the region (class CA); after an
    article too ("the West African bloc" is no "the West")."""
    for phrase in (f"{text} leaders met.", f"Troops from the {text} bloc arrived."):
        got = [(m.text, m.ref.code) for m in registry.find_mentions(phrase, "2024-06-20")]
        codes = [c for _, c in got]
        assert code in codes and "USAGOV" not in codes and "WST" not in codes, (phrase, got)


def test_a_measure_named_before_reaches_a_third_state(extract: Extract) -> None:
    """ "X imposed restrictions on Y. The restrictions now extend to Z": X's sanction on Z, and
    the ban noun is the measure, no act of an unnamed doer."""
    for text, src, tgt in (
        ("Russia imposed restrictions on Polish imports. The restrictions now extend to "
         "Lithuania.", "RUS", "LTU"),
        ("The EU imposed sanctions on Russia. The sanctions also extend to Belarus.", "IGO", "BLR"),
        ("Japan banned imports from China. The ban now extends to Vietnam.", "JPN", "VNM"),
        ("Russia's restrictions on Polish imports extend to Lithuania.", "RUS", "LTU"),
    ):  # fmt: skip
        ex = extract(text)
        assert _has(ex, src, tgt, "16"), (text, _codes(ex))
        assert all(s != "---" for s, _, _, _ in _codes(ex)), (text, _codes(ex))
