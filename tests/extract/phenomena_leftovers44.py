"""Round 30's second-wave leftovers (issue 9, leftovers44): a pair's "both / the two / they"
acting on the state the pair acted on, and tracking records shared, as suite constructions
crossed with the suite's states named by name, capital or leader and several phrasings:

- ``lo44_pair_third``: "A and B condemned (criticised, accused ...) Y. Both (The two, They,
  Both countries, The two governments) imposed sanctions (suspended aid, closed their borders,
  recalled their envoys, cut ties, issued a warning)": A -> Y and B -> Y, the act's kind
  (main: no event for "Both imposed sanctions", the verb read as an adjective; no target for
  "They imposed sanctions"; A <-> B for "The two closed their borders");
- ``lo44_pair_own``: "A and B met on Monday. Both condemned Y": no third state before, the
  act's own target only (the rule stays with a pair that acted on a third state);
- ``lo44_not_ceased_noun``: "X has not ceased (halted, ended, never stopped) its attacks
  (shelling, raids, bombardment) on Y": X -> Y 19 asserted, no ceasefire (main: 0871
  negated), as leftovers43 made it for gerunds;
- ``lo44_details_topic``: "X did not give any details (gave no information) about the strike
  on Y": X -> Y 19 asserted, the definite act not negated by the details withheld;
- ``lo44_bosnian_serbs``: "Bosnian Serb forces (leaders, artillery) shelled (condemned,
  rejected) ..." in 1992-95: BIHREB (BIH), the GUIDE's code, never Serbia (main: SRBMIL);
- ``lo44_truce_venue``: "A and B signed a ceasefire (truce) in Z's capital": A <-> B, the city
  a venue and no party (main: A -> Z, B -> Z);
- ``lo44_tracking_records``: "X shared all vessel (ship, flight) tracking (monitoring)
  records (data) with Y", "provided (tracking) records to Y", "handed over tracking data to Y":
  X -> Y 064 (main: nothing, or aid 070).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_FIRST = ("condemned {T}", "criticised {T}", "accused {T} of meddling", "denounced {T}",
          "condemned {T} on Monday", "criticised {T} over the border raid")  # fmt: skip
_PAIR = ("Both", "The two", "They", "Both countries", "The two governments", "Both governments")
_ACTS = (("imposed sanctions", "16"), ("suspended aid", "16"), ("closed their borders", "19"),
         ("recalled their ambassadors", "16"), ("cut diplomatic ties", "16"),
         ("imposed new sanctions", "16"), ("later imposed sanctions", "16"),
         ("froze trade talks", "16"))  # fmt: skip


def lo44_pair_third(sc: Scene) -> Built:
    """ "Mali and Niger condemned France. Both imposed sanctions": MLI -> FRA, NER -> FRA."""
    t_name = sc.name(sc.t, capital=0.2)
    first = sc.rng.choice(_FIRST).format(T=t_name)
    act, root = sc.rng.choice(_ACTS)
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} and {sc.name(sc.z, capital=0.0)} {first}. "
            f"{sc.rng.choice(_PAIR)} {act}.")  # fmt: skip
    roots = _r(root, "17") if root == "16" else _r(root, "16", "17")
    expected = (
        _e(sc.s, sc.t, _r("11", "12"), ASSERTED),
        _e(sc.z, sc.t, _r("11", "12"), ASSERTED),
        _e(sc.s, sc.t, roots, ASSERTED),
        _e(sc.z, sc.t, roots, ASSERTED),
    )
    return text, expected, ()


_MET = ("met on Monday", "held talks on Monday", "signed a trade deal", "met in Geneva")
_OWN = (("condemned {T}", "11"), ("criticised {T}", "11"), ("imposed sanctions on {T}", "16"))


def lo44_pair_own(sc: Scene) -> Built:
    """ "Mali and Niger met on Monday. Both condemned France": the act's own target only."""
    act, root = sc.rng.choice(_OWN)
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} and {sc.name(sc.z, capital=0.0)} "
            f"{sc.rng.choice(_MET)}. {sc.rng.choice(_PAIR[:3])} "
            f"{act.format(T=sc.name(sc.t, capital=0.2))}.")  # fmt: skip
    roots = _r(root, "12") if root == "11" else _r(root, "17")
    met = (
        Expect(sc.s.iso3, sc.z.iso3, frozenset(), ANY),
        Expect(sc.z.iso3, sc.s.iso3, frozenset(), ANY),
    )
    return text, (_e(sc.s, sc.t, roots, ASSERTED), _e(sc.z, sc.t, roots, ASSERTED)), met


_CRAFT = ("vessel", "ship", "all vessel", "all ship", "its vessel", "its ship", "its flight")
_TRACK = ("tracking", "monitoring")
_THINGS = ("records", "data")


