"""realpolitik: read, map and measure relations between states.

The public API is what ``__all__`` lists; everything else lives in private modules and may
change. Each CLI command has a twin here.
"""

from realpolitik.errors import Errors, InputError, RealpolitikError
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
from realpolitik.store import Store

__version__ = "0.1.0"

__all__ = [
    "ActorRef",
    "Claim",
    "Document",
    "Errors",
    "Event",
    "Evidence",
    "Extraction",
    "InputError",
    "Mention",
    "RealpolitikError",
    "Sentence",
    "Store",
    "__version__",
]
