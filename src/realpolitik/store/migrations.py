"""Schema migrations that components register with the store (sqlite-utils' model).

A component (core, datasets, analysis, or a plug-in) owns its tables and an append-only list of
SQL scripts that create and change them. It registers them here under its name; the store
applies what a database file lacks, in registration order, and records each component's version
in ``schema_versions``. The store itself imports nothing above it: a registration may name the
scripts by reference (``"package.module:ATTRIBUTE"``), loaded only when a database is opened.

Never edit a released script: append a new one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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


@dataclass(frozen=True)
class Template:
    """A database file that the registered migrations wrote and nothing else changed, with
    the registrations that wrote it (``Template.of(path)`` right after writing it)."""

    path: Path
    written_with: tuple[Migrations, ...]

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Template:
        return cls(Path(path), tuple(registered()))


_TEMPLATE: dict[str, Template] = {}


def use_template(template: Template | None) -> None:
    """Let a writer's ``Store`` on a file that does not exist yet start from a copy of
    ``template`` (``None``: run the scripts, the default). For test suites that open hundreds of
    new stores: copying a file costs a fraction of running every script. The copy is used only
    while the registrations are those that wrote it (a component registered or replaced since:
    the scripts run as always); the store then applies what the copy lacks, as on any file."""
    _TEMPLATE.clear()
    if template is not None:
        _TEMPLATE["template"] = template


def copy_template(target: Path) -> bool:
    """Copy the template in use (if any, and if the registrations are still those that wrote
    it) to ``target``, a path whose folder exists and whose file does not; whether it did.
    DuckDB's ``:memory:`` names no file: a copy there would only litter the working folder."""
    template = _TEMPLATE.get("template")
    if (
        template is None
        or str(target) == ":memory:"
        or target.exists()
        or not target.parent.is_dir()
    ):
        return False
    if tuple(registered()) != template.written_with:
        return False
    shutil.copyfile(template.path, target)
    return True


__all__ = [
    "Migrations",
    "Template",
    "components",
    "copy_template",
    "register",
    "registered",
    "use_template",
]
