"""The real CLI run in the test's own process: click's CliRunner against the app, on real files.

For tests of what a command does (its output, its exit status, what it stores), where a
subprocess would only add the interpreter's start, spaCy's load and the actor registry's
(about 2 s a run; here they load once per test process). Tests of signals, pipes, terminals,
process isolation or the installed entry point keep real subprocesses."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from realpolitik.cli import cli


@dataclass(frozen=True)
class Done:
    """What a finished run left, named as in ``subprocess.CompletedProcess``."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(
    *args: str | Path, cwd: Path | None = None, env: Mapping[str, str | None] | None = None
) -> Done:
    """``realpolitik ARGS`` in ``cwd``. An exception the CLI does not turn into a coded line
    is raised here (a test error), as a real run would end in a traceback."""
    before = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(
            cli, [str(a) for a in args], env=env, catch_exceptions=False, prog_name="realpolitik"
        )
    finally:
        os.chdir(before)
    return Done(result.exit_code, result.stdout, result.stderr)
