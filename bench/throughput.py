"""Throughput of extraction against the bare spaCy pipeline, on one process and on N.

Builds a text of at least --words words from the example corpus (and the dev sentences when
--dev-dir exists), then measures in one run:

  (a) the bare pipeline (`nlp.pipe` over the paragraphs, 1 process)
  (b) full extraction, 1 process (`extract_many(workers=1)`: paragraphs of many documents per
      parser batch, as `ingest` and `extract` run)
  (b1) the same, document by document (`extract_document`: one parse call per document, as
      the serial CLI path ran before batching; shown for reference)
  (c) the bare pipeline with `n_process=N`
  (c2) the same, its workers forked from a freshly loaded pipeline that has not parsed the text
  (d) full extraction with `extract_many(workers=N)`

(c)'s workers fork from this process after it parsed the same paragraphs in (a): their
vocabulary and lemmatizer caches already hold every word. (d)'s workers, like (c2)'s and like
any run on new text, start without them; d/c2 compares like with like.

Prints words/s, the ratios b/a, d/c and d/c2 (target >= 0.80), CPU cores busy, and peak RSS per
process (target < 1 GiB). Parallel runs include their start-up (process start, pipeline load);
the "steady" column subtracts the start-up measured by a tiny run of the same kind.

    .venv/bin/python bench/throughput.py --workers 2 --words 50000 --dev-dir ../shared/eval/dev
    .venv/bin/python bench/throughput.py --profile extract.prof   # cProfile of (b), top functions
    .venv/bin/python bench/throughput.py --rules-only --repeat 7  # CPU of the rules vs the parse; stage shares
    .venv/bin/python bench/throughput.py --rules-only --repeat 1 --profile rules.prof  # their calls
    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.out \
        .venv/bin/python bench/throughput.py --rules-only --repeat 1 --words 10000 --callgrind
    (the same count, quicker, parses kept outside valgrind: bench/rule_instructions.py)
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from stage_times import StageClock, plain_run, report, timed_stages  # noqa: E402

from realpolitik._compiled import build as rules_build  # noqa: E402
from realpolitik.extract import extract_document  # noqa: E402
from realpolitik.extract.parallel import extract_many, shared_nlp  # noqa: E402
from realpolitik.models import Document  # noqa: E402

TICKS = os.sysconf("SC_CLK_TCK")


# -- corpus -------------------------------------------------------------------------------------


def read_examples(folder: Path) -> list[Document]:
    """The example corpus through the project's reader, or plain text files when it is absent."""
    try:
        from realpolitik.ingest import read_paths
    except ImportError:
        read_paths = None
    if read_paths is not None:
        out = []
        for item in read_paths([folder]):
            doc = item[0] if isinstance(item, tuple) else item
            if isinstance(doc, Document):
                out.append(doc)
        if out:
            return out
    docs = []
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".txt", ".md"):
            lines = path.read_text(encoding="utf-8").splitlines()
            date = lines[1].removeprefix("Date:").strip() if len(lines) > 1 else None
            body = "\n".join(lines[3:]) if date and len(lines) > 3 else "\n".join(lines)
            docs.append(Document(path.stem, body, str(path), lines[0].lstrip("# "), date))
        elif path.suffix == ".jsonl":
            for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
                rec = json.loads(line)
                docs.append(Document(f"{path.stem}-{i}", rec["text"], f"{path}#{i}", None, None))
    return docs


def read_dev(folder: Path, per_doc: int = 10) -> list[Document]:
    """Dev sentences grouped into documents of `per_doc` lines (one paragraph each)."""
    docs: list[Document] = []
    for path in sorted(folder.glob("*.jsonl")):
        batch: list[str] = []
        date = None
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            text = " ".join(str(rec.get("text", "")).split())
            if not text:
                continue
            batch.append(text)
            date = date or rec.get("date")
            if len(batch) == per_doc:
                docs.append(
                    Document(f"{path.stem}-{len(docs)}", "\n".join(batch), str(path), None, date)
                )
                batch, date = [], None
        if batch:
            docs.append(
                Document(f"{path.stem}-{len(docs)}", "\n".join(batch), str(path), None, date)
            )
    return docs


def corpus(examples: Path, dev: Path | None, words: int) -> list[Document]:
    base = read_examples(examples) + (read_dev(dev) if dev and dev.is_dir() else [])
    if not base:
        sys.exit(f"no documents under {examples}")
    out: list[Document] = []
    count = 0
    rounds = 0
    while count < words:
        for doc in base:
            out.append(replace(doc, doc_id=f"{doc.doc_id}~{rounds}"))
            count += len(doc.text.split())
            if count >= words:
                break
        rounds += 1
    return out


