"""Where the rule stages' time goes: each stage's share of a run of the rules.

``bench/throughput.py --rules-only`` runs the rules ``--repeat`` more times with a clock around
each stage (the parse repairs, the trigger finder, the folding steps, every stage of the party
policy, factuality, dates, claims, the mention scan and binding, and the run's own loops) and
prints each stage's own time (less the time of timed stages it calls) as a share of the run,
so that a new rule that makes a stage slow shows up by name.

The measure is wall-clock (``time.perf_counter``). Each stage's least time over the timed runs
counts (another job on the machine slows a stage in one run, rarely in all), and the cyclic
garbage collector is off during them (a collection would be charged to whichever stage
allocated last; the plain runs include it). The clocks cost time themselves (some 180,000 timed
calls per 30,000 words): their cost per call, measured on an empty function and scaled to what
they added to the run (timed runs against plain ones), is taken off each stage (the part inside
its clock) and off its caller (the call around it).

Measurement only: the functions are wrapped where the extractor looks them up (module globals,
the policy a run is given) and put back afterwards; the output is the same.
"""

from __future__ import annotations

import gc
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any

# Stages called by name from the sentence loop (``_extract``), with the group they belong to.
_EXTRACT_STAGES = {
    "repair_parse": "parse repairs",
    "find_triggers": "triggers",
    "obligations": "triggers",
    "rehang_speaker_acts": "folding",
    "fold_control": "folding",
    "fold_requested": "folding",
    "fold_protest_aims": "folding",
    "unfold_commentary": "folding",
    "object_of_trigger": "salience",
    "non_event": "salience",
    "is_background": "salience",
    "hosted_act": "salience",
    "voiced_alongside": "salience",
    "drawn_from_another": "salience",
    "depth": "salience",
    "code_and_factuality": "factuality",
    "event_date": "dates",
    "diplomatic_protest": "code",
    "find_claims": "claims",
    "assign_parties": "parties: the stage loops",
    "scan_mentions": "mentions",
    "prepare_text": "text",
}
# The run's own steps around the stages.
_LOOP = {
    "paragraph": "sentence loop",
    "_sentence": "sentence loop",
    "_events": "events (the loop over triggers, pairs into events)",
    "_event": "events (the loop over triggers, pairs into events)",
    "extraction": "records",
}
# Stages the trigger finder calls (``_triggers``): the label repairs run inside it.
_TRIGGER_STAGES = {"repair_labels": "parse repairs"}


