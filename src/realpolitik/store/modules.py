"""Loading a data-only module (a schema's SQL, a citation table) without its package's code.

Opening a store needs each component's migration scripts, and a query's footer needs whom to
cite; neither needs the component's code (the dataset loaders, the measures), which its package
imports. ``data_module`` reads such a module on its own when its package is not loaded yet.
"""

from __future__ import annotations

import sys
from types import ModuleType


def data_module(name: str) -> ModuleType:
    """The module ``name`` (e.g. ``realpolitik.datasets.schema``), without running its
    package's ``__init__`` when that is not loaded yet.

    The module is registered under its full name, so a later import finds the same one
    (``from realpolitik.datasets.schema import DATASETS`` works as before). It must import
    nothing relative to its package.
    """
    import importlib.util  # here, not at import: `import realpolitik` (and --help) need neither
    from pathlib import Path

    parent, _, leaf = name.rpartition(".")
    if name in sys.modules or not parent or parent in sys.modules:
        return importlib.import_module(name)
    root = importlib.util.find_spec(parent.partition(".")[0])
    if root is None or not root.submodule_search_locations:
        return importlib.import_module(name)
    folder = Path(next(iter(root.submodule_search_locations)), *parent.split(".")[1:])
    spec = importlib.util.spec_from_file_location(name, folder / f"{leaf}.py")
    if spec is None or spec.loader is None:
        return importlib.import_module(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


__all__ = ["data_module"]
