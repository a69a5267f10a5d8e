"""Actor resolution classes of fresh7 and earlier sets (issue 9, names16): role nouns of no
state, a fronted capital's bare government, the shared demonym "Dominican", two leaders of
"President NAME of A and B's NAME", apposed names carried to a bare name, the second agent of a
passive after a relative clause, an opening name read as an adverb, an event noun in the
"to" phrase of a controlled verb, and datelines with Latin-1 capitals. The suite crosses the
same with many states (phenomena_names16.py)."""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, country_roots, root_events

from realpolitik.actors import ActorRegistry
from realpolitik.extract._dateline import dateline_state
from realpolitik.extract._joint_subject import titled_of_conjunct
from realpolitik.extract._mention_parts import Mention
from realpolitik.extract._role_repairs import agent_conjunct
from realpolitik.extract._shared_demonyms import shared_demonyms
from realpolitik.models import ActorRef

_DATE = "2025-03-01"


# -- role nouns of no state -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "Ethiopia's prime minister thanked Norway for its support and said his government "
            "would free 30 detained fighters.",
            "NOR",
        ),
        ("Sudan's army said it had captured 12 rebel commanders after talks with Egypt.", "EGY"),
        (
            "Peru's president praised Chile and said his government would release 20 detained "
            "fighters.",
            "CHL",
        ),
    ],
)
def test_role_noun_not_the_other_party(extract: Extract, text: str, other: str) -> None:
    """The fighters are not the thanked state's or the talks' other side's."""
    got = country_roots(extract(text, date=_DATE))
    assert not [e for e in got if e[1] == other and e[2] not in ("04", "05")], got


def test_role_noun_not_placed_at_home_instead(extract: Extract) -> None:
    """With the talks' other side dropped, the one state left (the doer's) does not place the
    militants either: they stay of no state."""
    got = country_roots(
        extract("Nigeria's army killed 20 militants after talks with Chad.", date=_DATE)
    )
    assert not [e for e in got if e[1] in ("TCD", "NGA")], got


def test_role_noun_still_placed_where_it_is(extract: Extract) -> None:
    """ "militants in an airstrike in eastern Afghanistan" are placed there, as before."""
    text = "The U.S. military said it killed 5 militants in an airstrike in eastern Afghanistan."
    assert ("USA", "AFG", "19") in country_roots(extract(text, date=_DATE))


def test_role_noun_struck_scene_kept(extract: Extract) -> None:
    """One doer's two acts on one scene ("struck Gaza and killed 20 militants") keep the
    scene's state for the militants: not a reported clause coordinated with another act."""
    got = country_roots(extract("Israel struck Gaza and killed 20 militants.", date=_DATE))
    assert ("ISR", "PSE", "19") in got


# -- a fronted capital places a bare government --------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In Tbilisi, the foreign ministry announced new sanctions on Russia.", ("GEO", "RUS", "16")),
        ("In Hanoi, the foreign ministry accused China of violating its waters.", ("VNM", "CHN", "11")),
        ("At Nairobi, the ministry condemned Somalia.", ("KEN", "SOM", "11")),
    ],
)  # fmt: skip
def test_fronted_capital_places_government(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    assert want in country_roots(extract(text, date=_DATE))


def test_fronted_capital_never_a_target(extract: Extract) -> None:
    """names15's rule holds: the fronted capital is where the doer speaks, never its target."""
    got = country_roots(extract("In Tbilisi, the interior ministry denied the report.", date=_DATE))
    assert not [e for e in got if e[1] == "GEO"], got


# -- "Dominican" ---------------------------------------------------------------------------
_DOMINICAN = "Dominican"


@pytest.mark.parametrize(
    ("text", "others", "dateline", "want"),
    [
        ("The Dominican prime minister criticized Cuba.", [], None, "DMAGOV"),
        ("The Dominican president criticized Cuba.", [], None, "DOMGOV"),
        ("The Dominican government criticized Cuba.", [], "DMA", "DMAGOV"),
        ("The Dominican government criticized Cuba. Roseau said ...", ["DMA"], None, "DMAGOV"),
        ("The Dominican government criticized Cuba. Roseau and Santo Domingo ...",
         ["DMA", "DOM"], None, "DOMGOV"),
        ("The Dominican prime minister met Abinader.", ["DOM"], None, "DOMGOV"),
    ],
)  # fmt: skip
def test_shared_demonym_by_clues(
    text: str, others: list[str], dateline: str | None, want: str
) -> None:
    """The record's other mentions (a name, capital, leader) or its dateline decide; with
    neither, an office only Dominica has."""
    start = text.index(_DOMINICAN)
    ref = ActorRef(_DOMINICAN, "DOMGOV", "DOM")
    m = Mention(start, start + len(_DOMINICAN), ref, "demonym")
    extra = [
        Mention(100 + k, 101 + k, ActorRef("x", iso3, iso3), "capital")
        for k, iso3 in enumerate(others)
    ]
    got = shared_demonyms(text, [m, *extra], dateline)
    assert got[0].ref.code == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Dominican prime minister visited Venezuela.", ("DMA", "VEN", "04")),
        ("ROSEAU, March 3 (Wire) - The Dominican government protested to Venezuela.",
         ("DMA", "VEN", "11")),
        ("SANTO DOMINGO, March 3 (Wire) - The Dominican government protested to Haiti.",
         ("DOM", "HTI", "11")),
        ("The Dominican president visited Haiti.", ("DOM", "HTI", "04")),
    ],
)  # fmt: skip
def test_dominican_in_text(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert want in country_roots(extract(text, date=_DATE))


# -- two leaders -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "President Kai Temba of Ghana and Togo's Ola Fenn signed an accord.",
        "President Kai Temba of Ghana and Togo's President Ola Fenn signed an accord.",
        "President Kai Temba of Ghana and Togo's Prime Minister Ola Fenn signed an accord.",
        "The accord was signed by President Kai Temba of Ghana and Togo's Ola Fenn.",
    ],
)
def test_two_leaders_of(extract: Extract, text: str) -> None:
    got = country_roots(extract(text, date=_DATE))
    assert {("GHA", "TGO", "05"), ("TGO", "GHA", "05")} <= got, got


