"""Run `evaluate` on the development gold sets and print the numbers against the targets.

Usage: .venv/bin/python bench/evaluate_dev.py [EVAL_DIR] [REFERENCE_DIR]
(defaults: ../shared/eval/dev and ../shared/reference). PETRARCH2's validation sentences use
fictional actors; their dictionary is converted to the `--actors` format into a temporary file
at run time (never committed). Their codes follow PETRARCH's own validation verb dictionary
(mostly WEIS codes tweaked for unit tests), so petrarch2 is scored twice: with the built-in
lexicon only, and with that dictionary converted to a `--triggers` file (bench/petrarch_verbs.py,
also a temporary file).

Every set is scored on its frozen tune and check halves (bench/split.py: by a hash of each
record's id). Debug only on tune sentences; a change is kept only when check improves too.
The targets apply to the check halves.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

from petrarch_verbs import convert
from split import HALVES, shared_folder, split_file

from realpolitik.actors import ActorRegistry
from realpolitik.extract import load_lexicon
from realpolitik.extract.evaluate import evaluate, format_report

_BLOCK = re.compile(r"\[([^\]]*)\]")
_VALID = re.compile(r"(?:[A-Z]{3}|---)(?:[A-Z]{3})*")


def _pdate(value: str) -> str:
    v = value.strip()
    if len(v) == 6:  # YYMMDD
        v = ("19" if int(v[:2]) > 30 else "20") + v
    return f"{v[:4]}-{v[4:6]}-{v[6:8]}"


def _codes(block: str) -> list[tuple[str, str, str]]:
    """'HOBGOV 19950601 - 19990815' / 'HOB < 950601' / 'ELR/GAL' -> [(code, from, until)]."""
    parts = block.split()
    if not parts:
        return []
    code = parts[0].upper()  # "ELR/GAL": a name of several actors, kept as such
    rest = " ".join(parts[1:])
    start = until = ""
    m = re.match(r"(\d{6,8})\s*-\s*(\d{6,8})", rest)
    if m:
        start, until = _pdate(m.group(1)), _pdate(m.group(2))
    elif rest.startswith("<"):
        until = _pdate(rest[1:])
    elif rest.startswith(">"):
        start = _pdate(rest[1:])
    codes = [c for c in code.split("/") if _VALID.fullmatch(c)]
    return [("/".join(codes), start, until)] if codes else []


def petrarch_actors(dictionary: Path, out: Path) -> int:
    """PETRARCH actor dictionary -> `--actors` lines (name, code, from, until).

    An entry is a name line, then '+SYNONYM' lines, with its code block(s) in brackets on the
    name line or on indented lines after it.
    """
    entries: list[tuple[list[str], list[tuple[str, str, str]]]] = []
    for raw in dictionary.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        blocks = _BLOCK.findall(line)
        name = _BLOCK.sub("", line).strip()
        if raw[:1] in (" ", "\t") and not name:
            if entries:
                for b in blocks:
                    entries[-1][1].extend(_codes(b))
            continue
        if name.startswith("+") and entries:
            entries[-1][0].append(name[1:])
        elif name:
            entries.append(([name], []))
        if entries:
            for b in blocks:
                entries[-1][1].extend(_codes(b))
    lines = []
    for names, codes in entries:
        for name in names:
            phrase = " ".join(name.replace("_", " ").split())
            if not phrase:
                continue
            for code, start, until in codes:
                lines.append(f"{phrase.title()}\t{code}\t{start}\t{until}".rstrip("\t"))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def main() -> None:
    shared = shared_folder(Path(__file__).resolve().parents[1])
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else shared / "eval" / "dev"
    ref = Path(sys.argv[2]) if len(sys.argv) > 2 else shared / "reference"
    base = ActorRegistry.default()
    with tempfile.TemporaryDirectory() as tmp:
        actors = Path(tmp) / "petrarch_actors.tsv"
        petrarch_actors(ref / "petrarch2_dictionaries" / "PETR.Validate.actors.txt", actors)
        verbs = Path(tmp) / "petrarch_verbs.tsv"
        convert(ref / "petrarch2_dictionaries" / "PETR.Validate.verbs.txt", verbs)
        petr = base.with_file(actors)
        runs = [
            ("petrarch2_unittest.jsonl", petr, None, "country_root", 0.0, "built-in lexicon"),
            ("petrarch2_unittest.jsonl", petr, verbs, "country_root", 0.70, "+ validation verbs"),
            ("plover_gsr_dev.jsonl", base, None, "country_plover", 0.72, ""),
            ("plover_gsr_dev.jsonl", None, None, "plover_only", 0.84, ""),
            ("conflibert_penta.jsonl", base, None, "penta", 0.78, ""),
        ]
        halves = {
            name: split_file(dev / name, Path(tmp) / "halves") for name in {r[0] for r in runs}
        }
        cache: dict[tuple[str, str], object] = {}
        summary = [f"{'gold':<26}{'level':<16}{'tune':>6}{'check':>7}  target (check)"]
        for name, registry, triggers, level, target, note in runs:
            values = {}
            for half in HALVES:
                if registry is None:
                    report = cache[(name, half)]
                else:
                    t = time.perf_counter()
                    lexicon = load_lexicon([triggers]) if triggers else None
                    print(f"## {name} [{half}] {note}".rstrip())
                    report = evaluate(
                        halves[name][half], level="all", registry=registry, lexicon=lexicon
                    )
                    cache[(name, half)] = report
                    print(format_report(report))
                    print(f"({time.perf_counter() - t:.1f} s)\n")
                values[half] = (
                    report.penta.accuracy  # type: ignore[attr-defined]
                    if level == "penta"
                    else report.levels[level].f1  # type: ignore[attr-defined]
                )
            line = f"{name:<26}{level:<16}{values['tune']:6.3f}{values['check']:7.3f}"
            if not target:
                summary.append(f"{line}  ({note})")
                continue
            ok = "ok" if values["check"] >= target else "BELOW"
            summary.append(f"{line}  {target:.2f} {ok}  {note}".rstrip())
    print("\n".join(summary))


if __name__ == "__main__":
    main()
