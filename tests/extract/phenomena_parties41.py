"""Round 27's party leftovers (issue 9, parties41) as suite constructions crossed with the
suite's states as doers and many regions of many states as places:

- ``p41_region_struck``: "Turkish jets struck the Hasakah region", "Russian forces shelled
  targets in the Odesa oblast", "X fired missiles at Idlib province", "the Kharkiv region was
  shelled by X-ian troops": a first-level region named without its state is the place hit, and
  the state it lies in is the target: X -> Y (18/19/20, asserted); never the doer's own state
  (``parties.struck_regions``, ``data/regions.tsv``);
- ``p41_region_venue``: "X's foreign minister met Y's envoy in the Odesa region": a region
  named as a meeting's venue is no party: X -> Y 04 (and its reverse), never the region's
  state;
- ``p41_told_arrest``: "India told of (spoke of, reported, confirmed) the arrest of its
  nationals (two of its citizens) in Qatar (by Qatari police)": the arrest is the holder's at
  the teller's people, Qatar -> India 17, `reported` (the teller's report, as "reported the
  arrest"), never India as the arrester (``parties.held_nationals``; ``TELLING_OF``);
- ``p41_object_subject``: "Kenya expelled two Ugandan journalists and Uganda's embassy
  complained" (no comma before "and"): the parser conjoined the embassy to the object and left
  "complained" without a subject; the repair (``_object_subjects``) makes the embassy its
  subject: Kenya -> Uganda (the act), and the complaint Uganda's (11, to Kenya or with no
  target), never a false assertion (main: 4/24 with 4 false on seed 0; the complaint's
  target with an intransitive "objected" is a gap of the comma form too, left over);
- ``p41_counted_list``: "Russia expelled diplomats from five countries, among them (such as,
  notably) Poland, Latvia and Estonia", "sanctioned firms of 30 countries (A, B and C among
  them)": a count of states followed by their list names each listed state as a target, as
  "including" does since leftovers36 (``_composed_actors.named_instances``), also where the
  count's "from" hangs on the verb ("expelled diplomats from five countries, ...") and no
  other argument of the verb names the people (with "extended visa-free entry to citizens from
  N countries, ..." or "sanctions on diplomats from N states, ..." only the first listed state
  is read: left over).

Scores on main's code (7c654ac) before the fix, ``bench/phenomena.py`` seed 0:
p41_region_struck 0/24 with 20 false assertions (no target, or the doer's own state),
p41_told_arrest 3/24 with 14 false ("in Y" read as the people's state: X -> Y asserted),
p41_counted_list 7/24, p41_region_venue 24/24. ("X-ian forces hit targets in Y" is no event
on main with any place, a parse of "forces hit" as a compound noun: left out here.)
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import load_states
from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _r,
)

# (state, region as written in running text): regions the actor tables do not name.
_REGIONS = (
    ("UKR", "the Kharkiv region"), ("UKR", "the Odesa oblast"), ("UKR", "Zaporizhzhia province"),
    ("UKR", "the Kherson region"), ("UKR", "the Sumy region"), ("UKR", "the Dnipropetrovsk region"),
    ("UKR", "the Chernihiv oblast"), ("UKR", "the Mykolaiv region"), ("UKR", "the Donetsk region"),
    ("SYR", "Idlib province"), ("SYR", "the Hasakah region"), ("SYR", "Deir ez-Zor province"),
    ("SYR", "the Latakia region"), ("IRQ", "Kirkuk province"), ("IRQ", "the Kurdistan region"),
    ("IRQ", "Anbar province"), ("IND", "Indian-administered Kashmir"), ("IND", "Ladakh"),
    ("PAK", "Pakistan-administered Kashmir"), ("PAK", "Khyber Pakhtunkhwa province"),
    ("PAK", "Balochistan province"), ("IRN", "Khuzestan province"), ("IRN", "Sistan-Baluchestan"),
    ("YEM", "Hodeidah"), ("YEM", "Marib province"), ("SAU", "the Jazan region"),
    ("LBN", "the Bekaa Valley"), ("AFG", "Kunar province"), ("AFG", "the Nangarhar region"),
    ("ARM", "the Syunik region"), ("AZE", "Nakhchivan"), ("TUR", "Hatay province"),
    ("PSE", "Khan Younis"), ("PSE", "Jenin"), ("ISR", "the Galilee"), ("COD", "North Kivu"),
)  # fmt: skip
_DOERS = ("{dem} forces", "{dem} troops", "{dem} jets", "{dem} warplanes", "{name}",
          "{dem} artillery", "the {dem} army", "{dem} drones")  # fmt: skip
# (phrase with {R} for the region, CAMEO roots)
_ACTS = (("struck {R}", ("19", "18")), ("shelled {R}", ("19",)), ("bombed {R}", ("19",)),
         ("attacked {R}", ("19", "18")), ("struck targets in {R}", ("19", "18")),
         ("fired missiles at {R}", ("19",)), ("launched drones at {R}", ("19",)),
         ("fired rockets into {R}", ("19",)), ("carried out airstrikes on {R}", ("19",)),
         ("shelled villages in {R}", ("19",)), ("opened fire on {R}", ("19",)))  # fmt: skip
_TIMES = ("", " on Monday", " overnight", " late on Sunday", " on Tuesday")


def _doer(sc: Scene, region_state: str) -> tuple[str, str]:
    """A doer of the scene's states other than the region's own: its code and how it is named."""
    st = next(x for x in (sc.s, sc.t, sc.z) if x.iso3 != region_state)
    return st.iso3, sc.rng.choice(_DOERS).format(dem=st.demonym, name=st.name)


def p41_region_struck(sc: Scene) -> Built:
    """ "Turkish jets struck the Hasakah region": Turkey -> Syria (19, asserted)."""
    state, region = sc.rng.choice(_REGIONS)
    doer_code, doer = _doer(sc, state)
    act, roots = sc.rng.choice(_ACTS)
    when = sc.rng.choice(_TIMES)
    if sc.rng.random() < 0.2 and act.startswith("shelled "):
        text = f"{_cap(region)} was shelled by {doer}{when}."
    else:
        text = f"{_cap(doer)} {act.format(R=region)}{when}."
    return text, (Expect(doer_code, state, _r(*roots), ASSERTED),), ()


_MET = ("met", "held talks with", "met with")
_MINISTERS = ("foreign minister", "defence minister", "president", "prime minister")


def p41_region_venue(sc: Scene) -> Built:
    """ "Poland's foreign minister met Chile's envoy in the Odesa region": Poland -> Chile 04;
    the venue's state is no party."""
    state, region = sc.rng.choice(_REGIONS)
    s = next(x for x in (sc.s, sc.t, sc.z) if x.iso3 != state)
    t = next(x for x in (sc.t, sc.z, sc.s) if x.iso3 not in (state, s.iso3))
    office = sc.rng.choice(_MINISTERS)
    text = (f"{_cap(_poss(s.name))} {office} {sc.rng.choice(_MET)} {_poss(t.name)} envoy in "
            f"{region}{sc.rng.choice(_TIMES)}.")  # fmt: skip
    # A meeting is coded both ways (each side meets the other): the reverse is allowed.
    return (
        text,
        (Expect(s.iso3, t.iso3, _r("04", "03"), ASSERTED),),
        (Expect(t.iso3, s.iso3, frozenset(), ANY),),
    )


