"""The public API is exactly what __all__ says, and every name in it exists."""

import realpolitik


def test_all_names_exist() -> None:
    for name in realpolitik.__all__:
        assert hasattr(realpolitik, name), name


def test_no_private_names_exported() -> None:
    assert all(not n.startswith("_") or n == "__version__" for n in realpolitik.__all__)
