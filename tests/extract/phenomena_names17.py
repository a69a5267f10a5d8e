"""Actor classes of fresh8 (issue 9, names17): a state's name with "and" inside it (SN), as
suite constructions crossed with the suite's states and several phrasings each.

- ``n17_and_name``: "Jamaica and St Vincent and the Grenadines signed a fisheries accord",
  "Bosnia and Herzegovina criticized Croatia", "Sao Tome and Principe's president praised
  Angola": a member state whose name holds "and" (with its St / Saint / St. and accented
  spellings) is one mention, also as one maker of a coordination; "the Grenadines" is not
  Grenada;
- ``n17_ministry_after``: "Serbia's interior ministry accused Hungarian police of beating two
  Serbian drivers. The ministry said it had sent a note to Budapest and asked Austria to look
  into the incident": "the ministry" / "it" is the accuser's (the story's one doer), not the
  state named nearest;
- ``n17_dateline_ministry``: "NAIROBI, March 3 (Wire) - The foreign ministry summoned Uganda's
  ambassador": a bare ministry is the dateline's state's when no other state acted before;
  after "Ugandan police arrested two Kenyan traders" it is of no state (not Uganda's);
- ``n17_agentless_arrest``: "Uganda accused Kenyan police of beating two Ugandan traders.
  Kenya's interior ministry said the traders were arrested for smuggling": the agentless
  arrest has no source or the story's arresting state, never the detainees' own state, and
  the detainees are not the speaker's nationals;
- ``n17_court_in``: "A court in Asuncion sentenced two Brazilian smugglers to ten years": a
  court "in CITY" is the city's state's, read from the capitals table (fresh8's P: cities the
  tables lack stay unplaced until a general gazetteer is converted; none is in the repo).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

_ANYROOT: frozenset[str] = frozenset()

# Member states whose names hold "and", with the spellings copy writes (and St. Lucia, whose
# saint's title is written the same three ways).
AND_NAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "VCT",
        (
            "St Vincent and the Grenadines",
            "Saint Vincent and the Grenadines",
            "St. Vincent and the Grenadines",
        ),
    ),
    ("KNA", ("St Kitts and Nevis", "Saint Kitts and Nevis", "St. Kitts and Nevis")),
    ("ATG", ("Antigua and Barbuda",)),
    ("TTO", ("Trinidad and Tobago",)),
    ("BIH", ("Bosnia and Herzegovina",)),
    ("STP", ("Sao Tome and Principe", "São Tomé and Príncipe")),
    ("LCA", ("St Lucia", "Saint Lucia", "St. Lucia")),
)
_ACCORDS = (
    "a fisheries accord",
    "a memorandum of understanding on ferry services",
    "an agreement on police cooperation",
    "a trade deal",
)
_ONE_WAY = (
    ("{A} criticized {S}", "11"),
    ("{A} praised {S}", "05"),
    ("{S} criticized {A}", "11"),
    ("{S} praised {A}", "05"),
    ("{PA} prime minister criticized {S}", "11"),
    ("{PS} foreign minister praised {A}", "05"),
)  # fmt: skip


def _e(src: str, tgt: str, root: str) -> Expect:
    return Expect(src, tgt, frozenset({root}), ASSERTED)


def n17_and_name(sc: Scene) -> Built:
    """ "Jamaica and St Vincent and the Grenadines signed a fisheries accord on Monday":
    one maker each side, neither of them Grenada."""
    s = sc.s
    iso3, spellings = sc.rng.choice([(i, n) for i, n in AND_NAMES if i != s.iso3])
    a = sc.rng.choice(spellings)
    if sc.rng.random() < 0.5:
        pair = (s.name, a) if sc.rng.random() < 0.5 else (a, s.name)
        text = f"{pair[0]} and {pair[1]} signed {sc.rng.choice(_ACCORDS)}{_time(sc)}."
        return _cap(text), (_e(s.iso3, iso3, "05"), _e(iso3, s.iso3, "05")), ()
    act, root = sc.rng.choice(_ONE_WAY)
    text = act.format(A=a, S=s.name, PA=_poss(a), PS=_poss(s.name)) + f"{_time(sc)}."
    doer_is_s = act.startswith(("{S}", "{PS}"))
    want = _e(s.iso3, iso3, root) if doer_is_s else _e(iso3, s.iso3, root)
    return _cap(text), (want,), ()


_SAID = frozenset({"asserted", "reported"})
_ACCUSED = (
    "{PS} interior ministry accused {TD} police of beating two {SD} drivers",
    "{S} accused {PT} border guards of mistreating {SD} migrants",
    "{PS} foreign ministry accused {TD} soldiers of seizing two {SD} fishing boats",
)  # fmt: skip
_AFTER = (
    ("The ministry said it had sent a protest note to {TC} and asked {Z} to look into the "
     "incident.", True),
    ("The ministry said it had asked {Z} to look into the incident.", False),
    ("The foreign ministry later criticized {Z} for its silence.", False),
    ("The ministry also praised {Z} for its help.", False),
)  # fmt: skip
_AFTER_ROOTS = {"asked": "02", "criticized": "11", "praised": "05"}


def n17_ministry_after(sc: Scene) -> Built:
    """ "Serbia's interior ministry accused Hungarian police of beating two Serbian drivers.
    The ministry said it had sent a protest note to Budapest and asked Austria to look into
    the incident": the ministry is Serbia's in both acts of the second sentence."""
    s, t, z = sc.s, sc.t, sc.z
    first = sc.rng.choice(_ACCUSED).format(
        PS=_poss(s.name), S=s.name, PT=_poss(t.name), TD=t.demonym, SD=s.demonym
    )
    after, note = sc.rng.choice(_AFTER)
    root = next(r for w, r in _AFTER_ROOTS.items() if w in after)
    want = [_e(s.iso3, t.iso3, "11"), Expect(s.iso3, z.iso3, frozenset({root}), _SAID)]
    if note:
        want.append(Expect(s.iso3, t.iso3, frozenset({"11"}), _SAID))
    allowed = (
        Expect(s.iso3, t.iso3, frozenset({"18"}), ANY),  # (the accused beating, where read)
        Expect("*", s.iso3, frozenset({"18", "17"}), NOT_ASSERTED),
        Expect("---", s.iso3, _ANYROOT, ANY),
        Expect(t.iso3, s.iso3, frozenset({"18", "17"}), NOT_ASSERTED),
    )
    text = f"{_cap(first)}{_time(sc)}. {after.format(TC=t.capital, Z=z.name)}"
    return text, tuple(want), allowed


