"""The actor registry: names, metonyms, demonyms with sectors, people by date, mentions."""

from __future__ import annotations

import pickle

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.actors._phoenix import phoenix_pending
from realpolitik.actors._tables import project_entries
from realpolitik.errors import RealpolitikError


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("the Democratic People's Republic of Korea", "PRK"),
        ("South Korea", "KOR"),
        ("Burma", "MMR"),
        ("Ivory Coast", "CIV"),
        ("Britain", "GBR"),
        ("the U.S.", "USA"),
        ("Turkey", "TUR"),
        ("Moscow", "RUS"),
        ("Pyongyang", "PRK"),
        ("Beijing", "CHN"),
        ("Hanoi", "VNM"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Washington", "USA"),
        ("the Kremlin", "RUSGOV"),
        ("the White House", "USAGOV"),
        ("the Pentagon", "USAMIL"),
        ("the State Department", "USAGOV"),
        ("Downing Street", "GBRGOV"),
        ("the Elysee", "FRAGOV"),
        ("Zhongnanhai", "CHNGOV"),
    ],
)
def test_countries_capitals_and_seats(reg: ActorRegistry, text: str, code: str) -> None:
    ref = reg.resolve(text)
    assert ref is not None, text
    assert ref.code == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the Russian military", "RUSMIL"),
        ("North Korean troops", "PRKMIL"),
        ("Chinese companies", "CHNBUS"),
        ("Vietnamese officials", "VNMGOV"),
        ("Russian military officials", "RUSMIL"),
        ("the Ukrainian army", "UKRMIL"),
        ("American lawmakers", "USALEG"),
        ("China's state media", "CHNMED"),
        ("Iran's Revolutionary Guards", "IRNMIL"),
        ("the foreign ministry of Vietnam", "VNMGOV"),
        ("Syrian rebels", "SYRREB"),
        ("the Russian defence minister", "RUSGOVMIL"),
        ("North Korean arms", "PRK"),
        # an aircraft model before "fighters": warplanes, not an armed group (practice18)
        ("three MiG-31 fighters", "---MIL"),
        ("two F-16 fighters", "---MIL"),
        ("20 fighters", "---REB"),
        ("Syrian fighters", "SYRREB"),
    ],
)
def test_demonym_and_sector(reg: ActorRegistry, text: str, code: str) -> None:
    ref = reg.resolve(text)
    assert ref is not None and ref.code == code, (text, ref)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("NATO", "IGOWSTNAT"),
        ("the United Nations", "IGOUNO"),
        ("the UN Security Council", "IGOUNO"),
        ("the EU", "IGOEUREEC"),
        ("ASEAN", "IGOSEAASN"),
        ("the IAEA", "IGOUNOIAE"),
        ("the West", "WST"),
        ("Western allies", "WST"),
        ("Western countries", "WST"),
    ],
)
def test_igos_and_groups(reg: ActorRegistry, text: str, code: str) -> None:
    ref = reg.resolve(text)
    assert ref is not None and ref.code == code, (text, ref)


def test_defence_ministers_by_date(reg: ActorRegistry) -> None:
    shoigu_2023 = reg.resolve("Sergei Shoigu", "2023-09-01")
    shoigu_2024 = reg.resolve("Shoigu", "2024-09-01")
    belousov_2023 = reg.resolve("Andrei Belousov", "2023-09-01")
    belousov_2024 = reg.resolve("Belousov", "2024-09-01")
    assert shoigu_2023 and shoigu_2023.code == "RUSGOVMIL"
    assert shoigu_2024 and shoigu_2024.code == "RUSGOV"  # Security Council secretary
    assert belousov_2023 and belousov_2023.code == "RUSGOV"  # first deputy prime minister
    assert belousov_2024 and belousov_2024.code == "RUSGOVMIL"
    assert belousov_2024.name == "Andrei Belousov"


