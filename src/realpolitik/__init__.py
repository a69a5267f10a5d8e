"""realpolitik: read, map and measure relations between states.

The public API is what ``__all__`` lists; everything else lives in private modules and may
change. Each CLI command has a twin here. Names load on first use, so that ``import
realpolitik`` (and every command's start-up) does not pay for spaCy, trafilatura or DuckDB.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from realpolitik.store import migrations as _migrations

if TYPE_CHECKING:
    from realpolitik.claimcheck import ClaimCheck, check
    from realpolitik.errors import Errors, InputError, RealpolitikError
    from realpolitik.extract import extract_document
    from realpolitik.ingest import read_paths
    from realpolitik.models import (
        ActorRef,
        Claim,
        Document,
        Event,
        Evidence,
        Extraction,
        Mention,
        Sentence,
    )
    from realpolitik.pipeline import IngestReport, extract_paths, extract_text, ingest
    from realpolitik.report import write_report
    from realpolitik.store import Store

__version__ = "0.1.0"

# The rule code's compiled build (scripts/compile_rules.py) only while it is current; without a
# build (its stamp) nothing more is imported, so that the store's layer stays bare.
if (Path(__file__).resolve().parent / "extract" / ".compiled").exists():
    from realpolitik import _compiled

    _compiled.guard()

# The application's components and their schemas (the store knows none of them by itself).
_migrations.register("datasets", "realpolitik.datasets.schema:DATASETS")
_migrations.register("analysis", "realpolitik.analysis.schema:ANALYSIS")
_migrations.register("summaries", "realpolitik.store.summaries:SUMMARIES")

_MODULE_OF: dict[str, str] = {
    "ClaimCheck": "realpolitik.claimcheck",
    "check": "realpolitik.claimcheck",
    "Errors": "realpolitik.errors",
    "InputError": "realpolitik.errors",
    "RealpolitikError": "realpolitik.errors",
    "extract_document": "realpolitik.extract",
    "read_paths": "realpolitik.ingest",
    "ActorRef": "realpolitik.models",
    "Claim": "realpolitik.models",
    "Document": "realpolitik.models",
    "Event": "realpolitik.models",
    "Evidence": "realpolitik.models",
    "Extraction": "realpolitik.models",
    "Mention": "realpolitik.models",
    "Sentence": "realpolitik.models",
    "IngestReport": "realpolitik.pipeline",
    "extract_paths": "realpolitik.pipeline",
    "extract_text": "realpolitik.pipeline",
    "ingest": "realpolitik.pipeline",
    "write_report": "realpolitik.report",
    "Store": "realpolitik.store",
}

__all__ = [
    "ActorRef",
    "Claim",
    "ClaimCheck",
    "Document",
    "Errors",
    "Event",
    "Evidence",
    "Extraction",
    "IngestReport",
    "InputError",
    "Mention",
    "RealpolitikError",
    "Sentence",
    "Store",
    "check",
    "extract_document",
    "extract_paths",
    "extract_text",
    "ingest",
    "read_paths",
    "write_report",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'realpolitik' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
