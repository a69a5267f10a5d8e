"""Round 34's practice set of 2017-2023 wire copy (practice23, classes of
``bench/gold/reviews/practice23_classes.md``), crossed with the suite's states and phrasings:

- ``w8_era_actors``: the era's actors no row named ("Juan Guaido" in 2019-2022, "Wagner
  fighters / mercenaries" under Russia's military, not the surname of a Congolese minister),
  their state -> T (class EA);
- ``w8_vowed_force``: "S vowed to crush / hunt down / wipe out / root out the Tdem militants" is
  a threat of force (13), never an intent to cooperate (03); "Sdem troops crushed the Tdem
  rebels" is the force itself (19) (class VF);
- ``w8_said_and_blamed``: "..., but S said there was no evidence the shells came from T and
  blamed Z", "S said it was angry and condemned Z": the second verb is the speaker's own act,
  S -> Z, even where the parser hangs it on the clause inside the complement or the speech
  verb is itself the second conjunct of the sentence (class CJ)."""

from __future__ import annotations

from phenomena_wire3 import era_group_sentence, era_person_sentence
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _r,
    _time,
)

# (name as written, state or body, a date in the office)
_ERA_PEOPLE = (("Juan Guaido", "VEN", "2019-02-04"), ("Guaido", "VEN", "2019-04-30"),
               ("Venezuelan opposition leader Juan Guaido", "VEN", "2020-01-05"),
               ("Yevgeny Prigozhin", "RUS", "2023-05-20"))  # fmt: skip
_ERA_ACTS = (("condemned {T}", "11"), ("accused {T} of meddling", "11"), ("praised {T}", "05"),
             ("held talks with {Tdem} officials", "04"), ("strongly criticised {T}", "11"))  # fmt: skip
_GROUPS = (("Wagner fighters", "RUS", "2023-05-20"), ("Wagner mercenaries", "RUS", "2022-01-12"),
           ("Wagner forces", "RUS", "2021-06-01"), ("Wagner troops", "RUS", "2023-03-01"))  # fmt: skip
_GROUP_ACTS = (("attacked {a_Tdem} border post", "19"), ("accused {T} of arming its enemies", "11"),
               ("condemned {T}", "11"), ("shelled {a_Tdem} army base", "19"))  # fmt: skip


def w8_era_actors(sc: Scene) -> Built:
    """ "Juan Guaido condemned Cuba" (2019): VEN -> CUB 11; "Wagner fighters shelled a Malian
    army base" (2023): RUS -> MLI 19 (the office or the group dated in the era)."""
    if sc.rng.random() < 0.5:
        return era_person_sentence(sc, _ERA_PEOPLE, _ERA_ACTS)
    return era_group_sentence(sc, _GROUPS, _GROUP_ACTS)


_VOWS = ("vowed", "pledged", "promised", "swore", "vowed on Monday", "has vowed")
_FORCE = ("crush", "hunt down", "track down", "wipe out", "root out", "eliminate", "eradicate",
          "annihilate", "defeat")  # fmt: skip
_PAST = {"crush": "crushed", "hunt down": "hunted down", "track down": "tracked down",
         "wipe out": "wiped out", "root out": "rooted out", "eliminate": "eliminated",
         "eradicate": "eradicated", "annihilate": "annihilated", "defeat": "defeated"}  # fmt: skip
_ARMED = ("{Tdem} rebels", "{Tdem} militants", "the {Tdem} insurgents", "{Tdem} separatists",
          "the {Tdem} rebels", "{Tdem} fighters")  # fmt: skip
_DOERS = ("{S}", "{Sdem} troops", "{Sposs} army", "{Sdem} forces")


def w8_vowed_force(sc: Scene) -> Built:
    """ "S vowed to hunt down the Tdem militants": S -> T 13 (a threat of force); "Sdem troops
    crushed the Tdem rebels": S -> T 19."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb = rng.choice(_FORCE)
    armed = rng.choice(_ARMED).format(Tdem=t.demonym)
    if rng.random() < 0.6:
        text = f"{s.name} {rng.choice(_VOWS)} to {verb} {armed}{_time(sc)}."
        return text, (Expect(s.iso3, t.iso3, _r("13"), ASSERTED),), ()
    doer = rng.choice(_DOERS).format(S=s.name, Sdem=s.demonym, Sposs=f"{s.name}'s")
    text = f"{_cap(doer)} {_PAST[verb]} {armed} near the border{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED),), ()


_FIRST = ("Shells hit two villages on Saturday, but ", "Drones struck a fuel depot on Monday, and ",
          "Rockets landed near the border overnight, but ", "")  # fmt: skip
_NOUNS = ("no evidence", "no proof", "no sign", "no indication")
_CAME = ("the shells came from {T}", "the drones were launched from {T}",
         "the attack came from {T}", "the rockets were fired from {T}")  # fmt: skip
_SECOND = (("blamed {Z}", "11"), ("accused {Z} of staging the attack", "11"),
           ("condemned {Z}", "11"), ("urged {Z} to halt its attacks", "02"))  # fmt: skip
_ANGRY = ("it was angry", "the attack was a crime", "its patience had run out")


def w8_said_and_blamed(sc: Scene) -> Built:
    """ "..., but S said there was no evidence the shells came from T and blamed Z": S -> Z
    (the speaker's second act), and nothing asserted of T."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    second, root = rng.choice(_SECOND)
    second = second.format(Z=sc.name(z, capital=0.0))
    speaker = rng.choice((s.name, s.name, f"{s.name}'s foreign ministry"))
    first = rng.choice(_FIRST)
    if rng.random() < 0.3:
        said = f"said {rng.choice(_ANGRY)} and {second}"
    else:
        came = rng.choice(_CAME).format(T=sc.name(t, capital=0.0))
        said = f"said there was {rng.choice(_NOUNS)} {rng.choice(('', 'that '))}{came} and {second}"
    text = _cap(f"{first}{speaker} {said}.")
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (Expect(s.iso3, z.iso3, _r(root), ASSERTED),), allowed


W8_CONSTRUCTIONS = {
    "w8_era_actors": w8_era_actors,
    "w8_vowed_force": w8_vowed_force,
    "w8_said_and_blamed": w8_said_and_blamed,
}
# Floors (fewest right of 24, most false assertions).
W8_FLOORS = {name: (22, 0) for name in W8_CONSTRUCTIONS}
