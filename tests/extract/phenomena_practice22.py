"""Round 34's practice set (issue 9, practice22: North America) as suite constructions crossed
with the suite's states named by name, capital, demonym + sector or leader, and several phrasings:

- ``pr22_cartels``: "The Sinaloa Cartel / CJNG gunmen / Tren de Aragua / MS-13 attacked Y-ian
  troops", "X imposed sanctions on the Jalisco New Generation Cartel", "X accused Y of
  sheltering the Gulf Cartel": cartels as parties under the state they are based in (GUIDE rule
  6, "Cartels, provinces and Greenland"; class TB, ``groups.tsv``);
- ``pr22_provinces``: "Ontario / Alberta / British Columbia imposed a levy on Y-ian goods",
  "Chihuahua / Sonora criticised Y": a province's or state's government acting toward another
  state is its state's (class TB, ``groups.tsv``);
- ``pr22_officials``: "Howard Lutnick spoke ... Lutnick criticised Y", "Commerce Secretary
  Howard Lutnick urged Y to ...", "Attorney General Pam Bondi praised Y": the region's
  office-holders of 2025-2026 by full name, title + name, or surname alone after a first mention,
  Greenland's premiers as Greenland's (class TB, ``people.tsv``, ``sectors.tsv``'s "X Secretary"
  and "Attorney General" titles, which were a military "General");
- ``pr22_substances``: "Fentanyl killed thousands of Y-ians last year", "Cholera has killed
  dozens in Y": a drug or a disease is no doer, and no state of the sentence becomes one (class
  SD, ``natural_events.SUBSTANCES``); "X-ian drug cartels attacked Y-ian troops" stays the
  cartels' act.

Scores on main (142151ec) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice22_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _poss,
    _r,
    official_spoke,
)

_DAYS = ("on Monday", "on Tuesday", "on Thursday", "last week", "overnight")
# (a name of the cartel as news writes it, the state it is based in)
_CARTELS = (
    ("The Sinaloa Cartel", "MEX"),
    ("Sinaloa cartel gunmen", "MEX"),
    ("The Jalisco New Generation Cartel", "MEX"),
    ("CJNG gunmen", "MEX"),
    ("The CJNG", "MEX"),
    ("The Gulf Cartel", "MEX"),
    ("The Cartel del Noreste", "MEX"),
    ("La Nueva Familia Michoacana", "MEX"),
    ("Tren de Aragua", "VEN"),
    ("Tren de Aragua members", "VEN"),
    ("MS-13", "SLV"),
    ("MS-13 gang members", "SLV"),
)  # fmt: skip
_VICTIMS = ("{Tdem} troops", "{Tdem} soldiers", "{Tdem} border guards", "{Tdem} police officers",
            "a {Tdem} convoy")  # fmt: skip
_HARMS = ("attacked", "ambushed", "killed four")
_AIMED = (("imposed sanctions on {g}", "16"), ("accused {g} of smuggling fentanyl", "11"),
          ("condemned {g}", "11"), ("imposed new sanctions on {g}", "16"))  # fmt: skip


def _lower_the(name: str) -> str:
    return "the" + name[3:] if name.startswith("The ") else name


def pr22_cartels(sc: Scene) -> Built:
    """ "The CJNG attacked Y-ian troops": MEX -> Y 19; "X imposed sanctions on the Sinaloa
    Cartel": X -> MEX 16 (the cartel's state, never X's own)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-06-10"
    if rng.random() < 0.5:
        group, home = rng.choice([g for g in _CARTELS if g[1] not in (s.iso3, t.iso3)])
        victims = rng.choice(_VICTIMS).format(Tdem=t.demonym)
        text = f"{group} {rng.choice(_HARMS)} {victims} {rng.choice(_DAYS)}."
        return text, (Expect(home, t.iso3, _r("19"), ASSERTED),), ()
    group, home = rng.choice([g for g in _CARTELS if g[1] != s.iso3])
    act, root = rng.choice(_AIMED)
    text = f"{sc.name(s)} {act.format(g=_lower_the(group))} {rng.choice(_DAYS)}."
    return text, (Expect(s.iso3, home, _r(root), ASSERTED),), ()


