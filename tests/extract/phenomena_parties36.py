"""Round 25 party leftovers of parties36 (issue 9) as suite constructions, crossed with the
suite's states named by name, capital or demonym, and with states of their own kind where the
class is about them (states of one form of state, capitals that are also common names, states
whose name ends in -s):

- ``p36_office_called``: "Norway's economy minister called Sweden's border controls a
  betrayal (, officials said)": the verdict verb read as a participle of the subject ("the
  minister (who was) called ...") is the finite verb: X -> Y 111;
- ``p36_epithet_pair``: "Morocco and Jordan signed a trade deal. Spain's minister praised the
  kingdom": two states of the epithet's form give no state (no Spain -> Morocco, no guess by
  the nearer mention), for kingdoms, principalities, emirates, sultanates, islands, republics
  and federations;
- ``p36_federation``: "Russia handed a suspect to Y. Y's justice minister thanked the
  federation": the one federation (or confederation) of the story;
- ``p36_cued_capital``: "Maldivian police arrested Indian fishermen. India asked Male to
  release them": a capital that is also a common name (Victoria, Kingston, Georgetown, Male) is
  the government where the story names its state by demonym or leader; alone, no state;
- ``p36_answered_summons``: "The Philippines' ambassador was summoned after Manila summoned
  China's envoy": the agentless summons is the other state's, and the envoy's own post ("the
  Bahamas' ambassador in Havana was summoned") names who summoned;
- ``p36_relative_offer``: "Egypt's president, who proposed to host talks, called Sudan's leader
  on Tuesday": the main verb after a relative clause in commas is no participle of the subject
  (nor of the clause's last noun): EGY -> SDN 04; the clause's own offer stays scene-setting.

Scores on main (d9dbc0a) before the fix, sample(construction, 24, seed=0): p36_office_called
15/24 with 2 false, p36_epithet_pair 24/24 (main has no "federation" form: its pairs drawn as
kingdoms there), p36_federation 0/24, p36_cued_capital 22/24 with 2 false,
p36_answered_summons 0/24, p36_relative_offer 18/24; 24/24 each with 0 false now (seeds 0
to 5).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from phenomena_tables import State, states_of
from phenomena_words import ANY, ASSERTED, REPORTED, Built, Expect, Scene, _cap, _poss, _r

from realpolitik.extract._state_epithets import state_forms


def _e(src: str, tgt: str, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, roots, facts)


_OFFICES = ("foreign minister", "economy minister", "trade minister", "defence minister",
            "interior minister", "labour minister", "foreign ministry", "prime minister",
            "finance minister", "president")  # fmt: skip
_JUDGED = ("border controls", "decision", "remarks", "drills", "new tariffs", "plan", "ban",
           "deployment", "checks", "vote")  # fmt: skip
_VERDICTS = ("a betrayal", "an affront", "a provocation", "a step backwards", "a blow to trade",
             "a snub", "an insult", "a humiliation", "a setback for commuters",
             "a stab in the back", "a blow to the region")  # fmt: skip
_TAILS = ("", " on Tuesday", " in a statement", " last week")


def p36_office_called(sc: Scene) -> Built:
    """ "Norway's economy minister called Sweden's border controls a betrayal on Tuesday":
    NOR -> SWE 111 (reported with ", officials said")."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    office = sc.rng.choice(_OFFICES)
    who = sc.rng.choice((f"{_poss(s_name)} {office}", f"the {sc.s.demonym} {office}"))
    judged = f"{_poss(t_name)} {sc.rng.choice(_JUDGED)}"
    verdict = sc.rng.choice(_VERDICTS) + sc.rng.choice(_TAILS)
    said = sc.rng.random() < 0.25
    text = f"{who} called {judged} {verdict}{', officials said' if said else ''}."
    want = (_e(sc.s.iso3, sc.t.iso3, _r("11"), REPORTED if said else ASSERTED),)
    allowed = (_e(sc.s.iso3, sc.t.iso3, _r("11"), ANY),)
    return _cap(text), want, allowed


# Epithets and the forms they ask for (state_forms' words).
_FORMS = ("kingdom", "principality", "emirate", "sultanate", "islands", "republic", "federation")
_SIGNED = ("signed a trade deal on Monday", "agreed on a fisheries pact on Monday")
_THIRD = (("{C} foreign minister praised the {e}", "05"),
          ("{C} justice minister thanked the {e} for its help", "05"),
          ("{C} foreign ministry criticised the {e}", "11"))  # fmt: skip


