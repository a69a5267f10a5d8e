"""Round 23 lexicon and actor classes of fresh17 (issue 9, lex30; fresh17_classes.md FH, SH,
PC, TT's title part, RO) as suite constructions, written from the GUIDE and the CAMEO codebook,
crossed with the suite's states named by name, capital or demonym:

- ``l30_flown_home``: "X flew 60 Y-ian migrants home", "... back to CAPITAL", "airlifted them
  back": a return of individuals to their state (174), as "sent back"; "flew its citizens home
  from Y" stays an evacuation (no event, lex11);
- ``l30_shipped_goods``: "X shipped two more cargoes of maize (crude, fuel) to Y": trade (061,
  GUIDE rule 7), never aid (07), unless the text says aid ("shipped wheat to Y as aid": 07) or
  names arms ("shipped weapons and fuel": 072);
- ``l30_mission_protest``: "X's high commission (embassy, high commissioner) in CAPITAL protested
  that the men had not been allowed to see consular officials": a diplomatic protest (114) aimed
  at the host of the mission, also after the story's act ("Y deported four X nationals"); "Riga
  protested that ..." after the story's act: the same protest, aimed at the story's other state;
- ``l30_legislature_titles``: "Saeima Speaker NAME met Riigikogu President NAME", "the Speaker of
  the Storting, NAME, visited Y", "Northern Ireland Secretary NAME and Dail Speaker NAME signed":
  a legislature or a region's office named in its own language or for its region is its
  state's (a table of facts, crossed with the suite's states);
- ``l30_reopened_crossing``: "X reopened the Kpoglu Dzodze crossing to Y-ian lorries": an unknown
  place name of two or more words before "crossing" (read by the tagger as a gerund) is still
  the reopened crossing (081).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss

SAID = frozenset({"asserted", "reported"})


def _e(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


_PEOPLE = ("migrants", "nationals", "asylum seekers", "fishermen", "workers", "traders")
# ("deportees" left out: the tagger reads it as a verb, "deportees/VBZ", whatever the verb)
_FLOWN = (
    "{S} flew {n} {Tdem} {who} home on Monday.",
    "{S} flew {n} {Tdem} {who} back to {Tcap} on a chartered plane.",
    "{Sdem} authorities detained {n} {Tdem} {who} and flew them back to {Tcap}.",
    "{S} airlifted {n} {Tdem} {who} home after their boat was intercepted.",
    "Last week {S} flew the {n} {Tdem} {who} back to {Tcap}.",
    "{S} airlifted the {Tdem} {who} back to {Tcap} on Tuesday.",
    "{S} flew {n} {Tdem} {who} home.",
    "{S} airlifted {n} {Tdem} {who} home.",
)


def l30_flown_home(sc: Scene) -> Built:
    """ "Chile flew 60 Argentine migrants home": people flown or airlifted home or back to
    their capital are returned (174), as "sent back"; no visit (042) and no aid (07)."""
    s, t = sc.s, sc.t
    if sc.rng.random() < 0.15:  # one's own people flown home from Y: an evacuation (lex11)
        text = f"{sc.name(s, capital=0.0)} flew its citizens home from {t.name} on Monday."
        return _cap(text), (), ()
    text = sc.rng.choice(_FLOWN).format(
        S=sc.name(s, capital=0.0), Sdem=s.demonym, Tdem=t.demonym, Tcap=t.capital,
        n=sc.rng.choice(("60", "twelve", "48", "130")), who=sc.rng.choice(_PEOPLE),
    )  # fmt: skip
    detained = _e(s.iso3, t.iso3, "17")
    return _cap(text), (_e(s.iso3, t.iso3, "17"),), (detained,)


_GOODS = ("maize", "wheat", "fuel", "crude", "diesel", "rice", "fertiliser", "coal", "sugar")
_SHIPPED = (
    ("{S} shipped two more cargoes of {g} to {T} in May, according to port data.", "06", SAID),
    ("{S} shipped {g} to {T} last month.", "06", ASSERTED),
    ("{S} shipped 20,000 tonnes of {g} to {T}, shipping data showed.", "06", SAID),
    ("{Sposs} state firm shipped a cargo of {g} to {T} on Friday.", "06", ASSERTED),
    ("{S} shipped {g} to {T} as humanitarian aid.", "07", ASSERTED),
    ("{S} shipped emergency food aid to {T}.", "07", ASSERTED),
    ("{S} shipped weapons and {g} to {T} last year.", "07", ASSERTED),
)


def l30_shipped_goods(sc: Scene) -> Built:
    """ "Kenya shipped two more cargoes of maize to Uganda": goods that are no weapons stay
    trade (061, GUIDE rule 7) unless the text says aid ("as humanitarian aid": 07)."""
    s, t = sc.s, sc.t
    template, root, facts = sc.rng.choice(_SHIPPED)
    sname = sc.name(s, capital=0.0)
    text = template.format(S=sname, Sposs=_poss(sname), T=sc.name(t, capital=0.0),
                           g=sc.rng.choice(_GOODS))  # fmt: skip
    return _cap(text), (_e(s.iso3, t.iso3, root, facts),), ()


_MISSIONS = ("high commission", "embassy", "high commissioner", "ambassador")
_COMPLAINTS = (
    "the men had not been allowed to see consular officials",
    "the detained men had been held for a week without charge",
    "its citizens had been mistreated in custody",
    "the deportations had breached a bilateral agreement",
)
_BEFORE = (
    "{T} deported four {Sdem} nationals convicted of smuggling. ",
    "{Tdem} police detained six {Sdem} traders on Monday. ",
    "",
    "",
)


def l30_mission_protest(sc: Scene) -> Built:
    """ "Latvia's high commission in Tallinn protested that the men had not been allowed to see
    consular officials": a state's mission (a high commission is the Commonwealth's embassy)
    that protests that something happened lodges a diplomatic protest (114) with the state it
    is posted in; the that-clause is no "demonstrates that"."""
    s, t = sc.s, sc.t
    mission = sc.rng.choice(_MISSIONS)
    owner = _poss(s.name) if sc.rng.random() < 0.6 else f"the {s.demonym}"
    words = {"T": t.name, "Tdem": t.demonym, "Sdem": s.demonym}
    before = sc.rng.choice(_BEFORE).format(**words)
    text = f"{before}{_cap(owner)} {mission} in {t.capital} protested that "
    if sc.rng.random() < 0.3:  # the state by name or capital, after the story's act
        before = sc.rng.choice(_BEFORE[:2]).format(**words)
        text = f"{before}{sc.name(s, capital=0.5)} protested that "
    text += sc.rng.choice(_COMPLAINTS) + "."
    # (the story's act and the complaint's content are read as they were before lex30)
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY), Expect("---", s.iso3, frozenset(), ANY),
               Expect("---", "", frozenset(), ANY), Expect(t.iso3, "", frozenset(), ANY))  # fmt: skip
    return text, (_e(s.iso3, t.iso3, "11"),), allowed


# Legislatures and region offices by their own names (facts): (name, ISO3, title of its head).
_CHAMBERS = (
    ("Saeima", "LVA", "Speaker"), ("Riigikogu", "EST", "President"), ("Seimas", "LTU", "Speaker"),
    ("Storting", "NOR", "President"), ("Folketing", "DNK", "Speaker"),
    ("Riksdag", "SWE", "Speaker"), ("Eduskunta", "FIN", "Speaker"), ("Sejm", "POL", "Marshal"),
    ("Bundestag", "DEU", "President"), ("Knesset", "ISR", "Speaker"),
    ("Althing", "ISL", "Speaker"), ("Dail", "IRL", "Ceann Comhairle"),
    ("Sabor", "HRV", "Speaker"), ("Lok Sabha", "IND", "Speaker"),
    ("Jatiya Sangsad", "BGD", "Speaker"), ("Mazhilis", "KAZ", "Chairman"),
    ("Jogorku Kenesh", "KGZ", "Speaker"), ("Dewan Rakyat", "MYS", "Speaker"),
)  # fmt: skip
_REGION_OFFICES = ("Northern Ireland Secretary", "Scottish Secretary", "Welsh Secretary")
_FIRST = ("Anna", "Lauri", "Maria", "Jonas", "Ingrid", "Tomas", "Elena", "Marek")
_LAST = ("Berzina", "Kallas", "Lindqvist", "Novak", "Halvorsen", "Petrauskas", "Varga", "Soini")


def _person(sc: Scene) -> str:
    return f"{sc.rng.choice(_FIRST)} {sc.rng.choice(_LAST)}"


def _office(sc: Scene) -> tuple[str, str]:
    """A titled holder ("Saeima Speaker Anna Berzina") and the ISO3 of the office's state."""
    if sc.rng.random() < 0.15:
        return f"{sc.rng.choice(_REGION_OFFICES)} {_person(sc)}", "GBR"
    chamber, iso3, title = sc.rng.choice(_CHAMBERS)
    return f"{chamber} {title} {_person(sc)}", iso3


