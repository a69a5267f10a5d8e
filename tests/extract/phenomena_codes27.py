"""CAMEO codebook conformance for the roots codes26 left (issue 9, codes27): phrasings of
diplomatic (05) and material (06) cooperation, yielding (08), force posture (15), coercion (17)
and mass violence (20) that the lexicon coded under another root or not at all, written from
the CAMEO 2.0 codebook's definitions and PETRARCH2's verb dictionary (facts only), crossed with
the suite's states named by name, capital, demonym or leader:

- ``c27_rallied_support``: "X rallied (mustered, drummed up, garnered) support for Y": rallying
  support on Y's behalf (053), never a demonstration (141, which "thousands rallied" keeps);
- ``c27_apology``: "X apologised to Y", "issued an apology to Y", "expressed remorse to Y" (055);
- ``c27_intelligence``: "X exchanged (shared) intelligence with Y" (064), reciprocal where both
  are the subject;
- ``c27_show_of_force``: "X staged (mounted, held) a show of force near Y" (150): a
  demonstration of military power, whose "of force" is no party;
- ``c27_seized_property``: "X captured Y's drone / tanker", "seized", "impounded",
  "confiscated", "nationalised Y's factories": seizure of property (171), not occupation (192,
  which "captured the town of" keeps);
- ``c27_repression``: "X's police beat (clubbed) Y's protesters", "fired tear gas at": violent
  repression (175), not an assault (182);
- ``c27_mass_violence``: "committed (perpetrated) genocide against", "slaughtered (massacred)
  Y's villagers": mass killing (20), never an intent (03) from "committed";
- ``c27_released``: "X repatriated (released, freed) Y's prisoners", "returned the seized
  tanker", "handed back the seized boats": yielding persons or property (0841/0842), not a
  deportation (174) nor aid (070); "unfroze Y's assets" (085);
- ``c27_vowed_support``: "X vowed (expressed, voiced) support for Y": verbal support (05);
- ``c27_stormed_positions``: "X's troops stormed Y's positions / trenches / outpost" (190);
- ``c27_blocked_mission``: "X's coast guard blocked a Y resupply mission / flotilla": restricting
  movement (191), never a civilian obstruction (144);
- ``c27_picketed``: "X's activists picketed Y's embassy": a demonstration (141).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import NOT_ASSERTED, Built, Expect, Scene, _cap, _poss, _time

TOLD = frozenset({"asserted", "reported"})
# Side readings a template may carry: a hedged or reported act (never asserted).
_HEDGED = Expect("*", "*", frozenset(), NOT_ASSERTED)

Frames = tuple[tuple[str, str], ...]


def _fill(sc: Scene, frame: str) -> str:
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    return frame.format(S=sname, Sposs=_poss(sname), T=tname, Tposs=_poss(tname),
                        Sdem=sc.s.demonym, Tdem=sc.t.demonym, Slead=sc.leader(sc.s),
                        Tlead=sc.leader(sc.t), time=_time(sc))  # fmt: skip


def _built(sc: Scene, frames: Frames, *, both_ways: bool = False) -> Built:
    """One of ``frames`` (template, root) as S -> T with that root, asserted or reported; where
    ``both_ways``, the same act T -> S is allowed beside it (a shared act of two parties)."""
    frame, root = sc.rng.choice(frames)
    s, t = sc.s.iso3, sc.t.iso3
    allowed: tuple[Expect, ...] = (_HEDGED,)
    if both_ways:
        allowed += (Expect(t, s, frozenset({root}), TOLD),)
    return _cap(_fill(sc, frame) + "."), (Expect(s, t, frozenset({root}), TOLD),), allowed


_RALLIED: Frames = (
    ("{S} rallied support for {T} at the United Nations", "05"),
    ("{S} rallied support for {Tposs} bid for a council seat{time}", "05"),
    ("{Slead} rallied support for {T} among the bloc's members", "05"),
    ("{S} mustered support for {Tposs} candidacy{time}", "05"),
    ("{S} drummed up support for {T} at the summit", "05"),
    ("{S} garnered support for {Tposs} proposal{time}", "05"),
)


def c27_rallied_support(sc: Scene) -> Built:
    """ "Russia rallied support for Iran at the UN": the codebook's 053 "rally support on
    behalf of" (PETRARCH2 STAGE RALLY (IN SUPPORT) 05x), which the bare "rallied" of a crowd
    (141) took."""
    return _built(sc, _RALLIED)


_APOLOGY: Frames = (
    ("{S} apologised to {T} for the incident", "05"),
    ("{S} apologized to {T}{time}", "05"),
    ("{S} issued an apology to {T}{time}", "05"),
    ("{S} expressed remorse to {T} for the abuses", "05"),
    ("{Slead} expressed remorse to {T}{time}", "05"),
    ("{S} formally apologised to {T} for the colonial-era killings", "05"),
)


def c27_apology(sc: Scene) -> Built:
    """ "Japan apologised to South Korea", "expressed remorse to": an apology (055)."""
    return _built(sc, _APOLOGY)


_INTELLIGENCE: Frames = (
    ("{S} exchanged intelligence with {T}{time}", "06"),
    ("{S} exchanged intelligence with {T} on the attackers", "06"),
    ("{S} shared intelligence with {T}{time}", "06"),
    ("{Sdem} officials exchanged information with {T} on the smuggling networks", "06"),
)


def c27_intelligence(sc: Scene) -> Built:
    """ "Washington exchanged intelligence with Israel": intelligence sharing (064; PETRARCH2
    SHARE * INTELLIGENCE), which "exchanged" had no row for."""
    return _built(sc, _INTELLIGENCE, both_ways=True)


_SHOW: Frames = (
    ("{S} staged a show of force near {T}{time}", "15"),
    ("{Sdem} warships staged a show of force off the coast of {T}", "15"),
    ("{S} mounted a show of force on the border with {T}", "15"),
    ("{S} staged a massive show of force near {T}{time}", "15"),
    ("{Sdem} forces held a show of force near the border with {T}", "15"),
)


def c27_show_of_force(sc: Scene) -> Built:
    """ "China staged a show of force near Taiwan": a demonstration of military power (150;
    PETRARCH2 PARADE, PATROL 150); "of force" names no party."""
    return _built(sc, _SHOW)


_SEIZED: Frames = (
    ("{S} captured {Tposs} drone{time}", "17"),
    ("{Sdem} commandos captured a tanker belonging to {T}", "17"),
    ("{Sdem} forces captured two {Tdem} drones{time}", "17"),
    ("{S} seized two {Tdem} tankers{time}", "17"),
    ("{Sdem} authorities impounded {Tdem} trucks at the border", "17"),
    ("{S} confiscated {Tdem} fishing boats{time}", "17"),
    ("{S} nationalised {Tdem} factories{time}", "17"),
)


def c27_seized_property(sc: Scene) -> Built:
    """ "Iran captured an American drone": seizure of property (171; PETRARCH2 APPREHEND's
    default 171 and * BOAT 1711), not occupation (192)."""
    return _built(sc, _SEIZED)


_REPRESSION: Frames = (
    ("{Sdem} police beat {Tdem} protesters{time}", "17"),
    ("{Sdem} riot police clubbed {Tdem} demonstrators{time}", "17"),
    ("{Sdem} police beat {Tdem} students outside the embassy", "17"),
    ("{Sdem} police fired tear gas at {Tdem} protesters{time}", "17"),
    ("{Sdem} troops dispersed {Tdem} protesters with tear gas", "17"),
)


def c27_repression(sc: Scene) -> Built:
    """ "Israeli police beat Palestinian protesters": violent repression (175; PETRARCH2 ARREST
    * PROTESTERS 175), not an assault (182)."""
    return _built(sc, _REPRESSION)


_MASS: Frames = (
    ("{Sdem} troops committed genocide against {Tdem} civilians", "20"),
    ("{Sdem} forces perpetrated genocide against the {Tdem} people", "20"),
    ("{Sdem} soldiers committed massacres against {Tdem} villagers", "20"),
    ("{Sdem} troops slaughtered {Tdem} villagers{time}", "20"),
    ("{Sdem} militiamen massacred {Tdem} civilians{time}", "20"),
)


def c27_mass_violence(sc: Scene) -> Built:
    """ "Serbian troops committed genocide against Bosnians": mass killing (202; PETRARCH2
    MASSACRE block: BUTCHER, MASSACRE, SLAUGHTER), never the intent (03) of "committed"."""
    return _built(sc, _MASS)


_RELEASED: Frames = (
    ("{S} repatriated {Tdem} prisoners{time}", "08"),
    ("{S} repatriated 40 {Tdem} prisoners of war", "08"),
    ("{S} released {Tdem} prisoners{time}", "08"),
    ("{S} freed the detained {Tdem} sailors{time}", "08"),
    ("{S} returned the seized {Tdem} tanker{time}", "08"),
    ("{S} handed back the seized {Tdem} boats{time}", "08"),
    ("{S} handed the seized trucks back to {T}{time}", "08"),
    ("{S} gave back the {Tdem} cargo it had seized", "08"),
    ("{S} unfroze the assets of {Tposs} central bank{time}", "08"),
)


# (not "X unfroze Y-demonym assets." with nothing after: the tagger reads the clause as one noun
# phrase, "unfroze" an adjective; a parse gap left)
def c27_released(sc: Scene) -> Built:
    """ "Kenya repatriated Ugandan prisoners": releasing persons (0841; PETRARCH2 REPATRIATE *
    PRISONERS 0841), not a deportation (174, which repatriated migrants keep); "handed back the
    seized boats" a return (0842), never aid (070); "unfroze Y's assets" eased sanctions (085)."""
    return _built(sc, _RELEASED)


