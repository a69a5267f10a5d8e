"""The driver of a sharded run: plan, skip what is finished, dispatch, record, summarise."""

from __future__ import annotations

import hashlib
import os
import pickle
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.ingest import MAX_BYTES
from realpolitik.scale._fingerprint import extractor_fingerprint
from realpolitik.scale._manifest import Manifest
from realpolitik.scale._plan import DEFAULT_SHARD_SIZE, Piece, Shard, parse_size, plan_shards
from realpolitik.scale._work import DEFAULT_REGISTRY, Options, ShardResult

FORMAT = "realpolitik-shards/1"  # bump when the part files' layout or meaning changes

MessageHandler = Callable[[str], None]
ShardHandler = Callable[[ShardResult, int], None]


@dataclass
class ShardReport:
    """What a sharded run did. ``done`` shards finished now, ``skipped`` ones were finished by
    an earlier run; counts of documents and rows are of this run's shards."""

    shards: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    retried: int = 0
    documents: int = 0
    events: int = 0
    claims: int = 0
    mentions: int = 0
    words: int = 0
    input_errors: int = 0
    seconds: float = 0.0
    backend: str = ""
    peak_mib: dict[int, float] = field(default_factory=dict)  # worker pid -> peak RSS

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        """One line for people: shards, rows, speed."""
        peak = max(self.peak_mib.values(), default=0.0)
        where = f" on {self.backend}" if self.backend else ""
        return (
            f"{self.shards} shard(s): {self.done} done, {self.skipped} already done,"
            f" {self.failed} failed, {self.retried} retried; {self.documents} document(s),"
            f" {self.events} event(s), {self.claims} claim(s); {self.words:,} words in"
            f" {self.seconds:.1f} s ({self.words_per_second:,.0f} words/s){where};"
            f" peak {peak:,.0f} MiB per worker."
        )


class ShardsInterrupted(KeyboardInterrupt):
    """Ctrl-C during a sharded run; finished shards are recorded, the rest is redone later."""

    def __init__(self, report: ShardReport) -> None:
        super().__init__("interrupted")
        self.report = report


def extract_shards(
    paths: Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    shard_size: int | str = DEFAULT_SHARD_SIZE,
    workers: int = 1,
    scheduler: str | None = None,
    dask_local: int | None = None,
    date: str | None = None,
    actors: str | os.PathLike[str] | None = None,
    triggers: Sequence[str | os.PathLike[str]] = (),
    background: bool = False,
    max_bytes: int = MAX_BYTES,
    on_error: MessageHandler | None = None,
    on_shard: ShardHandler | None = None,
    on_start: MessageHandler | None = None,
) -> ShardReport:
    """Extract ``paths`` into Parquet shards under ``out`` (``realpolitik extract --out``).

    Shards of about ``shard_size`` bytes of input (``20MB``) run on ``workers`` local
    processes, a Dask scheduler (``scheduler="tcp://host:8786"``) or a Dask LocalCluster of
    ``dask_local`` workers. Finished shards are listed in ``out/manifest.jsonl`` by content
    hash: running again skips them and redoes what is missing. ``on_error`` gets one line per
    input or document skipped and per failed shard, ``on_shard(result, tries)`` each finished
    shard. Raises ``ShardsInterrupted`` on Ctrl-C (what finished is kept).
    """
    if sum(bool(x) for x in (workers > 1, scheduler, dask_local)) > 1:
        raise RealpolitikError(Errors.E805)
    if scheduler or dask_local:
        _require_dask()
    size = parse_size(shard_size)
    options, fingerprint = _options(date, actors, triggers, background, max_bytes)
    started = time.perf_counter()
    report = ShardReport()
    say = on_error or (lambda line: None)
    manifest = Manifest(Path(out))
    try:
        planned, errors = plan_shards(list(paths), size, fingerprint)
        for error in errors:
            report.input_errors += 1
            say(str(error))
        report.shards = len(planned)
        if not planned:
            raise RealpolitikError(Errors.E014, count=len(paths))
        todo = _number(planned, manifest)
        report.skipped = report.shards - len(todo)
        manifest.remove_leftovers()
        outcomes = _backend(
            todo, str(out), options, workers, scheduler, dask_local, report, on_start
        )
        for shard, result, reason, tries in outcomes:
            report.retried += tries > 1
            if result is None:
                report.failed += 1
                say(
                    str(
                        RealpolitikError(
                            Errors.E803,
                            part=shard.part,
                            first=shard.first(),
                            tries=tries,
                            reason=reason,
                        )
                    )
                )
                continue
            manifest.record(result, shard.first(), len(shard.pieces), shard.size)
            _count(report, result)
            for line in result.errors:
                report.input_errors += 1
                say(line)
            if on_shard is not None:
                on_shard(result, tries)
            report.seconds = time.perf_counter() - started
        manifest.remove_leftovers()  # files of workers that died mid-shard
    except KeyboardInterrupt:
        report.seconds = time.perf_counter() - started
        raise ShardsInterrupted(report) from None
    finally:
        manifest.close()
    report.seconds = time.perf_counter() - started
    return report