def paragraphs(docs: Iterable[Document]) -> list[str]:
    """The same units the extractor parses: one paragraph (non-empty line) at a time."""
    try:
        from realpolitik.extract._nlp import normalize
        from realpolitik.extract._nlp import paragraphs as spans
    except ImportError:
        return [
            p.strip().replace("\u2019", "'") for d in docs for p in d.text.split("\n") if p.strip()
        ]
    return [normalize(d.text[s:e]) for d in docs for s, e in spans(d.text)]


# -- measuring ----------------------------------------------------------------------------------


def _descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [], [root]
    while frontier:
        pid = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == pid]
        found += kids
        frontier += kids
    return found


def _sample(pid: int) -> tuple[int, int] | None:
    """(peak RSS in KiB, CPU ticks) of one process."""
    try:
        with open(f"/proc/{pid}/status") as f:
            hwm = next((int(line.split()[1]) for line in f if line.startswith("VmHWM:")), 0)
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return hwm, int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError, StopIteration):
        return None


class Monitor:
    """Samples the child processes' peak RSS and CPU time while a phase runs."""

    def __init__(self, interval: float = 0.25) -> None:
        self.interval = interval
        self.children: dict[int, tuple[int, int]] = {}
        self._base: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Monitor:
        self._cpu0 = _self_cpu()
        # Processes alive before the phase (the pool's fork server, with the pipeline load in
        # its CPU time) count only the CPU they spend during it.
        self._base = {}
        if self.interval < 1e9:
            for pid in _descendants(os.getpid()):
                sample = _sample(pid)
                if sample:
                    self._base[pid] = sample[1]
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.self_cpu = _self_cpu() - self._cpu0

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            for pid in _descendants(os.getpid()):
                sample = _sample(pid)
                if sample:
                    old = self.children.get(pid, (0, 0))
                    self.children[pid] = (max(old[0], sample[0]), max(old[1], sample[1]))

    @property
    def child_cpu(self) -> float:
        return sum(t - self._base.get(pid, 0) for pid, (_, t) in self.children.items()) / TICKS

    @property
    def child_peak_mib(self) -> float:
        return max((h for h, _ in self.children.values()), default=0) / 1024


def _self_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _self_peak_mib() -> float:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) / 1024


@dataclass
class Result:
    name: str
    words: int
    seconds: float
    startup: float
    cores: float
    peak_mib: float
    cpu: float = 0.0  # CPU seconds of this process and its children (the least seen)

    @property
    def rate(self) -> float:
        return self.words / self.seconds

    @property
    def cpu_rate(self) -> float:
        return self.words / max(self.cpu, 1e-9)

    @property
    def steady(self) -> float:
        return self.words / max(self.seconds - self.startup, 1e-9)


def measure(
    name: str, words: int, run: Callable[[], int], startup: float = 0.0, children: bool = True
) -> Result:
    with Monitor(0.25 if children else 1e9) as mon:  # no /proc walks when there are no children
        start = time.perf_counter()
        run()
        seconds = time.perf_counter() - start
    cores = (mon.self_cpu + mon.child_cpu) / seconds
    peak = mon.child_peak_mib if mon.children else _self_peak_mib()
    return Result(name, words, seconds, startup, cores, peak, mon.self_cpu + mon.child_cpu)


def drain(items: Iterator[Any]) -> int:
    return sum(1 for _ in items)


class Parsed:
    """The pipeline seam of ``extract_batched``: answers each ``pipe`` call with parses made
    before (copies; the rules repair parses in place), in order, so that only the rules run."""

    def __init__(self, copies: list[Any]) -> None:
        self.copies = iter(copies)

    def pipe(self, texts: list[str], batch_size: int = 1) -> Iterator[Any]:
        for _ in texts:
            yield next(self.copies)


def parse_once(docs: list[Document], nlp: Any) -> bytes:
    """The paragraphs of ``docs`` as the extractor splits them, parsed once (a DocBin's bytes)."""
    from spacy.tokens import DocBin

    from realpolitik.extract._nlp import paragraphs as spans
    from realpolitik.extract._nlp import prepare_text

    texts = [t[s:e] for t in (prepare_text(d.text) for d in docs) for s, e in spans(t)]
    return bytes(DocBin(docs=list(nlp.pipe(texts, batch_size=64))).to_bytes())


