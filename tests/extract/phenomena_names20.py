"""Names classes of fresh10 (issue 9, names20), as suite constructions crossed with the suite's
states, several famous namesakes and several phrasings each.

- ``n20_namesake_person``: "Uganda gave refuge to Kenyan former prime minister Ana Chavez" (or
  "to Kenya's former prime minister Chavez"):
  a person whose surname the people table holds for a famous leader of another state
  (Venezuela's Chavez, Bolivia's Morales, Germany's Merkel, ...) but whom the record
  introduces with another given name is not that leader, there or by the bare surname later;
- ``n20_namesake_first_name``: "... Kenya's foreign minister, Hugo Salas, accused Uganda": a
  given name that is also the famous namesake's ("Hugo" with a "Chavez" in the record) is no
  short form of him: the minister stays his own state's;
- ``n20_relative_place``: "Kenyan police arrested 12 people, some of whom had trained in
  Uganda": the arrest at home, never aimed at the relative clause's state (G);
- ``n20_stateless_group``: "Rights groups accused Greece of ...": the groups are of no state
  (G);
- ``n20_member_states``: "Several member states have criticized Serbia": the members of the
  body named before, else no one; never Serbia's own government (G);
- ``n20_continued_measure``: "Egypt and Sudan broke off talks. This time Egypt's president has
  gone further by cutting ties": the measure aimed at the other state of the doer's earlier
  act (X);
- ``n20_own_government``: "Portuguese farmers urged the government to press Madrid": the
  appeal is to their own government, not to Spain (X, and fresh10's false assertion, RQ);
- ``n20_agentless_participle``: "A Ghanaian trader detained at the border was freed": the
  victim's demonym is no detainer (AP).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

# (given name, surname, state) of famous people the people table lets stand by surname alone.
_FAMOUS = (
    ("Hugo", "Chavez", "VEN"),
    ("Evo", "Morales", "BOL"),
    ("Angela", "Merkel", "DEU"),
    ("Robert", "Mugabe", "ZWE"),
    ("Nicolas", "Sarkozy", "FRA"),
    ("Silvio", "Berlusconi", "ITA"),
    ("Jacinda", "Ardern", "NZL"),
)
_GIVEN = ("Ana", "Carlos", "Elena", "Jorge", "Rosa", "Pedro", "Lucia", "Tomas", "Maria", "Ivan")
_SURNAMES = ("Salas", "de Souza", "Ramos", "da Costa", "Okafor", "Lindqvist", "Haddad", "Novak")
_ROLES = ("former prime minister", "former minister", "opposition leader", "former judge")
# Each: text, the events wanted (source, target, root; "S", "T" the scene's two states).
_PERSON_ACTS = (
    ("{T} gave refuge to {SD} {role} {G} {N}{time}.", (("T", "S", "07"),)),
    ("{S} urged {T} to hand over {role} {G} {N}{time}.", (("S", "T", "02"),)),
    ("{G} {N}, {PS} {role}, took refuge in {PT} embassy{time}. {S} criticized {T} for "
     "sheltering {N}.", (("S", "T", "11"),)),
    ("{T} gave refuge to {SD} {role} {G} {N}{time}. {S} accused {T} of sheltering {N}.",
     (("T", "S", "07"), ("S", "T", "11"))),
    ("{S} criticized {T} for sheltering {role} {G} {N}{time}. {S} urged {T} to hand {N} over.",
     (("S", "T", "11"), ("S", "T", "02"))),
    ("{T} gave refuge to {PS} former {title} {N}{time}.", (("T", "S", "07"),)),
    ("{T} gave refuge to {SD} former {title} {N}{time}. {S} accused {T} of sheltering {N}.",
     (("T", "S", "07"), ("S", "T", "11"))),
)  # fmt: skip
_TITLES = ("prime minister", "president", "foreign minister")
_FIRST_NAME_ACTS = (
    "{T} gave refuge to {SD} {role} {G} {N}{time}. {PS} foreign minister, {F} {Z}, accused {T} "
    "of meddling.",
    "{T} gave refuge to {SD} {role} {G} {N}{time}. {SD} Foreign Minister {F} {Z} accused {T} "
    "of meddling.",
    "{T} gave refuge to {SD} {role} {G} {N}{time}. {F} {Z}, {PS} foreign minister, accused {T} "
    "of meddling.",
)


def _e(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


def _fill(sc: Scene, famous: str) -> tuple[str, str, dict[str, str]]:
    """The scene's two states (neither the namesake's) and the words every phrasing uses."""
    s, t = [x for x in (sc.s, sc.t, sc.z) if x.iso3 != famous][:2]
    given, surname, _ = next(f for f in _FAMOUS if f[2] == famous)
    g = sc.rng.choice([x for x in _GIVEN if x != given])
    fill = {
        "S": s.name, "T": t.name, "PS": _poss(s.name), "PT": _poss(t.name), "SD": s.demonym,
        "G": g, "N": surname, "role": sc.rng.choice(_ROLES), "time": _time(sc),
        "title": sc.rng.choice(_TITLES),
    }  # fmt: skip
    return s.iso3, t.iso3, fill


def n20_namesake_person(sc: Scene) -> Built:
    """ "Uganda gave refuge to Kenyan former prime minister Ana Chavez": UGA -> KEN, never
    Venezuela's late president."""
    famous = sc.rng.choice(_FAMOUS)[2]
    s, t, fill = _fill(sc, famous)
    text, acts = sc.rng.choice(_PERSON_ACTS)
    side = {"S": s, "T": t}
    want = tuple(_e(side[a], side[b], root) for a, b, root in acts)
    allowed = (Expect(s, "", frozenset(), ANY), Expect(t, "", frozenset(), ANY))
    return _cap(text.format(**fill)), want, allowed


