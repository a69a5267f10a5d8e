"""Claim checking, measured: how many claims parse right and how many verdicts are right.

    .venv/bin/python bench/check_claims.py [CORPUS.jsonl] [--db STORE.duckdb]

CORPUS (default ``tests/check/claims_corpus.jsonl``) has one claim sentence per line:
``{"id", "text", "date", "store", "expect": {"subject", "object", "measure", "period",
"verdict"}}`` with verdict ``supported``, ``contradicted`` or ``unverifiable:<reason>``.
Without ``--db`` each record is checked against the test fixtures (``tests/check/
check_fixtures.py``: BACI, DOTS-style, SIPRI, UN Digital Library and ATOP files written by the
project and loaded by the real loaders; ``store`` names the variant: full, empty, products).
With ``--db`` every record is checked against that store (e.g. the real files of
``../shared/datasets`` loaded as the README shows; ``bench/check_claims_real.jsonl``).

Prints per record what went wrong, then: claims parsed at all (a claim of the expected measure
found), parsed right (subject, object, measure and period all as expected), verdict accuracy
(verdict and reason code as expected) and the number of contradicted claims called supported.
Targets: parsed right >= 90%, verdicts >= 90%, contradicted-called-supported 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests" / "check" / "claims_corpus.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--db", default=None, help="check against this store, not the fixtures")
    args = parser.parse_args()

    from realpolitik.claimcheck import check_document
    from realpolitik.extract import load_nlp
    from realpolitik.models import Document
    from realpolitik.store import Store

    records = [json.loads(line) for line in Path(args.corpus).read_text().splitlines() if line]
    nlp = load_nlp()
    with tempfile.TemporaryDirectory(prefix="realpolitik-check-bench-") as tmp:
        stores: dict[str, Any] = {}

        def store_for(variant: str) -> Any:
            if args.db:
                variant = "db"
            if variant not in stores:
                if args.db:
                    stores[variant] = Store(args.db, read_only=True)
                else:
                    sys.path.insert(0, str(ROOT / "tests" / "check"))
                    from check_fixtures import build_store

                    stores[variant] = Store(build_store(Path(tmp) / variant, variant))
            return stores[variant]

        parsed = right = verdicts = wrong_support = 0
        started = time.perf_counter()
        for rec in records:
            exp = rec["expect"]
            doc = Document(rec["id"], rec["text"], rec["id"], date=rec.get("date"))
            checks = check_document(doc, store_for(rec.get("store", "full")), nlp=nlp)
            match = next((c for c in checks if c.claim.measure == exp["measure"]), None)
            problems = []
            if match is None:
                got = [c.claim.measure for c in checks]
                print(f"{rec['id']}: no {exp['measure']} claim (found {got}): {rec['text']}")
                continue
            parsed += 1
            c = match.claim
            seen = {
                "subject": c.subject.code if c.subject else None,
                "object": c.object.code if c.object else None,
                "measure": c.measure,
                "period": list(c.period) if c.period else None,
            }
            problems += [f"{k} {seen[k]} != {exp[k]}" for k in seen if seen[k] != exp[k]]
            if not problems:
                right += 1
            verdict = match.verdict
            if verdict == "unverifiable":
                verdict += f":{match.reason_code}"
            if verdict == exp["verdict"]:
                verdicts += 1
            else:
                problems.append(f"verdict {verdict} != {exp['verdict']} ({match.finding.reason})")
                if exp["verdict"] == "contradicted" and verdict == "supported":
                    wrong_support += 1
            if problems:
                print(f"{rec['id']}: {'; '.join(problems)}: {rec['text']}")
        seconds = time.perf_counter() - started
        for store in stores.values():
            store.close()
    n = len(records)
    print()
    print(f"claims: {n} in {seconds:.1f} s ({'store ' + args.db if args.db else 'fixtures'})")
    print(f"parsed at all:             {parsed}/{n} = {parsed / n:.1%}")
    print(f"parsed right (s/o/m/period): {right}/{n} = {right / n:.1%}   target >= 90%")
    print(f"verdicts right:            {verdicts}/{n} = {verdicts / n:.1%}   target >= 90%")
    print(f"contradicted called supported: {wrong_support}   target 0")
    ok = right / n >= 0.9 and verdicts / n >= 0.9 and wrong_support == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