def test_people_resolve_by_date_and_fall_back_to_elite(reg: ActorRegistry) -> None:
    trump_term1 = reg.resolve("Trump", "2018-05-01")
    trump_between = reg.resolve("Donald Trump", "2022-05-01")
    trump_term2 = reg.resolve("President Trump", "2025-02-01")
    assert trump_term1 and trump_term1.code == "USAGOV"
    assert trump_between and trump_between.code == "USAELI"
    assert trump_term2 and trump_term2.code == "USAGOV"
    kim_2010 = reg.resolve("Kim", "2010-05-01")
    kim_2020 = reg.resolve("Kim", "2020-05-01")
    assert kim_2010 and kim_2010.name == "Kim Jong Il"
    assert kim_2020 and kim_2020.name == "Kim Jong Un"
    lee = reg.resolve("Lee Jae-myung", "2025-07-01")
    assert lee and lee.code == "KORGOV"
    assert (reg.resolve("Lee Jae-myung", "2024-07-01") or lee).code == "KOROPP"


@pytest.mark.parametrize(
    ("text", "date", "code", "name"),
    [
        ("Putin", "2024-06-19", "RUSGOV", "Vladimir Putin"),
        ("Russian President Vladimir Putin", "2024-06-19", "RUSGOV", "Vladimir Putin"),
        ("Kim Jong-un", "2024-06-19", "PRKGOV", "Kim Jong Un"),
        ("Kim Jong Un", "2024-06-19", "PRKGOV", "Kim Jong Un"),
        ("Choe Son Hui", "2024-06-19", "PRKGOV", "Choe Son Hui"),
        ("Xi", "2024-06-19", "CHNGOV", "Xi Jinping"),
        ("Chinese Foreign Minister Wang Yi", "2024-06-19", "CHNGOV", "Wang Yi"),
        ("To Lam", "2024-06-20", "VNMGOV", "To Lam"),
        ("Blinken", "2023-03-01", "USAGOV", "Antony Blinken"),
        ("Lloyd Austin", "2023-03-01", "USAGOVMIL", "Lloyd Austin"),
        ("Hegseth", "2025-03-01", "USAGOVMIL", "Pete Hegseth"),
        ("Zelensky", "2024-03-01", "UKRGOV", "Volodymyr Zelensky"),
        ("Sybiha", "2025-01-10", "UKRGOV", "Andrii Sybiha"),
        ("Chancellor Merz", "2025-06-01", "DEUGOV", "Friedrich Merz"),
        ("NATO Secretary General Mark Rutte", "2025-06-01", "IGOWSTNAT", "Mark Rutte"),
    ],
)
def test_people(reg: ActorRegistry, text: str, date: str, code: str, name: str) -> None:
    ref = reg.resolve(text, date)
    assert ref is not None and (ref.code, ref.name) == (code, name), (text, ref)


def test_unknown_person_after_a_title_keeps_country_and_sector(reg: ActorRegistry) -> None:
    ref = reg.resolve("Gondorian Foreign Minister Faramir")
    assert ref is None or ref.code != "GON"  # Gondor is not a real state
    ref = reg.resolve("Russian Foreign Minister Ivan Petrov")
    assert ref is not None and ref.code == "RUSGOV" and ref.name == "Ivan Petrov"


