"""Shared options and helpers for CLI commands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.store import Store

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Settings:
    db: str | None = None
    debug: bool = False


def db_option(func: F) -> F:
    """``--db`` on a subcommand; it overrides the global one."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False),
        default=None,
        help="Database file (default: $REALPOLITIK_DB or ./realpolitik.duckdb).",
    )(func)


def read_store(ctx: click.Context, db: str | None = None) -> Store:
    """Queries: read-only (never creates a file, never locks out another reader)."""
    settings: Settings = ctx.find_root().obj or Settings()
    return Store(db or settings.db, read_only=True)


def write_store(ctx: click.Context, db: str | None = None) -> Store:
    """Loads: read-write, creating the file and bringing its schema up to date."""
    settings: Settings = ctx.find_root().obj or Settings()
    return Store(db or settings.db)


def parse_date(value: str | None) -> str | None:
    """Validate YYYY-MM-DD and return it unchanged (None passes)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise RealpolitikError(Errors.E015, value=value) from None


def date_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return parse_date(value)
    except RealpolitikError as exc:
        raise click.BadParameter(str(exc)) from None


FORMATS = click.Choice(["table", "jsonl", "csv"])
