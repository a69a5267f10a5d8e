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
        dyad_obligations,
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
        arms_flows,
        claim_shares,
        parse_windows,
        supplier_shares,
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
    from realpolitik.analysis.panel import dyad_year_panel, to_pandas, write_panel

_WHERE = {
    "_common": ("citation", "state_code", "state_name", "window", "year_of"),
    "alignment": ("REFERENCE", "VoteOptions", "agreement", "isolation", "partners",
                  "vote_citation"),
    "alliances": ("DEFAULT_WEIGHTS", "alliance_series", "alliance_ties", "allies",
                  "dyad_obligations"),
    "changepoint": ("change_points", "dyad_series", "series_breaks", "state_series"),
    "dependence": ("Dependence", "arms_dependence", "arms_flows", "claim_shares",
                   "parse_windows", "supplier_shares", "trade_dependence"),
    "dyads": ("event_dyads", "event_series"),
    "network": ("LAYERS", "blocs", "build_graph", "centrality", "export_graph", "network_table"),
    "panel": ("dyad_year_panel", "to_pandas", "write_panel"),
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
    "arms_flows",
    "blocs",
    "build_graph",
    "centrality",
    "change_points",
    "citation",
    "claim_shares",
    "dyad_obligations",
    "dyad_series",
    "dyad_year_panel",
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
    "supplier_shares",
    "to_pandas",
    "trade_dependence",
    "vote_citation",
    "window",
    "write_panel",
    "year_of",
]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'realpolitik.analysis' has no attribute {name!r}")
    return getattr(importlib.import_module(f"realpolitik.analysis.{module}"), name)
