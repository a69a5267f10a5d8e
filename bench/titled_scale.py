"""Time of the titled-name placement (``_titled_names``) on a long text: linear in its length?

Builds synthetic texts of many titled introductions ("Peruvian President Ana Quorasi ...
Quorasi said", "Foreign Minister X of Chile") of people introduced again and again across the
text (as in a long document of many stories), some of whom share a surname, finds
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

_STATES = [
    ("Peru", "Peruvian"), ("Chile", "Chilean"), ("Kenya", "Kenyan"), ("Ghana", "Ghanaian"),
    ("Norway", "Norwegian"), ("Vietnam", "Vietnamese"), ("Egypt", "Egyptian"),
]  # fmt: skip
_FIRST = ["Ana", "Jon", "Mira", "Tomas", "Lena", "Kofi", "Ruth", "Ivo"]
_SYLLABLES = ["qua", "ros", "vel", "tin", "mar", "dok", "sel", "bur", "nix", "pol"]
_PEOPLE = 300  # distinct people in a text, each introduced many times with one title
_TITLES = 3
_SEED = 9


def _surnames(rng: random.Random) -> list[str]:
    """``_PEOPLE`` distinct made-up surnames (a surname two people share is placed again on
    every later occurrence each time the other is introduced: quadratic by design)."""
    every = sorted(
        {
            "".join((a, b, c)).capitalize()
            for a in _SYLLABLES
            for b in _SYLLABLES
            for c in _SYLLABLES
        }
    )
    return rng.sample(every, _PEOPLE)


def build(size: int) -> str:
    """A text of about ``size`` characters of titled introductions and later surnames."""
    rng = random.Random(_SEED)
    people = [
        (f"{rng.choice(_FIRST)} {surname}", rng.choice(_STATES), rng.randrange(_TITLES))
        for surname in _surnames(rng)
    ]
    surnames = [name.split()[1] for name, _, _ in people]
    out: list[str] = []
    total = 0
    while total < size:
        name, (state, demonym), title = rng.choice(people)
        other = rng.choice(surnames)
        line = (
            [
                f"{demonym} President {name} met envoys in the capital. {other} said talks went on.",
                f"Foreign Minister {name} of {state} arrived on Monday. {other} criticized {state}.",
                f"{state}'s defence minister {name} spoke. Later {name.split()[1]} left.",
            ]
        )[title]
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
