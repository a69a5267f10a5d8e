"""Round 37's party and lexicon leftovers (issue 9, stop 50: leftovers67) as suite
constructions crossed with the suite's states, and several phrasings each:

- ``lo67_returned_people``: "forty T-ian children were returned to T", "the remains of 12
  soldiers were handed back to T", "two fishermen were repatriated to T": an agentless passive
  return of held people (children, prisoners, detainees, soldiers, crews, the dead) is their
  return (CAMEO 084, the codebook's "Return, release person(s)"), by the state an earlier
  sentence names as holding them ("S detained ... T-ian fishermen. The fishermen were
  repatriated to T": S -> T 08), else by no one named (``---`` -> T 08); near miss "T-ian
  migrants were expelled / deported to T": a removal (17), never a return (08);
- ``lo67_defence_firms``: "Hanwha Aerospace signed a deal with T to supply howitzers",
  "Rheinmetall delivered shells to T": a defence firm of the actors' table is its home state's
  business actor (``XXXBUS``), the seller, the buyer the target; near miss the same sentence with
  a state as the seller: that state;
- ``lo67_state_in_name``: "President Peter Jordan of S criticised T", "Senator Georgia Smith of
  S ...": a state's name that is a titled person's given name or surname is no state (S -> T);
  near miss "Jordan's prime minister criticised T": Jordan's office;
- ``lo67_ready_for_others``: "S, T and Z said they were ready to guarantee / monitor the
  ceasefire", "S and T said they were ready to facilitate the talks": a joint readiness to act in
  others' symmetric act names no target (never each co-signer at the others); near miss "S and
  T said they were ready to hold talks / sign a pact": among them, both ways.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
)

_TIMES = ("", " on Monday", " on Thursday", " last week")
_COUNTS = ("Forty", "Twelve", "Three", "Two", "Some 200")
# (the held people, how the sentence names them again)
_HELD = (("{Tdem} children", "The children"), ("{Tdem} fishermen", "The fishermen"),
         ("{Tdem} soldiers", "The soldiers"), ("{Tdem} prisoners of war", "The prisoners"),
         ("{Tdem} detainees", "The detainees"), ("{Tdem} sailors", "The sailors"))  # fmt: skip
_BARE = ("{n} children were returned to {T}", "{n} fishermen were repatriated to {T}",
         "The remains of {m} soldiers were handed back to {T}",
         "The bodies of {m} soldiers were returned to {T}",
         "{n} prisoners of war were handed back to {T}",
         "{n} detainees were repatriated to {T}", "{n} sailors were sent back to {T}")  # fmt: skip
_RETURNED = ("were returned to {T}", "were repatriated to {T}", "were handed back to {T}",
             "were sent back to {T}")  # fmt: skip
_HELD_BY = ("detained {n} {held}", "seized {n} {held}", "captured {n} {held}",
            "arrested {n} {held}")  # fmt: skip
_REMOVED = ("were expelled to {T}", "were deported to {T}")


def lo67_returned_people(sc: Scene) -> Built:
    """ "Forty children were returned to Ukraine": --- -> UKR 08; "India detained 12 Pakistani
    fishermen. The fishermen were repatriated to Pakistan": IND -> PAK 08; near miss "Twelve
    Mexican migrants were deported to Mexico": a removal (17), no return."""
    rng, s, t = sc.rng, sc.s, sc.t
    time = rng.choice(_TIMES)
    t_name = sc.name(t, 0.0)
    n, m = rng.choice(_COUNTS), rng.choice(("12", "30", "four", "six"))
    r = rng.random()
    if r < 0.2:  # near miss: a removal keeps its code
        removed = rng.choice(_REMOVED).format(T=t_name)
        text = f"{n} {t.demonym} migrants {removed}{time}."
        return text, (), (Expect("*", "*", _r("17"), ANY),)
    if r < 0.6:
        held, again = rng.choice(_HELD)
        act = rng.choice(_HELD_BY).format(n=n.lower(), held=held.format(Tdem=t.demonym))
        back = rng.choice(_RETURNED).format(T=t_name)
        text = f"{_cap(sc.name(s, 0.0))} {act} in March. {again} {back}{time}."
        allowed = (_e(s, t, _r("17", "18", "19"), ANY), Expect("---", t.iso3, _r("08"), ANY))
        return text, (_e(s, t, _r("08"), ASSERTED),), allowed
    text = rng.choice(_BARE).format(n=n, m=m, T=t_name) + f"{time}."
    return text, (Expect("---", t.iso3, _r("08"), ASSERTED),), ()


# (a defence firm, its home state)
_FIRMS = (("Hanwha Aerospace", "KOR"), ("Rheinmetall", "DEU"), ("Saab", "SWE"), ("Embraer", "BRA"),
          ("Naval Group", "FRA"), ("Fincantieri", "ITA"), ("BAE Systems", "GBR"), ("Baykar", "TUR"),
          ("Elbit Systems", "ISR"), ("Lockheed Martin", "USA"), ("Norinco", "CHN"),
          ("Rosoboronexport", "RUS"), ("Hyundai Rotem", "KOR"), ("Aselsan", "TUR"),
          ("General Dynamics", "USA"), ("Thales", "FRA"))  # fmt: skip