_VOWED: Frames = (
    ("{S} vowed support for {T}{time}", "05"),
    ("{Slead} vowed full support for {T}", "05"),
    ("{S} vowed its backing for {T} in the dispute", "05"),
    ("{S} expressed support for {Tposs} bid{time}", "05"),
    ("{S} voiced support for {Tposs} government{time}", "05"),
)


def c27_vowed_support(sc: Scene) -> Built:
    """ "North Korea vowed support for Russia": verbal support (05; PETRARCH2 VOW * SUPPORT
    051), not an intent (03) of the bare "vow"."""
    return _built(sc, _VOWED)


_STORMED: Frames = (
    ("{Sdem} troops stormed {Tdem} positions{time}", "19"),
    ("{Sdem} forces stormed {Tdem} trenches near the border", "19"),
    ("{Sdem} commandos stormed a {Tdem} outpost{time}", "19"),
    ("{Sdem} troops stormed the {Tdem} garrison{time}", "19"),
)


def c27_stormed_positions(sc: Scene) -> Built:
    """ "Russian troops stormed Ukrainian positions": an assault by force (190; PETRARCH2
    STORM * &STRONGHOLD), which the lexicon knew only for buildings and towns."""
    return _built(sc, _STORMED)


_BLOCKED: Frames = (
    ("{Sdem} coast guard ships blocked a {Tdem} resupply mission{time}", "19"),
    ("{S} blocked a {Tdem} supply mission to the shoal{time}", "19"),
    ("{Sdem} warships blocked a {Tdem} flotilla{time}", "19"),
    ("{Sdem} coast guard vessels blocked {Tdem} fishing boats{time}", "19"),
)


