"""Print the CAMEO codebook coverage suite's right-root rate per root and per code, and the
phrasings the extractor misses or files under another root (issue 9 section 2).

Usage: nice .venv/bin/python bench/lex8_coverage.py [--k 3] [--seed 0] [--gaps] [--show N]
       [--triggers FILE ...] [--suite lex8|lex9]

Every phrasing of every code in tests/extract/phenomena_lex8.py (``--suite lex9``:
phenomena_lex9.py, the sub-codes lex8 leaves out) (``CODES``; with ``--gaps``
also ``GAPS``) in every form it has (past, perfect, progressive, passive, nominal), ``--k``
times with states drawn as in the phenomenon suite. "right" is the suite's score (exactly the
expected events, give or take acceptable readings); "root" counts a sentence whose expected
(source, target, root) event is asserted whatever else is coded; "false" counts asserted
events the sentence does not state. The phrasings are the project's own, written from the
CAMEO codebook's definitions (Gerner, Schrodt, Yilmaz et al., CAMEO Event and Actor Codebook).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "extract"))

import phenomena_lex8  # noqa: E402
import phenomena_lex9  # noqa: E402
from phenomena import run  # noqa: E402
from phenomena_lex8 import build, forms_of  # noqa: E402
from phenomena_tables import DATES, load_states  # noqa: E402
from phenomena_words import Case, Scene  # noqa: E402

from realpolitik.extract import load_lexicon  # noqa: E402

SUITES = {"lex8": phenomena_lex8, "lex9": phenomena_lex9}


def _cases(k: int, seed: int, gaps: bool, suite: str) -> list[tuple[str, str, str, Case]]:
    states = load_states()
    mod = SUITES[suite]
    out = []
    for code in mod.CODES + (mod.GAPS if gaps else ()):
        for form, phrase in forms_of(code):
            rng = random.Random(f"{seed}:{code.code}:{form}:{phrase}")
            for _ in range(k):
                s, t, z = rng.sample(states, 3)
                sc = Scene(rng, rng.choice(DATES), s, t, z)
                text, want, allowed = build(sc, code, form, phrase)
                case = Case(f"{suite}_r{code.root}", text, sc.date, want, allowed, code.code)
                out.append((code.code, form, phrase, case))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--k", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--gaps", action="store_true")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--triggers", action="append", default=[])
    ap.add_argument("--suite", choices=sorted(SUITES), default="lex8")
    args = ap.parse_args()
    rows = _cases(args.k, args.seed, args.gaps, args.suite)
    lexicon = load_lexicon(args.triggers) if args.triggers else None
    results = run([c for *_, c in rows], lexicon=lexicon)
    per_root: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    per_code: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    failing: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for (code, form, phrase, case), (got, o) in zip(rows, results, strict=True):
        want = case.expected[0]
        hit = any(want.matches(g) for g in got)
        for tally in (per_root[code[:2]], per_code[code]):
            tally[0] += 1
            tally[1] += o.right
            tally[2] += hit
            tally[3] += o.false_assertions
        if not o.right:
            failing[(code, form, phrase)].append(f"{case.text}  got {sorted(got)}")
    print(f"{'root':<8}{'n':>5}{'right':>8}{'root':>8}{'false':>7}")
    for key in sorted(per_root):
        n, right, hit, false = per_root[key]
        print(f"{key:<8}{n:>5}{right / n:8.3f}{hit / n:8.3f}{false:7d}")
    n = sum(v[0] for v in per_root.values())
    print(f"{'all':<8}{n:>5}{sum(v[1] for v in per_root.values()) / n:8.3f}"
          f"{sum(v[2] for v in per_root.values()) / n:8.3f}"
          f"{sum(v[3] for v in per_root.values()):7d}")  # fmt: skip
    print(f"\n{'code':<8}{'n':>5}{'right':>8}{'root':>8}{'false':>7}")
    for key in sorted(per_code):
        n, right, hit, false = per_code[key]
        print(f"{key:<8}{n:>5}{right / n:8.3f}{hit / n:8.3f}{false:7d}")
    print(f"\n{len(failing)} phrasings not right at least once (missed root or extra events):")
    for (code, form, phrase), texts in sorted(failing.items())[: args.show]:
        print(f"[{code} {form}] {phrase}  ({len(texts)}/{args.k})\n    {texts[0]}")


if __name__ == "__main__":
    main()