def rules_only(
    docs: list[Document],
    nlp: Any,
    repeat: int,
    profile: Path | None = None,
    callgrind: bool = False,
) -> None:
    """CPU-seconds of the rule stages alone against those of the parse, on the same documents:
    the paragraphs are parsed once, and each run extracts fresh copies of those parses (the
    rules repair parses in place), so only the rules are timed. CPU time, median of the runs:
    less sensitive to a loaded machine than the wall-clock ratios (the copies are made untimed).
    With ``profile``, one more run (not counted) is profiled: call counts of the rules alone;
    another, with a clock per stage, prints each stage's share of the rules (``stage_times``).
    With ``callgrind`` (the process started by ``valgrind --tool=callgrind --instr-atstart=no``)
    callgrind counts the instructions of one more run alone: a measure a busy machine does not
    move (valgrind prints it as "Collected" when the process ends).
    """
    from spacy.tokens import DocBin

    from realpolitik.extract._extract import default_registry
    from realpolitik.extract.batched import extract_batched

    cpu = time.process_time()
    blob = parse_once(docs, nlp)
    parse = time.process_time() - cpu
    registry = default_registry()

    def fresh() -> Parsed:  # new copies of the parses (made untimed)
        return Parsed(list(DocBin().from_bytes(blob).get_docs(nlp.vocab)))

    times = []
    for _ in range(repeat + 1):  # the first run warms caches and is not counted
        seam = fresh()
        cpu = time.process_time()
        drain(extract_batched(docs, nlp=seam, registry=registry))
        times.append(time.process_time() - cpu)
    runs = sorted(times[1:])
    rules = runs[len(runs) // 2]
    if profile is not None:
        seam, prof = fresh(), cProfile.Profile()
        prof.runcall(lambda: drain(extract_batched(docs, nlp=seam, registry=registry)))
        prof.dump_stats(profile)
    clock = StageClock()
    for k, seam in enumerate(fresh() for _ in range(2 * repeat)):  # shares (``stage_times``)
        with plain_run(clock) if k % 2 else timed_stages(clock):
            drain(extract_batched(docs, nlp=seam, registry=registry))
    if callgrind:
        import subprocess

        seam, switch = fresh(), ["callgrind_control", "--instr=on", str(os.getpid())]
        subprocess.run(switch, check=True, capture_output=True)
        drain(extract_batched(docs, nlp=seam, registry=registry))
        switch[1] = "--instr=off"
        subprocess.run(switch, check=True, capture_output=True)
        print("callgrind: instructions of one run of the rules counted (valgrind's 'Collected')")
    print(
        f"rules only: parse {parse:.2f} CPU-s, rules {rules:.2f} CPU-s (median of "
        f"{' '.join(f'{t:.2f}' for t in runs)}); rules per parse {rules / parse:.3f}; "
        f"b/a if the rest were equal {parse / (parse + rules):.3f}"
    )
    report(clock)


# -- main ---------------------------------------------------------------------------------------


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--words", type=int, default=50_000)
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    ap.add_argument("--dev-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument(
        "--chunk-size", type=int, default=0, help="documents per worker chunk (0: by characters)"
    )
    ap.add_argument("--repeat", type=int, default=3, help="runs of each; the best counts")
    ap.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size")
    ap.add_argument(
        "--profile",
        type=Path,
        help="cProfile (b) into this file (the rules alone with --rules-only); print top functions",
    )
    ap.add_argument(
        "--rules-only", action="store_true", help="time the rule stages alone (CPU) and stop"
    )
    ap.add_argument(
        "--callgrind",
        action="store_true",
        help="with --rules-only, under valgrind --tool=callgrind --instr-atstart=no: count the "
        "instructions of one run of the rules",
    )
    args = ap.parse_args()

    docs = corpus(args.examples, args.dev_dir, args.words)
    paras = paragraphs(docs)
    words = sum(len(p.split()) for p in paras)
    print(
        f"corpus: {len(docs)} documents, {len(paras)} paragraphs, {words:,} words "
        f"(examples {args.examples}, dev {args.dev_dir if args.dev_dir.is_dir() else 'absent'})"
    )
    t0 = time.perf_counter()
    nlp = shared_nlp()
    print(f"pipeline: {', '.join(nlp.pipe_names)} (loaded in {time.perf_counter() - t0:.1f} s)")
    print(f"rules: {rules_build()} (scripts/compile_rules.py)")
    drain(nlp.pipe(paras[:50]))  # warm-up
    drain(extract_many(docs[:3], workers=1))
    if args.rules_only:
        rules_only(docs, nlp, args.repeat, args.profile, args.callgrind)
        if args.profile:
            stats = pstats.Stats(str(args.profile))
            stats.sort_stats("tottime").print_stats(40)
            stats.sort_stats("cumulative").print_stats(60)
        return
    n = args.workers
    tiny_paras = paras[: max(2, n * 2)]
    tiny_docs = [replace(d, text=d.text.split("\n")[0]) for d in docs[: n * 2]]

    start_c = measure(
        "start-up c", 0, lambda: drain(nlp.pipe(tiny_paras, n_process=n, batch_size=1))
    ).seconds
    # The first pool boots the fork server (imports, pipeline and registry load); later pools,
    # like the measured ones, fork from it. Both are shown; the warm one is subtracted.
    boot_d, start_d = (
        measure("start-up d", 0, lambda: drain(extract_many(tiny_docs, workers=n, chunk_size=1)))
        for _ in range(2)
    )
    runs: list[tuple[str, Callable[[], int], float]] = [
        ("(a) bare pipeline, 1 process",
         lambda: drain(nlp.pipe(paras, batch_size=args.batch_size)), 0.0),
        ("(b) extraction, 1 process", lambda: drain(extract_many(docs, workers=1)), 0.0),
        ("(b1) ... document by document",
         lambda: drain(extract_document(d, None, None, nlp) for d in docs), 0.0),
        (f"(c) bare pipeline, n_process={n}",
         lambda: drain(nlp.pipe(paras, n_process=n, batch_size=args.batch_size)), start_c),
        ("(c2) ... fresh pipeline",
         lambda: drain(fresh[0].pipe(paras, n_process=n, batch_size=args.batch_size)), start_c),
        (f"(d) extraction, workers={n}",
         lambda: drain(extract_many(docs, workers=n, chunk_size=args.chunk_size or None)),
         start_d.seconds),
    ]  # fmt: skip
    from realpolitik.extract._nlp import load_nlp

    fresh = [load_nlp.__wrapped__()]  # (c2)'s pipeline, reloaded (untimed) after each run
    if args.profile:  # one extra, profiled run of (b); its time is not comparable
        prof = cProfile.Profile()
        prof.runcall(runs[1][1])
        prof.dump_stats(args.profile)
    best: dict[str, Result] = {}
    for pair in (runs[:3], runs[3:]):  # alternate a/b/b1, then c/d, so load changes hit both
        for _ in range(args.repeat):
            for name, run, startup in pair:
                r = measure(name, words, run, startup, children=startup > 0)
                if name.startswith("(c2)"):
                    fresh[0] = load_nlp.__wrapped__()
                old = best.get(name)
                peak = max(r.peak_mib, old.peak_mib if old else 0.0)
                cpu = min(r.cpu, old.cpu if old else r.cpu)
                if old is None or r.seconds < old.seconds:
                    best[name] = r
                best[name].peak_mib = peak
                best[name].cpu = cpu
    results = [best[name] for name, _, _ in runs]
    print(f"best of {args.repeat} runs of each; peak RSS is the highest seen")

    print()
    print(
        f"{'run':<34}{'seconds':>8}{'words/s':>9}{'steady w/s':>11}{'w/CPU-s':>9}{'cores':>6}"
        f"{'peak RSS':>10}"
    )
    for r in results:
        steady = f"{r.steady:>11,.0f}" if r.startup else f"{'':>11}"
        print(
            f"{r.name:<34}{r.seconds:>8.2f}{r.rate:>9,.0f}{steady}{r.cpu_rate:>9,.0f}"
            f"{r.cores:>6.2f}{r.peak_mib:>6,.0f} MiB"
        )
    a, b, b1, c, c2, d = results
    print()
    print(
        f"b/a extraction vs pipeline, 1 process : {b.rate / a.rate:.2f}  (target >= 0.80); "
        f"per CPU-second {b.cpu_rate / a.cpu_rate:.2f}"
    )
    print(
        f"b1/a document by document vs pipeline : {b1.rate / a.rate:.2f}; "
        f"per CPU-second {b1.cpu_rate / a.cpu_rate:.2f}"
    )
    print(
        f"d/c extraction vs pipeline, {n} procs  : {d.rate / c.rate:.2f}  (target >= 0.80); "
        f"steady {d.steady / c.steady:.2f}; per CPU-second {d.cpu_rate / c.cpu_rate:.2f}"
    )
    print(
        f"d/c2 the same, both on new text      : {d.rate / c2.rate:.2f}  (target >= 0.80); "
        f"steady {d.steady / c2.steady:.2f}; per CPU-second {d.cpu_rate / c2.cpu_rate:.2f}"
    )
    print(f"d/b speed-up from {n} workers          : {d.rate / b.rate:.2f}")
    if a.cores < 0.9 or d.cores < 0.8 * min(n, os.cpu_count() or 1):
        print(
            "WARNING: the machine is busy (cores below what the runs could use): wall-clock "
            "ratios are unreliable; the per-CPU-second ratios are not affected by load."
        )
    worst = max(r.peak_mib for r in results)
    print(f"peak RSS per process                  : {worst:,.0f} MiB  (target < 1024 MiB)")
    print(
        f"start-up: n_process={n} {start_c:.2f} s, extraction pool {start_d.seconds:.2f} s "
        f"(the 'steady' column subtracts these); first pool of the process, booting the fork "
        f"server with pipeline and registry: {boot_d.seconds:.1f} s"
    )
    if args.profile:
        print()
        stats = pstats.Stats(str(args.profile))
        stats.sort_stats("tottime").print_stats(25)
        stats.sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
