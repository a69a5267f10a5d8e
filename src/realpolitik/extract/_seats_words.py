"""Words of the seats table (``actors/data/seats.tsv``) that a parse repair needs to know.

Private to ``extract`` (``_place_gerunds`` reads it); no name of it is public API."""

from __future__ import annotations

import functools

from realpolitik.actors._tables import seat_names


@functools.cache
def seat_words_in_ing() -> frozenset[str]:
    """The seats' one-word names in "-ing" ("Storting", "Folketing", "Althing"): the tagger
    reads them as gerunds (``_place_gerunds.seat_gerund``). A word of a longer name ("Downing
    Street", "Presidential Office Building") is left out: alone it is an English word."""
    return frozenset(
        name
        for name in seat_names()
        if " " not in name and name.endswith("ing") and name[:1].isupper()
    )
