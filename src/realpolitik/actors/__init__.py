"""Actors: who a phrase in the news names, as a CAMEO actor code.

``ActorRegistry.default()`` holds the shipped tables: countries and their variants (from
``realpolitik.actors.countries``), capitals and seats of power ("Pyongyang", "the Kremlin"),
demonyms ("North Korean"), sector words ("troops" -> MIL), IGOs ("NATO" -> IGOWSTNAT), groups
("the West" -> WST) and leaders and ministers with their terms in office, resolved by the
document's date. ``registry.with_file(path)`` adds an ``--actors`` file (see
``realpolitik.actors._actorfile`` for the format).
"""

from realpolitik.actors._actorfile import is_actor_code, read_actor_file
from realpolitik.actors._name_context import CRAFT_NOUNS, CRAFT_OWNER_WORDS
from realpolitik.actors._proposal_backers import AUTHOR_WORDS, PROPOSAL_NOUNS
from realpolitik.actors._registry import ActorEntry, ActorMatch, ActorRegistry
from realpolitik.actors._tables import STATE_NAME_KINDS, Entry

__all__ = [
    "AUTHOR_WORDS",
    "CRAFT_NOUNS",
    "CRAFT_OWNER_WORDS",
    "PROPOSAL_NOUNS",
    "STATE_NAME_KINDS",
    "ActorEntry",
    "ActorMatch",
    "ActorRegistry",
    "Entry",
    "is_actor_code",
    "read_actor_file",
]
