"""Instructions of one run of the rule stages, counted by valgrind's callgrind: the noise-free
speed measure of the rules (a busy machine moves CPU seconds by a third, not instructions).

    .venv/bin/python bench/rule_instructions.py --words 5000 --dev-dir ../shared/eval/dev

The corpus is `throughput.py`'s (`--words`, `--examples`, `--dev-dir`). Its paragraphs are parsed
once, outside valgrind, and kept in `--parses` (default /tmp/rule_instructions_WORDS.bin, parsed
again when the texts change or with `--reparse`). The script then runs itself under
`valgrind --tool=callgrind --instr-atstart=no`: that child loads the parses, extracts fresh copies
of them `--warm` times (default 3, uncounted: caches filled as in a long run), collects the
garbage, and switches callgrind's instrumentation on for one more run alone. It prints the
instructions counted (valgrind's "Collected"), and the same less those of the garbage collector
(a collection, some 20M instructions, falls in the counted run or not by chance: compare these for
a small change), and keeps callgrind's file (`--out`) for `callgrind_annotate`.

`throughput.py --rules-only --callgrind` counts the same run inside its own, longer run (its
parse, timed runs and stage clocks all under valgrind: several times slower); both share the
parse seam (`throughput.Parsed`, `throughput.parse_once`). Compare counts of two commits only on
the same corpus and parses (the same `--words` and dev folder).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import pickle
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from throughput import Parsed, corpus, drain, parse_once  # noqa: E402

from realpolitik.extract.parallel import extract_many, shared_nlp  # noqa: E402
from realpolitik.models import Document  # noqa: E402


def texts_key(docs: list[Document]) -> str:
    """A digest of the corpus texts: parses stored for other texts are not reused."""
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.text.encode("utf-8") + b"\0")
    return digest.hexdigest()


def count(docs: list[Document], store: Path, warm: int) -> None:
    """Under callgrind: warm runs, then one run counted with instrumentation on."""
    from spacy.tokens import DocBin

    from realpolitik.extract._extract import default_registry
    from realpolitik.extract.batched import extract_batched

    key, blob = pickle.loads(store.read_bytes())
    if key != texts_key(docs):
        sys.exit(f"{store} holds parses of other texts")
    nlp = shared_nlp()
    registry = default_registry()
    drain(extract_many(docs[:3], workers=1))

    def fresh() -> Parsed:
        return Parsed(list(DocBin().from_bytes(blob).get_docs(nlp.vocab)))

    for _ in range(warm):
        drain(extract_batched(docs, nlp=fresh(), registry=registry))
    seam, switch = fresh(), ["callgrind_control", "--instr=on", str(os.getpid())]
    gc.collect()  # (the counted run starts with an empty young generation, as every commit's)
    subprocess.run(switch, check=True, capture_output=True)
    drain(extract_batched(docs, nlp=seam, registry=registry))
    switch[1] = "--instr=off"
    subprocess.run(switch, check=True, capture_output=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--words", type=int, default=5_000)
    ap.add_argument("--examples", type=Path, default=ROOT / "examples")
    ap.add_argument("--dev-dir", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--parses", type=Path, help="where the parses are kept between runs")
    ap.add_argument("--reparse", action="store_true", help="parse again even when kept")
    ap.add_argument("--warm", type=int, default=3, help="uncounted runs before the counted one")
    ap.add_argument("--out", type=Path, help="callgrind's file (default: beside the parses)")
    ap.add_argument("--count", action="store_true", help=argparse.SUPPRESS)  # the valgrind child
    args = ap.parse_args()
    docs = corpus(args.examples, args.dev_dir, args.words)
    store = args.parses or Path(f"/tmp/rule_instructions_{args.words}.bin")
    if args.count:
        count(docs, store, args.warm)
        return
    words = sum(len(d.text.split()) for d in docs)
    key = texts_key(docs)
    kept = store.exists() and pickle.loads(store.read_bytes())[0] == key
    if args.reparse or not kept:
        store.write_bytes(pickle.dumps((key, parse_once(docs, shared_nlp()))))
        print(f"parsed {len(docs)} documents ({words:,} words) into {store}")
    out = args.out or store.with_suffix(".callgrind")
    cmd = ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}"]
    cmd += [sys.executable, __file__, "--count", "--parses", str(store), "--warm", str(args.warm)]
    cmd += ["--words", str(args.words), "--examples", str(args.examples)]
    cmd += ["--dev-dir", str(args.dev_dir)]
    start = time.perf_counter()
    run = subprocess.run(cmd, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or not found:
        sys.exit(f"valgrind failed ({run.returncode}):\n{run.stderr[-3000:]}")
    total = int(found.group(1))
    collector = collector_instructions(out)
    print(
        f"rule instructions: {total / 1e6:,.1f}M on {words:,} words, "
        f"{(total - collector) / 1e6:,.1f}M less the garbage collector's {collector / 1e6:,.1f}M "
        f"({len(docs)} documents; {time.perf_counter() - start:.0f} s under valgrind; {out})"
    )


def collector_instructions(out: Path) -> int:
    """The instructions spent in the cyclic garbage collector (``gc_collect_main`` and what it
    calls). With the rules' raised threshold (``batched.YOUNG_OBJECTS``) a collection comes
    about once per 6,000 words, and whether one falls in the counted run turns on how many
    objects the runs before it left: some 20M instructions (1.5%) in or out between two
    commits that differ by far less. Compare the counts less the collector for a small change."""
    run = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", str(out)],
        capture_output=True,
        text=True,
    )
    for line in run.stdout.splitlines():
        if "gcmodule.c:gc_collect_main " in line:
            return int(line.split()[0].replace(",", ""))
    return 0


if __name__ == "__main__":
    main()
