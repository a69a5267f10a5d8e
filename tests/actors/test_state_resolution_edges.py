"""How a typed name becomes what the store is searched for, at the edges: CAMEO against ISO
spellings (Kosovo KSV/XKX, East Timor TMP/TLS), capitals and demonyms of those states, COW
numbers of states that ended, people and bodies, and names that are no state. Stored countries
are ISO3 (``store.iso3_country``), so every way of naming a state must give its ISO3 code, and
a real store must find the same events whichever way the state was named."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from realpolitik.actors import countries
from realpolitik.actors.states import actor_code, state_code
from realpolitik.cli import cli
from realpolitik.errors import RealpolitikError
from realpolitik.models import ActorRef, Document, Event, Evidence, Extraction, Sentence
from realpolitik.store import Store, queries


@pytest.mark.parametrize(
    ("text", "iso3"),
    [
        ("KSV", "XKX"), ("XKX", "XKX"), ("Kosovo", "XKX"), ("Pristina", "XKX"),
        ("Kosovar", "XKX"), ("Kosovo government", "XKX"),
        ("TMP", "TLS"), ("TLS", "TLS"), ("East Timor", "TLS"), ("Timor-Leste", "TLS"),
        ("Dili", "TLS"), ("Timorese", "TLS"),
        ("Burma", "MMR"), ("Zaire", "COD"), ("Swaziland", "SWZ"), ("Türkiye", "TUR"),
        ("Côte d'Ivoire", "CIV"), ("Ivory Coast", "CIV"), ("Czechia", "CZE"),
        ("Macedonia", "MKD"), ("UK", "GBR"), ("GB", "GBR"), ("U.S.", "USA"), ("the US", "USA"),
        ("North Korean", "PRK"), ("Chinese", "CHN"), ("Russian", "RUS"),
        ("Moscow", "RUS"), ("Seoul", "KOR"), ("the Kremlin", "RUS"), ("Putin", "RUS"),
        ("Soviet Union", "SUN"), ("USSR", "SUN"), ("East Germany", "DDR"), ("YUG", "YUG"),
        ("365", "RUS"), ("260", "DEU"), ("265", "DDR"), ("817", "RVN"),
    ],
)  # fmt: skip
def test_every_spelling_gives_the_stored_iso3(text: str, iso3: str) -> None:
    assert state_code(text) == iso3
    assert countries.get(iso3) is not None  # a code the country table knows


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Pristina", "XKX"), ("Kosovar", "XKX"), ("KSV", "XKX"), ("Dili", "TLS"),
        ("Kosovo government", "KSVGOV"),  # a sector keeps CAMEO's spelling, as events store it
        ("KSVGOV", "KSVGOV"), ("Putin", "RUSGOV"), ("the Kremlin", "RUSGOV"),
        ("Kim Jong Un", "PRKGOV"), ("NATO", "IGOWSTNAT"), ("the EU", "IGOEUREEC"),
        ("UN", "IGOUNO"), ("Moscow", "RUS"), ("prk", "PRK"),
    ],
)  # fmt: skip
def test_actor_codes_for_events(text: str, code: str) -> None:
    assert actor_code(text) == code


@pytest.mark.parametrize("text", ["NATO", "the EU", "UN"])
def test_an_organisation_is_no_state_and_the_error_says_so(text: str) -> None:
    with pytest.raises(RealpolitikError) as err:
        state_code(text, option="--a")
    assert err.value.code == "E906"
    assert "international organisation" in str(err.value) and "--a" in str(err.value)


@pytest.mark.parametrize("text", ["Atlantis", "", "   ", "ZZZ", "Wakanda"])
def test_an_unknown_name_is_an_error_not_an_empty_answer(text: str) -> None:
    with pytest.raises(RealpolitikError) as err:
        state_code(text)
    assert err.value.code == "E905"


def test_unknown_names_suggest_the_closest_states() -> None:
    with pytest.raises(RealpolitikError) as err:
        state_code("Rusia")
    assert "Russia" in str(err.value)


def _event(doc: str, src: ActorRef, tgt: ActorRef, text: str) -> Extraction:
    document = Document(doc, text, f"/corpus/{doc}.txt", title=doc, date="2024-02-01")
    evidence = Evidence(text, 0, len(text), "met")
    event = Event(doc, 0, src, tgt, "040", "CONSULT", None, 1.0, 1, "asserted", "2024-02-01",
                  "day", evidence, 0.9)  # fmt: skip
    return Extraction(document, [Sentence(doc, 0, 0, len(text), text)], [event], [], [])


@pytest.fixture(scope="module")
def balkan_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Text events whose actors were coded in CAMEO's spelling (KSV, TMP), as extraction
    codes them; the store keeps the code and files the country under ISO3. Written once for
    the module: every test only reads it (read-only opens, query commands)."""
    path = tmp_path_factory.mktemp("balkans") / "balkans.duckdb"
    kosovo = ActorRef("Pristina", "KSV", "KSV")
    kosovo_gov = ActorRef("Kosovo's government", "KSVGOV", "KSV")
    serbia = ActorRef("Serbia", "SRB", "SRB")
    timor = ActorRef("Dili", "TMP", "TMP")
    indonesia = ActorRef("Jakarta", "IDN", "IDN")
    with Store(path) as store:
        store.save_extraction(_event("k1", kosovo, serbia, "Pristina met Serbia."))
        store.save_extraction(_event("k2", serbia, kosovo_gov, "Serbia met Kosovo's government."))
        store.save_extraction(_event("t1", timor, indonesia, "Dili met Jakarta."))
    return path