# (act with {P} the people or things of the listed states, root, factuality)
_ON_LISTED = (("expelled {P}", "17", "asserted"), ("expelled {P} on Monday", "17", "asserted"),
              ("imposed sanctions on {P}", "16", "asserted"), ("sanctioned {P}", "16", "asserted"),
              ("detained {P}", "17", "asserted"), ("banned {P} from entering", "17", "asserted"),
              ("extended visa-free entry to {P}", "03", "asserted"),
              ("granted visa-free travel to {P}", "08", "asserted"))  # fmt: skip
_PEOPLE = ("diplomats", "citizens", "nationals", "travellers", "firms", "companies")
# ("to citizens from N countries, ...": the parser hangs "from" on the verb beside another
# argument, and only the first listed state is read: left out, see the module's docstring.)
_LINK = ("of", "from")
_COUNT = ("33 countries", "several countries", "a dozen countries", "12 states", "15 nations",
          "more than 20 countries", "five countries")  # fmt: skip
# How the list follows its count: before the names (with a comma) or around them.
_NAMING = (", among them {L}", ", such as {L}", ", notably {L}", " ({L} among them)",
           ", including {L}", " such as {L}")  # fmt: skip


def p41_counted_list(sc: Scene) -> Built:
    """ "Russia expelled diplomats from five countries, among them (such as, notably) Poland,
    Latvia and Estonia", "... (Poland, Latvia and Estonia among them)": X -> each listed state."""
    pool = [o for o in load_states() if o.iso3 not in (sc.s.iso3, sc.t.iso3, sc.z.iso3)]
    listed = [sc.t, sc.z, sc.rng.choice(pool)]
    names = [st.name for st in listed]
    named = ", ".join(names[:-1]) + " and " + names[-1]
    act, root, fact = sc.rng.choice(_ON_LISTED)
    link = "of" if " to {P}" in act or " on {P}" in act else sc.rng.choice(_LINK)
    counted = f"{sc.rng.choice(_PEOPLE)} {link} {sc.rng.choice(_COUNT)}"
    people = counted + sc.rng.choice(_NAMING).format(L=named)
    if not act.endswith("{P}") and not people.endswith(")"):
        people += ","
    text = f"{_cap(sc.name(sc.s, capital=0.2))} {act.format(P=people)}."
    roots = _r(root, "03", "08") if root in ("03", "08") else _r(root, "16", "17")
    want = tuple(Expect(sc.s.iso3, st.iso3, roots, frozenset({fact})) for st in listed)
    return text, want, ()