_SPEAKERS = (
    "{PT} interior ministry said",
    "{T} said",
    "A {TD} police spokesman said",
    "{PT} interior ministry denied the charge and said",
)  # fmt: skip
_ARRESTED = (
    "the traders were arrested for smuggling",
    "the two traders had been arrested for smuggling",
    "the traders were detained for smuggling and would be charged",
)  # fmt: skip


def n17_agentless_arrest(sc: Scene) -> Built:
    """ "Uganda accused Kenyan police of beating two Ugandan traders. Kenya's interior ministry
    said the traders were arrested for smuggling": no Ugandan arrest, and the traders are not
    Kenya's."""
    s, t = sc.s, sc.t
    first = f"{s.name} accused {t.demonym} police{_time(sc)} of beating two {s.demonym} traders."
    speaker = sc.rng.choice(_SPEAKERS).format(PT=_poss(t.name), T=t.name, TD=t.demonym)
    text = f"{_cap(first)} {_cap(speaker)} {sc.rng.choice(_ARRESTED)}."
    allowed = tuple(
        Expect(src, tgt, frozenset({"17"}), ANY)
        for src in ("---", "", t.iso3)
        for tgt in ("", "---", s.iso3)
    ) + (Expect(t.iso3, s.iso3, frozenset({"01"}), ANY),)  # (the denial, where read)
    allowed += (Expect(t.iso3, s.iso3, frozenset({"18"}), NOT_ASSERTED),)  # accused (lex19)
    return text, (_e(s.iso3, t.iso3, "11"),), allowed


_COURTS = (
    "A court in {SC} sentenced two {TD} smugglers to ten years in prison{time}.",
    "Two {TD} smugglers were sentenced to ten years in prison by a court in {SC}{time}.",
    "A court in {SC} sentenced a {TD} fugitive in absentia to eight years{time}.",
)  # fmt: skip


def n17_court_in(sc: Scene) -> Built:
    """ "A court in Asuncion sentenced two Brazilian smugglers to ten years": PRYJUD -> BRA,
    an imprisonment (173; the GUIDE's note on sentences, clauses33), once read 116."""
    s, t = sc.s, sc.t
    text = sc.rng.choice(_COURTS).format(SC=s.capital, TD=t.demonym, time=_time(sc))
    return _cap(text), (_e(s.iso3, t.iso3, "17"),), ()


_FILED = (
    ("The foreign ministry summoned {PT} ambassador", "11"),
    ("The foreign ministry criticized {T}", "11"),
    ("The government praised {T} for its help", "05"),
    ("The ministry said it had asked {T} to mediate", "02"),
)  # fmt: skip


def n17_dateline_ministry(sc: Scene) -> Built:
    """ "NAIROBI, March 3 (Wire) - The foreign ministry summoned Uganda's ambassador": KENGOV;
    after another state's act ("Ugandan police arrested two Kenyan traders"), of none."""
    s, t, z = sc.s, sc.t, sc.z
    line = f"{s.capital.upper()}, March 3 (Wire) - "
    act, root = sc.rng.choice(_FILED)
    if sc.rng.random() < 0.7:
        text = line + act.format(PT=_poss(t.name), T=t.name) + f"{_time(sc)}."
        facts = _SAID if "said" in act else ASSERTED
        return text, (Expect(s.iso3, t.iso3, frozenset({root}), facts),), ()
    before = f"{t.demonym} police arrested two {s.demonym} traders{_time(sc)}. "
    text = line + before + act.format(PT=_poss(z.name), T=z.name) + "."
    allowed = tuple(Expect(src, z.iso3, frozenset({root}), ANY) for src in ("---", ""))
    return text, (_e(t.iso3, s.iso3, "17"),), allowed


NAMES17_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n17_dateline_ministry": n17_dateline_ministry,
    "n17_court_in": n17_court_in,
    "n17_agentless_arrest": n17_agentless_arrest,
    "n17_and_name": n17_and_name,
    "n17_ministry_after": n17_ministry_after,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before names17 (a24924d) the same 24 scored (right, false assertions):
# n17_and_name 23/2 (seeds 1, 2: 22/2, 23/1: "St Vincent and the Grenadines" read as Grenada),
# n17_ministry_after 0/27 (seeds 1, 2: 0/24, 0/23: "the ministry" left unplaced or put in the
# capital's or the addressee's state), n17_agentless_arrest 20/0 (on cbb5aa5; seeds 1, 2: 20/0, 18/0: the
# traders put in the state of "X denied the charge and said"), n17_dateline_ministry 6/14 (seeds 1,
# 2: 6/14, 4/12: the dateline's ministry unplaced, or put in the addressee's state), n17_court_in
# 24/0 (a guard: capitals place a court); after names17 24/0 each (also at seeds 1, 2).
FLOORS = {name: (24, 0) for name in NAMES17_CONSTRUCTIONS}
