"""Time of the titled-name placement (``_titled_names``) on a long text: linear in its length?

Builds synthetic texts of many titled introductions ("Peruvian President Ana Quorasi ...
Quorasi said", "Foreign Minister X of Chile") with surnames that repeat across the text, finds
their registry mentions once, and times ``titled_names`` alone on a small and a 10x larger text.
The printed ratio should be near 10 (linear), not near 100 (quadratic).

    .venv/bin/python bench/titled_scale.py                  # 40 kB and 400 kB
    .venv/bin/python bench/titled_scale.py --small 20000 --factor 20
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

_STATES = ["Peru", "Chile", "Kenya", "Ghana", "Norway", "Vietnam", "Canada", "Egypt"]
_DEMONYMS = ["Peruvian", "Chilean", "Kenyan", "Ghanaian", "Norwegian", "Vietnamese", "Egyptian"]
_FIRST = ["Ana", "Jon", "Mira", "Tomas", "Lena", "Kofi", "Ruth", "Ivo"]
_SYLLABLES = ["qua", "ros", "vel", "tin", "mar", "dok", "sel", "bur", "nix", "pol"]
_SURNAMES = 200  # distinct surnames in a text: many repeat across the introductions
_SEED = 9


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()


def build(size: int) -> str:
    """A text of about ``size`` characters of titled introductions and later surnames."""
    rng = random.Random(_SEED)
    surnames = [_surname(rng) for _ in range(_SURNAMES)]
    out: list[str] = []
    total = 0
    while total < size:
        name = f"{rng.choice(_FIRST)} {rng.choice(surnames)}"
        state, demonym = rng.choice(_STATES), rng.choice(_DEMONYMS)
        other = rng.choice(surnames)
        line = rng.choice(
            [
                f"{demonym} President {name} met envoys in the capital. {other} said talks went on.",
                f"Foreign Minister {name} of {state} arrived on Monday. {other} criticized {state}.",
                f"{state}'s defence minister {name} spoke. Later {name.split()[1]} left.",
            ]
        )
        out.append(line)
        total += len(line) + 1
    return "\n".join(out)


def timed(text: str, repeat: int) -> float:
    """Best seconds of ``titled_names`` on ``text`` over ``repeat`` runs (mentions found once)."""
    from realpolitik.actors import ActorRegistry
    from realpolitik.extract._titled_names import titled_names
    from realpolitik.extract.batched import scan_mentions

    mentions = scan_mentions(ActorRegistry.default(), text, None)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        titled_names(text, mentions)
        best = min(best, time.process_time() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--small", type=int, default=40_000, help="characters of the small text")
    ap.add_argument(
        "--factor", type=int, default=10, help="the large text is this many times longer"
    )
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    small = timed(build(args.small), args.repeat)
    large = timed(build(args.small * args.factor), args.repeat)
    print(f"{args.small} chars: {small:.3f} s CPU")
    print(f"{args.small * args.factor} chars: {large:.3f} s CPU")
    print(f"ratio {large / small:.1f} (linear: ~{args.factor}, quadratic: ~{args.factor**2})")


if __name__ == "__main__":
    main()
