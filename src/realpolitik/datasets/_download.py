"""One bounded, resumable HTTP download: the network half of ``data fetch``.

A server decides what it sends, so every limit is enforced while the bytes arrive: the size
(``--size``, else ``--max-bytes``), the idle time between two reads and the overall time. The
``.part`` file is resumed only for the URL it was started for (kept beside it in
``.part.json`` with the server's ETag and Last-Modified, sent back as ``If-Range`` so that a
changed file is fetched whole again). Redirects must stay on http(s), never step down from
https to http without ``--insecure``, and are reported when they leave the host.
"""

from __future__ import annotations

import http.client
import json
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from urllib.parse import urljoin, urlparse

from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:  # rich loads with the first download, not with every command
    from rich.progress import Progress

CHUNK = 1 << 16
Warn = Callable[[str], None]


@dataclass
class Limits:
    """How much and how long: bytes (and which option set it), idle and overall seconds."""

    max_bytes: int
    why: str
    idle: float
    overall: float
    insecure: bool = False
    warn: Warn | None = None
    redirects: list[str] = field(default_factory=list)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows http(s) redirects only, and remembers where they went."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits

    def http_error_302(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
    ) -> Any:
        location = headers.get("location") or headers.get("uri")
        if location:
            self._check(req.full_url, urljoin(req.full_url, location))
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def _check(self, url: str, target: str) -> None:
        old, new = urlparse(url).scheme.lower(), urlparse(target).scheme.lower()
        if new not in ("http", "https"):
            reason = f"a {new}: address"
            raise RealpolitikError(Errors.E379, url=url, target=target, reason=reason)
        if old == "https" and new == "http" and not self.limits.insecure:
            raise RealpolitikError(
                Errors.E379, url=url, target=target,
                reason="plain http (pass --insecure to allow it)",
            )  # fmt: skip
        self.limits.redirects.append(target)


def download(url: str, part: Path, limits: Limits, progress: bool) -> None:
    """Fill ``part`` with the body of ``url`` (resuming what it holds for this same URL)."""
    meta = part.with_name(part.name + ".json")
    offset, validator = _resume_point(url, part, meta)
    request = urllib.request.Request(url, headers={"User-Agent": "realpolitik"})  # noqa: S310
    if offset:
        request.add_header("Range", f"bytes={offset}-")
        if validator:
            request.add_header("If-Range", validator)
    opener = urllib.request.build_opener(_Redirects(limits))
    started = time.monotonic()
    try:
        response = opener.open(request, timeout=limits.idle)
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and offset:  # nothing left to send: the part is whole
            return
        raise RealpolitikError(Errors.E316, url=url, status=exc.code) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RealpolitikError(Errors.E307, url=url, reason=str(reason), path=part) from exc
    with response:
        _report_redirects(url, limits)
        if response.status != 206 or not _range_starts_at(response.headers, offset):
            offset = 0  # the server sent the whole file (changed, or no ranges): start over
        meta.write_text(json.dumps(_validators(url, response.headers)), encoding="utf-8")
        length = response.headers.get("Content-Length")
        total = offset + int(length) if length and length.strip().isdigit() else None
        if total is not None and total > limits.max_bytes:
            _discard(part, meta)
            raise RealpolitikError(Errors.E377, url=url, limit=limits.max_bytes, why=limits.why)
        _copy(response, url, part, meta, offset, total, limits, started, progress)
    meta.unlink(missing_ok=True)


def _copy(
    response: Any,
    url: str,
    part: Path,
    meta: Path,
    offset: int,
    total: int | None,
    limits: Limits,
    started: float,
    progress: bool,
) -> None:
    received = offset
    try:
        with part.open("ab" if offset else "wb") as out, _bar(progress, part.name) as bar:
            task = bar.add_task("download", total=total, completed=offset)
            while chunk := response.read1(CHUNK):  # what has arrived: the clocks stay exact
                received += len(chunk)
                if received > limits.max_bytes:
                    out.close()
                    _discard(part, meta)
                    raise RealpolitikError(
                        Errors.E377, url=url, limit=limits.max_bytes, why=limits.why
                    )
                out.write(chunk)
                bar.update(task, completed=received)
                if time.monotonic() - started > limits.overall:
                    raise RealpolitikError(
                        Errors.E307, url=url, path=part,
                        reason=f"it took longer than {limits.overall:g} s overall",
                    )  # fmt: skip
    except TimeoutError as exc:
        reason = f"no data for {limits.idle:g} s"
        raise RealpolitikError(Errors.E307, url=url, reason=reason, path=part) from exc
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


def _resume_point(url: str, part: Path, meta: Path) -> tuple[int, str | None]:
    """(bytes to keep, If-Range validator): 0 unless the part was started for this URL."""
    if not part.exists():
        meta.unlink(missing_ok=True)
        return 0, None
    try:
        saved = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    if not isinstance(saved, dict) or saved.get("url") != url:
        _discard(part, meta)
        return 0, None
    etag = saved.get("etag")
    strong = etag if isinstance(etag, str) and not etag.startswith("W/") else None
    modified = saved.get("last_modified")
    return part.stat().st_size, strong or (modified if isinstance(modified, str) else None)


def _validators(url: str, headers: Message) -> dict[str, str | None]:
    return {"url": url, "etag": headers.get("ETag"), "last_modified": headers.get("Last-Modified")}


def _range_starts_at(headers: Message, offset: int) -> bool:
    """A 206 answer must continue where the part ends (``Content-Range: bytes N-...``)."""
    value = headers.get("Content-Range") or ""
    start = value.removeprefix("bytes").strip().split("-", 1)[0]
    return start.isdigit() and int(start) == offset


def _report_redirects(url: str, limits: Limits) -> None:
    host = urlparse(url).hostname
    for target in limits.redirects:
        if urlparse(target).hostname != host and limits.warn is not None:
            limits.warn(f"{url} redirected to {target} (another host)")
            host = urlparse(target).hostname


def _discard(part: Path, meta: Path) -> None:
    part.unlink(missing_ok=True)
    meta.unlink(missing_ok=True)


def _bar(enabled: bool, label: str) -> Progress:
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    return Progress(
        TextColumn(label),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        disable=not enabled,
        transient=True,
    )
