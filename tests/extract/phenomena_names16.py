"""Actor resolution classes still open from fresh7 and earlier sets (issue 9, names16: fresh7's
G, A, PB and the Dominica/Dominican demonym), as suite constructions crossed with the suite's
states, invented names and several phrasings each.

- ``n16_role_noun``: "S's prime minister thanked T ... and said his government would free 30
  detained fighters": a role noun of no state is not the state another act names;
- ``n16_fronted_doer``: "In SCAP, the foreign ministry announced sanctions on T": a fronted
  capital places a bare government doer in its state;
- ``n16_dominican``: "The Dominican prime minister criticized T", "ROSEAU, March 3 (Wire) - The
  Dominican government ...": the shared demonym read by the record's clues;
- ``n16_leaders_of``: "President NAME of S and T's NAME signed an accord": two makers, names
  no table holds;
- ``n16_apposed_name``: "S's envoy, NAME, met T's president. NAME later criticized T": the
  apposed name (one word, after an honorific, or "X bin Y") carries its state on;
- ``n16_split_agents``: "The deal was signed by S's minister, who arrived in TCAP, and T's
  minister": both signers.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_ANYROOT: frozenset[str] = frozenset()
_FIRST = ("Kofi", "Ana", "Tomas", "Lina", "Jorge", "Mira", "Dickon", "Sela")
_LAST = ("Temba", "Vesk", "Malvik", "Dravon", "Kettel", "Quorven", "Brenik", "Halvorsen")
_ARAB = (("Faris", "Qadim"), ("Zayd", "Harun"), ("Nabil", "Fadel"), ("Rafiq", "Yusri"))
_DOMINICA = frozenset({"DMA", "DOM"})


def _e(src: str, tgt: str, root: str) -> Expect:
    return Expect(src, tgt, frozenset({root}), ASSERTED)


def _name(sc: Scene, other: str = "") -> str:
    taken = set(other.split())
    first = sc.rng.choice([w for w in _FIRST if w not in taken])
    return f"{first} {sc.rng.choice([w for w in _LAST if w not in taken])}"


# -- role nouns of no state -----------------------------------------------------------------
_THANKS = (
    ("thanked {T} for its support", "05"),
    ("praised {T}", "05"),
    ("thanked {T} for its help", "05"),
)
_FREED = (
    "said his government would free 30 detained fighters",
    "said his government would release 20 detained rebels",
    "said his government would free 12 captured rebel commanders",
)  # fmt: skip
_AFTER_TALKS = (
    "said it had captured 12 rebel commanders after talks with {T}",
    "said it had arrested 30 fighters after talks with {T}",
    "said it had detained 14 militants after talks with {T}",
)  # fmt: skip


def n16_role_noun(sc: Scene) -> Built:
    """ "Ethiopia's prime minister thanked Norway for its support and said his government would
    free 30 detained fighters", "Sudan's army said it had captured 12 rebel commanders after
    talks with Egypt": no act on T's fighters (the thanks to T stays)."""
    s, t = sc.s, sc.t
    allowed = (
        Expect(s.iso3, "", _ANYROOT, ANY),
        Expect(s.iso3, "---", _ANYROOT, ANY),
        Expect(s.iso3, s.iso3, _ANYROOT, ANY),
        Expect(s.iso3, t.iso3, frozenset({"04"}), ANY),  # (the talks, where read)
    )
    if sc.rng.random() < 0.4:
        act = sc.rng.choice(_AFTER_TALKS).format(T=t.name)
        return f"{_poss(s.name)} army {act}{_time(sc)}.", (), allowed
    thanks, root = sc.rng.choice(_THANKS)
    thanks = thanks.format(T=t.name)
    text = f"{_poss(s.name)} prime minister {thanks}{_time(sc)} and {sc.rng.choice(_FREED)}."
    return _cap(text), (_e(s.iso3, t.iso3, root),), allowed


# -- a fronted capital places a bare government ----------------------------------------------
_DOERS = ("the foreign ministry", "the government", "the ministry")
_FRONTED_ACTS = (
    ("announced new sanctions on {T}", "16"),
    ("accused {T} of violating its waters", "11"),
    ("condemned {T}", "11"),
    ("praised {T}", "05"),
)  # fmt: skip


def n16_fronted_doer(sc: Scene) -> Built:
    """ "In Tbilisi, the foreign ministry announced new sanctions on Russia": the ministry is
    the capital's state's."""
    s, t = sc.s, sc.t
    act, root = sc.rng.choice(_FRONTED_ACTS)
    prep = sc.rng.choice(("In", "In", "At"))
    text = f"{prep} {s.capital}, {sc.rng.choice(_DOERS)} {act.format(T=t.name)}{_time(sc)}."
    return text, (_e(s.iso3, t.iso3, root),), ()


# -- "Dominican": Dominica or the Dominican Republic ----------------------------------------
_DOM_ACTS = (("criticized {T}", "11"), ("protested to {T}", "11"), ("praised {T}", "05"))
_DMA_CLUES = (
    ("The Dominican prime minister {act}", ""),
    ("ROSEAU, March 3 (Wire) - The Dominican government {act}", ""),
    ("The Dominican government {act}", "Roseau said the talks would go on."),
    ("Dominican officials {act}", "Dominica's prime minister said the talks would go on."),
)  # fmt: skip
_DOM_CLUES = (
    ("The Dominican president {act}", ""),
    ("SANTO DOMINGO, March 3 (Wire) - The Dominican government {act}", ""),
    ("Dominican officials {act}", "Santo Domingo said the talks would go on."),
)  # fmt: skip


