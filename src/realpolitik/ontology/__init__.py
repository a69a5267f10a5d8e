"""The event ontology: every CAMEO event code and the 16 PLOVER event types.

Each CAMEO code carries its name, two-digit root, Goldstein weight, QuadClass (1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), five-class
"penta" label (0 statement, else as QuadClass) and PLOVER type and mode. CAMEO root 02
(appeals), which the 2021 CAMEO-to-PLOVER table leaves out, is filed under PLOVER REQUEST.
Tables load once per process from ``ontology/data/*.tsv``.
"""

from realpolitik.ontology._lookup import (
    cameo_to_plover,
    goldstein_of,
    penta_of,
    plover_default_cameo,
    plover_to_quad,
    quad_of,
    root_of,
    search,
)
from realpolitik.ontology._tables import (
    CameoCode,
    PloverMode,
    PloverType,
    all_cameo,
    cameo,
    is_cameo,
    plover,
    plover_types,
)

PENTA_NAMES = {
    0: "statement",
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
QUAD_NAMES = {k: v for k, v in PENTA_NAMES.items() if k}

__all__ = [
    "PENTA_NAMES",
    "QUAD_NAMES",
    "CameoCode",
    "PloverMode",
    "PloverType",
    "all_cameo",
    "cameo",
    "cameo_to_plover",
    "goldstein_of",
    "is_cameo",
    "penta_of",
    "plover",
    "plover_default_cameo",
    "plover_to_quad",
    "plover_types",
    "quad_of",
    "root_of",
    "search",
]