# (a province or state, the state it lies in)
_UNITS = (("Ontario", "CAN"), ("Alberta", "CAN"), ("British Columbia", "CAN"), ("Quebec", "CAN"),
          ("Saskatchewan", "CAN"), ("Nova Scotia", "CAN"), ("Chihuahua", "MEX"),
          ("Sonora", "MEX"), ("Tamaulipas", "MEX"), ("Nuevo Leon", "MEX"),
          ("Baja California", "MEX"), ("Texas", "USA"), ("Arizona", "USA"),
          ("New Mexico", "USA"))  # fmt: skip
_UNIT_ACTS = (("imposed a surcharge on {Tdem} goods", "16"),
              ("criticised {T}", "11"), ("urged {T} to lift its tariffs", "02"),
              ("imposed a levy on electricity sold to {T}", "16"),
              ("accused {T} of dumping steel", "11"))  # fmt: skip


def pr22_provinces(sc: Scene) -> Built:
    """ "Ontario imposed a surcharge on Y-ian goods": CAN -> Y 16 (a province's government is its
    state's, GUIDE rule 6)."""
    rng, t = sc.rng, sc.t
    sc.date = "2025-03-11"
    unit, home = rng.choice([u for u in _UNITS if u[1] != t.iso3])
    act, root = rng.choice(_UNIT_ACTS)
    tname = sc.name(t, capital=0.0)
    said = act.format(T=tname, Tdem=t.demonym, Tposs=_poss(tname))
    text = f"{unit} {said} {rng.choice(_DAYS)}."
    return text, (Expect(home, t.iso3, _r(root), ASSERTED),), ()


# (full name, surname alone, the code's first letters, a date in office)
_OFFICIALS = (
    ("Howard Lutnick", "Lutnick", "USA", "2025-03-11"),
    ("Commerce Secretary Howard Lutnick", "Lutnick", "USA", "2025-06-11"),
    ("Kristi Noem", "Noem", "USA", "2025-05-02"),
    ("Agriculture Secretary Brooke Rollins", "Rollins", "USA", "2025-04-28"),
    ("Attorney General Pam Bondi", "Bondi", "USA", "2025-02-27"),
    ("Dominic LeBlanc", "LeBlanc", "CAN", "2025-09-17"),
    ("Security Secretary Omar Garcia Harfuch", "Harfuch", "MEX", "2025-02-27"),
    ("Omar Garcia Harfuch", "Garcia Harfuch", "MEX", "2025-08-12"),
    ("Jens-Frederik Nielsen", "Nielsen", "GRL", "2025-08-27"),
    ("Mute B. Egede", "Egede", "GRL", "2025-01-10"),
)  # fmt: skip
_OPENERS = ("{full} spoke to reporters {day}.", "{full} arrived at the border {day}.")


def pr22_officials(sc: Scene) -> Built:
    """ "Howard Lutnick spoke to reporters on Monday. Lutnick criticised Y": USA -> Y 11; also
    titled, by full name alone in one sentence (dated 2025). "Bondi" is no surname alias
    (Sydney's beach), so her rows give the full name only."""
    return official_spoke(sc, _OFFICIALS, _OPENERS, _DAYS)


_SUBSTANCE_CLAUSES = (
    "Fentanyl killed more than 2,000 {Tdem}s last year.",
    "Fentanyl still kills thousands of {Tdem}s every year.",
    "Opioids killed thousands of people in {T} last year.",
    "Cholera has killed dozens of people in {T} since June.",
    "Measles has spread across {T}, officials said.",
    "The virus killed 40 people in {T} last month.",
    "Heroin and cocaine have devastated towns across {T}.",
)  # fmt: skip