def n16_dominican(sc: Scene) -> Built:
    """ "The Dominican prime minister criticized Cuba" (Dominica: the Republic has no prime
    minister), "ROSEAU, ... - The Dominican government protested to Cuba" (Dominica), "The
    Dominican president criticized Cuba" (the Dominican Republic)."""
    t = sc.t if sc.t.iso3 not in _DOMINICA else sc.z
    act, root = sc.rng.choice(_DOM_ACTS)
    dma = sc.rng.random() < 0.6
    lead, after = sc.rng.choice(_DMA_CLUES if dma else _DOM_CLUES)
    text = f"{lead.format(act=act.format(T=t.name))}{_time(sc)}."
    if after:
        text += f" {after}"
    state = "DMA" if dma else "DOM"
    allowed = (Expect(state, "", _ANYROOT, ANY),)
    return text, (_e(state, t.iso3, root),), allowed


# -- two leaders: "President NAME of A and B's NAME" -----------------------------------------
_TOGETHER = (("signed an accord", "05"), ("signed a trade pact", "05"), ("held talks", "04"))


def n16_leaders_of(sc: Scene) -> Built:
    """ "President Kofi Temba of Ghana and Togo's Lina Vesk signed an accord": both ways."""
    s, t = sc.s, sc.t
    first = _name(sc)
    second = _name(sc, first)
    title = sc.rng.choice(("", "President ", "Prime Minister "))
    act, root = sc.rng.choice(_TOGETHER)
    who = f"President {first} of {s.name} and {_poss(t.name)} {title}{second}"
    text = _cap(f"{who} {act}{_time(sc)}.")
    return text, (_e(s.iso3, t.iso3, root), _e(t.iso3, s.iso3, root)), ()


# -- an apposed name carries its state on ----------------------------------------------------
_LATER = (("later criticized {T}", "11"), ("urged {T} to reopen the border", "02"),
          ("praised {T}", "05"))  # fmt: skip


def n16_apposed_name(sc: Scene) -> Built:
    """ "Kenya's envoy, Mwangi, met Uganda's president. Mwangi later criticized Uganda",
    "Sheikh Saif bin Rashid, the Emirati minister of state, arrived in Kampala. Saif praised
    Uganda", "Cardinal NAME, the X's secretary of state, ...": the bare name is the state's."""
    s, t = sc.s, sc.t
    later, root = sc.rng.choice(_LATER)
    pick = sc.rng.random()
    if pick < 0.4:
        last = sc.rng.choice(_LAST)
        office = sc.rng.choice(("envoy", "foreign minister", "trade minister"))
        first = f"{_poss(s.name)} {office}, {last}, met {_poss(t.name)} president"
        short = last
    elif pick < 0.7:
        given, father = sc.rng.choice(_ARAB)
        office = sc.rng.choice(("minister of state", "envoy", "foreign minister"))
        first = f"Sheikh {given} bin {father}, the {s.demonym} {office}, arrived in {t.capital}"
        short = given
    else:
        name = _name(sc)
        office = sc.rng.choice(("secretary of state", "minister of trade", "ambassador"))
        first = f"Cardinal {name}, {_poss(s.name)} {office}, arrived in {t.capital}"
        short = name.split()[-1]
    text = f"{_cap(first)}{_time(sc)}. {short} {later.format(T=t.name)}."
    want = (_e(s.iso3, t.iso3, "04"), _e(s.iso3, t.iso3, root))
    return text, want, ()


# -- two agents of a passive split by a relative clause --------------------------------------
_RELATIVES = (
    "who arrived in {Tcap} on Monday",
    "who is visiting {Tcap}",
    "who has served in {Tcap} since 2022",
)  # fmt: skip
_SIGNED = ("The deal", "The agreement", "The memorandum")


def n16_split_agents(sc: Scene) -> Built:
    """ "The deal was signed by Ghana's trade minister, who is visiting Lome, and Togo's finance
    minister": both sign, both ways."""
    s, t = sc.s, sc.t
    rel = sc.rng.choice(_RELATIVES).format(Tcap=t.capital)
    second = sc.rng.choice(
        (f"{_poss(t.name)} finance minister", f"the {t.demonym} foreign minister")
    )
    text = f"{sc.rng.choice(_SIGNED)} was signed by {_poss(s.name)} trade minister, {rel}, and {second}."
    want = (_e(s.iso3, t.iso3, "05"), _e(t.iso3, s.iso3, "05"))
    allowed = (Expect(s.iso3, t.iso3, frozenset({"04"}), ANY),)
    return text, want, allowed


NAMES16_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n16_role_noun": n16_role_noun,
    "n16_fronted_doer": n16_fronted_doer,
    "n16_dominican": n16_dominican,
    "n16_leaders_of": n16_leaders_of,
    "n16_apposed_name": n16_apposed_name,
    "n16_split_agents": n16_split_agents,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before names16 (1fcd7eb) the same 24 scored (right, false assertions):
# n16_role_noun 0/0, n16_fronted_doer 12/12, n16_dominican 11/13, n16_leaders_of 8/0,
# n16_apposed_name 0/0, n16_split_agents 8/0; after names16 all 24/0 (also at seeds 1-3).
FLOORS = {name: (24, 0) for name in NAMES16_CONSTRUCTIONS}