def n20_namesake_first_name(sc: Scene) -> Built:
    """ "... Kenya's foreign minister, Hugo Salas, accused Uganda of meddling": KEN -> UGA 11,
    though the record holds a "Chavez" and the minister shares Hugo Chavez's given name."""
    famous = sc.rng.choice(_FAMOUS)
    s, t, fill = _fill(sc, famous[2])
    fill["F"], fill["Z"] = famous[0], sc.rng.choice(_SURNAMES)
    text = sc.rng.choice(_FIRST_NAME_ACTS).format(**fill)
    want = (_e(t, s, "07"), _e(s, t, "11"))
    allowed = (Expect(s, "", frozenset(), ANY), Expect(t, "", frozenset(), ANY))
    return _cap(text), want, allowed


_RELATIVES = (
    "some of whom had trained in {T}", "two of whom had fought in {T}",
    "many of whom had worked in {T}", "who had received training in {T}",
    "several of whom had studied in {T}",
)  # fmt: skip
_ARRESTS = ("arrested", "detained")
_PEOPLE = ("people", "men", "people", "suspects")


def n20_relative_place(sc: Scene) -> Built:
    """ "Kenyan police arrested 12 people, some of whom had trained in Uganda": the arrest at
    home (KEN -> KEN or no target), never aimed at Uganda."""
    s, t = sc.s, sc.t
    rel = sc.rng.choice(_RELATIVES).format(T=t.name)
    number = sc.rng.choice(("12", "8", "five", "20"))
    text = f"{s.demonym} police {sc.rng.choice(_ARRESTS)} {number} {sc.rng.choice(_PEOPLE)}, {rel}."
    allowed = (Expect(s.iso3, "", frozenset({"17"}), ASSERTED),)
    return text, (_e(s.iso3, s.iso3, "17"),), allowed


_GROUP_ACTS = (
    ("Rights groups accused {T} of torturing prisoners{time}.", "11"),
    ("Human rights groups have accused {T} of pushing back asylum seekers{time}.", "11"),
    ("Rights groups criticized {T} for jailing journalists{time}.", "11"),
    ("Human rights activists condemned {T}{time}.", "11"),
    ("Rights groups accused {T} of mistreating {ZD} refugees{time}.", "11"),
)  # fmt: skip


def n20_stateless_group(sc: Scene) -> Built:
    """ "Rights groups accused Greece of ...": the groups are of no state (not Greece's, nor
    that of the refugees named)."""
    t = sc.t
    act, root = sc.rng.choice(_GROUP_ACTS)
    text = act.format(T=t.name, ZD=sc.z.demonym, time=_time(sc))
    allowed = (Expect("---", "*", frozenset(), ANY), Expect("*", t.iso3, frozenset({"17"}), ANY),
               Expect(t.iso3, sc.z.iso3, frozenset({"18"}), ANY))  # fmt: skip
    # (the accused act "mistreating Z's refugees" is T's assault on Z, reported: GUIDE AC,
    # coded since leftovers19's "mistreat" row)
    return _cap(text), (_e("---", t.iso3, root),), allowed


_MEMBER_ACTS = (
    "Several member states have criticized {T}{time}.",
    "Other member states criticized {T}{time}.",
    "{T} was criticized by several member states{time}.",
    "Many member states condemned {T}{time}.",
)


def n20_member_states(sc: Scene) -> Built:
    """ "Several member states have criticized Serbia": no one's government (the members of a
    body the story names, else no one), never Serbia's own."""
    t = sc.t
    text = sc.rng.choice(_MEMBER_ACTS).format(T=t.name, time=_time(sc))
    if sc.rng.random() < 0.5:  # the body named before: its members act as it
        text = f"The EU imposed sanctions on {t.name}{_time(sc)}. {text}"
        want: tuple[Expect, ...] = (_e("IGO", t.iso3, "16"), _e("IGO", t.iso3, "11"))
        return text, want, (Expect("IGO", t.iso3, frozenset({"16"}), ANY),)
    return _cap(text), (), ()


