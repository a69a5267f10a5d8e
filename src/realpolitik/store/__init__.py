"""The embedded DuckDB store."""

from realpolitik.store._store import DEFAULT_DB, ENV_DB, Store, resolve_db_path

__all__ = ["DEFAULT_DB", "ENV_DB", "Store", "resolve_db_path"]