def l30_legislature_titles(sc: Scene) -> Built:
    """ "Saeima Speaker Daiga Mierina met Riigikogu President Lauri Hussar": a chamber named in
    its own language (or a minister named for a region of the state) is that state's
    legislature (government); never a stateless office nor the meeting place's state."""
    (one, a), (two, b) = _office(sc), _office(sc)
    while b == a:
        two, b = _office(sc)
    form = sc.rng.randrange(3)
    if form == 0:
        text = f"{one} met {two} on Wednesday."
        return text, (_e(a, b, "04"),), (_e(b, a, "04"),)
    if form == 1:
        text = f"{one} and {two} signed a joint declaration on rail on Wednesday."
        return text, (_e(a, b, "05"), _e(b, a, "05")), ()
    chamber, iso3, title = sc.rng.choice(_CHAMBERS)
    target = sc.t if sc.t.iso3 != iso3 else sc.z
    text = f"The {title} of the {chamber}, {_person(sc)}, visited {target.name} on Monday."
    return text, (_e(iso3, target.iso3, "04"),), (_e(target.iso3, iso3, "04"),)


_SYLLABLES = ("Kpo", "glu", "Dzo", "dze", "Ma", "la", "ba", "Nye", "ri", "Wo", "San", "tu")
_POSTS = ("crossing", "border crossing", "crossing")


