"""``realpolitik data fetch``: download a dataset file once, resumably, and check it.

The only network code in realpolitik, and only when the user asks. Downloads go to a cache
directory (``--cache-dir``, $REALPOLITIK_CACHE, or ~/.cache/realpolitik), one folder per full
URL, through a ``.part`` file; a dropped connection keeps the part and the next run resumes it
with an HTTP Range request (``_download``: bounded in bytes and time, https only unless told).
A size or SHA-256 mismatch removes the file. Standard library only (urllib).

``SOURCES`` is the catalogue (``realpolitik data sources``): direct URLs where the publisher
has a stable file, dated URL patterns for GDELT, and for form- or login-only publishers
(SIPRI, Comtrade, Dataverse) where to get the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

from realpolitik.datasets._download import Limits, download
from realpolitik.errors import Errors, RealpolitikError

ENV_CACHE = "REALPOLITIK_CACHE"
MAX_BYTES = 10_000_000_000
MAX_SECONDS = 6 * 3600.0


@dataclass(frozen=True)
class Source:
    """A dataset the project knows where to find.

    ``url`` None: the publisher offers a form or a login, and ``where`` says where to go.
    A ``{date}`` in ``url`` is filled from ``--date`` in the format ``date``. ``http_only``:
    the publisher serves the file over plain http only (fetched with a warning).
    """

    url: str | None
    kind: str  # the `data load` kind the file is for ('' for reference files)
    about: str
    date: str | None = None
    where: str | None = None
    http_only: bool = False

    @property
    def direct(self) -> bool:
        return self.url is not None


# The publishers' official addresses as of 2025-26, not checked at run time (no network in
# tests). Publishers move files: every URL can be overridden with --url.
SOURCES: dict[str, Source] = {
    "unvotes-votes": Source(
        "https://raw.githubusercontent.com/rfordatascience/tidytuesday/master/data/2021/"
        "2021-03-23/unvotes.csv",
        "unga-votes",
        "Voeten et al. UNGA votes 1946-2019 in the unvotes R package layout (TidyTuesday copy)",
    ),
    "unvotes-roll-calls": Source(
        "https://raw.githubusercontent.com/rfordatascience/tidytuesday/master/data/2021/"
        "2021-03-23/roll_calls.csv",
        "unga-votes",
        "unvotes roll calls (dates, resolutions); load together with unvotes-votes",
    ),
    "unvotes-issues": Source(
        "https://raw.githubusercontent.com/rfordatascience/tidytuesday/master/data/2021/"
        "2021-03-23/issues.csv",
        "unga-votes",
        "unvotes issue codes per roll call; load together with unvotes-votes",
    ),
    "unvotes-dataverse": Source(
        None,
        "unga-votes",
        "Voeten et al. UNGA voting data (full release)",
        where="Harvard Dataverse https://doi.org/10.7910/DVN/LEJUQZ (file links change with"
        " each release)",
    ),
    "undl-ga-votes": Source(
        None,
        "unga-votes",
        "UN Digital Library General Assembly voting data",
        where="https://digitallibrary.un.org/record/4060887 (the CSV's name changes with each"
        " update: copy the current file link)",
    ),
    "undl-sc-votes": Source(
        None,
        "unga-votes",
        "UN Digital Library Security Council voting data",
        where="https://digitallibrary.un.org/record/4055387 (copy the current CSV link)",
    ),
    "gw-states": Source(
        "http://ksgleditsch.com/data/iisystem.dat",
        "gw-states",
        "Gleditsch-Ward list of independent states (iisystem.dat; microstatessystem.dat beside"
        " it lists the microstates)",
        http_only=True,
    ),
    "atop": Source(
        "https://www.atopdata.org/uploads/6/9/1/3/69134503/atop_5.1__.csv_.zip",
        "atop",
        "ATOP 5.1 CSV files (zip; `data load atop` reads its largest member, the directed"
        " dyad-year file)",
    ),
    "sipri": Source(
        None,
        "sipri",
        "SIPRI Arms Transfers Database",
        where="https://armstransfers.sipri.org (Transfers or Trade Register: pick suppliers,"
        " recipients and years, then download the CSV)",
    ),
    "baci": Source(
        "https://www.cepii.fr/DATA_DOWNLOAD/baci/data/BACI_HS92_V202601.zip",
        "trade",
        "CEPII BACI HS92 release V202601 (several GB; yearly HS6 files with numeric country"
        " codes t,i,j,k,v,q)",
    ),
    "comtrade": Source(
        None,
        "trade",
        "UN Comtrade bilateral trade",
        where="https://comtradeplus.un.org (free account; Trade Data: choose reporters,"
        " partners and years, then download CSV)",
    ),
    "dots": Source(
        None,
        "trade",
        "IMF Direction of Trade Statistics",
        where="https://data.imf.org (Direction of Trade Statistics: export reporter, partner,"
        " year, value as CSV)",
    ),
    "gdelt-1-daily": Source(
        "http://data.gdeltproject.org/events/{date}.export.CSV.zip",
        "gdelt",
        "GDELT 1.0 daily event export (2013-04-01 onward)",
        date="YYYYMMDD",
        http_only=True,
    ),
    "gdelt-1-historical": Source(
        "http://data.gdeltproject.org/events/{date}.zip",
        "gdelt",
        "GDELT 1.0 backfile: one file per year 1979-2005 (YYYY), per month 2006-01 to 2013-03"
        " (YYYYMM)",
        date="YYYY|YYYYMM",
        http_only=True,
    ),
    "gdelt-2-events": Source(
        "http://data.gdeltproject.org/gdeltv2/{date}.export.CSV.zip",
        "gdelt",
        "GDELT 2.0 event export, one file per 15 minutes (2015-02-18 onward)",
        date="YYYYMMDDHHMMSS",
        http_only=True,
    ),
    "gdelt-last": Source(
        "http://data.gdeltproject.org/gdeltv2/lastupdate.txt",
        "",
        "GDELT 2.0: list of the latest 15-minute files (size, MD5, URL)",
        http_only=True,
    ),
    "icews": Source(
        None,
        "icews",
        "ICEWS coded event data (yearly event files)",
        where="Harvard Dataverse https://doi.org/10.7910/DVN/28075 (accept the terms of use,"
        " then download the events.YYYY files)",
    ),
    "icews-counts": Source(
        None,
        "icews-counts",
        "ICEWS dyad-year QuadClass counts 2002-2014 (netify R package data)",
        where="the netify R package on CRAN: in R, data(icews, package = 'netify');"
        " write.csv(icews, 'icews_counts.csv')",
    ),
    "cow-states": Source(
        "https://correlatesofwar.org/wp-content/uploads/states2016.csv",
        "cow-states",
        "COW state system membership v2016",
    ),
    "cow-nmc": Source(
        None,
        "cow-nmc",
        "COW National Material Capabilities (state-year CSV)",
        where="https://correlatesofwar.org/data-sets/national-material-capabilities/"
        " (download the zip, unpack the state-year CSV)",
    ),
    "cow-trade": Source(
        None,
        "cow-trade",
        "COW Trade: dyadic (ccode1, ccode2, year, flow1, flow2) or national totals",
        where="https://correlatesofwar.org/data-sets/bilateral-trade/ (download the zip,"
        " unpack Dyadic_COW or National_COW CSV)",
    ),
    "cow-igo": Source(
        None,
        "cow-igo",
        "COW IGO shared memberships per dyad-year (ccode1, ccode2, year, dyadigos)",
        where="https://correlatesofwar.org/data-sets/igos/ (or the peacesciencer R package's"
        " IGO summaries)",
    ),
    "cow-distance": Source(
        None,
        "cow-distance",
        "Minimum distance between states per year (ccode1, ccode2, year, mindist in km)",
        where="CShapes 2.0 (https://icr.ethz.ch/data/cshapes/) or the peacesciencer R package's"
        " cow_mindist data, written to CSV",
    ),
}

# --date formats: the strptime patterns each accepts (digits only, exact length).
_DATE_FORMATS: dict[str, tuple[str, ...]] = {
    "YYYYMMDD": ("%Y%m%d",),
    "YYYY|YYYYMM": ("%Y", "%Y%m"),
    "YYYYMMDDHHMMSS": ("%Y%m%d%H%M%S",),
}
_EXAMPLES = {"YYYYMMDD": "20240105", "YYYY|YYYYMM": "1995", "YYYYMMDDHHMMSS": "20240105120000"}


def source_url(name: str, *, date: str | None = None, url: str | None = None) -> str:
    """The URL ``fetch`` downloads for ``name`` (``url`` overrides; ``{date}`` filled in)."""
    source = SOURCES.get(name)
    if url is None:
        if source is None:
            raise RealpolitikError(Errors.E306, name=name, choices=", ".join(SOURCES))
        if source.url is None:
            raise RealpolitikError(
                Errors.E317, name=name, about=source.about, where=source.where, kind=source.kind
            )
        url = source.url
    if "{date}" not in url:
        if date is not None:
            raise RealpolitikError(
                Errors.E901, option="--date", reason=f"{name} has no dated files; leave it out"
            )
        return url
    fmt = source.date if source and source.date else "YYYYMMDD"
    return url.replace("{date}", _checked_date(name, fmt, date))


def list_sources() -> list[dict[str, str]]:
    """The catalogue as rows for ``data sources``: how each file is had, and from where."""
    rows = []
    for name, source in SOURCES.items():
        if source.url is None:
            access, where = "manual", source.where or ""
        elif source.date:
            access, where = f"direct, --date {source.date}", source.url
        else:
            access, where = "direct", source.url
        rows.append(
            {
                "name": name,
                "kind": source.kind or "-",
                "access": access,
                "url_or_where": where,
                "about": source.about,
            }  # fmt: skip
        )
    return rows


def _checked_date(name: str, fmt: str, date: str | None) -> str:
    def fail(reason: str) -> RealpolitikError:
        return RealpolitikError(Errors.E318, name=name, fmt=fmt, reason=reason)

    if not date:
        raise fail(f"none given (e.g. --date {_EXAMPLES.get(fmt, '20240105')})")
    text = date.strip()
    if fmt == "YYYYMMDDHHMMSS" and len(text) == 12:
        text += "00"  # minutes are enough
    for pattern in _DATE_FORMATS.get(fmt, ("%Y%m%d",)):
        if not text.isdigit() or len(text) != len(dt.datetime.now().strftime(pattern)):
            continue
        try:
            when = dt.datetime.strptime(text, pattern)  # noqa: DTZ007 (a file name, not a time)
        except ValueError:
            continue
        if fmt == "YYYYMMDDHHMMSS" and (when.minute % 15 or when.second):
            raise fail(f"{date!r}: the files start every 15 minutes (HHMM = ..00, 15, 30, 45)")
        return text
    raise fail(f"{date!r} is not a valid date")


def cache_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """--cache-dir beats $REALPOLITIK_CACHE beats ~/.cache/realpolitik."""
    if path:
        return Path(path)
    env = os.environ.get(ENV_CACHE)
    return Path(env) if env else Path.home() / ".cache" / "realpolitik"


def fetch(
    name: str,
    *,
    url: str | None = None,
    cache: str | os.PathLike[str] | None = None,
    sha256: str | None = None,
    size: int | None = None,
    progress: bool = True,
    timeout: float = 60.0,
    date: str | None = None,
    max_bytes: int = MAX_BYTES,
    max_seconds: float = MAX_SECONDS,
    insecure: bool = False,
    on_warning: Callable[[str], None] | None = None,
) -> Path:
    """Download ``name`` (or ``url``) into the cache and return the file's path.

    A complete file that passes the checks is not downloaded again; the cache keeps one folder
    per full URL (``?v=2`` is another file). ``date`` fills the ``{date}`` of dated sources
    (GDELT: ``20240105``). Only https is fetched: plain http needs ``insecure`` (built-in
    sources whose publisher serves http only are fetched with a warning). The body may not
    pass ``size`` (when given) or ``max_bytes``, go ``timeout`` seconds without data or take
    longer than ``max_seconds``. ``on_warning`` receives one line per thing worth knowing.
    """
    source = SOURCES.get(name) if url is None else None  # a built-in address, not --url
    url = source_url(name, date=date, url=url)
    _check_scheme(url, insecure or (source is not None and source.http_only), on_warning)
    dest = cache_dir(cache) / _url_key(url) / _file_name(url, name)
    if dest.exists():
        _check(dest, sha256, size)
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    (dest.parent / ".source-url").write_text(url + "\n", encoding="utf-8")  # for people
    part = dest.with_name(dest.name + ".part")
    limit, why = (size, "--size") if size is not None and size < max_bytes else (max_bytes, "--max-bytes")  # fmt: skip
    limits = Limits(limit, why, timeout, max_seconds, insecure=insecure, warn=on_warning)
    download(url, part, limits, progress)
    _check(part, sha256, size, shown=dest)
    part.replace(dest)
    return dest


def _check_scheme(url: str, allow_http: bool, warn: Callable[[str], None] | None) -> None:
    scheme = urlparse(url).scheme.lower()
    if scheme == "https":
        return
    if scheme != "http":
        raise RealpolitikError(Errors.E375, url=url, scheme=scheme or "(none)")
    if not allow_http:
        raise RealpolitikError(Errors.E376, url=url)
    if warn is not None:
        warn(f"{url}: plain http, not encrypted; check the file (--sha256) if you can")


def _url_key(url: str) -> str:
    """The cache folder of one full URL (scheme, host, path and query)."""
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:16]


def _file_name(url: str, name: str) -> str:
    """The URL's last path segment as a file name; E378 for ``..`` and ``.`` anywhere."""
    segments = [unquote(s) for s in urlparse(url).path.split("/")]
    for segment in segments:
        if segment in (".", ".."):
            raise RealpolitikError(Errors.E378, url=url, last=segment)
    last = segments[-1] if segments else ""
    clean = "".join(c if c.isprintable() and c not in "/\\\x00" else "_" for c in last).strip()
    return clean[-200:] if clean else f"{name}.download"


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