@cache
def _form_states() -> dict[str, tuple[State, ...]]:
    """Each epithet's states among those the tables give a capital and a demonym."""
    forms = state_forms()
    out: dict[str, tuple[State, ...]] = {}
    for form in _FORMS:
        want = {"islands": {"islands", "archipelago"}}.get(form, {form})
        codes = sorted(c for c, f in forms.items() if f & want and len(c) == 3)
        # (a table name news never writes, "Micronesia, Fed. Sts.", is left out)
        got = states_of(codes, lambda c: "HOS")
        out[form] = tuple(st for st in got if not any(ch in st.name for ch in ",.("))
    return out


def _outside(sc: Scene, form: str, *not_these: str) -> State:
    """A scene state not of ``form`` and none of ``not_these``."""
    forms = state_forms()
    want = {"islands": {"islands", "archipelago"}}.get(form, {form})
    return next(
        st for st in (sc.z, sc.t, sc.s, *_form_states()["kingdom"], *_form_states()["republic"])
        if st.iso3 not in not_these and not forms.get(st.iso3, frozenset()) & want
    )  # fmt: skip


def p36_epithet_pair(sc: Scene) -> Built:
    """ "Morocco and Jordan signed a trade deal. Spain's foreign minister praised the
    kingdom": MAR <-> JOR 05 and no state for "the kingdom" (two fit)."""
    form = sc.rng.choice(_FORMS)
    pool = _form_states()[form]
    a, b = sc.rng.sample(pool, 2)
    c = _outside(sc, form, a.iso3, b.iso3)
    third, root = sc.rng.choice(_THIRD)
    text = (f"{_cap(a.name)} and {b.name} {sc.rng.choice(_SIGNED)}. "
            f"{third.format(C=_poss(c.name), e=form)}.")  # fmt: skip
    want = (_e(a.iso3, b.iso3, _r("05", "03")), _e(b.iso3, a.iso3, _r("05", "03")))
    allowed = (_e(c.iso3, "", _r(root), ANY), _e(a.iso3, b.iso3, _r("05", "03", "06"), ANY),
               _e(b.iso3, a.iso3, _r("05", "03", "06"), ANY))  # fmt: skip
    return _cap(text), want, allowed


_FEDERATIONS = ("RUS", "CHE", "MYS")
_HANDED = ("handed over a wanted man to {T}", "extradited a fraud suspect to {T}")


@cache
def _federations() -> tuple[State, ...]:
    return states_of(_FEDERATIONS, lambda c: "HOS")


def p36_federation(sc: Scene) -> Built:
    """ "Russia handed over a wanted man to Chile. Chile's justice minister thanked the
    federation for its cooperation": CHL -> RUS 05; "the confederation" for Switzerland."""
    k = sc.rng.choice(_federations())
    epithet = "confederation" if k.iso3 == "CHE" else "federation"
    t = _outside(sc, "federation", k.iso3)
    t_name = sc.name(t, capital=0.0)
    text = (f"{_cap(k.name)} {sc.rng.choice(_HANDED).format(T=t_name)} on Monday. "
            f"{_poss(t_name)} justice minister thanked the {epithet} for its "
            f"{sc.rng.choice(('cooperation', 'help'))}.")  # fmt: skip
    want = (_e(t.iso3, k.iso3, _r("05")),)
    allowed = (_e(k.iso3, t.iso3, _r("06", "07", "08", "17"), ANY),)
    return _cap(text), want, allowed


# Capitals that are also a common name: a person's, a place's elsewhere, an English word.
_CUED = ("SYC", "JAM", "GUY", "MDV")
# Story words of a state's neighbour that make its capital the government (context.tsv).
_NEIGHBOUR_CUES = frozenset({"VEN", "SUR"})


@cache
def _cued_states() -> tuple[State, ...]:
    return states_of(_CUED, lambda c: "HOG" if c == "JAM" else "HOS")


_HELD = ("arrested {n} {Tdem} fishermen", "detained {n} {Tdem} sailors",
         "seized a {Tdem} trawler and its crew")  # fmt: skip
_ASKED = ("asked {C} to release the crew", "urged {C} to free the crew",
          "called on {C} to release the men")  # fmt: skip


def p36_cued_capital(sc: Scene) -> Built:
    """ "Maldivian police arrested 14 Indian fishermen. India asked Male to release the
    crew": IND -> MDV 02; the state named by its leader ("Muizzu's government") alike; "India
    asked Male to release the crew" alone names no state."""
    k = sc.rng.choice(_cued_states())
    t = next(st for st in (sc.t, sc.s, sc.z) if st.iso3 not in _NEIGHBOUR_CUES)
    t_name = sc.name(t, capital=0.0)
    capital = k.capital.split(",")[0]
    held = sc.rng.choice(_HELD).format(n=sc.rng.choice((6, 14, 23)), Tdem=t.demonym)
    leader = k.leader(sc.date)
    cue = sc.rng.random()
    asked = sc.rng.choice(_ASKED).format(C=capital)
    if cue < 0.2:  # no cue: the capital alone is no state
        text = f"{t_name} {asked} on Tuesday."
        return _cap(text), (), (_e(t.iso3, "", _r("02", "10"), ANY),)
    who = f"{k.demonym} police" if cue < 0.6 or not leader else f"{_poss(leader)} government"
    text = f"{who} {held} on Sunday. {t_name} {asked}."
    want = (_e(t.iso3, k.iso3, _r("02", "10")),)
    allowed = (_e(k.iso3, t.iso3, _r("17"), ANY),)
    return _cap(text), want, allowed


