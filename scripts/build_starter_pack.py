"""Build the starter pack from the publishers' files.

    python scripts/build_starter_pack.py PATH-TO-FILES [--out src/realpolitik/datasets/data/starter]

PATH-TO-FILES is a folder (searched recursively) holding the publishers' own exports: the
unvotes votes, roll calls (and issues) files, the ATOP 5.1 directed dyad-year file, the COW
state system list and the COW NMC state-years. Each is found by its header, loaded through
realpolitik's loaders and written as Parquet with a manifest of sources, versions, licence
terms and citations. On this project's machines the files live in ../shared/datasets.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from realpolitik.datasets.starter import build_pack, default_pack
from realpolitik.errors import RealpolitikError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", type=Path, help="folder with the publishers' files")
    parser.add_argument(
        "--out", type=Path, default=None, help="pack folder (default: the package's)"
    )
    args = parser.parse_args(argv)
    out = args.out or default_pack()
    try:
        tables = build_pack(args.sources, out)
    except RealpolitikError as exc:
        print(f"build_starter_pack: error: {exc}", file=sys.stderr)
        return 1
    total = 0
    for table in tables:
        size = (out / f"{table.name}.parquet").stat().st_size
        total += size
        print(
            f"{table.name:20} {table.rows:>9,} rows  {table.min_year}-{table.max_year}"
            f"  {size / 1e6:6.2f} MB  from {table.source_file}"
        )
    print(f"{'total':20} {total / 1e6:.2f} MB in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