def test_titled_of_conjunct_rehangs(nlp: Any) -> None:
    doc = nlp("President Kai Temba of Ghana and Togo's Ola Fenn signed an accord.")
    titled_of_conjunct(doc[:])
    fenn = doc[9]
    assert (fenn.dep_, fenn.head.text) == ("conj", "Temba")
    assert (doc[4].dep_, doc[4].head.text) == ("pobj", "of")


# -- an apposed name carries its state on ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kenya's envoy, Mwangi, met Uganda's president. Mwangi later criticized Uganda.",
         ("KEN", "UGA", "11")),
        ("Sheikh Faris bin Qadim, the Emirati minister of state, arrived in Mogadishu. Faris "
         "praised Somalia.", ("ARE", "SOM", "05")),
        ("Cardinal Pietro Parolin, the Vatican's secretary of state, arrived in Kampala. "
         "Parolin praised Uganda.", ("VAT", "UGA", "05")),
    ],
)  # fmt: skip
def test_apposed_name_later(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert want in country_roots(extract(text, date=_DATE))


def test_one_word_name_needs_closing_comma(extract: Extract) -> None:
    """ "Kenya's envoy, Mwangi met ..." (no closing comma) ties no one-word name: a name set
    off by commas on both sides is an apposition."""
    text = "Kenya's envoy, Mwangi met Uganda's president. Mwangi later criticized Uganda."
    got = country_roots(extract(text, date=_DATE))
    assert ("KEN", "UGA", "11") not in got


# -- two agents of a passive split by a relative clause --------------------------------------
def test_agent_conjunct_rehangs(nlp: Any) -> None:
    doc = nlp(
        "The agreement was signed by Ghana's trade minister, who is visiting Lome, and Togo's "
        "finance minister."
    )
    agent_conjunct(doc[:])
    second = doc[19]
    assert second.text == "minister" and (second.dep_, second.head.i) == ("conj", 8)


@pytest.mark.parametrize(
    "rel", ["who is visiting Lome", "who has served in Lome since 2022", "who arrived on Monday"]
)
def test_split_agents_both_sign(extract: Extract, rel: str) -> None:
    text = (
        f"The agreement was signed by Ghana's trade minister, {rel}, and Togo's finance minister."
    )
    got = country_roots(extract(text, date=_DATE))
    assert {("GHA", "TGO", "05"), ("TGO", "GHA", "05")} <= got, got


# -- suite rows weak at other seeds ---------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Philippines ordered tank units to the Greek border on Monday.",
        "Turkey ordered tank units to the border with Azerbaijan on Monday.",
        "Greece ordered tank units to the Vietnamese border on Tuesday.",
    ],
)
def test_opening_name_is_subject(extract: Extract, text: str) -> None:
    got = root_events(extract(text, date=_DATE))
    assert any(e[2] == "15" and e[3] == "asserted" and e[0] != "---" for e in got), got
    assert not any(e[2] == "10" for e in got), got


def test_proposal_under_refusal_is_no_event(extract: Extract) -> None:
    text = (
        "Japan's president visited Egypt this week. The president refused to commit Japan to "
        "Egypt's proposal."
    )
    got = root_events(extract(text, date=_DATE))
    assert ("JPN", "EGY", "12", "asserted") in got
    assert not any(e[0] == "EGY" for e in got), got


def test_latin1_dateline() -> None:
    reg = ActorRegistry.default()
    text = "SÃO TOMÉ, March 3 (Wire) - President Dickon Kettel visited Taiwan."
    assert dateline_state(reg, text, _DATE) == "STP"


def test_her_government_after_latin1_dateline(extract: Extract) -> None:
    text = (
        "SÃO TOMÉ, March 3 (Wire) - President Dickon Kettel visited Taiwan this week. Her "
        "government pledged aid to Taiwan."
    )
    got = country_roots(extract(text, date=_DATE))
    assert ("STP", "TWN", "03") in got, got
