"""Round 24 party classes of parties35 (issue 9; fresh18_classes.md X, EP, CV, TC, RE, DM, DN)
as suite constructions, crossed with the suite's states named by name, capital or demonym (and,
for the epithets and the ambiguous capitals, with states of that form of their own):

- ``p35_offered_talks`` (X): "X suspended import licences for Y beef. X officials said the
  suspension was temporary and offered talks in X-capital": the talks are offered to Y (X -> Y
  03), the measure's other side, never to no one;
- ``p35_visit_not_sent`` (X): "X police beat Y workers. Y protested. X-capital has not sent its
  labour minister to explain what happened": the visit not made is Y's (X -> Y 04 negated);
- ``p35_people_later`` (X): "X police arrested 14 Y traders. Y summoned X's envoy. Y-capital
  demanded their release. A police spokesman said the traders could be deported": the
  deportation is X's on Y's people (X -> Y 17 possible), three sentences after the arrest;
- ``p35_epithet`` (EP): "K handed over a wanted man to Y. Y's justice minister thanked the
  kingdom / principality / grand duchy / emirate / islands": the one story state of that form;
- ``p35_cued_capital`` (CV): "The Seychelles coast guard seized a Y trawler. Y asked Victoria
  to release the crew": a capital that is also a common name is the government where the story
  names its state; "Victoria Beckham" and "Lake Victoria" never are;
- ``p35_pair_possessive`` (TC): "X handed over a man to Y, and the two countries' police chiefs
  signed a protocol in Z-capital": the pair both ways, never the venue;
- ``p35_neither_other`` (RE): "X and Y have quarrelled all year. Neither capital has threatened
  the other": X -> Y and Y -> X negated;
- ``p35_denied_harm`` (DM): "X deported 100 Y labourers. X's minister denied that the workers
  had been mistreated": X -> Y 18 negated, never Y -> X;
- ``p35_shots_at_it`` (DN): "X's navy seized a Y trawler. Y-capital protested the seizure. X's
  minister denied that the navy had fired warning shots at it": X -> Y 016 and the shots X -> Y
  negated, never X -> X.

Scores on main (540b34d) before the fix are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from phenomena_tables import State, load_states, states_of
from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _r,
)

from realpolitik.extract._state_epithets import state_forms

DONE = ASSERTED | REPORTED


def _e(src: str, tgt: str, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, roots, facts)


_MEASURES = (
    ("suspended import licences for {Tdem} beef", "the suspension was temporary"),
    ("banned imports of {Tdem} poultry", "the ban was a precaution"),
    ("halted imports of {Tdem} milk", "the measure was temporary"),
    ("suspended import permits for {Tdem} fruit", "the suspension would be reviewed"),
)
# ("proposed talks", "offered to hold talks" give no event at all: a lexicon question)
_OFFERS = ("offered talks in {Scap} next week", "offered talks on the matter",
           "offered fresh talks", "offered talks in {Scap} on Friday")  # fmt: skip


def p35_offered_talks(sc: Scene) -> Built:
    """ "Chile suspended import licences for Argentine beef. Chilean officials said the
    suspension was temporary and offered talks in Santiago next week": CHL -> ARG 03."""
    measure, said = sc.rng.choice(_MEASURES)
    s_name = sc.name(sc.s, capital=0.0)
    offer = sc.rng.choice(_OFFERS).format(Scap=sc.s.capital)
    who = sc.rng.choice((f"{sc.s.demonym} officials", f"{_poss(s_name)} trade ministry"))
    text = (f"{s_name} {measure.format(Tdem=sc.t.demonym)} on Monday. {who} said {said} "
            f"and {offer}.")  # fmt: skip
    want = (_e(sc.s.iso3, sc.t.iso3, _r("03")),)
    allowed = (_e(sc.s.iso3, sc.t.iso3, _r("16", "03", "04"), ANY),)
    return _cap(text), want, allowed


_HARMED = ("beat {Tdem} workers in May", "beat several {Tdem} migrants in May",
           "assaulted {Tdem} farm workers last month")  # fmt: skip
_NOT_SENT = ("has not sent its labour minister to explain what happened",
             "has not sent its foreign minister to explain what happened",
             "has still not sent an envoy to explain the beatings",
             "has not sent its interior minister to explain")  # fmt: skip


