"""``realpolitik data fetch``: download a dataset file once, resumably, and check it.

The only network code in realpolitik, and only when the user asks. Downloads go to a cache
directory (``--cache-dir``, $REALPOLITIK_CACHE, or ~/.cache/realpolitik) through a ``.part``
file; a dropped connection keeps the part and the next run resumes it with an HTTP Range
request. A size or SHA-256 mismatch removes the file. Standard library only (urllib).
"""

from __future__ import annotations

import hashlib
import http.client
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
    TransferSpeedColumn,
)

from realpolitik.errors import Errors, RealpolitikError

ENV_CACHE = "REALPOLITIK_CACHE"
CHUNK = 1 << 16


@dataclass(frozen=True)
class Source:
    """A dataset the project knows where to find; ``url`` None means "pass --url"."""

    url: str | None
    kind: str
    about: str


# Publishers move files; every URL can be overridden with --url.
SOURCES: dict[str, Source] = {
    "cow-states": Source(
        "https://correlatesofwar.org/wp-content/uploads/states2016.csv",
        "",
        "COW state system membership v2016",
    ),
    "gdelt-last": Source(
        "http://data.gdeltproject.org/gdeltv2/lastupdate.txt",
        "",
        "GDELT 2.0: list of the latest 15-minute files (fetch one with --url)",
    ),
    "gdelt-1-daily": Source(
        None,
        "gdelt",
        "GDELT 1.0 daily export, http://data.gdeltproject.org/events/YYYYMMDD.export.CSV.zip",
    ),
    "unvotes": Source(
        None, "unga-votes", "Voeten et al. UNGA votes, Harvard Dataverse doi:10.7910/DVN/LEJUQZ"
    ),
    "undl-votes": Source(
        None, "unga-votes", "UN Digital Library voting data export (digitallibrary.un.org)"
    ),
    "atop": Source(None, "atop", "ATOP 5.1 data files, http://www.atopdata.org/data.html"),
    "sipri": Source(None, "sipri", "SIPRI arms transfers export, https://armstransfers.sipri.org"),
    "baci": Source(
        None,
        "trade",
        "CEPII BACI, https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37",
    ),
    "icews": Source(
        None, "icews", "ICEWS coded event data, Harvard Dataverse doi:10.7910/DVN/28075"
    ),
}


def cache_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """--cache-dir beats $REALPOLITIK_CACHE beats ~/.cache/realpolitik."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_CACHE)
    return Path(env) if env else Path.home() / ".cache" / "realpolitik"


def fetch(
    name: str,
    url: str | None = None,
    cache: str | os.PathLike[str] | None = None,
    sha256: str | None = None,
    size: int | None = None,
    progress: bool = True,
    timeout: float = 60.0,
) -> Path:
    """Download ``name`` (or ``url``) into the cache and return the file's path.

    A complete file that passes the checks is not downloaded again.
    """
    source = SOURCES.get(name)
    url = url or (source.url if source else None)
    if url is None:
        choices = ", ".join(k for k, v in SOURCES.items() if v.url) + " (others need --url)"
        raise RealpolitikError(Errors.E306, name=name, choices=choices)
    filename = Path(urlparse(url).path).name or f"{name}.download"
    folder = cache_dir(cache)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / filename
    if dest.exists():
        _check(dest, sha256, size)
        return dest
    part = dest.with_name(dest.name + ".part")
    _download(url, part, timeout, progress)
    _check(part, sha256, size, shown=dest)
    part.replace(dest)
    return dest


def _download(url: str, part: Path, timeout: float, progress: bool) -> None:
    offset = part.stat().st_size if part.exists() else 0
    request = urllib.request.Request(url, headers={"User-Agent": "realpolitik"})  # noqa: S310
    if offset:
        request.add_header("Range", f"bytes={offset}-")
    try:
        response = urllib.request.urlopen(request, timeout=timeout)  # noqa: S310
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and offset:  # nothing left to send: the part is whole
            return
        raise RealpolitikError(Errors.E316, url=url, status=exc.code) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RealpolitikError(Errors.E307, url=url, reason=str(reason), path=part) from exc
    with response:
        if response.status != 206:  # server ignored the range: start over
            offset = 0
        length = response.headers.get("Content-Length")
        total = offset + int(length) if length and length.isdigit() else None
        received = offset
        try:
            with (
                part.open("ab" if offset else "wb") as out,
                _bar(progress, part.name, total) as bar,
            ):
                task = bar.add_task("download", total=total, completed=offset)
                while chunk := response.read(CHUNK):
                    out.write(chunk)
                    received += len(chunk)
                    bar.update(task, completed=received)
        except (http.client.HTTPException, OSError) as exc:
            raise RealpolitikError(
                Errors.E307, url=url, reason=str(exc) or type(exc).__name__, path=part
            ) from exc
        if total is not None and received < total:
            raise RealpolitikError(
                Errors.E307,
                url=url,
                reason=f"connection closed after {received} of {total} bytes",
                path=part,
            )


def _bar(enabled: bool, label: str, total: int | None) -> Progress:
    return Progress(
        TextColumn(label),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        disable=not enabled,
        transient=True,
    )


def _check(path: Path, sha256: str | None, size: int | None, shown: Path | None = None) -> None:
    shown = shown or path
    if size is not None:
        found = path.stat().st_size
        if found != size:
            path.unlink()
            raise RealpolitikError(Errors.E308, path=shown, size=found, expected=size)
    if sha256:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        if digest.hexdigest().lower() != sha256.lower():
            path.unlink()
            raise RealpolitikError(
                Errors.E309, path=shown, found=digest.hexdigest(), expected=sha256.lower()
            )
