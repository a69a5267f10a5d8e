"""The measures of the field: UN voting alignment, dependence, alliances, event dyads, networks.

Functions are re-exported lazily: the store loads ``analysis.schema`` when it opens a file, and
that should not pull numpy, pyarrow and networkx into every command.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from realpolitik.analysis._common import citation, state_code, state_name, window, year_of
    from realpolitik.analysis.alignment import (
        REFERENCE,
        VoteOptions,
        agreement,
        isolation,
        partners,
        vote_citation,
    )
    from realpolitik.analysis.alliances import (
        DEFAULT_WEIGHTS,
        alliance_series,
        alliance_ties,
        allies,
    )
    from realpolitik.analysis.changepoint import (
        change_points,
        dyad_series,
        series_breaks,
        state_series,
    )
    from realpolitik.analysis.dependence import (
        Dependence,
        arms_dependence,
        claim_shares,
        parse_windows,
        trade_dependence,
    )
    from realpolitik.analysis.dyads import event_dyads, event_series
    from realpolitik.analysis.network import (
        LAYERS,
        blocs,
        build_graph,
        centrality,
        export_graph,
        network_table,
    )

_WHERE = {
    "_common": ("citation", "state_code", "state_name", "window", "year_of"),
    "alignment": ("REFERENCE", "VoteOptions", "agreement", "isolation", "partners",
                  "vote_citation"),
    "alliances": ("DEFAULT_WEIGHTS", "alliance_series", "alliance_ties", "allies"),
    "changepoint": ("change_points", "dyad_series", "series_breaks", "state_series"),
    "dependence": ("Dependence", "arms_dependence", "claim_shares", "parse_windows",
                   "trade_dependence"),
    "dyads": ("event_dyads", "event_series"),
    "network": ("LAYERS", "blocs", "build_graph", "centrality", "export_graph", "network_table"),
}  # fmt: skip
_MODULE_OF = {name: module for module, names in _WHERE.items() for name in names}

__all__ = [
    "DEFAULT_WEIGHTS",
    "Dependence",
    "LAYERS",
    "REFERENCE",
    "VoteOptions",
    "agreement",
    "alliance_series",
    "alliance_ties",
    "allies",
    "arms_dependence",
    "blocs",
    "build_graph",
    "centrality",
    "change_points",
    "citation",
    "claim_shares",
    "dyad_series",
    "event_dyads",
    "event_series",
    "export_graph",
    "isolation",
    "network_table",
    "parse_windows",
    "partners",
    "series_breaks",
    "state_code",
    "state_name",
    "state_series",
    "trade_dependence",
    "vote_citation",
    "window",
    "year_of",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'realpolitik.analysis' has no attribute {name!r}")
    return getattr(importlib.import_module(f"realpolitik.analysis.{module}"), name)