def p35_visit_not_sent(sc: Scene) -> Built:
    """ "Kenyan police beat Ugandan workers in May. Uganda protested. Nairobi has not sent
    its labour minister to explain what happened": KEN -> UGA 04 negated."""
    s_cap = sc.s.capital
    harm = sc.rng.choice(_HARMED).format(Tdem=sc.t.demonym)
    t_name = sc.name(sc.t, capital=0.0)
    says = sc.rng.choice(("", f"{sc.t.capital} says "))
    text = (f"{sc.s.demonym} police {harm}. {t_name} protested. {says}{s_cap} "
            f"{sc.rng.choice(_NOT_SENT)}.")  # fmt: skip
    want = (_e(sc.s.iso3, sc.t.iso3, _r("04"), NEGATED),)
    allowed = (_e(sc.s.iso3, sc.t.iso3, _r("18", "17"), ANY),
               _e(sc.t.iso3, sc.s.iso3, _r("11", "04"), ANY))  # fmt: skip
    return _cap(text), want, allowed


_PEOPLE = ("traders", "fishermen", "lorry drivers", "herders")
_LATER = ("could be deported once the investigation was complete",
          "could be deported after the investigation", "might be deported next week")  # fmt: skip


def p35_people_later(sc: Scene) -> Built:
    """ "Ugandan police arrested 14 Kenyan traders. Kenya summoned Uganda's envoy. Nairobi
    demanded their release. A police spokesman said the traders could be deported": UGA ->
    KEN 17 possible."""
    people = sc.rng.choice(_PEOPLE)
    t_name, s_name = sc.name(sc.t, capital=0.0), sc.name(sc.s, capital=0.0)
    text = (f"{sc.s.demonym} police arrested 14 {sc.t.demonym} {people} at the border on Monday. "
            f"{_poss(t_name)} foreign ministry summoned {_poss(s_name)} ambassador. "
            f"{sc.t.capital} demanded their release. A police spokesman said the {people} "
            f"{sc.rng.choice(_LATER)}.")  # fmt: skip
    want = (_e(sc.s.iso3, sc.t.iso3, _r("17"), POSSIBLE),)
    allowed = (_e(sc.s.iso3, sc.t.iso3, _r("17"), DONE),
               _e(sc.t.iso3, sc.s.iso3, _r("10", "11", "02", "03"), ANY))  # fmt: skip
    return _cap(text), want, allowed


# States by the epithet their form of state gives (facts of the actor tables).
_EPITHET_STATES = {
    "kingdom": ("BEL", "NOR", "SWE", "ESP", "NLD", "MAR", "JOR", "THA", "LSO", "SWZ", "BTN"),
    "principality": ("AND", "LIE", "MCO"),
    "grand duchy": ("LUX",),
    "emirate": ("KWT", "QAT"),
    "islands": ("SYC", "MDV", "FJI", "COM", "CPV", "BHS", "MLT"),
}


@cache
def _epithet_states() -> dict[str, tuple[State, ...]]:
    return {k: states_of(v, lambda c: "HOS") for k, v in _EPITHET_STATES.items()}


def _epithet_state(sc: Scene) -> tuple[State, str, State]:
    """A state of some form, its epithet, and a partner of another form (the scene's target)."""
    epithet = sc.rng.choice(sorted(_EPITHET_STATES))
    k = sc.rng.choice(_epithet_states()[epithet])
    forms = state_forms()
    partner = next(
        st for st in (sc.t, sc.z, sc.s, *load_states())
        if st.iso3 != k.iso3 and not forms.get(st.iso3, frozenset()) & forms[k.iso3]
    )  # fmt: skip
    return k, epithet, partner


# ("returned two escaped prisoners to {T}" reads a yield with no target: not a party question)
_HANDED = ("handed over a wanted man to {T}", "extradited a fraud suspect to {T}",
           "handed two escaped prisoners over to {T}")  # fmt: skip
_THANKED = ("thanked the {e} for its cooperation", "thanked the {e} for its help",
            "praised the {e} for its cooperation")  # fmt: skip


