"""List the TUNE records of a CAMEO gold set whose dyad is right but whose root is wrong.

Usage: nice .venv/bin/python bench/root_confusion.py [EVAL_DIR] [REFERENCE_DIR]
(defaults: eval/dev and reference of ../shared, the folder next to the checkout, or next to a
folder above it, as from a git worktree under the main checkout's parent)

For cameo_manual_examples.jsonl and petrarch2_unittest.jsonl (PETRARCH2's fictional actors
converted at run time, as in bench/evaluate_dev.py) every record of the frozen TUNE half
(bench/split.py) is extracted; a gold (source country, target country, root) whose dyad is
predicted only under other roots is printed with those roots, then a table of (gold root ->
predicted root) counts. Check records are never read or printed: debug lexicon classes on tune,
keep a change only when the check halves of bench/evaluate_dev.py hold.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

from evaluate_dev import petrarch_actors
from split import shared_folder, split_file

from realpolitik.actors import ActorRegistry
from realpolitik.extract import extract_document, load_nlp
from realpolitik.extract.evaluate import country, read_gold
from realpolitik.models import Document
from realpolitik.ontology import is_cameo


def confusions(gold: Path, registry: ActorRegistry) -> Counter[tuple[str, str]]:
    """Print the tune records with a right dyad under a wrong root; count gold -> predicted."""
    nlp = load_nlp()
    table: Counter[tuple[str, str]] = Counter()
    for rec in read_gold(gold):
        doc = Document(rec.id, rec.text, "tune", date=rec.date)
        events = extract_document(doc, registry, None, nlp).events
        pred: dict[tuple[str, str], set[str]] = {}
        for e in events:
            if e.factuality == "negated":
                continue
            dyad = (country(e.source.code), country(e.target.code if e.target else ""))
            pred.setdefault(dyad, set()).add(e.cameo[:2])
        for src, tgt, code in rec.tuples:
            if src is None or not is_cameo(str(code)):
                continue
            dyad, root = (country(src), country(tgt)), str(code)[:2]
            got = pred.get(dyad, set())
            if got and root not in got:
                table.update((root, g) for g in got)
                print(f"[{rec.id}] gold {dyad} {code}  got {sorted(got)}\n    {rec.text[:220]}")
    return table


def main() -> None:
    shared = shared_folder(Path(__file__).resolve().parents[1])
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else shared / "eval" / "dev"
    ref = Path(sys.argv[2]) if len(sys.argv) > 2 else shared / "reference"
    base = ActorRegistry.default()
    with tempfile.TemporaryDirectory() as tmp:
        actors = Path(tmp) / "petrarch_actors.tsv"
        petrarch_actors(ref / "petrarch2_dictionaries" / "PETR.Validate.actors.txt", actors)
        sets = (("cameo_manual_examples.jsonl", base),
                ("petrarch2_unittest.jsonl", base.with_file(actors)))  # fmt: skip
        for name, registry in sets:
            tune = split_file(dev / name, Path(tmp) / "halves")["tune"]
            print(f"## {name} [tune]")
            table = confusions(tune, registry)
            print("gold root -> predicted root: " + ", ".join(
                f"{g}->{p} {n}" for (g, p), n in table.most_common()))  # fmt: skip
            print()


if __name__ == "__main__":
    main()
