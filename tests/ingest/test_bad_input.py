"""Each bad input gives one InputError whose one line names the file (and line); none raises."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from ingest_cases import CASES, Case

from realpolitik.errors import InputError
from realpolitik.ingest import MAX_BYTES, read_paths
from realpolitik.models import Document


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_is_one_line_naming_file_and_line(tmp_path: Path, case: Case) -> None:
    path = case.make(tmp_path)
    items = list(read_paths([path], max_bytes=case.max_bytes or MAX_BYTES))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(errors) == 1, items
    message = str(errors[0])
    assert message.startswith(f"[{case.code}] ")
    assert "\n" not in message
    folder = str(tmp_path)
    assert f"{folder}/{case.where}:" in message or f"{folder}/{case.where} " in message, message
    assert len(docs) == (1 if case.partial else 0)


def test_bad_file_does_not_stop_the_rest(tmp_path: Path) -> None:
    good_before = tmp_path / "a.txt"
    good_after = tmp_path / "z.txt"
    good_before.write_text("First good text.", encoding="utf-8")
    good_after.write_text("Last good text.", encoding="utf-8")
    for case in CASES:
        case.make(tmp_path)
    items = list(read_paths([good_before, *sorted(tmp_path.iterdir()), good_after]))
    docs = [i.doc_id for i in items if isinstance(i, Document)]
    assert docs[0] == "a" and docs[-1] == "z"


def test_directory_walk_reports_bad_files_inside(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Good text.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = list(read_paths([tmp_path]))
    assert [type(i).__name__ for i in items] == ["InputError", "Document"]  # sorted by name
    assert "empty.txt: file is empty" in str(items[0])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Not for you.", encoding="utf-8")
    path.chmod(0)
    [error] = list(read_paths([path]))
    assert isinstance(error, InputError)
    assert str(error) == f"[E003] {path}: cannot be read (permission denied)."
