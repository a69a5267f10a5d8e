"""Change points in a yearly (or monthly) series: where did a relation shift?

Shifts in the mean are found by optimal partitioning (Jackson et al. 2005; the exact search that
PELT, Killick et al. 2012, speeds up): the segmentation minimising the residual sum of squares
plus a penalty per change. The default penalty is BIC-like, ``3 * log(n) * sigma^2`` (the BIC's
2 log n for a new mean and a location, raised to 3 log n because the location is searched over
every year; on pure noise this keeps false alarms near 3 % for 20-70 points). The noise variance
sigma^2 is half the mean squared first difference, which a few level shifts barely move. Series
here are short (decades), so the exact O(n^2) search is instant.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

from realpolitik.analysis._common import Row, choose
from realpolitik.errors import Errors, RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store import Store

DYAD_MEASURES = ("agree", "s", "kappa", "pi", "net_cooperation", "mean_goldstein", "events")
STATE_MEASURES = ("isolation", "allies", "alliance_weight")
PENALTY_FACTOR = 3.0


@dataclass(frozen=True)
class Segment:
    """A stretch with one mean; ``start``/``end`` are the labels (years) it covers."""

    start: Any
    end: Any
    mean: float
    n: int


def noise_variance(values: Sequence[float] | NDArray[np.float64]) -> float:
    """Variance of the noise around a piecewise-constant mean: half the mean squared difference."""
    x = np.asarray(values, dtype=np.float64)
    if len(x) < 3:
        return float(np.var(x)) if len(x) else 0.0
    return float(np.mean(np.diff(x) ** 2)) / 2.0


def change_points(
    values: Sequence[float],
    labels: Sequence[Any] | None = None,
    *,
    penalty: float | None = None,
    min_size: int = 2,
) -> tuple[list[Any], list[Segment]]:
    """Labels (years) where a new mean starts, and the segments.

    ``penalty`` overrides the BIC-like default ``3 log(n) sigma^2``; ``min_size`` is the shortest
    segment allowed.
    """
    x = np.asarray(values, dtype=np.float64)
    n = len(x)
    names = list(labels) if labels is not None else list(range(n))
    if len(names) != n:
        raise RealpolitikError(Errors.E404, name="labels", choices="one label per value")
    if n == 0:
        return [], []
    min_size = max(1, int(min_size))
    beta = (
        penalty if penalty is not None else PENALTY_FACTOR * math.log(max(n, 2)) * noise_variance(x)
    )
    s1 = np.concatenate([[0.0], np.cumsum(x)])
    s2 = np.concatenate([[0.0], np.cumsum(x * x)])
    best = np.full(n + 1, np.inf)
    best[0] = -beta
    last = np.zeros(n + 1, dtype=np.int64)
    for t in range(min_size, n + 1):
        tau = np.arange(0, t - min_size + 1)
        tau = tau[np.isfinite(best[tau])]
        if len(tau) == 0:
            continue
        length = t - tau
        cost = s2[t] - s2[tau] - (s1[t] - s1[tau]) ** 2 / length
        total = best[tau] + np.maximum(cost, 0.0) + beta
        k = int(np.argmin(total))
        best[t], last[t] = total[k], tau[k]
    if not np.isfinite(best[n]):  # shorter than min_size: one segment
        bounds = [0, n]
    else:
        bounds = [n]
        while bounds[-1] > 0:
            bounds.append(int(last[bounds[-1]]))
        bounds.reverse()
    segments = [
        Segment(names[lo], names[hi - 1], float(x[lo:hi].mean()), hi - lo)
        for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)
    ]
    breaks = [names[lo] for lo in bounds[1:-1]]
    return breaks, segments


def dyad_series(
    store: Store,
    a: str,
    b: str,
    *,
    measure: str = "agree",
    since: int | str | None = None,
    until: int | str | None = None,
    **settings: Any,
) -> list[tuple[int, float]]:
    """A dyad's yearly series: a voting measure (agree, s, kappa, pi) or an event measure."""
    choose("measure", measure, DYAD_MEASURES)
    if measure in ("agree", "s", "kappa", "pi"):
        from realpolitik.analysis.alignment import agreement

        table = agreement(store, a, b, since=since, until=until, **settings).to_pylist()
        return [(int(r["year"]), float(r[measure])) for r in table if r[measure] is not None]
    from realpolitik.analysis.dyads import event_series

    series = event_series(store, a, b, since=since, until=until, period="year", measure=measure)
    return [(int(p), v) for p, v in series]


def state_series(
    store: Store,
    state: str,
    *,
    measure: str = "isolation",
    since: int | str | None = None,
    until: int | str | None = None,
    **settings: Any,
) -> list[tuple[int, float]]:
    """A state's yearly series: mean UN agreement (isolation), number or weight of allies."""
    choose("measure", measure, STATE_MEASURES)
    if measure == "isolation":
        from realpolitik.analysis.alignment import isolation

        rows = isolation(store, state, since=since, until=until, **settings).to_pylist()
        return [(int(r["year"]), float(r["mean"])) for r in rows]
    from realpolitik.analysis.alliances import alliance_series

    key = "allies" if measure == "allies" else "weight"
    rows = alliance_series(store, state, since=since, until=until)
    return [(int(r["year"]), float(r[key])) for r in rows]


def series_breaks(
    series: Sequence[tuple[Any, float]], *, penalty: float | None = None, min_size: int = 2
) -> list[Row]:
    """Segments of a (label, value) series as rows: start, end, mean, n, and the shift."""
    labels = [s[0] for s in series]
    _, segments = change_points([s[1] for s in series], labels, penalty=penalty, min_size=min_size)
    out: list[Row] = []
    previous: float | None = None
    for seg in segments:
        out.append(
            {
                "start": seg.start,
                "end": seg.end,
                "years": seg.n,
                "mean": seg.mean,
                "shift": None if previous is None else seg.mean - previous,
            }
        )
        previous = seg.mean
    return out
