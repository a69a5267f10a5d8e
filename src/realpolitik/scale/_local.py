"""Shards on this machine: in this process (one worker) or a pool of worker processes.

Workers are forked from a fork server that has imported the extractor with its pipeline
loaded (as ``extract.parallel`` does), then load the registry and lexicon once in the pool's
initializer. A worker that dies (killed, out of memory) breaks the pool: a new pool takes over
and every shard that was in flight is submitted again, up to ``MAX_TRIES`` times each.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import forkserver

from realpolitik.scale._plan import Shard
from realpolitik.scale._work import Options, ShardResult, prepare, run_shard

MAX_TRIES = 3

# (shard, result or None, error message or None, tries so far)
Outcome = tuple[Shard, ShardResult | None, str | None, int]


def run_local(
    shards: list[Shard],
    out: str,
    options: Options,
    workers: int,
    on_start: Callable[[str], None] | None = None,
) -> Iterator[Outcome]:
    """Outcomes of ``shards`` as they finish (any order)."""
    if workers <= 1:
        prepare(options)
        for shard in shards:
            try:
                yield shard, run_shard(shard, out, options), None, 1
            except Exception as exc:  # a shard-level failure (disk full, ...): report, go on
                yield shard, None, _reason(exc), 1
        return
    tries: dict[int, int] = {}
    todo = list(shards)
    while todo:
        pool = _pool(workers, options)
        if on_start is not None:
            on_start(f"{workers} local worker process(es)")
        running: dict[Future[ShardResult], Shard] = {}
        broken = False
        try:
            for shard in todo:
                tries[shard.part] = tries.get(shard.part, 0) + 1
                running[pool.submit(run_shard, shard, out, options)] = shard
            todo = []
            while running:
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    shard = running.pop(future)
                    try:
                        yield shard, future.result(), None, tries[shard.part]
                    except BrokenProcessPool:
                        broken = True
                        todo.append(shard)
                    except Exception as exc:
                        yield shard, None, _reason(exc), tries[shard.part]
                if broken:  # every shard in flight died with the pool: retry them
                    for future, shard in running.items():
                        future.cancel()
                        todo.append(shard)
                    running = {}
        finally:
            pool.shutdown(wait=not broken, cancel_futures=True)
        todo.sort(key=lambda s: s.part)
        for shard in [s for s in todo if tries[s.part] >= MAX_TRIES]:
            todo.remove(shard)
            reason = "its worker process died each time"
            yield shard, None, reason, tries[shard.part]


def _pool(workers: int, options: Options) -> ProcessPoolExecutor:
    from realpolitik.extract import parallel

    methods = multiprocessing.get_all_start_methods()
    if "forkserver" not in methods:
        spawn = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(
            workers, mp_context=spawn, initializer=_init, initargs=(options,)
        )
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([parallel.__name__])  # the pipeline, loaded once, shared
    previous = os.environ.get(parallel._PRELOAD_ENV)
    os.environ[parallel._PRELOAD_ENV] = "1"
    try:
        # The executor starts its processes at the first submit, after this block: the fork
        # server starts here, while the variable that makes it load the pipeline is set.
        forkserver.ensure_running()
        return ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init, initargs=(options,)
        )
    finally:
        if previous is None:
            del os.environ[parallel._PRELOAD_ENV]
        else:
            os.environ[parallel._PRELOAD_ENV] = previous


def _init(options: Options) -> None:
    # Ctrl-C reaches the whole process group: the driver handles it and ends the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    prepare(options)


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


__all__ = ["MAX_TRIES", "Outcome", "run_local"]