_CONTINUED = (
    ("{S} and {T} broke off talks{time}. This time {PS} president has gone further by cutting "
     "ties outright.", (("S", "T", "16"), ("T", "S", "16"))),
    ("{S} recalled its ambassador from {T}{time}. Now {S} has gone further by cutting ties.",
     (("S", "T", "16"),)),
    ("{T} asked {S} to lift its ban on wheat exports{time}. {S} imposed the ban in August, citing "
     "shortages at home.", (("T", "S", "02"), ("S", "T", "17"))),
    ("{S} expelled {PT} ambassador{time}. {S} has since gone further by severing relations.",
     (("S", "T", "16"),)),
)  # fmt: skip


def n20_continued_measure(sc: Scene) -> Built:
    """ "Egypt and Sudan broke off talks. This time Egypt's president has gone further by
    cutting ties": the measure is aimed at the state of the doer's earlier act."""
    s, t = sc.s, sc.t
    fill = {"S": s.name, "T": t.name, "PS": _poss(s.name), "PT": _poss(t.name), "time": _time(sc)}
    text, acts = sc.rng.choice(_CONTINUED)
    side = {"S": s.iso3, "T": t.iso3}
    roots = {"16": frozenset({"16", "17"}), "17": frozenset({"16", "17"})}
    want = tuple(
        Expect(side[a], side[b], roots.get(r, frozenset({r})), ASSERTED) for a, b, r in acts
    )
    return _cap(text.format(**fill)), want, ()


_OWN_GOVERNMENT = (
    "{SD} farmers urged the government to press {T} for more water{time}.",
    "{SD} growers asked the government to seek talks with {T}{time}.",
    "{SD} fishing groups urged the government to press {TC} for new fishing licences{time}.",
    "{SD} traders called on the government to negotiate with {T}{time}.",
)


def n20_own_government(sc: Scene) -> Built:
    """ "Portuguese farmers urged the government to press Madrid": an appeal to their own
    government, never to the state the requested act is aimed at."""
    s, t = sc.s, sc.t
    text = sc.rng.choice(_OWN_GOVERNMENT).format(
        SD=s.demonym, T=t.name, TC=t.capital, time=_time(sc)
    )
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY - ASSERTED),)
    return text, (_e(s.iso3, s.iso3, "02"),), allowed


_AGENTLESS = (
    "A {TD} trader detained at the border in May was freed{time} after paying a fine.",
    "A {TD} fisherman arrested near the lake was released{time}.",
    "The {TD} journalist held at the airport was freed{time}.",
    "A {TD} lorry driver detained at the crossing was released{time}.",
)


def n20_agentless_participle(sc: Scene) -> Built:
    """ "A Ghanaian trader detained at the border was freed": the victim's demonym is no
    detainer (no doer is named)."""
    t = sc.t
    text = sc.rng.choice(_AGENTLESS).format(TD=t.demonym, time=_time(sc))
    allowed = (Expect("---", t.iso3, frozenset({"17"}), ANY),)
    return text, (), allowed


NAMES20_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n20_namesake_person": n20_namesake_person,
    "n20_namesake_first_name": n20_namesake_first_name,
    "n20_relative_place": n20_relative_place,
    "n20_stateless_group": n20_stateless_group,
    "n20_member_states": n20_member_states,
    "n20_continued_measure": n20_continued_measure,
    "n20_own_government": n20_own_government,
    "n20_agentless_participle": n20_agentless_participle,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before names20 (f9ed3ec) the same 24 scored (right, false assertions), seeds 0, 1, 2:
# n20_namesake_person 15/9, 19/5, 18/6 (the namesake's state as a party);
# n20_namesake_first_name 8/18, 7/18, 6/21 (the minister read as the namesake by his first
# name); n20_relative_place 11/13, 14/10, 17/7 (the arrest aimed at the relative clause's
# state); n20_stateless_group 0/24 x3 (the groups placed in the accused state);
# n20_member_states 0/24 x3 (the target's own government); n20_continued_measure 0/0 x3 (no
# target); n20_own_government 0/24 x3 (the appeal aimed at the requested act's state, or at no
# one); n20_agentless_participle 19/5, 15/9, 21/3 (the victim's demonym as the detainer).
# After names20: 24/0 each at seeds 0, 1, 2.
FLOORS = {name: (24, 0) for name in NAMES20_CONSTRUCTIONS}
