"""A fingerprint of the extractor itself, for shard keys: what it reads with, not what it is called.

The package version string says nothing reliable about extraction: a development install keeps
one version through every change of rules or tables (finished shards would be reused after the
extractor changed), and a release that touches nothing of extraction would redo every shard.
The fingerprint hashes what extraction is a function of besides the document and the user's
files: the code and shipped tables of the extractor, the actor registry, the ontology, the
readers and the records, and the spaCy model's name and version.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent
# Parts of the package that decide what a shard's rows hold.
PARTS = ("extract", "actors", "ontology", "ingest", "models.py", "store/_arrow.py")
_SKIP = frozenset({"__pycache__"})


def tree_digest(paths: Iterable[Path]) -> str:
    """sha256 over the relative names and bytes of every file under ``paths``, in name order
    (``__pycache__`` left out), so the same files anywhere give the same digest."""
    digest = hashlib.sha256()
    for root in paths:
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for path in files:
            if _SKIP & set(path.parts) or path.suffix in (".pyc", ".pyo"):
                continue
            name = path.name if path == root else path.relative_to(root).as_posix()
            digest.update(f"{root.name}/{name}\0{path.stat().st_size}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def extractor_fingerprint() -> str:
    """The extractor's code and tables and the spaCy model's version, hashed (once a process)."""
    from realpolitik.extract._nlp import MODEL

    try:
        from importlib.metadata import version

        model = f"{MODEL}=={version(MODEL)}"
    except Exception:  # not installed: extraction will say so itself
        model = MODEL
    parts = tree_digest(PACKAGE / part for part in PARTS if (PACKAGE / part).exists())
    return hashlib.sha256(f"{parts}\0{model}".encode()).hexdigest()


__all__ = ["extractor_fingerprint", "tree_digest"]