def lo44_tracking_records(sc: Scene) -> Built:
    """ "Norway shared all vessel tracking records with Denmark", "Greece handed over tracking
    data to Turkey": X -> Y 064, never aid."""
    t_name = sc.name(sc.t, capital=0.2)
    thing = f"{sc.rng.choice(_TRACK)} {sc.rng.choice(_THINGS)}"
    kind = sc.rng.randrange(4)
    if kind == 0:
        act = f"shared {sc.rng.choice(_CRAFT)} {thing} with {t_name}"
    elif kind == 1:
        act = f"provided {sc.rng.choice(('', 'tracking ', 'the '))}records to {t_name}"
    elif kind == 2:
        act = f"handed over {thing} to {t_name}"
    else:
        act = f"provided {sc.rng.choice(_CRAFT[:2])} {thing} to {t_name}"
    text = f"{_cap(sc.name(sc.s))} {act}{sc.rng.choice(('', ' on Monday', ' last week'))}."
    return text, (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()


_NOT_ENDED = ("has not ceased", "has not halted", "never stopped", "did not stop", "has not stopped",
              "never ceased", "has not ended", "hasn't halted")  # fmt: skip
_ATTACKS = (("its attacks on {T}", "19"), ("its shelling of {Tdem} towns", "19"),
            ("its air strikes on {T}", "19"),
            ("its attacks on {Tdem} positions", "19"), ("its bombardment of {T}", "19"))  # fmt: skip


def lo44_not_ceased_noun(sc: Scene) -> Built:
    """ "Russia has not ceased its attacks on Ukraine": RUS -> UKR 19 asserted, no ceasefire
    (main: 0871 negated, no attack)."""
    act, root = sc.rng.choice(_ATTACKS)
    act = act.format(T=sc.name(sc.t, capital=0.2), Tdem=sc.t.demonym)
    text = f"{_cap(sc.name(sc.s))} {sc.rng.choice(_NOT_ENDED)} {act}{sc.rng.choice(_WHEN)}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), ()


_WHEN = ("", " since March", " this year", " despite the talks")
_NO_WORD = ("did not give any details about", "gave no details about", "gave no information on",
            "gave no further details about", "did not give any information about")  # fmt: skip
_STRUCK = ("the strike on {T}", "the attack on {T}", "the raid on {Tdem} positions",
           "the air strike on {T}", "its strike on {T}")  # fmt: skip


def lo44_details_topic(sc: Scene) -> Built:
    """ "Israel did not give any details about the strike on Iran": the strike is told as done,
    not negated by the details withheld (main: 19 negated)."""
    struck = sc.rng.choice(_STRUCK).format(T=sc.name(sc.t, capital=0.2), Tdem=sc.t.demonym)
    text = f"{_cap(sc.name(sc.s))} {sc.rng.choice(_NO_WORD)} {struck}."
    return text, (_e(sc.s, sc.t, _r("19"), ASSERTED),), ()


_BOSNIAN_SERBS = ("Bosnian Serb forces", "Bosnian Serb leaders", "Bosnian Serb troops",
                  "Bosnian Serb artillery", "the Bosnian Serb army", "Bosnian Serb gunners")  # fmt: skip
_BS_ACTS = (("shelled {a_Tdem} army base", "19"), ("condemned {T}", "11"),
            ("accused {T} of arming its enemies", "11"), ("rejected {Tposs} peace plan", "12"))  # fmt: skip
_WAR_DATES = ("1992-08-10", "1993-05-06", "1994-02-05", "1995-07-11")


def lo44_bosnian_serbs(sc: Scene) -> Built:
    """ "Bosnian Serb forces shelled a Croatian army base" (1993): BIH (BIHREB, the GUIDE's
    code) -> T, never Serbia (main: SRBMIL)."""
    tgt = sc.t if sc.t.iso3 not in ("BIH", "SRB") else sc.z
    sc.date = sc.rng.choice(_WAR_DATES)
    act, root = sc.rng.choice(_BS_ACTS)
    name = sc.name(tgt, capital=0.0)
    dem = tgt.demonym
    art = ("an " if dem[:1] in "AEIOU" else "a ") + dem
    act = act.format(T=name, Tposs=_poss(name), a_Tdem=art)
    text = f"{_cap(sc.rng.choice(_BOSNIAN_SERBS))} {act}{sc.rng.choice(_WHEN[:2])}."
    roots = _r(root, "12") if root == "11" else _r(root, "11") if root == "12" else _r(root)
    return text, (Expect("BIH", tgt.iso3, roots, ASSERTED),), ()


_TRUCE = ("signed a ceasefire in {ZC}", "signed a truce in {ZC}", "signed a ceasefire in {ZC} on Monday",
          "signed a ceasefire agreement in {ZC}")  # fmt: skip


def lo44_truce_venue(sc: Scene) -> Built:
    """ "Armenia and Azerbaijan signed a ceasefire in Moscow": ARM <-> AZE 08, the city a venue,
    no Russian party (main: ARM -> RUS, AZE -> RUS)."""
    truce = sc.rng.choice(_TRUCE).format(ZC=sc.z.capital)
    text = f"{_cap(sc.name(sc.s, capital=0.0))} and {sc.name(sc.t, capital=0.0)} {truce}."
    return text, (_e(sc.s, sc.t, _r("08", "03", "05"), ASSERTED),
                  _e(sc.t, sc.s, _r("08", "03", "05"), ASSERTED)), ()  # fmt: skip


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo44_pair_third": lo44_pair_third,
    "lo44_pair_own": lo44_pair_own,
    "lo44_tracking_records": lo44_tracking_records,
    "lo44_not_ceased_noun": lo44_not_ceased_noun,
    "lo44_details_topic": lo44_details_topic,
    "lo44_bosnian_serbs": lo44_bosnian_serbs,
    "lo44_truce_venue": lo44_truce_venue,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