def p35_epithet(sc: Scene) -> Built:
    """ "Andorra handed over a man to Spain. Spain's justice minister thanked the principality
    for its cooperation": ESP -> AND 05; "the kingdom", "the grand duchy", "the emirate", "the
    islands" alike (the one state of that form in the story)."""
    k, epithet, t = _epithet_state(sc)
    t_name = sc.name(t, capital=0.0)
    handed = sc.rng.choice(_HANDED).format(T=t_name)
    thanked = sc.rng.choice(_THANKED).format(e=epithet)
    text = f"{k.name} {handed} on Monday. {_poss(t_name)} justice minister {thanked}."
    want = (_e(t.iso3, k.iso3, _r("05")),)
    allowed = (_e(k.iso3, t.iso3, _r("06", "07", "08", "17"), ANY),)
    return _cap(text), want, allowed


# Capitals that are also a common name, a person's or another place's.
_CUED = ("SYC",)
_PLAIN = ("JAM", "GUY", "LCA", "CPV", "MLT")


@cache
def _capital_states() -> tuple[State, ...]:
    return states_of(_CUED + _PLAIN, lambda c: "HOS")


# (the asker named again in the request, as the record does: no story stage fills the target)
_ASKED = ("asked {C} on Tuesday to hand the six crew over to {T} for trial",
          "asked {C} to return the crew to {T}",
          "urged {C} to send the fishermen back to {T}")  # fmt: skip


def p35_cued_capital(sc: Scene) -> Built:
    """ "The Seychelles coast guard seized a Kenyan trawler. Kenya asked Victoria to release
    the crew": KEN -> SYC 02; "Kingston", "Georgetown", "Castries", "Praia", "Valletta" alike;
    "Victoria Beckham visited Kenya" after it is no Seychelles act."""
    k = sc.rng.choice(_capital_states())
    t_name = sc.name(sc.t, capital=0.0)
    capital = k.capital.split(",")[0]  # (the table's "Victoria, Seychelles": bare here)
    asked = sc.rng.choice(_ASKED).format(C=capital, T=t_name)
    text = (f"The {k.name} coast guard seized a {sc.t.demonym} trawler on Sunday. {t_name} "
            f"{asked}.")  # fmt: skip
    allowed: tuple[Expect, ...] = (_e(k.iso3, sc.t.iso3, _r("17"), ANY),)
    if k.iso3 in _CUED and sc.rng.random() < 0.3:
        text += sc.rng.choice((f" Victoria Beckham visited {t_name} last year.",
                               f" Lake Victoria is far from {t_name}."))  # fmt: skip
    return _cap(text), (_e(sc.t.iso3, k.iso3, _r("02", "10")),), allowed


_POSSESSIVE = ("the two countries' police chiefs", "the two countries' interior ministers",
               "both countries' police chiefs", "the two states' justice ministers",
               "the two nations' army commanders")  # fmt: skip
_SIGNED = ("signed a protocol in {Z} on joint patrols", "signed an agreement in {Z} on Friday",
           "signed a memorandum on border policing in {Z}")  # fmt: skip


def p35_pair_possessive(sc: Scene) -> Built:
    """ "Andorra handed over a man to Spain, and the two countries' police chiefs signed a
    protocol in Madrid on joint patrols": AND <-> ESP 05, never the venue."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    venue = sc.rng.choice((sc.s.capital, sc.t.capital, sc.z.capital))
    signed = sc.rng.choice(_SIGNED).format(Z=venue)
    text = (f"{s_name} handed over a wanted man to {t_name} on Monday, and "
            f"{sc.rng.choice(_POSSESSIVE)} {signed}.")  # fmt: skip
    want = (_e(sc.s.iso3, sc.t.iso3, _r("05")), _e(sc.t.iso3, sc.s.iso3, _r("05")))
    allowed = (_e(sc.s.iso3, sc.t.iso3, _r("06", "07", "08", "17"), ANY),)
    return _cap(text), want, allowed


_QUARREL = ("have quarrelled over beef all year", "have argued over fishing rights for months",
            "have been at odds over the river since May")  # fmt: skip
_NEITHER = (("Neither capital has threatened the other", "13"),
            ("Neither government has sanctioned the other", "16"),
            ("Neither side has imposed sanctions on the other", "16"),
            ("Neither country has expelled the other's diplomats", "16"),
            ("Neither side has accused the other of cheating", "11"))  # fmt: skip


def p35_neither_other(sc: Scene) -> Built:
    """ "Chile and Argentina have quarrelled over beef all year. Neither capital has threatened
    the other": CHL -> ARG and ARG -> CHL 13 negated."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    sentence, root = sc.rng.choice(_NEITHER)
    when = sc.rng.choice(("", " so far", " yet"))
    text = f"{s_name} and {t_name} {sc.rng.choice(_QUARREL)}. {sentence}{when}."
    roots = _r(root, "16", "17") if root == "16" else _r(root)
    want = (_e(sc.s.iso3, sc.t.iso3, roots, NEGATED), _e(sc.t.iso3, sc.s.iso3, roots, NEGATED))
    return _cap(text), want, ()


