"""Shards on a Dask cluster: a scheduler you run (``--scheduler tcp://HOST:8786``) or a
LocalCluster of single-threaded worker processes (``--dask-local N``).

Workers started by hand (``dask worker tcp://host:8786 --nthreads 1``), by dask-jobqueue or by
dask-kubernetes are all the same to it (``docs/scale.md``). A worker plugin loads the spaCy pipeline, the registry and the lexicon once per worker process,
also on workers that join (or are restarted) later; each shard is one task, writing its Parquet
parts to the output folder, which must be one file system shared by every worker. A worker
that dies takes its task with it: the scheduler gives it to another worker (Dask's
``distributed.scheduler.allowed-failures`` times, default 3), and the run reports the shard
as retried. Needs the optional extra: ``pip install 'realpolitik[dask]'``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

from realpolitik.errors import Errors, RealpolitikError
from realpolitik.scale._plan import Shard
from realpolitik.scale._work import Options, ShardResult, prepare, run_shard

try:
    import distributed  # the optional extra; this module is imported only to use it
except ImportError:  # pragma: no cover - the driver checks first and gives the hint
    raise RealpolitikError(Errors.E801) from None

_dist: Any = distributed  # its API is only partly typed
Outcome = tuple[Shard, ShardResult | None, str | None, int]
PLUGIN = "realpolitik-extractor"
CONNECT_TIMEOUT = 10.0  # seconds to wait for a scheduler before E802


class Preload(distributed.WorkerPlugin):  # type: ignore[misc]
    """Runs on every worker as it starts: the extractor is ready before the first shard."""

    def __init__(self, options: Options) -> None:
        self.options = options

    def setup(self, worker: Any) -> None:
        prepare(self.options)


def run_dask(
    shards: list[Shard],
    out: str,
    options: Options,
    scheduler: str | None = None,
    local: int | None = None,
    on_start: Callable[[str], None] | None = None,
    *,
    connect_timeout: float = CONNECT_TIMEOUT,
) -> Iterator[Outcome]:
    """Outcomes of ``shards`` as they finish (any order). ``connect_timeout``: seconds to wait
    for ``scheduler`` before giving up with E802 (a scheduler still starting needs a few)."""
    cluster = None
    client: Any
    if scheduler:
        try:
            client = _dist.Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise RealpolitikError(Errors.E802, address=scheduler, reason=reason) from None
    else:
        cluster = _dist.LocalCluster(
            n_workers=max(1, local or 1),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = _dist.Client(cluster)
    try:
        client.register_plugin(Preload(options), name=PLUGIN)
        if on_start is not None:
            workers = len(client.scheduler_info(n_workers=-1).get("workers", {}))
            where = scheduler or "a LocalCluster"
            on_start(f"{workers} Dask worker(s) at {where}")
        futures = {
            client.submit(
                run_shard,
                shard,
                out,
                options,
                key=f"realpolitik-shard-{shard.part:05d}",
                pure=False,
            ): shard
            for shard in shards
        }
        for future in _dist.as_completed(futures):
            shard = futures[future]
            try:
                result = future.result()
            except Exception as exc:
                yield shard, None, _reason(exc), _tries(client, future.key)
                continue
            yield shard, result, None, _tries(client, future.key)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _tries(client: Any, key: str) -> int:
    """How many times the scheduler handed this task to a worker (> 1: a worker died).

    Asked of the scheduler alone (a cluster-wide story would wait on busy workers)."""
    try:
        return max(1, int(client.run_on_scheduler(_processing_count, key=key)))
    except Exception:  # a scheduler that cannot run it: count the shard once
        return 1


def _processing_count(key: str, dask_scheduler: Any = None) -> int:
    story = dask_scheduler.story(key) if dask_scheduler is not None else []
    return sum(1 for entry in story if len(entry) > 2 and entry[2] == "processing")


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
