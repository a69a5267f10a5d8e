"""Lexicon rows that set the PLOVER type the codebook gives an act (`plover=TYPE/mode`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.extract import load_lexicon
from realpolitik.extract._lexicon import read_trigger_file
from realpolitik.models import Document, Extraction

Extract = Callable[..., Extraction]
HEADER = "# lemma\tpos\twhen\tcameo\tflags\tnotes\n"


def _file(tmp_path: Path, *rows: str) -> Path:
    path = tmp_path / "mine.tsv"
    path.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def _types(ex: Extraction) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.plover, e.mode) for e in ex.events if e.factuality != "negated"}


def test_a_resignation_is_a_retreat(extract: Extract) -> None:
    ex = extract("Peru's interior minister resigned on Monday.")
    assert _types(ex) == {("0831", "RETREAT", "resign")}
    assert [e.target for e in ex.events] == [None]  # resigning acts on no one
    ex = extract("Peru's interior minister announced his resignation on Monday.")
    assert ("RETREAT", "resign") in {(e.plover, e.mode) for e in ex.events}


def test_agreeing_to_resign_stays_an_intent(extract: Extract) -> None:
    ex = extract("Peru's interior minister agreed to resign on Monday.")
    assert {p for _, p, _ in _types(ex)} == {"AGREE"}


def test_sanctions_reduce_relations(extract: Extract) -> None:
    ex = extract("Canada imposed sanctions on Venezuela on Friday.")
    assert {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.plover) for e in ex.events
    } == {("CAN", "VEN", "SANCTION")}


def test_user_rows_set_type_and_mode(extract: Extract, nlp: object, tmp_path: Path) -> None:
    from realpolitik.actors import ActorRegistry
    from realpolitik.extract import extract_document

    path = _file(tmp_path, "hack\tV\t\t170\tplover=coerce/Cyber\twebsite attacks")
    (row,) = read_trigger_file(path)
    assert (row.plover, row.plover_mode, row.flags) == ("COERCE", "cyber", frozenset())
    doc = Document("t", "Iranian hackers hacked Albania's government servers.", "t", "2024-06-20")
    ex = extract_document(doc, ActorRegistry.default(), None, nlp, load_lexicon([path]))
    assert ("170", "COERCE", "cyber") in _types(ex)


@pytest.mark.parametrize(
    ("flag", "reason"),
    [
        ("plover=SKIRMISH", "names no PLOVER type"),
        ("plover=RETREAT/sulk", "names no mode of RETREAT"),
    ],
)
def test_bad_plover_flags_name_line_and_field(tmp_path: Path, flag: str, reason: str) -> None:
    path = _file(tmp_path, "resign\tV\t\t0831", f"quit\tV\t\t0831\t{flag}")
    with pytest.raises(RealpolitikError) as info:
        read_trigger_file(path)
    message = str(info.value)
    assert info.value.code == "E251"
    assert message.startswith(f"[E251] {path}:3: trigger field 'flags' '{flag}' {reason}")


def test_taking_ground_by_force_is_an_assault(extract: Extract) -> None:
    ex = extract("Chadian troops captured a rebel stronghold in eastern Chad.")
    assert {e.plover for e in ex.events} == {"ASSAULT"}
    ex = extract("Ethiopian forces retook the town from Eritrea.")
    assert {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.plover) for e in ex.events
    } == {("ETH", "ERI", "ASSAULT")}
    ex = extract("Chadian police captured the suspect in N'Djamena.")
    assert "ASSAULT" not in {e.plover for e in ex.events}
