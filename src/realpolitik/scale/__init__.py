"""Scale-out: extraction in shards, on local processes or a Dask cluster, merged into the store.

``extract_shards`` is the twin of ``realpolitik extract PATH... --out DIR``: the input is cut into
shards of about ``--shard-size`` bytes, each extracted by one task into
``DIR/{documents,sentences,mentions,events,claims}/part-NNNNN.parquet``, and recorded in
``DIR/manifest.jsonl`` by the hash of its content once its files are complete; a re-run skips
what is recorded. ``merge`` is the twin of ``realpolitik merge DIR``. ``docs/scale.md`` shows
how to run it on a cluster.
"""

from realpolitik.scale._merge import MergeInterrupted, MergeReport, merge
from realpolitik.scale._plan import DEFAULT_SHARD_SIZE, parse_size
from realpolitik.scale._run import ShardReport, ShardsInterrupted, extract_shards
from realpolitik.scale._work import FOLDERS, ShardResult

__all__ = [
    "DEFAULT_SHARD_SIZE",
    "FOLDERS",
    "MergeInterrupted",
    "MergeReport",
    "ShardReport",
    "ShardResult",
    "ShardsInterrupted",
    "extract_shards",
    "merge",
    "parse_size",
]
