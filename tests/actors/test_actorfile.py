"""The --actors file: format, overrides, dates and one-line errors naming file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.actors import ActorRegistry, is_actor_code
from realpolitik.errors import RealpolitikError

FIXTURE = Path(__file__).parent / "fixtures" / "fictional.tsv"


def test_fictional_actors_and_overrides() -> None:
    reg = ActorRegistry.default().with_file(FIXTURE)
    assert (reg.resolve("Arnor") or _none()).code == "ARN"
    assert (reg.resolve("Gondor government") or _none()).code == "GONGOV"
    assert (reg.resolve("Minas Tirith") or _none()).code == "GON"  # underscores are spaces
    assert (reg.resolve("Aragorn", "2015-06-01") or _none()).code == "GONGOV"
    assert (reg.resolve("Aragorn", "2021-06-01") or _none()).code == "ARNGOV"
    assert (reg.resolve("Aragorn", "2005") or _none("fine")).code == "fine"  # out of range
    assert (reg.resolve("Pyongyang") or _none()).code == "PRKGOV"  # file wins
    assert (ActorRegistry.default().resolve("Pyongyang") or _none()).code == "PRK"


def test_fictional_state_takes_sectors() -> None:
    reg = ActorRegistry.default().with_file(FIXTURE)
    found = reg.find_mentions("Arnor troops crossed into Gondor.")
    assert [(m.text, m.ref.code) for m in found] == [("Arnor troops", "ARNMIL"), ("Gondor", "GON")]


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Arnor", "E201"),
        ("Arnor\tARN\t2010\t2011\textra", "E201"),
        ("\tARN", "E201"),
        ("Arnor\tarn", "E202"),
        ("Arnor\tARNGO", "E202"),
        ("Arnor\tARN\t2010-13-01", "E211"),
        ("Arnor\tARN\t\tsoon", "E211"),
    ],
)
def test_bad_lines_name_file_and_line(tmp_path: Path, line: str, code: str) -> None:
    path = tmp_path / "actors.tsv"
    path.write_text(f"# header comment\n\nGondor\tGON\n{line}\n", encoding="utf-8")
    with pytest.raises(RealpolitikError) as err:
        ActorRegistry.default().with_file(path)
    assert err.value.code == code
    assert f"{path}:4" in str(err.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError, match="E212"):
        ActorRegistry.default().with_file(tmp_path / "nope.tsv")


def test_actor_codes() -> None:
    for good in ("ARN", "GONGOV", "RUSMIL", "---REB", "IGOUNOIAE", "WST", "USAGOVMIL"):
        assert is_actor_code(good), good
    for bad in ("arn", "AR", "RUSMI", "RUS GOV", "", "--REB"):
        assert not is_actor_code(bad), bad


def _none(code: str = "none") -> object:
    from realpolitik.models import ActorRef

    return ActorRef(text="", code=code)


def test_all_caps_petrarch_style_names(tmp_path: Path) -> None:
    path = tmp_path / "caps.tsv"
    path.write_text("THE_ARNOR_GOVERNMENT\tARNGOV\nGONDOR\tGON\nUN\tIGOUNO\n", encoding="utf-8")
    reg = ActorRegistry.default().with_file(path)
    found = reg.find_mentions("the Arnor government met Gondor and the UN, not us.")
    assert [(m.text, m.ref.code) for m in found] == [
        ("the Arnor government", "ARNGOV"),
        ("Gondor", "GON"),
        ("UN", "IGOUNO"),
    ]
