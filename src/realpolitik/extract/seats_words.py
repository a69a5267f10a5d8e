"""Words of the seats table (``actors/data/seats.tsv``) that a parse repair needs to know."""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def seat_words_in_ing() -> frozenset[str]:
    """The seats' one-word names in "-ing" ("Storting", "Folketing", "Althing"): the tagger
    reads them as gerunds (``_place_gerunds.seat_gerund``). A word of a longer name ("Downing
    Street", "Presidential Office Building") is left out: alone it is an English word."""
    text = resources.files("realpolitik.actors").joinpath("data", "seats.tsv").read_text("utf-8")
    words = set()
    for line in text.splitlines()[2:]:
        if line.startswith("#") or "\t" not in line:
            continue
        for name in line.split("\t")[1].split("|"):
            name = name.strip()
            if " " not in name and name.endswith("ing") and name[:1].isupper():
                words.add(name)
    return frozenset(words)