def pr22_substances(sc: Scene) -> Built:
    """ "Fentanyl killed thousands of Y-ians": no event (a drug is no doer); with "X sent
    medicine to Y" after it, X -> Y 07 (the aid's real giver)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-07-01"
    tname = sc.name(t, capital=0.0)
    text = rng.choice(_SUBSTANCE_CLAUSES).format(T=tname, Tdem=t.demonym)
    if rng.random() < 0.35:
        text += f" {sc.name(s, capital=0.0)} sent medicine to {tname} on Tuesday."
        return text, (Expect(s.iso3, t.iso3, _r("07"), ASSERTED),), ()
    return text, (), ()


_JOINT_KEPT = ("agreed to keep talking", "agreed to continue negotiating",
               "agreed to keep negotiating", "agreed to keep cooperating on security",
               "agreed to continue talking")  # fmt: skip
_ONE_KEPT = ("agreed to keep sending aid to {T}", "pledged to continue buying gas from {T}",
             "promised to keep supplying grain to {T}", "agreed to continue trading with {T}",
             "pledged to keep sending food to {T}")  # fmt: skip


def pr22_kept_commitments(sc: Scene) -> Built:
    """ "X and Y agreed to keep talking": X <-> Y 03 asserted, no talk asserted today; "X
    agreed to keep sending aid to Y": X -> Y 03 (the aid, if read, only possible)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-05-06"
    sname, tname = sc.name(s, capital=0.0), sc.name(t, capital=0.0)
    day = rng.choice(_DAYS)
    maybe = (
        Expect(s.iso3, t.iso3, frozenset(), POSSIBLE),
        Expect(t.iso3, s.iso3, frozenset(), POSSIBLE),
    )
    if rng.random() < 0.5:
        text = f"{sname} and {tname} {rng.choice(_JOINT_KEPT)} {day}."
        want = (
            Expect(s.iso3, t.iso3, _r("03"), ASSERTED),
            Expect(t.iso3, s.iso3, _r("03"), ASSERTED),
        )
        return text, want, maybe
    text = f"{sname} {rng.choice(_ONE_KEPT).format(T=tname)} {day}."
    return text, (Expect(s.iso3, t.iso3, _r("03"), ASSERTED),), maybe[:1]


_SURCHARGES = (("imposed a 25 percent surcharge on {Tdem} steel", "16"),
               ("raised its surcharge on {Tdem} wine", "16"),
               ("extended the surcharge on {Tdem} cars", "16"),
               ("suspended its surcharge on electricity sold to {T}", "08"),
               ("lifted the surcharge on {Tdem} goods", "08"),
               ("paused its surcharge on {Tdem} lumber", "08"),
               ("waived the surcharge on {Tdem} fertiliser", "08"))  # fmt: skip


def pr22_surcharges(sc: Scene) -> Built:
    """ "X imposed a surcharge on Y-ian steel": X -> Y 16; "X suspended its surcharge on
    electricity sold to Y": X -> Y 08."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-03-11"
    act, root = rng.choice(_SURCHARGES)
    tname = sc.name(t, capital=0.0)
    text = f"{sc.name(s)} {act.format(T=tname, Tdem=t.demonym)} {rng.choice(_DAYS)}."
    return text, (Expect(s.iso3, t.iso3, _r(root), ASSERTED),), ()


_HANDOVERS = ("transferred 29 people wanted by {Tdem} courts to {T}",
              "sent 26 drug traffickers to {T}",
              "handed over two cartel kingpins to {T}",
              "sent 12 suspects to {T}",
              "transferred three men wanted for murder to {T}",
              "returned two drug lords to {T}",
              "deported four traffickers to {T}")  # fmt: skip


def pr22_handovers(sc: Scene) -> Built:
    """ "X transferred 29 people wanted by Y-ian courts to Y": X -> Y 06 (063), never 07."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-08-12"
    tname = sc.name(t, capital=0.0)
    act = rng.choice(_HANDOVERS).format(T=tname, Tdem=t.demonym)
    text = f"{sc.name(s)} {act} {rng.choice(_DAYS)}."
    return text, (Expect(s.iso3, t.iso3, _r("06"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr22_cartels": pr22_cartels,
    "pr22_provinces": pr22_provinces,
    "pr22_officials": pr22_officials,
    "pr22_substances": pr22_substances,
    "pr22_kept_commitments": pr22_kept_commitments,
    "pr22_surcharges": pr22_surcharges,
    "pr22_handovers": pr22_handovers,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