def c27_blocked_mission(sc: Scene) -> Built:
    """ "China's coast guard blocked a Philippine resupply mission": restricting movement
    (191), as blocking Y's ships, never a civilian obstruction (144)."""
    return _built(sc, _BLOCKED)


_PICKETED: Frames = (
    ("{Sdem} activists picketed the {Tdem} embassy{time}", "14"),
    ("Hundreds of {Sdem} workers picketed the {Tdem} embassy{time}", "14"),
    ("{Sdem} protesters picketed {Tposs} consulate{time}", "14"),
    ("{Sdem} students picketed the {Tdem} embassy over the killings", "14"),
)


def c27_picketed(sc: Scene) -> Built:
    """ "Kenyan activists picketed the Ugandan embassy": a demonstration (141), which the
    lexicon had no row for."""
    return _built(sc, _PICKETED)


CODES27_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c27_rallied_support": c27_rallied_support,
    "c27_apology": c27_apology,
    "c27_intelligence": c27_intelligence,
    "c27_show_of_force": c27_show_of_force,
    "c27_seized_property": c27_seized_property,
    "c27_repression": c27_repression,
    "c27_mass_violence": c27_mass_violence,
    "c27_released": c27_released,
    "c27_vowed_support": c27_vowed_support,
    "c27_stormed_positions": c27_stormed_positions,
    "c27_blocked_mission": c27_blocked_mission,
    "c27_picketed": c27_picketed,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in CODES27_CONSTRUCTIONS}