_TOLD = ("told of", "spoke of", "reported", "confirmed", "has spoken of", "has told of")
_HELD_ACTS = ("the arrest", "the detention", "the arrests", "the recent arrest")
_OWN_PEOPLE = ("its nationals", "its citizens", "its fishermen", "its sailors", "two of its",
               "its diplomats", "five of its citizens", "its aid workers")  # fmt: skip
_HELD_BY = ("in {T}", "in {T}", "by {T}", "by {Tdem} police", "by {Tdem} authorities")


def p41_told_arrest(sc: Scene) -> Built:
    """ "India told of the arrest of its nationals in Qatar": Qatar -> India (17, reported),
    never India as the arrester."""
    people = sc.rng.choice(_OWN_PEOPLE)
    if people.endswith(" of its"):
        people += " " + sc.rng.choice(("nationals", "citizens"))
    by = sc.rng.choice(_HELD_BY).format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    text = (f"{_cap(sc.name(sc.s, capital=0.2))} {sc.rng.choice(_TOLD)} "
            f"{sc.rng.choice(_HELD_ACTS)} of {people} {by}{sc.rng.choice(_TIMES)}.")  # fmt: skip
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("17"), REPORTED),)
    return text, want, (Expect(sc.s.iso3, sc.t.iso3, frozenset(), NOT_ASSERTED),)


# (first act on the other side's people, root)
_FIRST_ACTS = (("expelled two {Tdem} journalists", "17"), ("detained three {Tdem} fishermen", "17"),
               ("arrested five {Tdem} traders", "17"), ("deported 40 {Tdem} migrants", "17"),
               ("expelled a {Tdem} diplomat", "16"), ("detained two {Tdem} sailors", "17"))  # fmt: skip
# ("South Africa's high commission protested" is parsed another way, where the repair does not
# reach and main asserts a home protest: left over.)
_OFFICES = ("embassy", "ambassador", "envoy", "foreign ministry")
_ANSWERS = ("complained", "protested", "objected")


def p41_object_subject(sc: Scene) -> Built:
    """ "Kenya expelled two Ugandan journalists and Uganda's embassy complained" (no comma):
    Kenya -> Uganda (the act) and Uganda -> Kenya 11 (the complaint), never the embassy as the
    expelled."""
    act, root = sc.rng.choice(_FIRST_ACTS)
    tname = sc.name(sc.t, capital=0.0)
    # (A capital as the doer, "Buenos Aires detained ... and Italy's ambassador protested", is
    # parsed yet another way, and main and this branch assert a home protest: left over.)
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} {act.format(Tdem=sc.t.demonym)} and "
            f"{_poss(tname)} {sc.rng.choice(_OFFICES)} {sc.rng.choice(_ANSWERS)}.")  # fmt: skip
    want = (Expect(sc.s.iso3, sc.t.iso3, _r(root), ASSERTED),)
    # The complaint's target, with no object, is found as often as with the comma (16/24 on
    # seed 0 on main: a separate gap, left over): either reading is allowed, never a reversed
    # or a home one.
    allowed = (Expect(sc.t.iso3, sc.s.iso3, _r("11"), ASSERTED),
               Expect(sc.t.iso3, "", _r("11"), ASSERTED))  # fmt: skip
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p41_object_subject": p41_object_subject,
    "p41_told_arrest": p41_told_arrest,
    "p41_region_struck": p41_region_struck,
    "p41_region_venue": p41_region_venue,
    "p41_counted_list": p41_counted_list,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
# ("and Y's ministry objected" may leave the first act with no target: 22/24 on seed 5)
FLOORS["p41_object_subject"] = (22, 0)