class StageClock:
    """Own time, calls and timed calls made, per stage label and timed run; a timed stage's
    time excludes timed stages it calls (a party stage that reads another trigger's roles runs
    that trigger's stages inside it)."""

    def __init__(self) -> None:
        self.runs: list[tuple[dict[str, float], float]] = []  # (own time by label, run's time)
        self.calls: Counter[str] = Counter()  # (of the last run; the same in every run)
        self.made: Counter[str] = Counter()  # timed calls each label made (of the last run)
        self.group: dict[str, str] = {}
        self.own: defaultdict[str, float] = defaultdict(float)  # the run under way
        self._inner: list[list[float]] = []  # [time, calls] of timed callees, per open stage
        self.plain: list[float] = []  # seconds of runs without the clocks (gc off as well)
        self.cost = (0.0, 0.0)  # what a clock adds per call, inside and around (``best``)

    def wrap(self, label: str, group: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        own, calls, made, inner = self.own, self.calls, self.made, self._inner
        clock = time.perf_counter
        self.group[label] = group

        @wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            slot = [0.0, 0.0]
            inner.append(slot)
            t0 = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = clock() - t0
                inner.pop()
                own[label] += spent - slot[0]
                calls[label] += 1
                made[label] += int(slot[1])
                if inner:
                    inner[-1][0] += spent
                    inner[-1][1] += 1

        return timed

    def best(self) -> tuple[dict[str, float], float]:
        """Each label's least own time over the runs, less the clocks' cost, and the runs'
        least total, less the clocks' cost (a stage slowed by another job in one run is not
        slow in all). The cost per call is measured on an empty function, then scaled to what
        the clocks added to the whole run (timed runs against plain ones) when there are plain
        runs: a cache-hot empty call costs less than one among the rules."""
        inside, around = _overhead()
        calls = sum(self.calls.values())
        if self.plain and calls:
            added = min(total for _, total in self.runs) - min(self.plain)
            scale = max(0.0, added) / (calls * (inside + around))
            inside, around = inside * scale, around * scale
        self.cost = (inside, around)
        labels = set().union(*(own for own, _ in self.runs))
        best = {
            k: max(
                0.0,
                min(own.get(k, 0.0) for own, _ in self.runs)
                - self.calls[k] * inside
                - self.made[k] * around,
            )
            for k in labels
        }
        rest = min(total - sum(own.values()) for own, total in self.runs)
        rest = max(0.0, rest - (calls - sum(self.made.values())) * around)
        return best, sum(best.values()) + rest


def _overhead(calls: int = 20_000) -> tuple[float, float]:
    """Seconds a clock adds per timed call: inside the stage's own measure, and around it (its
    caller's); least of five tries."""
    inside, around = [], []
    for _ in range(5):
        clock = StageClock()
        noop = clock.wrap("noop", "", lambda: None)
        bare = lambda: None  # noqa: E731
        loop = clock.wrap("loop", "", lambda f: [f() for _ in range(calls)])
        t0 = time.perf_counter()
        loop(bare)
        plain = time.perf_counter() - t0
        clock.own.clear()
        loop(noop)
        inside.append(clock.own["noop"] / calls)
        around.append(max(0.0, clock.own["loop"] - plain) / calls)
    return min(inside), min(around)


@contextmanager
def plain_run(clock: StageClock) -> Iterator[None]:
    """A run without the clocks, gc off as in ``timed_stages``: what the clocks add."""
    collecting = gc.isenabled()
    gc.disable()
    start = time.perf_counter()
    try:
        yield
    finally:
        clock.plain.append(time.perf_counter() - start)
        if collecting:
            gc.enable()


@contextmanager
def timed_stages(clock: StageClock) -> Iterator[None]:
    """Wrap the stages where the extractor looks them up; put them back on leaving."""
    from realpolitik.extract import _extract, _mentions, _triggers, batched
    from realpolitik.extract.parties import Policy, SentenceParties

    undo: list[tuple[Any, str, Any]] = []
    clock.own = defaultdict(float)
    clock.calls.clear()
    clock.made.clear()

    def patch(owner: Any, name: str, label: str, group: str) -> None:
        old = getattr(owner, name)
        undo.append((owner, name, old))
        setattr(owner, name, clock.wrap(label, group, old))

    for name, group in _EXTRACT_STAGES.items():
        patch(_extract, name, name, group)
    for name, group in _TRIGGER_STAGES.items():
        patch(_triggers, name, name, group)
    patch(_mentions.DocActors, "bind", "DocActors.bind", "mentions")
    patch(SentenceParties, "roles_of", "SentenceParties.roles_of", "parties: the stage loops")
    for name, group in _LOOP.items():  # their own time: what no stage above does
        patch(_extract._Run, name, f"_Run.{name}", group)
    patch(batched, "_parse", "batched._parse", "batching (the parse seam, memory zones)")
    run = _extract._Run

    def stage(s: Any, group: str) -> Any:
        return clock.wrap(f"{s.__module__.rsplit('.', 1)[-1]}.{s.__name__}", group, s)

    class TimedRun(_extract._Run):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            pol: Policy = self.policy
            roles = tuple(stage(s, "parties: roles") for s in pol.roles)
            self.policy = Policy(roles, tuple(stage(s, "parties: pairs") for s in pol.pairs))

    undo.append((_extract, "_Run", run))
    _extract._Run = TimedRun  # type: ignore[misc]  # (put back below)
    collecting = gc.isenabled()
    gc.disable()  # (a collection would be charged to whichever stage allocated last)
    start = time.perf_counter()
    try:
        yield
    finally:
        clock.runs.append((dict(clock.own), time.perf_counter() - start))
        if collecting:
            gc.enable()
        for owner, name, old in reversed(undo):
            setattr(owner, name, old)


def report(clock: StageClock, lines: int = 25) -> None:
    """Print the groups' and the top stages' shares of the timed runs' time."""
    own, total = clock.best()
    rest = total - sum(own.values())
    groups: defaultdict[str, float] = defaultdict(float)
    for label, spent in own.items():
        groups[clock.group[label]] += spent
    groups["other (the batch loop, untimed)"] = rest
    runs = len(clock.runs)
    inside, around = clock.cost
    print(
        f"rule time by stage (least of {runs} timed runs: {total:.2f} s less the clocks' "
        f"{(inside + around) * 1e6:.2f} us per timed call):"
    )
    for name, spent in sorted(groups.items(), key=lambda kv: -kv[1]):
        print(f"  {spent / total:6.1%}  {name}")
    print(f"top {lines} stages by own time (share of the run, calls, microseconds per call):")
    for label, spent in sorted(own.items(), key=lambda kv: -kv[1])[:lines]:
        n = clock.calls[label]
        print(f"  {spent / total:6.1%} {n:>8,} {spent / n * 1e6:>8.1f}  {label}")
