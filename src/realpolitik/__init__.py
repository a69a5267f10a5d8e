"""realpolitik: read, map and measure relations between states.

The public API is what ``__all__`` lists; everything else lives in private modules and may
change. Each CLI command has a twin here.
"""

from realpolitik.check import ClaimCheck, check
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
from realpolitik.pipeline import IngestReport, extract_paths, ingest
from realpolitik.report import write_report
from realpolitik.store import Store

__version__ = "0.1.0"

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
    "ingest",
    "read_paths",
    "write_report",
    "__version__",
]
