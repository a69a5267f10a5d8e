"""What each line of an ``--actors`` file becomes: names, codes and their countries, term dates
opened or closed, several actors behind one name, CAMEO spellings of ISO3 codes, comments and
blank lines; and the entries winning over the shipped tables in the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.actors import ActorRegistry
from realpolitik.actors._actorfile import code_country, read_actor_file
from realpolitik.errors import RealpolitikError


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "actors.tsv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_line_becomes_one_entry(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "# name<TAB>code<TAB>from<TAB>until", "",
        "Arnor\tARN",
        "Gondor_government\tGONGOV\t2010\t2019-06",
        "Boris Johnson\tGBRGOV\t2019-07-24\t-",
        "the Koreas\tPRK/KOR",
        "Kosovo Police\tXKXCOP",
        "Some rebels\t---REB\t\t2001",
        "Blue helmets\tIGOUNOPKO\t\t\t",
    )  # fmt: skip
    entries = read_actor_file(path)
    got = [(e.phrase, e.code, e.country, e.valid_from, e.valid_until, e.also, e.kind)
           for e in entries]  # fmt: skip
    assert got == [
        ("Arnor", "ARN", "ARN", None, None, (), "custom"),
        ("Gondor government", "GONGOV", "GON", "2010-01-01", "2019-06-30", (), "custom"),
        ("Boris Johnson", "GBRGOV", "GBR", "2019-07-24", None, (), "custom"),
        ("the Koreas", "PRK", "PRK", None, None, ("KOR",), "custom"),
        ("Kosovo Police", "KSVCOP", "KSV", None, None, (), "custom"),  # CAMEO spelling, as shipped
        ("Some rebels", "---REB", None, None, "2001-12-31", (), "custom"),
        ("Blue helmets", "IGOUNOPKO", None, None, None, (), "custom"),
    ]


@pytest.mark.parametrize(
    ("code", "country"),
    [("RUSGOV", "RUS"), ("ARN", "ARN"), ("IGOUNO", None), ("NGO", None), ("WSTMIL", None),
     ("---REB", None), ("MNCUSA", None)],
)  # fmt: skip
def test_the_country_of_a_code(code: str, country: str | None) -> None:
    assert code_country(code) == country


def test_a_date_column_that_is_no_date_names_its_column(tmp_path: Path) -> None:
    path = write(tmp_path, "Arnor\tARN\t2010\tsoon")
    with pytest.raises(RealpolitikError) as err:
        read_actor_file(path)
    assert err.value.code == "E211" and "actors.tsv:1" in str(err.value)
    assert "until" in str(err.value) and "soon" in str(err.value)


def test_bytes_that_are_not_utf8_are_e212(tmp_path: Path) -> None:
    path = tmp_path / "latin.tsv"
    path.write_bytes("Côte\tCIV\n".encode("latin-1"))
    with pytest.raises(RealpolitikError) as err:
        read_actor_file(path)
    assert err.value.code == "E212" and "latin.tsv" in str(err.value)


def test_file_entries_win_within_their_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "Moscow\tUKRGOV\t2030\t2031", "the Koreas\tPRK/KOR")
    registry = ActorRegistry.default().with_file(path)
    now = registry.resolve("Moscow", "2024-01-01")
    then = registry.resolve("Moscow", "2030-06-01")
    assert now is not None and now.country == "RUS"  # outside its dates: the shipped name
    assert then is not None and then.code == "UKRGOV"
    (koreas,) = [m for m in registry.find_mentions("the Koreas met.") if m.ref.code == "PRK"]
    assert [a.code for a in koreas.also] == ["KOR"]
