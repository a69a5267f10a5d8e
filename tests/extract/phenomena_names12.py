"""Name tokens read as other actors (issue 9, round 11c, names12: fresh5's class NM), as suite
constructions. A person's multi-word name whose first word is a body's or a place's name
("Duma", "Rada", "Victoria", "Santiago") or whose surname ends in another state's office-holder's
("... e Silva") is that person, placed by the title's state written before or after it
("Botswana's President Duma Keabetswe", "Prime Minister Duma Gideon of Eswatini", "South African
minister Duma Nkosi"); the first name never becomes the Russian parliament or Chile's
government. Invented names, crossed with the suite's states.

- ``nm_body_first_name``: a title of a state, then FIRST LAST, where FIRST is a body or a
  capital, then an act aimed at another state;
- ``nm_surname_particle``: a title of a state, then FIRST LAST e/da SURNAME, where SURNAME is
  another state's famous office-holder's.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_FIRST = ("Duma", "Rada", "Victoria", "Santiago")
_LAST = ("Keabetswe", "Nkosi", "Gideon", "Mabuza", "Temba", "Okonkwo", "Halvorsen", "Marek")
_TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister")
_ACTS = (
    ("criticized {T}", "11"),
    ("accused {T} of meddling", "11"),
    ("praised {T}", "05"),
    ("met {Tposs} ambassador", "04"),
)
_PARTICLE_NAMES = (("e", "Silva"), ("da", "Silva"), ("e", "Lula"))


def _titled(sc: Scene, name: str) -> str:
    """The person with their state written three ways: possessive + title, title + "of X",
    demonym + lower-case office."""
    title = sc.rng.choice(_TITLES)
    form = sc.rng.randrange(3)
    if form == 0:
        return f"{_poss(sc.s.name)} {title} {name}"
    if form == 1:
        return f"{title} {name} of {sc.s.name}"
    return f"{sc.s.demonym} {title.lower()} {name}"


def _built(sc: Scene, name: str) -> Built:
    phrase, code = sc.rng.choice(_ACTS)
    t = sc.t.name
    act = phrase.format(T=t, Tposs=_poss(t))
    text = f"{_titled(sc, name)} {act}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({code}), ASSERTED),), ()


def nm_body_first_name(sc: Scene) -> Built:
    """ "Botswana's President Duma Keabetswe criticized Zambia": the first name is no body."""
    return _built(sc, f"{sc.rng.choice(_FIRST)} {sc.rng.choice(_LAST)}")


def nm_surname_particle(sc: Scene) -> Built:
    """ "Ghana's Foreign Minister Kofi Mensah e Silva praised Togo": the surname is no
    Brazilian office-holder."""
    particle, surname = sc.rng.choice(_PARTICLE_NAMES)
    first = sc.rng.choice(("Kofi", "Ana", "Jorge", "Maria", "Tomas"))
    return _built(sc, f"{first} {sc.rng.choice(_LAST)} {particle} {surname}")


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "nm_body_first_name": nm_body_first_name,
    "nm_surname_particle": nm_surname_particle,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before names12 (3bbe651) the same 24 scored (right, false assertions):
# nm_body_first_name 8/16, nm_surname_particle 7/17; after names12 both 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