def _place(sc: Scene) -> str:
    words = []
    for _ in range(sc.rng.choice((2, 2, 3))):
        word = "".join(sc.rng.choice(_SYLLABLES) for _ in range(sc.rng.choice((2, 3))))
        words.append(word.capitalize())
    return " ".join(words)


_REOPENED = (
    "{S} reopened the {P} {post} to {Tdem} lorries on Monday.",
    "{S} reopened the {P} {post} to {Tdem} traders after a three-week closure.",
    "On Tuesday {S} reopened the {P} {post} to {Tdem} trucks, the interior ministry said.",
)


def l30_reopened_crossing(sc: Scene) -> Built:
    """ "Togo reopened the Noepe Aflao crossing to Ghanaian lorries": an unknown place name of
    two or more words before "crossing" (tagged as a gerund) still names the crossing reopened
    to the other state (081)."""
    s, t = sc.s, sc.t
    template = sc.rng.choice(_REOPENED)
    text = template.format(S=sc.name(s, capital=0.0), P=_place(sc), Tdem=t.demonym,
                           post=sc.rng.choice(_POSTS))  # fmt: skip
    return _cap(text), (_e(s.iso3, t.iso3, "08", SAID),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l30_flown_home": l30_flown_home,
    "l30_shipped_goods": l30_shipped_goods,
    "l30_mission_protest": l30_mission_protest,
    "l30_legislature_titles": l30_legislature_titles,
    "l30_reopened_crossing": l30_reopened_crossing,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex30 (d8c3e4c) the same 24 scored (right, false assertions):
# l30_flown_home 5/9 (nothing, or aid 07 for "airlifted"); l30_shipped_goods 8/13 (aid, 07);
# l30_mission_protest 0/1 (no protest, or no target); l30_legislature_titles 1/13 (a stateless
# ---LEG, the other state's, or the place's); l30_reopened_crossing 14/0 (nothing read).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