def test_find_mentions_offsets_and_kinds(reg: ActorRegistry) -> None:
    text = (
        "Russian President Vladimir Putin flew to Pyongyang, where North Korean leader "
        "Kim Jong Un met him; the Kremlin said the two sides signed a treaty. "
        "Washington and the EU condemned it, and Western allies pledged more aid to Ukraine."
    )
    found = reg.find_mentions(text, "2024-06-19")
    got = [(m.text, m.ref.code, m.kind) for m in found]
    assert got == [
        ("Russian President Vladimir Putin", "RUSGOV", "person"),
        ("Pyongyang", "PRK", "capital"),
        ("North Korean leader Kim Jong Un", "PRKGOV", "person"),
        ("the Kremlin", "RUSGOV", "capital"),
        ("Washington", "USA", "capital"),
        ("EU", "IGOEUREEC", "igo"),
        ("Western allies", "WST", "group"),
        ("Ukraine", "UKR", "country"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text


def test_case_rules_and_places(reg: ActorRegistry) -> None:
    assert [m.ref.code for m in reg.find_mentions("Let us wait, said the US envoy.")] == ["USAGOV"]
    assert reg.find_mentions("We ate turkey and china plates.", sectors=False) == []
    assert reg.resolve("Turkey") is not None
    text = "Chinese ships sailed in the South China Sea near the Korean Peninsula."
    assert [m.text for m in reg.find_mentions(text)] == ["Chinese"]
    assert reg.resolve("the Washington Post") is not None
    assert (reg.resolve("the Washington Post") or reg.resolve("x")).code == "USAMED"  # type: ignore[union-attr]


def test_standalone_sectors_have_no_country(reg: ActorRegistry) -> None:
    found = reg.find_mentions("The rebels attacked police in the capital.")
    assert [(m.text, m.ref.code, m.kind) for m in found] == [
        ("rebels", "---REB", "sector"),
        ("police", "---COP", "sector"),
    ]
    assert reg.find_mentions("The rebels attacked.", sectors=False) == []


def test_curly_apostrophes_and_hyphens(reg: ActorRegistry) -> None:
    ref = reg.resolve("China\u2019s military")
    assert ref is not None and ref.code == "CHNMIL"
    ref = reg.resolve("Kim Jong-Un", "2019-01-01")
    assert ref is not None and ref.code == "PRKGOV"


def test_bad_date_is_a_coded_error(reg: ActorRegistry) -> None:
    with pytest.raises(RealpolitikError, match="E213"):
        reg.resolve("Putin", "19 June 2024")
    assert reg.resolve("Putin", "2024") is not None  # a bare year counts as mid-year


def test_entries_cover_the_tables(reg: ActorRegistry) -> None:
    entries = list(reg.entries())
    kinds = {e.kind for e in entries}
    assert {"country", "capital", "demonym", "person", "igo", "group", "media"} <= kinds
    people = {(e.ref.name, e.ref.code, e.valid_from) for e in entries if e.kind == "person"}
    assert len(people) >= 600
    assert ("Andrei Belousov", "RUSGOVMIL", "2024-05-12") in people


def test_registry_pickles_for_worker_processes(reg: ActorRegistry) -> None:
    clone = pickle.loads(pickle.dumps(reg))
    assert clone.resolve("the Russian military") == reg.resolve("the Russian military")


def test_person_with_sector_and_dated_groups(reg: ActorRegistry) -> None:
    ref = reg.resolve("the Bush administration", "2003-03-20")
    assert ref is not None and ref.code == "USAGOV"
    taliban_2010 = reg.resolve("the Taliban", "2010-01-01")
    taliban_2023 = reg.resolve("the Taliban", "2023-01-01")
    assert taliban_2010 and taliban_2010.code == "AFGREB"
    assert taliban_2023 and taliban_2023.code == "AFGGOV"
    # a known country beats a longer mention of unknown country
    ref = reg.resolve("President Omar al-Bashir", "2005-01-01")
    assert ref is not None and ref.code == "SDNGOV"


@pytest.mark.parametrize(
    ("date", "code"),
    [("1988-03-01", "SDN"), ("2011-07-08", "SDN"), ("2011-07-09", "SSD"), (None, "SSD")],
)
def test_capital_that_changed_states_resolves_by_date(
    reg: ActorRegistry, date: str | None, code: str
) -> None:
    ref = reg.resolve("Juba", date)
    assert ref is not None and ref.code == code


def test_historical_demonym_resolves_to_the_state(reg: ActorRegistry) -> None:
    mentions = reg.find_mentions("Kampuchean guerrillas crossed the river.")
    assert [m.ref.country for m in mentions] == ["KHM"]


def test_historical_names_of_the_european_community(reg: ActorRegistry) -> None:
    for text in ("the Common Market", "the European Economic Community"):
        ref = reg.resolve(text)
        assert ref is not None and ref.code == "IGOEUREEC", text
    assert reg.resolve("a common market") is None


def test_indexing_every_name_up_front_finds_the_same_mentions() -> None:
    """A forking parent indexes all names once (``index_all``); what it then finds in a text is
    what a registry that indexes each first word on demand finds."""
    text = (
        "Emirati and Qatari envoys met in Doha; Ankara, the Kremlin and South Korean "
        "Defence Minister Shin Won-sik condemned Pyongyang, and Burkina Faso recalled its envoy."
    )
    lazy, eager = (ActorRegistry(project_entries(), pending=phoenix_pending()) for _ in "ab")
    eager.index_all()
    assert not eager._pending and lazy._pending  # nothing left to index on demand
    got = [(m.text, m.ref.code, m.kind) for m in eager.find_mentions(text, "2024-03-01")]
    assert got == [(m.text, m.ref.code, m.kind) for m in lazy.find_mentions(text, "2024-03-01")]
    assert len(got) >= 7
