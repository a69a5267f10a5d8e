"""Round 21's leftovers (issue 9, leftovers25) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo25_bare_claim``: "Chile alleged Argentine forces had violated its airspace", "Peru accused
  Chilean troops had shelled its posts": a claim verb with no "that" before a demonym's noun is
  the verb of the sentence, not an adjective ("the alleged Argentine forces"): an accusation
  X -> Y (112) and the claimed act only reported (GUIDE rules 2 and 3), never asserted;
- ``lo25_carried_future``: "Kenya's envoy will convey Kenya's condolences to Peru": the owner's
  act carried by a bearer keeps the bearer's future (``possible``, GUIDE rule 4), never asserted;
- ``lo25_kept_carrying``: "Italy stopped two Tunisian boats carrying migrants from leaving": the
  "from V-ing" of a participle inside the object is the prevention's (X -> Y 120; a restriction of
  movement keeps 191);
- ``lo25_listed_object``: "Peru expelled three Chilean diplomats, criticised Chile and summoned
  its envoy": the middle verb of a list read as the object's modifier is the list's second act;
- ``lo25_quoted_verdict``: "Peru called Chile's decision 'a scandal'", "described Chile's arrests
  of the traders as ill-judged": a quoted epithet or a hyphenated verdict after "as" is criticism
  (111);
- ``lo25_refused_entry``: "Kenya's ministers were denied entry to Uganda": a passive refusal of
  entry with no agent is the refusal of the state entered (Uganda -> Kenya, 12);
- ``lo25_by_on_verb``: "Diplomats are weighing the prospect of joint exercises with Iran by
  Caracas": a "by" phrase hung on an active main verb is the doer of the act noun in its
  object (Venezuela -> Iran, possible);
- ``lo25_aircraft_hit``: "Kenyan soldiers died when Somalia's aircraft hit their barracks": an
  aircraft as the doer of "hit" is an air strike (195), as "warplanes hit".

On main (9068283) before the fix, probes of each class gave: the bare claim's act asserted for
"accused" and no accusation where "alleged" was read as an adjective; the borne condolences
asserted; no event for the prevented carriers, the refused entry, the "by" doer on the verb and
"aircraft hit"; no criticism for the quoted and hyphenated verdicts and the list's middle
participle. After it, each is at 14/14 with 0 false in `bench/phenomena.py --n 10000` seeds 0-5.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _r,
    _time,
)


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


_CLAIMING = ("alleged", "accused", "charged", "has alleged", "alleged on Monday", "had alleged",
             "has accused")  # fmt: skip
_DOERS = ("{Tdem} forces", "{Tdem} troops", "{Tdem} soldiers", "{Tdem} warplanes",
          "{Tdem} border guards", "{Tdem} police", "{Tdem} gunboats")  # fmt: skip
_CLAIMED = ("had shelled its posts", "had violated its airspace", "shelled its border posts",
            "had attacked its villages", "had seized its fishing boats",
            "had detained its citizens", "crossed into its territory",
            "had fired on its patrol")  # fmt: skip


def lo25_bare_claim(sc: Scene) -> Built:
    """ "Chile alleged Argentine forces had violated its airspace": 112 Chile -> Argentina; the
    violation reported, never asserted."""
    sname = sc.name(sc.s, capital=0.3)
    doers = sc.rng.choice(_DOERS).format(Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {sc.rng.choice(_CLAIMING)} {doers} {sc.rng.choice(_CLAIMED)}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("11")),), allowed


_BEARERS = ("envoy", "ambassador", "foreign minister", "special envoy", "deputy foreign minister")
_WILL = ("will convey", "is to convey", "will relay", "will bring", "is expected to convey",
         "will personally convey")  # fmt: skip
_CONDOLENCES = ("condolences", "sympathy", "deepest condolences")


def lo25_carried_future(sc: Scene) -> Built:
    """ "Kenya's envoy will convey Kenya's condolences to Peru": 018 Kenya -> Peru, possible."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.3)
    bearer = f"{_poss(sname)} {sc.rng.choice(_BEARERS)}"
    if sc.rng.random() < 0.3:
        bearer = f"The {sc.rng.choice(_BEARERS)}"
    owner = _poss(sname)
    text = (f"{bearer} {sc.rng.choice(_WILL)} {owner} {sc.rng.choice(_CONDOLENCES)} to "
            f"{tname}{sc.rng.choice(('', ' next week', ' on Monday'))}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("01"), POSSIBLE),)
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, want, allowed


_PREVENTS = ("stopped", "prevented", "blocked", "barred", "has stopped")
_CARRIERS = ("two {Tdem} boats carrying migrants", "{Tdem} trucks carrying maize",
             "three {Tdem} ships carrying grain", "{Tdem} lorries carrying fuel",
             "a {Tdem} vessel carrying aid", "{Tdem} fishing boats carrying fish")  # fmt: skip
_FROM = ("from leaving", "from crossing the border", "from entering its ports",
         "from reaching its coast", "from docking", "from unloading")  # fmt: skip


def lo25_kept_carrying(sc: Scene) -> Built:
    """ "Italy stopped two Tunisian boats carrying migrants from leaving": Italy -> Tunisia 120
    (or 191), asserted."""
    sname = sc.name(sc.s, capital=0.3)
    carriers = sc.rng.choice(_CARRIERS).format(Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {sc.rng.choice(_PREVENTS)} {carriers} {sc.rng.choice(_FROM)}{_time(sc)}."
    return text, (_e(sc.s, sc.t, _r("12", "19", "17")),), ()


# (a first item with a place or a possessor, "recalled its ambassador from Y, condemned Y and
# ...", parses otherwise: left)
_FIRST = ("expelled three {Tdem} diplomats", "expelled two {Tdem} diplomats",
          "expelled four {Tdem} diplomats", "expelled a {Tdem} diplomat")  # fmt: skip
# ("accused Y of spying and suspended talks": "spying and suspended talks" is read as one
# noun phrase, another parse error: left)
_MIDDLE = ("criticised {T}", "condemned {T}", "denounced {T}", "criticized {T}")
_LAST = ("summoned {Tposs} envoy", "suspended talks", "closed its embassy",
         "summoned {Tposs} charge d'affaires")  # fmt: skip


def lo25_listed_object(sc: Scene) -> Built:
    """ "Peru expelled three Chilean diplomats, criticised Chile and summoned Chile's envoy":
    the criticism Peru -> Chile (11) is the list's second act."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.0)
    fill = {"T": tname, "Tposs": _poss(tname), "Tdem": sc.t.demonym}
    first, middle = sc.rng.choice(_FIRST), sc.rng.choice(_MIDDLE)
    last = sc.rng.choice(_LAST)
    text = (
        f"{_cap(sname)} {first.format(**fill)}, {middle.format(**fill)} and {last.format(**fill)}."
    )
    allowed = (Expect(sc.s.iso3, "*", frozenset(), ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("11")),), allowed


_VERDICT_CALLS = ("called {Tposs} decision '{Q}'", "called {Tposs} move '{Q}'",
                  "called {Tposs} new tariffs '{Q}'", "described {Tposs} arrests of the traders as {H}",
                  "described {Tposs} decision as {H}", "called {Tposs} blockade '{Q}'")  # fmt: skip
_QUOTED = ("a scandal", "a disgrace", "an outrage", "a provocation", "a mistake")
_HYPHENED = ("ill-judged", "ill-advised", "short-sighted", "heavy-handed", "ill-conceived")


def lo25_quoted_verdict(sc: Scene) -> Built:
    """ "Peru called Chile's decision 'a scandal'": 111 Peru -> Chile."""
    sname = sc.leader(sc.s) if sc.rng.random() < 0.3 else sc.name(sc.s)
    tname = sc.name(sc.t)
    phrase = sc.rng.choice(_VERDICT_CALLS).format(
        Tposs=_poss(tname), Q=sc.rng.choice(_QUOTED), H=sc.rng.choice(_HYPHENED)
    )
    text = f"{_cap(sname)} {phrase}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), ASSERTED | NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("11")),), allowed


_VICTIMS = ("{Tdem} soldiers died", "Five of {Tposs} soldiers died", "{Tdem} troops were killed",
            "Two {Tdem} border guards were wounded")  # fmt: skip
_FLIERS = ("{Sposs} aircraft", "{Sdem} aircraft", "{Sposs} jets", "{Sdem} fighter jets",
           "{Sposs} helicopters", "{Sdem} helicopter gunships")  # fmt: skip


def lo25_aircraft_hit(sc: Scene) -> Built:
    """ "Kenyan soldiers died when Somalia's aircraft hit their barracks": Somalia -> Kenya 19."""
    tname, sname = sc.name(sc.t, capital=0.0), sc.name(sc.s, capital=0.0)
    victims = sc.rng.choice(_VICTIMS).format(Tdem=sc.t.demonym, Tposs=_poss(tname))
    fliers = sc.rng.choice(_FLIERS).format(Sdem=sc.s.demonym, Sposs=_poss(sname))
    place = sc.rng.choice(("barracks", "base", "camp", "post"))
    text = f"{victims} when {fliers} hit their {place}{_time(sc)}."
    allowed = (Expect(sc.s.iso3, "", _r("19", "18"), ASSERTED),)
    return _cap(text), (_e(sc.s, sc.t, _r("19", "18")),), allowed


_REFUSED = ("{Tposs} ministers were denied entry to {S}", "{Tdem} traders were refused entry into {S}",
            "{Tdem} journalists were denied entry into {S}", "Two {Tdem} officials were refused entry to {S}",
            "{Tposs} delegation was denied entry to {S}", "{Tdem} lawmakers had been denied entry to {S}")  # fmt: skip


def lo25_refused_entry(sc: Scene) -> Built:
    """ "Kenya's ministers were denied entry to Uganda": the refusal Uganda -> Kenya (12), the
    state entered the only one who can refuse entry."""
    tname, sname = sc.name(sc.t, capital=0.0), sc.name(sc.s, capital=0.0)
    phrase = sc.rng.choice(_REFUSED).format(Tposs=_poss(tname), Tdem=sc.t.demonym, S=sname)
    text = f"{_cap(phrase)}{_time(sc)}."
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("17", "12"), ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("12", "17")),), allowed


# ("Analysts are discussing ... with Y" reads talks of the analysts with Y, another class: left)
_WEIGHING = ("Diplomats are weighing", "Officials are studying", "Observers are debating",
             "Ministers are weighing")  # fmt: skip
_PROSPECT = ("the prospect of", "the possibility of", "the likelihood of")
# (act with {T}, roots)
_BY_ACTS = (("joint exercises with {T}", ("03", "06")), ("new sanctions on {T}", ("16", "03")),
            ("a state visit to {T}", ("04", "03")), ("an airstrike on {T}", ("19", "18", "13")),
            ("military aid to {T}", ("07", "03")))  # fmt: skip


def lo25_by_on_verb(sc: Scene) -> Built:
    """ "Diplomats are weighing the prospect of joint exercises with Iran by Caracas": the "by"
    phrase the parser hangs on the main verb is the act's doer: Venezuela -> Iran, possible."""
    sname, tname = sc.name(sc.s, capital=0.5), sc.name(sc.t, capital=0.0)
    act, roots = sc.rng.choice(_BY_ACTS)
    text = (f"{sc.rng.choice(_WEIGHING)} {sc.rng.choice(_PROSPECT)} "
            f"{act.format(T=tname)} by {sname}.")  # fmt: skip
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(*roots), POSSIBLE),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo25_bare_claim": lo25_bare_claim,
    "lo25_carried_future": lo25_carried_future,
    "lo25_kept_carrying": lo25_kept_carrying,
    "lo25_listed_object": lo25_listed_object,
    "lo25_quoted_verdict": lo25_quoted_verdict,
    "lo25_aircraft_hit": lo25_aircraft_hit,
    "lo25_refused_entry": lo25_refused_entry,
    "lo25_by_on_verb": lo25_by_on_verb,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
