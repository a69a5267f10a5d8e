"""Round 30's party, place and reference classes (issue 9, parties49: fresh24's A, D and E), as
suite constructions crossed with the suite's states by name, capital and demonym:

- ``p49_unknown_city`` (A): "X's trade minister met Y-ian officials in CAPITAL. X's foreign
  minister later flew to CITY" (a city no table knows): X -> Y 042 (``unknown_city_visit``);
- ``p49_region_state`` (A): "... to a utility in Northern Ireland / West Bengal / Inner
  Mongolia / South Tyrol": the region's own state, never the state named inside it
  (``groups.tsv``'s region rows);
- ``p49_pronoun_object`` (D): "X-ian police detained a Y-ian reporter and deported him":
  X -> Y for both verbs, never X -> X (``coordinated_pronoun_object``);
- ``p49_crew_freed`` (D): "... detained its 12 crew. The sailors were freed on Tuesday": the
  holder's release at Y (``carried_victims`` with the crew's kin words);
- ``p49_denied_access`` (D): "A X-ian court sentenced a Y-ian national. Y's ministry said its
  consular officers had been denied access to the man": X -> Y 12 (``denied_access_holder``);
- ``p49_officials_say_it`` (C): "Although X has signed ... with Y, it has refused to join drills
  that Z could read as a provocation, and Y-ian officials say it turned down an invitation":
  X -> Y 12 (``reported_it_main_subject``; the hedged relative clause names no owner);
- ``p49_trade_grown`` (E): "X's trade with Y has grown by a third since the deal": X -> Y 06
  (``_non_events._pair_exchange_grown``: a pair's exchange grown in the perfect is no figure);
- ``p49_noun_subject`` (E): "X's ties with Y have mended. X-ian investment is flowing again":
  X -> Y 06 (``act_noun_subject_partner``).

Scores on main (f37e685c) before the fix, 24 cases each, seed 0: p49_unknown_city 0/24,
p49_region_state 0/24 (12 false), p49_pronoun_object 13/24 (7 false), p49_crew_freed 0/24,
p49_noun_subject 0/24, p49_denied_access 0/24, p49_officials_say_it 0/24 (48 false),
p49_trade_grown 0/24. After: 24/24 each, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

# Cities no table of the project places (invented or too small for any table).
_CITIES = ("Santa Lucerna", "Port Averly", "Valdoria", "Kestrel Bay", "San Aurelio",
           "Nova Ribeira", "Eastmoor")  # fmt: skip
_MINISTERS = ("foreign minister", "trade minister", "defence minister", "deputy prime minister")


def p49_unknown_city(sc: Scene) -> Built:
    """ "X's trade minister met Y-ian officials in CAPITAL. X's foreign minister later flew to
    CITY": X -> Y 042 (a city no table knows: the story's other state)."""
    city = sc.rng.choice(_CITIES)
    who = f"{_poss(sc.s.name)} {sc.rng.choice(_MINISTERS)}"
    first = (f"{_poss(sc.t.name)} {sc.rng.choice(_MINISTERS)} met {sc.s.demonym} officials "
             f"in {sc.t.capital} on Monday.")  # fmt: skip
    second = sc.rng.choice((f"{_cap(who)} later flew to {city}.",
                            f"{_cap(who)} travelled to {city} on Thursday.",
                            f"{_cap(who)}, visiting {city}, praised the talks."))  # fmt: skip
    want = (_e(sc.s, sc.t, _r("04"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("04"), ANY), _e(sc.s, sc.t, _r("05", "04"), ANY))
    return f"{first} {second}", want, allowed


_REGIONS = (("Northern Ireland", "GBR", "IRL"), ("West Bengal", "IND", "BGD"),
            ("Inner Mongolia", "CHN", "MNG"), ("South Tyrol", "ITA", "AUT"))  # fmt: skip
_SALES = ("signed a contract to sell gas to a utility in {R}",
          "signed a contract to sell coal to a steelworks in {R}",
          "agreed to sell power to a grid operator in {R}")  # fmt: skip


def p49_region_state(sc: Scene) -> Built:
    """ "X's state oil firm signed a contract to sell gas to a utility in REGION": the
    region's own state, never the one named inside its name."""
    fits = [r for r in _REGIONS if sc.s.iso3 not in r[1:]]
    region, state, named = sc.rng.choice(fits)
    firm = sc.rng.choice((f"{_poss(sc.s.name)} state oil firm", f"{sc.s.demonym} exporters"))
    text = _cap(f"{firm} {sc.rng.choice(_SALES).format(R=region)}.")
    want = (Expect(sc.s.iso3, state, _r("03", "05", "06"), ANY),)
    allowed = (Expect(sc.s.iso3, "", _r("03", "05", "06"), ANY),)
    return text, want, allowed if named else ()


_HELD = (("detained a {T} reporter on Saturday and deported him two days later", "17"),
         ("arrested two {T} traders and expelled them on Monday", "17"),
         ("questioned a {T} student and later released her", "08"),
         ("detained three {T} fishermen and freed them a week later", "08"))  # fmt: skip
_POLICE = ("{S} police", "{S} border guards", "{S} security officers")


def p49_pronoun_object(sc: Scene) -> Built:
    """ "X-ian police detained a Y-ian reporter and deported him": X -> Y for the second verb
    too (its pronoun object is the first verb's object), never X -> X."""
    held, root = sc.rng.choice(_HELD)
    police = sc.rng.choice(_POLICE).format(S=sc.s.demonym)
    text = f"{police} {held.format(T=sc.t.demonym)}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("09", "11", "16", "17", "08"), ANY),)
    return text, want, allowed


_CRAFT = ("trawler", "fishing boat", "cargo ship", "ferry")
_CREW_AGAIN = ("The sailors were freed on Tuesday", "The seamen were released on Friday",
               "The crewmen were set free a week later")  # fmt: skip


def p49_crew_freed(sc: Scene) -> Built:
    """ "X-ian coast guard seized a Y-ian trawler and detained its 12 crew. The sailors were
    freed on Tuesday": X -> Y 08 (the holder frees the people it held, named by another word)."""
    craft = sc.rng.choice(_CRAFT)
    text = (f"The {sc.s.demonym} coast guard seized a {sc.t.demonym} {craft} on Sunday and "
            f"detained its {sc.rng.choice(('12', '14', 'nine'))} crew. "
            f"{sc.rng.choice(_CREW_AGAIN)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("08"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("17"), ANY),)
    return text, want, allowed


_MENDED = ("{S}'s ties with {T} have mended", "{S} and {T} patched up their quarrel last year",
           "Relations between {S} and {T} have thawed")  # fmt: skip
_FLOWING = ("{D} investment, which never really stopped, is flowing again",
            "{D} investment has picked up since then", "{D} trade keeps growing")  # fmt: skip


def p49_noun_subject(sc: Scene) -> Built:
    """ "X's ties with Y have mended. X-ian investment is flowing again": X -> Y 06 (the act
    noun's predicate names no act; the story's other state)."""
    lead = sc.rng.choice(_MENDED).format(S=sc.s.name, T=sc.t.name).replace("s's", "s'")
    text = f"{lead}. {sc.rng.choice(_FLOWING).format(D=sc.s.demonym)}."
    want = (_e(sc.s, sc.t, _r("06"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("06"), ANY), _e(sc.s, sc.t, _r("05", "04", "03"), ANY),
               _e(sc.t, sc.s, _r("05", "04", "03"), ANY))  # fmt: skip
    return text, want, allowed


_DENIED = ("had been denied access to the man", "had been refused access to him",
           "had been denied consular access to the prisoner")  # fmt: skip
_HELD_BY = ("A {S} court sentenced a {T} national to five years in prison",
            "{S} police arrested a {T} businessman in {Scap}",
            "{S} border guards detained a {T} lorry driver")  # fmt: skip


def p49_denied_access(sc: Scene) -> Built:
    """ "A X-ian court sentenced a Y-ian national. Y's foreign ministry said its consular
    officers had been denied access to the man": X -> Y 12 `reported` (the holder refuses)."""
    held = sc.rng.choice(_HELD_BY).format(S=sc.s.demonym, T=sc.t.demonym, Scap=sc.s.capital)
    who = sc.rng.choice((f"{_poss(sc.t.name)} foreign ministry", f"{sc.t.name}"))
    text = (
        f"{held}. {_cap(who)} said its "
        f"{sc.rng.choice(('consular officers', 'diplomats'))} {sc.rng.choice(_DENIED)}."
    )
    want = (_e(sc.s, sc.t, _r("12"), REPORTED | ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("17", "11"), ANY),)
    return _cap(text), want, allowed


_REFUSED_AGAIN = ("turned down an invitation to send observers last year",
                  "rejected an offer of joint patrols in May",
                  "declined an invitation to the talks")  # fmt: skip


def p49_officials_say_it(sc: Scene) -> Built:
    """ "Although X has signed patrol agreements with Y, it has refused to join drills that Z
    could read as a provocation, and Y-ian officials say it turned down an invitation": X -> Y
    12, never Y -> Y nor X -> Z."""
    text = (f"Although {sc.s.name} has signed patrol agreements with {sc.t.name}, it has "
            f"refused to join drills that {sc.z.name} could read as a provocation, and "
            f"{sc.t.demonym} officials say it {sc.rng.choice(_REFUSED_AGAIN)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED | REPORTED),)
    allowed = (_e(sc.s, sc.t, _r("05", "12"), ANY), Expect(sc.s.iso3, "", _r("12"), ANY))
    return text, want, allowed


_GROWN = ("has grown by a third since the 2022 trade deal", "has doubled since 2020",
          "has grown steadily since the border reopened",
          "has risen by 40 percent in five years")  # fmt: skip


def p49_trade_grown(sc: Scene) -> Built:
    """ "X's trade with Y has grown by a third since the deal": X -> Y 06 (the exchange between
    the two, told in the perfect; not a figure), never a figure's no-event."""
    text = f"{_poss(sc.s.name)} trade with {sc.t.name} {sc.rng.choice(_GROWN)}."
    want = (_e(sc.s, sc.t, _r("06"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("06"), ANY), _e(sc.s, sc.t, _r("05", "03"), ANY))
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p49_unknown_city": p49_unknown_city,
    "p49_region_state": p49_region_state,
    "p49_pronoun_object": p49_pronoun_object,
    "p49_crew_freed": p49_crew_freed,
    "p49_noun_subject": p49_noun_subject,
    "p49_denied_access": p49_denied_access,
    "p49_officials_say_it": p49_officials_say_it,
    "p49_trade_grown": p49_trade_grown,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