def test_the_store_files_cameo_spellings_under_iso3(balkan_store: Path) -> None:
    with Store(balkan_store, read_only=True) as store:
        rows = store.rows(
            "SELECT doc_id, source_code, source_country, target_code, target_country"
            " FROM events ORDER BY doc_id"
        )
    assert rows == [
        ("k1", "KSV", "XKX", "SRB", "SRB"),
        ("k2", "SRB", "SRB", "KSVGOV", "XKX"),
        ("t1", "TMP", "TLS", "IDN", "IDN"),
    ]


@pytest.mark.parametrize("name", ["Kosovo", "KSV", "XKX", "Pristina", "Kosovar"])
def test_every_name_of_kosovo_finds_its_dyads(balkan_store: Path, name: str) -> None:
    code = state_code(name)
    with Store(balkan_store, read_only=True) as store:
        rows = queries.dyad_rows(store, a=code)
        found = queries.event_rows(store, actor=actor_code(name))
    assert {(r["source"], r["target"]) for r in rows} == {("XKX", "SRB"), ("SRB", "XKX")}
    assert [r["doc_id"] for r in found] == ["k1", "k2"]


@pytest.mark.parametrize("name", ["East Timor", "TMP", "TLS", "Dili", "Timorese"])
def test_every_name_of_east_timor_finds_its_events_on_the_command_line(
    balkan_store: Path, name: str
) -> None:
    runner = CliRunner()
    events = runner.invoke(cli, ["--db", str(balkan_store), "events", "--actor", name,
                                 "--format", "csv"])  # fmt: skip
    assert events.exit_code == 0, events.output
    assert [line.split(",")[0] for line in events.stdout.splitlines()[1:]] == ["3"]
    dyads = runner.invoke(cli, ["--db", str(balkan_store), "dyads", name, "--format", "jsonl"])
    assert dyads.exit_code == 0, dyads.output
    assert '"source": "TLS", "target": "IDN"' in dyads.stdout


def test_a_sector_code_finds_only_that_sector(balkan_store: Path) -> None:
    with Store(balkan_store, read_only=True) as store:
        government = queries.event_rows(store, actor=actor_code("KSVGOV"))
        state = queries.event_rows(store, actor=actor_code("Kosovo"))
    assert [r["doc_id"] for r in government] == ["k2"]
    assert [r["doc_id"] for r in state] == ["k1", "k2"]
