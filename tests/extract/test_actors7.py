"""Actor classes of wire6's error analysis (issue 9, actors7): a state's institution named with
its possessor, collective names, acts on ships and aircraft (the flag or owner state is the
target, never the doer's own), and acts told from the receiver ("X received jets from Y" is
Y's act toward X). The suite crosses the same classes (phenomena_actors7.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document, load_lexicon
from realpolitik.models import Document, Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2])
        for e in ex.events
        if e.factuality == "asserted"
    }


def _codes(registry: ActorRegistry, text: str) -> list[str]:
    return [m.ref.code for m in registry.find_mentions(text, "2024-06-20")]


# -- (a) a state's institution named with its possessor ---------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("South Korea's Joint Chiefs of Staff", "KORMIL"),
        ("Taiwan's Joint Chiefs", "TWNMIL"),
        ("the South Korean Joint Chiefs of Staff", "KORMIL"),
        ("Japan's Defense Department", "JPNMIL"),
        ("Japan's House of Representatives", "JPNLEG"),
        ("Canada's House of Commons", "CANLEG"),
        ("Japan's Self-Defense Forces", "JPNMIL"),
        ("Israel's Knesset", "ISRLEG"),
        ("the US Joint Chiefs of Staff", "USAMIL"),  # the body's own state keeps it
        ("Russia's State Duma", "RUSLEG"),
        ("the Joint Chiefs of Staff", "USAMIL"),  # no possessor: the famous body
    ],
)
def test_a_possessed_body_is_the_possessors(registry: ActorRegistry, text: str, code: str) -> None:
    assert _codes(registry, text) == [code]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("South Korea's Joint Chiefs of Staff condemned North Korea.", "KOR", "PRK"),
        ("Taiwan's Joint Chiefs accused China of provocations.", "TWN", "CHN"),
        ("India's Defense Department criticized Pakistan on Tuesday.", "IND", "PAK"),
    ],
)
def test_the_possessor_acts(extract: Extract, text: str, source: str, target: str) -> None:
    got = _events(extract(text))
    assert (source, target, "11") in got, got
    assert not {e for e in got if e[0] == "USA"}, got  # never the US body of that name


# -- collective names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Western powers", "WST"),
        ("the West", "WST"),
        ("Western partners", "WST"),
        ("Gulf states", "PGS"),
        ("Gulf countries", "PGS"),
        ("Gulf Arab nations", "PGS"),
        ("the Quad", "IGOQUA"),
        ("Quad countries", "IGOQUA"),
        ("BRICS", "IGOBRC"),
        ("the BRICS bloc", "IGOBRC"),
        ("Nordic countries", "SCN"),
    ],
)
def test_collective_names_have_group_codes(registry: ActorRegistry, text: str, code: str) -> None:
    assert _codes(registry, text) == [code]


@pytest.mark.parametrize("text", ["world powers", "major powers", "great powers"])
def test_collectives_without_a_code_name_no_party(registry: ActorRegistry, text: str) -> None:
    assert _codes(registry, text) == []


def test_criticism_of_a_group_targets_the_group(extract: Extract) -> None:
    assert ("RUS", "WST", "11") in _events(extract("Russia criticized Western powers."))
    assert ("IRN", "PGS", "11") in _events(extract("Iran condemned the Gulf countries."))
    assert ("CHN", "", "11") in _events(extract("China criticized major powers."))


# -- (b) acts on ships and aircraft -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a Liberian-flagged tanker", "LBR"),
        ("an Israel-linked vessel", "ISR"),
        ("a Greek-owned bulk carrier", "GRC"),
        ("a Panama-registered cargo ship", "PAN"),
    ],
)
def test_the_flag_of_a_craft_is_a_party(registry: ActorRegistry, text: str, code: str) -> None:
    assert _codes(registry, text) == [code]


@pytest.mark.parametrize(
    "text",
    ["Chinese-made drones", "an Iran-bound ship", "Russia-linked hackers", "US-owned companies"],
)
def test_other_modifiers_stay_out(registry: ActorRegistry, text: str) -> None:
    assert [c for c in _codes(registry, text) if not c.startswith("---")] == []


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("A Houthi missile hit a Maltese-flagged tanker in the Red Sea.", "YEM", "MLT", "19"),
        ("Iran seized a Liberian-flagged tanker in the Gulf of Oman.", "IRN", "LBR", "17"),
        ("Yemen's Houthis attacked an Israel-linked vessel.", "YEM", "ISR", "19"),
        ("Iran seized a Greek-owned ship on Friday.", "IRN", "GRC", "17"),
        ("Chinese coast guard ships rammed a Philippine-flagged supply boat.", "CHN", "PHL", "17"),
        ("Somali pirates hijacked a Panama-flagged bulk carrier.", "SOM", "PAN", "18"),
    ],
)
def test_an_act_on_a_craft_targets_its_flag(
    extract: Extract, text: str, source: str, target: str, root: str
) -> None:
    got = _events(extract(text))
    assert (source, target, root) in got, got
    assert not {e for e in got if e[0] == e[1]}, got


# -- (c) acts told from the receiver -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "giver", "receiver", "root"),
    [
        ("Ukraine received fighter jets from Denmark.", "DNK", "UKR", "07"),
        ("Ukraine received a shipment of missiles from Germany.", "DEU", "UKR", "07"),
        ("Kenya received aid from Japan on Monday.", "JPN", "KEN", "07"),
        ("Poland has received tanks from South Korea.", "KOR", "POL", "07"),
    ],
)
def test_the_giver_acts_toward_the_receiver(
    extract: Extract, text: str, giver: str, receiver: str, root: str
) -> None:
    got = _events(extract(text))
    assert (giver, receiver, root) in got, got
    assert not {e for e in got if e[0] == receiver}, got  # the receiver gives nothing


def test_no_giver_named_no_act(extract: Extract) -> None:
    got = _events(extract("Ukraine received F-16 jets on Tuesday."))
    assert not {e for e in got if e[0] == "UKR" and e[2] in ("06", "07")}, got


def test_a_user_row_can_name_the_receiver(
    nlp: Any, registry: ActorRegistry, tmp_path: Path
) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("obtain\tV\tafter=from\t070\ttheme,rev\n", encoding="utf-8")
    lex = load_lexicon([path])
    doc = Document("t", "Armenia obtained howitzers from India.", "test", date="2024-06-20")
    got = _events(extract_document(doc, registry, None, nlp, lexicon=lex))
    assert ("IND", "ARM", "07") in got, got