# States whose name ends in -s, with a possessive of its own ("the Philippines'").
_PLURAL = ("PHL", "NLD", "BHS", "MDV", "SYC", "COM", "SLB")
_TOPICS = ("over the incident", "over the fishing dispute", "", "over the border clash")


@cache
def _plural_states() -> tuple[State, ...]:
    return states_of(_PLURAL, lambda c: "HOS")


def p36_answered_summons(sc: Scene) -> Built:
    """ "The Philippines' ambassador was summoned on Tuesday after Manila summoned China's
    envoy": CHN -> PHL 11 (and PHL -> CHN 11, the exchange's other half); "the Bahamas'
    ambassador in Havana was summoned": CUB -> BHS 11."""
    x = sc.rng.choice((*_plural_states(), sc.s))
    y = next(st for st in (sc.t, sc.z) if st.iso3 != x.iso3)
    x_name, y_name = sc.name(x, capital=0.0), sc.name(y, capital=0.0)
    envoy = sc.rng.choice(("ambassador", "envoy"))
    verb, root = sc.rng.choice((("summoned", "11"), ("expelled", "16")))
    if sc.rng.random() < 0.6:
        topic = sc.rng.choice(_TOPICS)
        text = (f"{_poss(x_name)} {envoy} was {verb} on Tuesday after {x.capital.split(',')[0]} "
                f"{verb} {_poss(y_name)} {sc.rng.choice(('ambassador', 'envoy'))}"
                f"{' ' + topic if topic else ''}.")  # fmt: skip
        want = (_e(y.iso3, x.iso3, _r(root)),)
        return _cap(text), want, (_e(x.iso3, y.iso3, _r(root), ANY),)
    post = sc.rng.choice((f"in {y.capital.split(',')[0]}", f"to {y_name}"))
    text = f"{_poss(x_name)} {envoy} {post} was summoned on {sc.rng.choice(('Friday', 'Monday'))}."
    return _cap(text), (_e(y.iso3, x.iso3, _r("11")),), ()


_REL_OFFERS = ("who offered talks with {Z} last week", "who proposed to mediate between {Z} and {W}",
               "who offered help to {Z} after the floods", "who proposed to host talks",
               "who had offered to mediate")  # fmt: skip
_REL_MAIN = (("called {T} leader on Tuesday", "04", True), ("criticised {T} on Monday", "11", False),
             ("invited {T} president to talks", "03", True),
             ("summoned {T} ambassador on Friday", "11", True))  # fmt: skip


def p36_relative_offer(sc: Scene) -> Built:
    """ "Egypt's president, who proposed to host talks, called Sudan's leader on Tuesday": the
    main verb after a relative clause in commas is no participle of the subject (EGY -> SDN
    04); the clause's own offer is scene-setting (GUIDE rule 1) with its own target."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    who = sc.rng.choice((f"{_poss(s_name)} foreign minister", f"the {sc.s.demonym} president",
                         f"{_poss(s_name)} envoy"))  # fmt: skip
    rel = sc.rng.choice(_REL_OFFERS).format(
        Z=sc.z.name, W=sc.rng.choice(("the rebels", "its rivals"))
    )
    main, root, owned = sc.rng.choice(_REL_MAIN)
    main = main.format(T=_poss(t_name) if owned else t_name)
    text = f"{who}, {rel}, {main}."
    want = (_e(sc.s.iso3, sc.t.iso3, _r(root)),)
    allowed = (_e(sc.s.iso3, sc.z.iso3, _r("03", "04"), ANY), _e(sc.s.iso3, "", _r("03", "04"), ANY),
               _e(sc.t.iso3, sc.s.iso3, _r("04"), ANY))  # fmt: skip
    return _cap(text), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p36_office_called": p36_office_called,
    "p36_epithet_pair": p36_epithet_pair,
    "p36_federation": p36_federation,
    "p36_cued_capital": p36_cued_capital,
    "p36_answered_summons": p36_answered_summons,
    "p36_relative_offer": p36_relative_offer,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
