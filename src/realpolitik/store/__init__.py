"""The embedded DuckDB store.

``Store(path, read_only=True)`` for queries, ``Store(path)`` for loads. Components register their
schema migrations with ``realpolitik.store.migrations.register``; the core tables are the
store's own. DuckDB itself loads with the first ``Store``, not with this package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from realpolitik.store import migrations
from realpolitik.store.schema import CORE

if TYPE_CHECKING:
    from realpolitik.store._store import (
        DEFAULT_DB,
        ENV_DB,
        Cursor,
        DocumentStatus,
        Store,
        resolve_db_path,
    )

migrations.register("core", CORE)

__all__ = ["DEFAULT_DB", "ENV_DB", "Cursor", "DocumentStatus", "Store", "resolve_db_path"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'realpolitik.store' has no attribute {name!r}")
    return getattr(importlib.import_module("realpolitik.store._store"), name)
