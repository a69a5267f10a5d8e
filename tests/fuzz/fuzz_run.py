"""Run the generated inputs through the real readers and loaders, in a watched child process.

The child reads each batch folder with ``read_paths`` and stores every document it gets in a
real DuckDB store; it loads each dataset file with ``datasets.load`` into the same store, after
the valid files of every kind. The parent waits at most ``timeout`` seconds per job: a job that
takes longer is a hang (the child is killed and a new one goes on with the next job). Counted:
inputs, skips (one coded line each), crashes (any other exception, or an error that is not one
coded line), hangs, peak memory of the child, and valid documents lost (a valid file's document
missing from a batch, or stored rows changed by a load that failed).
"""

from __future__ import annotations

import multiprocessing
import resource
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from fuzz_cases import (
    ReaderBatch,
    loader_cases,
    materialize,
    reader_batches,
    valid_loads,
)

MAX_EXPANDED = 20_000_000  # the fuzz zip bombs unpack to 30 MB


@dataclass
class Summary:
    inputs: int = 0
    reader_inputs: int = 0
    loader_inputs: int = 0
    valid_files: int = 0
    skips: int = 0
    loaded: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    peak_mb: float = 0.0
    slowest: tuple[float, str] = (0.0, "")
    seconds: float = 0.0
    codes: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        head = (
            f"inputs {self.inputs} ({self.reader_inputs} reader files mixed with"
            f" {self.valid_files} valid ones, {self.loader_inputs} dataset files)"
        )
        counts = (
            f"skips {self.skips} | loaded anyway {self.loaded} | crashes {len(self.crashes)}"
            f" | hangs over 30 s {len(self.hangs)} | peak memory {self.peak_mb:.0f} MB"
            f" | valid documents lost {len(self.lost)}"
        )
        codes = "skips by code: " + ", ".join(f"{c} {n}" for c, n in sorted(self.codes.items()))
        slow = (
            f"slowest job {self.slowest[0]:.1f} s ({self.slowest[1]}); total {self.seconds:.0f} s"
        )
        return [head, counts, codes, slow] + [
            f"  {what}: {item}"
            for what, items in (("crash", self.crashes), ("hang", self.hangs), ("lost", self.lost))
            for item in items[:20]
        ]


