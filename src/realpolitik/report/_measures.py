"""Report section: measures (alignment, dependence, alliances, networks)."""

from __future__ import annotations

from realpolitik.store import Store


def section(store: Store) -> str | None:
    """HTML fragment for the report, or None when there is nothing to show."""
    return None
