"""Shard keys follow what the extractor reads with (its code, tables and model), not the
package's version string."""

from __future__ import annotations

from pathlib import Path

import realpolitik
from realpolitik.scale._fingerprint import PACKAGE, PARTS, extractor_fingerprint, tree_digest
from realpolitik.scale._run import _options


def test_the_fingerprint_follows_file_contents_not_places(tmp_path: Path) -> None:
    for where in ("one", "two"):
        tree = tmp_path / where / "extract"
        (tree / "data").mkdir(parents=True)
        (tree / "rules.py").write_text("A = 1\n", encoding="utf-8")
        (tree / "data" / "triggers.tsv").write_text("attack\t190\n", encoding="utf-8")
        (tree / "__pycache__").mkdir()
        (tree / "__pycache__" / f"rules.{where}.pyc").write_bytes(where.encode())
    one, two = tmp_path / "one" / "extract", tmp_path / "two" / "extract"
    assert tree_digest([one]) == tree_digest([two])  # compiled caches do not count
    (two / "data" / "triggers.tsv").write_text("attack\t195\n", encoding="utf-8")
    assert tree_digest([one]) != tree_digest([two])
    (two / "data" / "triggers.tsv").write_text("attack\t190\n", encoding="utf-8")
    (two / "data" / "triggers2.tsv").write_text("", encoding="utf-8")
    assert tree_digest([one]) != tree_digest([two])  # a new file, even empty


def test_shard_options_do_not_depend_on_the_version_string() -> None:
    assert all((PACKAGE / part).exists() for part in PARTS)
    before = _options(None, None, (), False, 100)[1]
    real = realpolitik.__version__
    try:
        realpolitik.__version__ = real + ".dev999"  # a bump that touches no extraction
        assert _options(None, None, (), False, 100)[1] == before
    finally:
        realpolitik.__version__ = real
    assert extractor_fingerprint() == extractor_fingerprint()
    assert len(extractor_fingerprint()) == 64