def run(seed: int, reader_inputs: int, loader_inputs: int, timeout: float = 30.0,
        workdir: Path | None = None) -> Summary:  # fmt: skip
    """Generate, write and run every input; the summary of what happened."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="realpolitik-fuzz-", dir=workdir) as tmp:
        root = Path(tmp)
        jobs, summary = _prepare(root, seed, reader_inputs, loader_inputs)
        _watch(jobs, root / "fuzz.duckdb", timeout, summary)
    summary.seconds = time.monotonic() - started
    return summary


def _prepare(root: Path, seed: int, reader_inputs: int, loader_inputs: int) -> tuple[list[dict[str, Any]], Summary]:  # fmt: skip
    summary = Summary()
    jobs: list[dict[str, Any]] = []
    valid = root / "valid"
    valid.mkdir()
    for kind, inputs in valid_loads():
        jobs.append(
            {"type": "valid", "kind": kind, "paths": [str(materialize(i, valid)) for i in inputs]}
        )
    for n, batch in enumerate(reader_batches(seed, reader_inputs)):
        folder = root / f"batch{n:04d}"
        folder.mkdir()
        _write_batch(batch, folder)
        markers = [m for _, ms in batch.good for m in ms]
        jobs.append({"type": "read", "folder": str(folder), "markers": markers,
                     "label": f"batch{n:04d}: " + ", ".join(i.how for i in batch.bad)})  # fmt: skip
        summary.reader_inputs += len(batch.bad)
        summary.valid_files += len(batch.good)
    for n, case in enumerate(loader_cases(seed, loader_inputs)):
        folder = root / f"load{n:05d}"
        folder.mkdir()
        paths = [str(materialize(i, folder)) for i in case.files]
        jobs.append({"type": "load", "kind": case.kind, "paths": paths,
                     "label": f"{case.kind} {case.files[0].name!r}: {case.how}"})  # fmt: skip
        summary.loader_inputs += 1
    summary.inputs = summary.reader_inputs + summary.loader_inputs
    return jobs, summary


def _write_batch(batch: ReaderBatch, folder: Path) -> None:
    for item in batch.bad:
        materialize(item, folder)
    for item, _ in batch.good:
        materialize(item, folder)


def _watch(jobs: list[dict[str, Any]], db: Path, timeout: float, summary: Summary) -> None:
    context = multiprocessing.get_context("spawn")
    index = 0
    while index < len(jobs):
        parent, child = context.Pipe()
        worker = context.Process(target=_worker, args=(child, str(db), jobs[index:]), daemon=True)
        worker.start()
        child.close()
        if not parent.poll(300) or parent.recv() != "ready":  # imports done: the clock starts
            raise RuntimeError("the fuzz child did not start")
        while index < len(jobs):
            if not parent.poll(timeout):
                summary.hangs.append(
                    f"{jobs[index].get('label', jobs[index]['type'])} (> {timeout:g} s)"
                )
                worker.kill()
                index += 1
                break
            try:
                result = parent.recv()
            except EOFError:  # the child died (a crash of the interpreter itself)
                summary.crashes.append(
                    f"{jobs[index].get('label')}: child exited {worker.exitcode}"
                )
                index += 1
                break
            if result == "tick":  # one more input read: the clock starts again
                continue
            _count(jobs[index], result, summary)
            index += 1
        worker.join(10)
        parent.close()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary.peak_mb = max(summary.peak_mb, children)


def _count(job: dict[str, Any], result: dict[str, Any], summary: Summary) -> None:
    label = job.get("label", job["type"])
    summary.peak_mb = max(summary.peak_mb, result["rss_mb"])
    if result["seconds"] > summary.slowest[0]:
        summary.slowest = (result["seconds"], label)
    if result.get("crash"):
        summary.crashes.append(f"{label}: {result['crash']}")
    summary.skips += result.get("skips", 0)
    for code in result.get("codes", []):
        summary.codes[code] = summary.codes.get(code, 0) + 1
    summary.loaded += result.get("loaded", 0)
    summary.lost.extend(f"{label}: {item}" for item in result.get("lost", []))


# -- the child ----------------------------------------------------------------------------------


def _worker(conn: Connection, db: str, jobs: list[dict[str, Any]]) -> None:
    from realpolitik import datasets, ingest  # noqa: F401 (imported before the clock starts)
    from realpolitik.store import Store

    conn.send("ready")
    with Store(db) as store:
        for job in jobs:
            started = time.monotonic()
            try:
                result = _read(store, job, conn) if job["type"] == "read" else _load(store, job)
            except Exception as exc:  # noqa: BLE001 (what the suite is here to find)
                result = {"crash": _one_line(exc)}
            result["seconds"] = time.monotonic() - started
            result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            conn.send(result)
    conn.close()


def _one_line(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" at {Path(where.filename).name}:{where.lineno}" if where else ""
    return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}{place}"


def _coded(message: str) -> bool:
    return message.startswith("[E") and "]" in message[:7] and "\n" not in message


def _read(store: Any, job: dict[str, Any], conn: Connection) -> dict[str, Any]:
    """Read one batch folder; its documents go into a copy of the documents table.

    A tick after each item read tells the parent that the reader moves: the hang limit applies
    to each input, not to the whole batch.
    """
    from realpolitik.errors import InputError
    from realpolitik.ingest import read_paths

    store.con.execute(
        "CREATE TEMP TABLE IF NOT EXISTS fuzz_documents AS SELECT * FROM documents LIMIT 0"
    )
    skips, crashes, rows, texts, codes = 0, [], [], [], []
    for item in read_paths([job["folder"]]):
        conn.send("tick")
        if isinstance(item, InputError):
            skips += 1
            codes.append(item.code)
            if not _coded(str(item)):
                crashes.append(f"not one coded line: {str(item)!r}")
            continue
        try:
            digest = item.content_hash
        except Exception as exc:  # noqa: BLE001
            crashes.append(f"cannot hash {item.source!r}: {_one_line(exc)}")
            continue
        rows.append((item.doc_id, item.source, item.url, item.title, item.date, item.language,
                     digest, item.text))  # fmt: skip
        texts.append(item.text)
    for start in range(0, len(rows), 100):  # a hundred rows a statement: quick, same checks
        chunk = rows[start : start + 100]
        marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
        try:
            store.con.execute(
                "INSERT INTO fuzz_documents (doc_id, source, url, title, published, language,"
                f" content_hash, text) VALUES {marks}",
                [value for row in chunk for value in row],
            )
        except Exception as exc:  # noqa: BLE001
            crashes.append(f"the store refused a document: {_one_line(exc)}")
    joined = "\n".join(texts)
    lost = [m for m in job["markers"] if m not in joined]
    return {"skips": skips, "crash": "; ".join(crashes), "lost": lost, "codes": codes}


def _snapshot(store: Any) -> dict[str, Any]:
    tables = [r[0] for r in store.con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT temporary ORDER BY 1").fetchall()]  # fmt: skip
    return {
        t: store.con.execute(
            f"SELECT count(*), md5(string_agg(CAST(x AS VARCHAR), '|' ORDER BY CAST(x AS VARCHAR)))"  # noqa: S608
            f" FROM {t} x"
        ).fetchone()
        for t in tables
    }


def _load(store: Any, job: dict[str, Any]) -> dict[str, Any]:
    from realpolitik import datasets
    from realpolitik.errors import RealpolitikError

    if job["type"] == "valid":
        datasets.load(store, job["kind"], job["paths"], max_expanded=MAX_EXPANDED)
        return {}
    before = _snapshot(store)
    try:
        datasets.load(store, job["kind"], job["paths"], max_expanded=MAX_EXPANDED)
    except RealpolitikError as exc:
        after = _snapshot(store)
        lost = [f"table {t} changed by a failed load" for t in before if after.get(t) != before[t]]
        crash = "" if _coded(str(exc)) else f"not one coded line: {str(exc)!r}"
        if exc.code == "E380":  # the loaders' safety net caught what their checks missed
            crash = str(exc)
        return {"skips": 1, "lost": lost, "crash": crash, "codes": [exc.code or "uncoded"]}
    return {"loaded": 1}