_REMOVED = (("deported 100 {Tdem} labourers last week", "labourers"),
            ("expelled 80 {Tdem} workers last week", "workers"),
            ("detained 40 {Tdem} traders last week", "traders"),
            ("arrested 30 {Tdem} fishermen on Monday", "fishermen"))  # fmt: skip
_AGAIN = {"labourers": "workers", "workers": "labourers", "traders": "merchants",
          "fishermen": "sailors"}  # fmt: skip
_MISTREATED = ("had been mistreated", "had been beaten", "had been beaten in custody")


def p35_denied_harm(sc: Scene) -> Built:
    """ "Kenyan authorities deported 100 Ugandan labourers. Kenya's foreign minister denied
    that the workers had been mistreated": KEN -> UGA 18 negated, never UGA -> KEN."""
    removed, noun = sc.rng.choice(_REMOVED)
    removed = removed.format(Tdem=sc.t.demonym)
    again = sc.rng.choice((noun, _AGAIN[noun], "men"))
    s_name = sc.name(sc.s, capital=0.0)
    text = (f"{sc.s.demonym} authorities {removed}. {_poss(s_name)} foreign minister denied "
            f"that the {again} {sc.rng.choice(_MISTREATED)}.")  # fmt: skip
    want = (_e(sc.s.iso3, sc.t.iso3, _r("18"), NEGATED),)
    allowed = (_e(sc.s.iso3, sc.t.iso3, _r("17", "01"), ANY),)
    return _cap(text), want, allowed


_SEIZED = ("seized a {Tdem} trawler on Sunday", "detained a {Tdem} fishing boat on Sunday",
           "seized a {Tdem} cargo ship off the coast")  # fmt: skip
_DENIED = ("had fired warning shots at it", "had opened fire on it", "had fired on it")


def p35_shots_at_it(sc: Scene) -> Built:
    """ "Togo's navy seized a Ghanaian trawler. Accra protested the seizure. Togo's fisheries
    minister denied that the navy had fired warning shots at it": TGO -> GHA 01, and the shots
    TGO -> GHA negated, never TGO -> TGO."""
    s_name = sc.name(sc.s, capital=0.0)
    seized = sc.rng.choice(_SEIZED).format(Tdem=sc.t.demonym)
    text = (f"{_poss(s_name)} navy {seized}. {sc.t.capital} protested the seizure. "
            f"{_poss(s_name)} fisheries minister denied that the navy "
            f"{sc.rng.choice(_DENIED)}.")  # fmt: skip
    want = (_e(sc.s.iso3, sc.t.iso3, _r("01")),)
    allowed = (_e(sc.s.iso3, sc.t.iso3, _r("17", "15", "19", "18"), ANY),
               _e(sc.t.iso3, sc.s.iso3, _r("11"), ANY),
               _e(sc.s.iso3, sc.t.iso3, _r("15", "19", "18"), NOT_ASSERTED))  # fmt: skip
    return _cap(text), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p35_offered_talks": p35_offered_talks,
    "p35_visit_not_sent": p35_visit_not_sent,
    "p35_people_later": p35_people_later,
    "p35_epithet": p35_epithet,
    "p35_cued_capital": p35_cued_capital,
    "p35_pair_possessive": p35_pair_possessive,
    "p35_neither_other": p35_neither_other,
    "p35_denied_harm": p35_denied_harm,
    "p35_shots_at_it": p35_shots_at_it,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