def _require_dask() -> None:
    """The one-line install hint (E801), before any work, when the optional extra is missing."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        raise RealpolitikError(Errors.E801) from None


def _backend(
    todo: list[Shard],
    out: str,
    options: Options,
    workers: int,
    scheduler: str | None,
    dask_local: int | None,
    report: ShardReport,
    on_start: MessageHandler | None,
) -> Iterator[tuple[Shard, ShardResult | None, str | None, int]]:
    def started(what: str) -> None:
        report.backend = what
        if on_start is not None:
            on_start(what)

    if not todo:
        return iter(())
    if scheduler or dask_local:
        from realpolitik.scale._dask import run_dask

        return run_dask(todo, out, options, scheduler, dask_local, started)
    from realpolitik.scale._local import run_local

    if workers <= 1:
        started("1 process")
    return run_local(todo, out, options, workers, started)


def _number(planned: list[tuple[str, tuple[Piece, ...], int]], manifest: Manifest) -> list[Shard]:
    """Shards not finished yet, numbered after every part the folder already holds."""
    nxt = max(manifest.parts(), default=-1) + 1
    todo = []
    for key, pieces, size in planned:
        if key in manifest.done:
            continue
        todo.append(Shard(key, nxt, pieces, size))
        nxt += 1
    return todo


def _count(report: ShardReport, result: ShardResult) -> None:
    report.done += 1
    report.documents += result.documents
    report.events += result.events
    report.claims += result.claims
    report.mentions += result.mentions
    report.words += result.words
    report.peak_mib[result.pid] = max(report.peak_mib.get(result.pid, 0.0), result.peak_mib)


def _options(
    date: str | None,
    actors: str | os.PathLike[str] | None,
    triggers: Sequence[str | os.PathLike[str]],
    background: bool,
    max_bytes: int,
) -> tuple[Options, str]:
    """What workers need, and a fingerprint of everything extraction depends on (file
    contents, not paths: the same actor file elsewhere is the same run)."""
    extractor = extractor_fingerprint()  # the extractor's code and tables, not its version
    digest = hashlib.sha256(f"{FORMAT}\0{extractor}\0{date}\0{background}\0{max_bytes}".encode())
    registry = DEFAULT_REGISTRY
    if actors:
        from realpolitik.actors import ActorRegistry

        registry = pickle.dumps(ActorRegistry.default().with_file(str(actors)))
        digest.update(b"\0actors\0" + Path(actors).read_bytes())
    lexicon = b""
    if triggers:
        from realpolitik.extract import load_lexicon

        lexicon = pickle.dumps(load_lexicon(list(triggers)))
        for path in triggers:
            digest.update(b"\0triggers\0" + Path(path).read_bytes())
    options = Options(registry, lexicon, date, background, max_bytes)
    return options, digest.hexdigest()
