"""Schema migrations that components register with the store (sqlite-utils' model).

A component (core, datasets, analysis, or a plug-in) owns its tables and an append-only list of
SQL scripts that create and change them. It registers them here under its name; the store
applies what a database file lacks, in registration order, and records each component's version
in ``schema_versions``. The store itself imports nothing above it: a registration may name the
scripts by reference (``"package.module:ATTRIBUTE"``), loaded only when a database is opened.

Never edit a released script: append a new one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from realpolitik.store.modules import data_module


@dataclass(frozen=True)
class Migrations:
    """One component's scripts; version N of the component means scripts 1..N are applied."""

    component: str
    scripts: tuple[str, ...]

    @property
    def version(self) -> int:
        return len(self.scripts)


_REGISTERED: dict[str, Sequence[str] | str] = {}


def register(component: str, scripts: Sequence[str] | str) -> None:
    """Register ``component``'s scripts, or a ``"module:ATTRIBUTE"`` reference to them.

    Registering a component again replaces its entry but keeps its place in the order (later
    components may refer to tables of earlier ones).
    """
    if isinstance(scripts, str) and ":" not in scripts:
        raise ValueError(f"migrations reference {scripts!r} is not 'module:ATTRIBUTE'")
    _REGISTERED[component] = scripts if isinstance(scripts, str) else tuple(scripts)


def registered() -> list[Migrations]:
    """Every registered component's migrations, in registration order (references loaded)."""
    out: list[Migrations] = []
    for component, scripts in list(_REGISTERED.items()):
        if isinstance(scripts, str):
            module, _, attribute = scripts.partition(":")
            scripts = tuple(getattr(data_module(module), attribute))
            _REGISTERED[component] = scripts
        out.append(Migrations(component, tuple(scripts)))
    return out


def components() -> list[str]:
    """Names of the registered components, in order."""
    return list(_REGISTERED)


__all__ = ["Migrations", "components", "register", "registered"]
