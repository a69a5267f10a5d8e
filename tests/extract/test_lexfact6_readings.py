"""Lexicon gaps, spurious events and factuality scope (issue 9, sections 2-4), each on several
states and phrasings: inverted conditions, claimed and accused acts, calling off, descriptive
compounds, joint security cooperation, evacuations, warnings about another's act and a
state's diplomatic protest. The suite crosses the same classes (phenomena_lexfact6.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import country_triples

from realpolitik.extract import load_nlp
from realpolitik.extract._nlp import repair_parse
from realpolitik.extract.factuality import inverted_clause
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    """(source country, target country or "", CAMEO root, factuality) of every event."""
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2], e.factuality)
        for e in ex.events
    }


# -- (a) inverted conditions -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Should Mexico fire rockets into China, oil prices would rise.", ("MEX", "CHN", "19")),
        ("Should Berlin telephone Lebanon, markets would tumble.", ("DEU", "LBN", "04")),
        ("Should Turkey cut gas supplies to Greece, prices would soar.", ("TUR", "GRC", "16")),
        ("Were China to cut gas supplies to Japan, oil prices would soar.", ("CHN", "JPN", "16")),
        ("Were India to attack Pakistan, the region would be destabilised.", ("IND", "PAK", "19")),
        ("Had Egypt sent troops to Libya, the war would have spread.", ("EGY", "LBY", "07")),
        ("Had Ankara expelled the Swedish ambassador, ties would have collapsed.", ("TUR", "SWE", "16")),
        ("Should the Chinese navy blockade Taiwan, markets would tumble.", ("CHN", "TWN", "19")),
    ],
)  # fmt: skip
def test_an_inverted_condition_is_possible(extract: Extract, text: str, want: tuple) -> None:
    got = events(extract(text))
    assert (*want, "possible") in got, got
    assert not any(e[3] == "asserted" for e in got), got


def test_the_clause_is_read_again_as_a_verbs_clause() -> None:
    """ "Should Mexico fire rockets ...": parsed alone the words make a noun phrase; read again
    in declarative order, "fire" is the clause's verb, Mexico its subject, hung on "rise"."""
    doc = load_nlp()("Should Ilham Aliyev block imports from Nigeria, oil prices would rise.")
    sent = next(iter(doc.sents))
    assert inverted_clause(sent) == (0, 7)
    repair_parse(sent)
    block = doc[3]
    assert (block.pos_, block.dep_, block.head.text) == ("VERB", "advcl", "rise")
    assert {c.text for c in block.children if c.dep_ == "nsubj"} == {"Aliyev"}
    assert doc[0].head.i == block.i


@pytest.mark.parametrize(
    "text",
    [
        "Should Egypt attack Sudan?",  # a question: no condition, no repair
        "Had talks with Iran on Monday, India signed a deal.",  # no modal in a main clause
        "Were the talks a success? Nobody knows.",
    ],
)
def test_no_inverted_condition_without_its_shape(text: str) -> None:
    sent = next(iter(load_nlp()(text).sents))
    assert inverted_clause(sent) is None


def test_a_counterfactual_main_clause_is_no_threat(extract: Extract) -> None:
    got = events(extract("Had Britain not intervened, France would have invaded Belgium."))
    assert ("FRA", "BEL", "19", "possible") in got
    assert not any(e[2] == "13" for e in got), got


# -- (b) claims and accusations ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Armenia claims Azerbaijan shelled Armenian villages.", ("AZE", "19")),
        ("Russia claims that Ukraine attacked the Kursk region.", ("UKR", "19")),
        ("Israel claimed Iran had supplied missiles to Yemen.", ("IRN", "07")),
        ("Egypt claims Ethiopia cut off water supplies to Sudan.", ("ETH", "16")),
    ],
)
def test_a_claimed_act_is_reported(extract: Extract, text: str, act: tuple) -> None:
    got = events(extract(text))
    mine = [e for e in got if e[:1] == act[:1] and e[2] == act[1]]
    assert mine and all(e[3] == "reported" for e in mine), got


@pytest.mark.parametrize(
    ("text", "accusation"),
    [
        ("Iran accused Israel of attacking its embassy in Syria.", ("IRN", "ISR")),
        ("Pakistan accused India of shelling border villages.", ("PAK", "IND")),
        ("Serbia accused Kosovo of expelling Serbian diplomats.", ("SRB", "KSV")),
        ("Beijing accused Washington of carrying out airstrikes on Taiwan.", ("CHN", "USA")),
    ],
)
def test_an_accused_act_is_no_asserted_event(
    extract: Extract, text: str, accusation: tuple
) -> None:
    got = events(extract(text))
    assert (*accusation, "11", "asserted") in got
    assert [e for e in got if e[3] == "asserted"] == [(*accusation, "11", "asserted")], got


