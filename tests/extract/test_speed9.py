"""The titled-name placement read in one pass (speed9): the same mentions as the old placement,
which rescanned the text and every mention per introduction (``titled_names_reference``), on
small texts of introductions whose names, surnames and states repeat, collide with the tables'
people and bodies, and overlap. ``bench/titled_scale.py`` times it on long texts."""

from __future__ import annotations

import random

import pytest
from titled_names_reference import titled_names_before

from realpolitik.actors import ActorRegistry
from realpolitik.extract._mention_parts import registry_mentions
from realpolitik.extract._titled_names import titled_names

_TITLES = [
    "President {N}",
    "Peruvian President {N}",
    "Foreign Minister {N} of {S}",
    "{S}'s defence minister {N}",
    "Prime Minister Duma {N}",
    "Chilean Foreign Minister {N}",
    "President {N} of {S}",
    "General {N} of {S}",
]
_LATER = ["{L} said.", "{L} criticized {S}.", "Later {L}-{L} left.", "{L} met {N}.", "{L}"]
_FIRST = ["Ana", "Kofi", "Emmanuel", "Lula", "Maria"]
_SURNAMES = [
    "Okafor",
    "Nguyen",
    "Haddad",
    "Berg",
    "Lopez",
    "Temba",
    "Macron",
    "da Silva",
    "Rojas",
    "O'Neil",
    "Al-Amin",
    "Lopez Rojas",
    "Rojas-Lopez",
]
_STATES = ["Peru", "Chile", "Ghana", "France", "Brazil", "Venezuela"]
_TEXTS = 120
_SEED = 909


def _texts() -> list[str]:
    """Texts of 1-8 introductions each followed by a sentence; every other text reintroduces
    the same few people (whose later placements change nothing)."""
    rng = random.Random(_SEED)
    out = []
    for n in range(_TEXTS):
        people = [f"{rng.choice(_FIRST)} {rng.choice(_SURNAMES)}" for _ in range(2)]
        parts = []
        for _ in range(rng.randint(1, 8)):
            name = rng.choice(people) if n % 2 else f"{rng.choice(_FIRST)} {rng.choice(_SURNAMES)}"
            fill = {"N": name, "S": rng.choice(_STATES), "L": name.split()[-1]}
            parts.append(rng.choice(_TITLES).format(**fill) + " arrived.")
            parts.append(rng.choice(_LATER).format(**fill))
        out.append(" ".join(parts))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Ana Lopez of Peru arrived in Quito. Lopez criticized Colombia.",
        "President Ana Lopez of Peru spoke. President Ana Lopez of Chile spoke. Lopez left.",
        "Peru's foreign minister Ana Rojas met Chilean Foreign Minister Jon Rojas. Rojas said.",
        "Prime Minister Duma Gideon thanked Russia. Gideon left. President Emmanuel Macron spoke.",
        *_texts(),
    ],
)
def test_placement_is_as_before(registry: ActorRegistry, text: str) -> None:
    mentions = registry_mentions(registry, text, "2024-06-20")
    assert titled_names(text, mentions) == titled_names_before(text, mentions)


def test_the_texts_introduce_and_place_people(registry: ActorRegistry) -> None:
    """The comparison is not vacuous: most texts gain a placed person."""
    changed = 0
    for text in _texts():
        mentions = registry_mentions(registry, text, "2024-06-20")
        changed += titled_names(text, mentions) != mentions
    assert changed > _TEXTS // 2, changed


def test_a_long_text_is_as_before(registry: ActorRegistry) -> None:
    """All the texts as one: more surnames than each is searched for alone, and the same
    people introduced again and again."""
    text = " ".join(_texts()[: _TEXTS // 2])
    mentions = registry_mentions(registry, text, "2024-06-20")
    assert titled_names(text, mentions) == titled_names_before(text, mentions)
