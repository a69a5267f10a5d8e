"""Where outputs go: a path is checked before any work is spent on what it will hold."""

from __future__ import annotations

import os
from pathlib import Path

from realpolitik.errors import Errors, RealpolitikError


def output_path(path: str | os.PathLike[str]) -> Path:
    """``path`` as a Path whose folder exists and can be written, else E032 naming it.

    Writers put a hidden temporary file beside the output and rename it; without this check
    the error would name that temporary file, not the path the user gave."""
    out = Path(path)
    folder = out.parent
    if not folder.is_dir():
        reason = "no such folder" if not folder.exists() else "its folder is a file"
        raise RealpolitikError(Errors.E032, path=out, reason=reason)
    if out.is_dir():
        raise RealpolitikError(Errors.E032, path=out, reason="it is a folder")
    if not os.access(folder, os.W_OK):
        raise RealpolitikError(Errors.E032, path=out, reason="the folder is not writable")
    return out
