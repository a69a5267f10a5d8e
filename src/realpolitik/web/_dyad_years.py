"""Every dyad's yearly event figures at once, per set of origins, held by the server.

A dyad page asks for one pair's years and a state page for one state's partners in a year;
each used to be its own query (tens of milliseconds of planning and adding up, three per dyad
page). Here the library's dyad query runs once per set of origins over all pairs
(``event_dyads`` with no state named: undirected, yearly, no volume shares) and each request
is a lookup in the result. That is the same answer: without volume shares every row of the
dyad query depends only on its own pair and year (ICEWS dyad-year counts, too, are skipped or
used per directed dyad-year), so the rows of a pair or of a state's year in the whole table
are the rows the narrower query returns. The store is read-only while served, so the table
never goes stale; its size is bounded by pairs x years, not by events.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

    from realpolitik.store import Store


class DyadYears:
    """The undirected yearly dyad table of one set of origins, indexed by pair and state-year."""

    def __init__(self, table: pa.Table) -> None:
        import pyarrow.compute as pc

        order = pc.sort_indices(
            table, sort_keys=[("source", "ascending"), ("target", "ascending"),
                              ("period", "ascending")]
        )  # fmt: skip
        self.table = table.take(order)
        sources = self.table.column("source").to_pylist()
        targets = self.table.column("target").to_pylist()
        periods = self.table.column("period").to_pylist()
        self._pairs: dict[tuple[str, str], tuple[int, int]] = {}
        self._years: dict[tuple[str, str], list[int]] = {}
        for i, (s, t, p) in enumerate(zip(sources, targets, periods, strict=True)):
            first, n = self._pairs.get((s, t), (i, 0))
            self._pairs[(s, t)] = (first, n + 1)
            for state in (s, t):
                self._years.setdefault((state, p), []).append(i)

    def __len__(self) -> int:
        return int(self.table.num_rows)

    def pair(self, a: str, b: str) -> list[dict[str, Any]]:
        """The pair's rows (both directions folded), by year: as ``event_dyads(a, b)``."""
        first, n = self._pairs.get((min(a, b), max(a, b)), (0, 0))
        return self.table.slice(first, n).to_pylist() if n else []

    def state_year(self, state: str, year: int) -> list[dict[str, Any]]:
        """The state's dyads in the year, ordered as the dyad query orders them (most events
        first, then by pair): as ``event_dyads(state, since=year, until=year)``."""
        found = self._years.get((state, str(year)))
        if not found:
            return []
        import pyarrow as pa

        rows = self.table.take(pa.array(found, pa.int64())).to_pylist()
        return sorted(rows, key=lambda r: (-r["events"], r["source"], r["target"]))


def dyad_years(store: Store, origins: Sequence[str]) -> DyadYears:
    """The table of ``origins`` (one query over the dyad-year summary when it is fresh)."""
    from realpolitik.analysis.dyads import event_dyads

    return DyadYears(event_dyads(store, origins=origins, directed=False, shares=False))
