"""The state of a wire dateline ("QUITO - ...", "SEOUL, Oct 18 (Wire) - "): where the story is
filed from, read once per document (the dateline itself is blanked before parsing)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.actors import ActorRegistry

# The city of a dateline at the start of the document: capitals, then a comma, dash or bracket.
_CITY = re.compile(r"\A\s*([A-Z][A-Z .'-]{1,40}?)\s*(?:,|\(|[-\u2013\u2014])")


def dateline_state(text: str, registry: ActorRegistry, date: str | None) -> str:
    """The country code of the document's dateline city, or "" (no dateline, or a city no
    table places)."""
    m = _CITY.match(text)
    if m is None:
        return ""
    city = m.group(1).strip().title()
    ref = registry.resolve(city, date)
    return ref.country or "" if ref is not None else ""
