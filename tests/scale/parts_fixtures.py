"""Shard folders written by hand in the format of ``extract --out`` (no spaCy): Parquet parts
of known documents and events through the real Arrow schemas, recorded by the real manifest."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from realpolitik.models import ActorRef, Document, Event, Evidence, Extraction, Sentence
from realpolitik.scale._manifest import Manifest
from realpolitik.scale._work import ShardResult, part_paths
from realpolitik.store._arrow import extraction_tables

JPN = ActorRef("Japan", "JPN", "JPN")
VNM = ActorRef("Vietnam", "VNM", "VNM")


def extraction(doc_id: str, source: str, text: str, events: int = 1) -> Extraction:
    """A one-sentence document with ``events`` copies of one event (Japan praised Vietnam)."""
    doc = Document(doc_id, text, source, title=f"About {doc_id}", date="2024-03-01")
    ev = Evidence(text, 0, len(text), "praised")
    found = [
        Event(doc_id, 0, JPN, VNM, "051", "SUPPORT", None, 3.4, 1, "asserted", "2024-03-01",
              "day", ev, 0.8)
        for _ in range(events)
    ]  # fmt: skip
    return Extraction(doc, [Sentence(doc_id, 0, 0, len(text), text)], found, [], [])


def write_part(out: Path, part: int, extractions: list[Extraction]) -> ShardResult:
    """Part ``part`` of every table, as a worker writes it (no manifest line)."""
    tables = extraction_tables(extractions)
    paths = part_paths(out, part)
    for table, path in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        pq.write_table(tables[table], path)
    return ShardResult(
        f"key-{part}",
        part,
        documents=len(extractions),
        events=sum(len(e.events) for e in extractions),
    )


def write_shards(out: Path, shards: list[list[Extraction]]) -> list[ShardResult]:
    """Parts 0.. of ``shards``, each recorded in ``out/manifest.jsonl`` once it is complete."""
    manifest = Manifest(out)
    try:
        results = []
        for part, extractions in enumerate(shards):
            result = write_part(out, part, extractions)
            manifest.record(result, f"doc-{part}", len(extractions), 100 * len(extractions))
            results.append(result)
        return results
    finally:
        manifest.close()