_ARMS = ("howitzers", "artillery shells", "air-defence systems", "armoured vehicles", "drones",
         "radar systems")  # fmt: skip
_SOLD = ("signed a deal with {T} to supply {arms}", "signed a contract with {T} to supply {arms}",
         "delivered {arms} to {T}", "sold {arms} to {T}", "will deliver {arms} to {T}")  # fmt: skip


def lo67_defence_firms(sc: Scene) -> Built:
    """ "Hanwha Aerospace signed a deal with Poland to supply howitzers": KOR (KORBUS) -> POL
    (06, a deal 05); "Rheinmetall will deliver shells to Ukraine": DEU -> UKR; near miss "South
    Korea signed a deal with Poland to supply howitzers": KOR -> POL."""
    rng, t = sc.rng, sc.t
    firm, home = rng.choice([f for f in _FIRMS if f[1] != t.iso3])
    sold = rng.choice(_SOLD).format(T=sc.name(t, 0.0), arms=rng.choice(_ARMS))
    time = "" if sold.startswith("will") else rng.choice(_TIMES)
    seller, doer = firm, home
    if rng.random() < 0.2:  # near miss: a state sells
        seller, doer = _cap(sc.name(sc.s, 0.0)), sc.s.iso3
    facts = ANY if sold.startswith("will") else ASSERTED
    want = (Expect(doer, t.iso3, _r("03", "05", "06", "07"), facts),)
    allowed = (Expect(doer, t.iso3, _r("03", "05", "06", "07"), ANY),)
    return f"{seller} {sold}{time}.", want, allowed


# (a state's name that is also a given name or surname, its state)
_NAME_STATES = (("Jordan", "JOR"), ("Chad", "TCD"), ("Israel", "ISR"), ("Georgia", "GEO"),
                ("India", "IND"), ("Kenya", "KEN"))  # fmt: skip
_GIVEN = ("Peter", "Ana", "Maria", "Bruce", "Daniel", "Grace")
_SURNAMES = ("Smith", "Mensah", "Okafor", "Lindqvist", "Moreau")
_TITLED = ("President", "Foreign Minister", "Senator", "Defence Minister", "Ambassador")
_JUDGED = (("criticised {T}", "11"), ("condemned {T}", "11"), ("praised {T}", "05"),
           ("accused {T} of meddling", "11"))  # fmt: skip


def lo67_state_in_name(sc: Scene) -> Built:
    """ "President Peter Jordan of Kenya criticised Uganda": KEN -> UGA 11, never Jordan's;
    "Senator Georgia Smith of Peru ...": PER; near miss "Jordan's prime minister criticised
    Uganda": JOR -> UGA."""
    rng, s, t = sc.rng, sc.s, sc.t
    word, home = rng.choice([n for n in _NAME_STATES if n[1] not in (s.iso3, t.iso3)])
    act, root = rng.choice(_JUDGED)
    act = act.format(T=sc.name(t, 0.0))
    time = rng.choice(_TIMES)
    if rng.random() < 0.2:  # near miss: the state's own office
        text = f"{word}'s prime minister {act}{time}."
        return text, (Expect(home, t.iso3, _r(root), ASSERTED),), ()
    if rng.random() < 0.5:
        person = f"{rng.choice(_GIVEN)} {word}"
    else:
        person = f"{word} {rng.choice(_SURNAMES)}"
    text = f"{rng.choice(_TITLED)} {person} of {sc.name(s, 0.0)} {act}{time}."
    return text, (_e(s, t, _r(root), ASSERTED),), ()


_FOR_OTHERS = ("were ready to guarantee the ceasefire", "were ready to monitor the truce",
               "were ready to facilitate the talks", "stood ready to guarantee the truce",
               "were prepared to oversee the ceasefire")  # fmt: skip
_AMONG = ("were ready to hold talks", "were ready to sign a pact")


def lo67_ready_for_others(sc: Scene) -> Built:
    """ "Egypt, Qatar and Turkey said they were ready to guarantee the ceasefire": EGY, QAT, TUR
    -> (none) 03, never EGY -> QAT; near miss "Egypt and Qatar said they were ready to hold
    talks": EGY <-> QAT."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    trio = rng.random() < 0.5
    doers = (s, t, z) if trio else (s, t)
    names = [sc.name(d, 0.0) for d in doers]
    said = (", ".join(names[:-1]) + " and " + names[-1]) if trio else " and ".join(names)
    if rng.random() < 0.2:  # near miss: the act among them
        doers = (s, t)
        said = f"{sc.name(s, 0.0)} and {sc.name(t, 0.0)}"
        text = f"{_cap(said)} said they {rng.choice(_AMONG)}{rng.choice(_TIMES)}."
        want = (_e(s, t, _r("03"), ASSERTED), _e(t, s, _r("03"), ASSERTED))
        return text, want, ()
    text = f"{_cap(said)} said they {rng.choice(_FOR_OTHERS)}{rng.choice(_TIMES)}."
    want = tuple(_e(d, None, _r("03"), ASSERTED) for d in doers)
    return text, want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo67_returned_people": lo67_returned_people,
    "lo67_defence_firms": lo67_defence_firms,
    "lo67_state_in_name": lo67_state_in_name,
    "lo67_ready_for_others": lo67_ready_for_others,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