# -- (c) calling off ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Germany called off a trade fair with Russia.", ("DEU", "RUS", "160")),
        ("Spain called off a military exercise with Morocco.", ("ESP", "MAR", "160")),
        ("Pakistan called off a cricket series with India on Monday.", ("PAK", "IND", "160")),
        ("Australia cancelled a trade exhibition with China.", ("AUS", "CHN", "160")),
        ("Japan called off talks with North Korea on Tuesday.", ("JPN", "PRK", "164")),
        ("India called off its planned visit to China.", ("IND", "CHN", "161")),
    ],
)
def test_calling_off_cuts_relations(extract: Extract, text: str, want: tuple) -> None:
    assert want in country_triples(extract(text))
    assert not any(c.startswith("02") for _, _, c in country_triples(extract(text)))


def test_call_on_and_call_for_stay_appeals_and_call_off_alone_is_none(extract: Extract) -> None:
    assert ("IND", "PAK", "025") in country_triples(
        extract("India called on Pakistan to release the prisoners.")
    )
    assert ("FRA", "DZA", "020") in country_triples(
        extract("France called for talks with Algeria.")
    )
    assert (
        country_triples(extract("France called off the search for the missing sailors.")) == set()
    )


# -- (d) descriptive compounds -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cuba's trade fair opened in Havana.",
        "The UN sanctions committee met on Monday.",
        "Kenya's annual arms fair opened in Nairobi on Tuesday.",
        "The Chinese trade delegation said the new rules would take effect in March.",
    ],
)
def test_a_descriptive_compound_is_no_event(extract: Extract, text: str) -> None:
    assert extract(text).events == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Norway's peace envoy met Colombian officials.", ("NOR", "COL", "040")),
        ("A Pakistani peace delegation travelled to Afghanistan.", ("PAK", "AFG", "042")),
        ("Japan's trade minister visited Australia.", ("JPN", "AUS", "042")),
    ],
)
def test_the_compounds_actor_still_acts(extract: Extract, text: str, want: tuple) -> None:
    assert country_triples(extract(text)) == {want}


# -- (e) joint security cooperation ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Indonesia and Malaysia pledged to fight piracy together.", "031"),
        ("Kenya and Somalia agreed to fight terrorism together.", "031"),
        ("Nigeria and Chad vowed to combat terrorism jointly.", "031"),
        ("Colombia and Mexico pledged to tackle drug trafficking together.", "031"),
        ("Egypt and Jordan fought terrorism together.", "062"),
        ("Jordan and Egypt agreed to share intelligence.", "031"),
    ],
)
def test_fighting_a_scourge_together_is_cooperation(extract: Extract, text: str, code: str) -> None:
    got = country_triples(extract(text))
    assert {c for _, _, c in got} == {code}, got
    assert {(s, t) for s, t, _ in got} == {(a, b) for a, b, _ in got} and len(got) == 2


def test_fighting_a_state_stays_force(extract: Extract) -> None:
    assert country_triples(extract("Russia vowed to fight Ukraine.")) == {("RUS", "UKR", "138")}


# -- (g) evacuations, warnings about another, a state's protest --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "India sent aircraft to evacuate its citizens from Sudan.",
        "China sent ships to evacuate its nationals from Yemen.",
        "Britain dispatched planes to evacuate its diplomats from Niger.",
        "France evacuated its citizens from Haiti on Monday.",
    ],
)
def test_evacuating_ones_own_is_no_aid(extract: Extract, text: str) -> None:
    assert extract(text).events == []


def test_sending_aid_and_evacuating_civilians_stay_aid(extract: Extract) -> None:
    assert country_triples(extract("Jordan sent aid to Gaza.")) == {("JOR", "PSE", "070")}
    assert country_triples(extract("Egypt evacuated wounded civilians from Gaza.")) == {
        ("EGY", "PSE", "073")
    }


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Germany warned that Russia would attack Moldova.", ("RUS", "MDA")),
        ("Japan warned that China could blockade Taiwan.", ("CHN", "TWN")),
        ("Poland warned on Monday that Belarus might soon invade Lithuania.", ("BLR", "LTU")),
    ],
)
def test_a_warning_about_anothers_act_is_no_threat(
    extract: Extract, text: str, doer: tuple
) -> None:
    got = events(extract(text))
    assert {(s, t, f) for s, t, _, f in got} == {(*doer, "possible")}, got


def test_a_warning_of_punishment_stays_the_speakers_threat(extract: Extract) -> None:
    got = country_triples(extract("The United States warned that Iran would pay a heavy price."))
    assert got == {("USA", "IRN", "138")}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brazil protested Argentina's decision to expel its ambassador.", ("BRA", "ARG", "114")),
        ("Tokyo protested Beijing's decision to impose a fishing ban.", ("JPN", "CHN", "114")),
        ("The United States protested China's decision to close the consulate.", ("USA", "CHN", "114")),
        ("Greek fishermen protested Turkey's decision.", ("GRC", "TUR", "140")),
        ("Chileans protested the pension reform.", ("CHL", "CHL", "140")),
    ],
)  # fmt: skip
def test_a_states_protest_is_diplomatic(extract: Extract, text: str, want: tuple) -> None:
    assert country_triples(extract(text)) == {want}
