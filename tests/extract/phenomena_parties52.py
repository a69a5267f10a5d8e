"""Round 32's party, reference and story classes (issue 9, parties52: fresh26's D, C, E, G and K),
as suite constructions crossed with the suite's states by name, capital and demonym:

- ``p52_pair_denial`` (D): "X seized Y-ian maize. <a sentence naming a third state Z>. Y
  rejected claims that Y-ian officials had ignored the smuggling": Y -> X 016 (the story's
  pair, ``story_pair``);
- ``p52_pair_protest`` (D): "X's parliament approved tariffs that will hit Y-ian car parts. The
  bill also covers goods from Z. Y lodged a formal protest": Y -> X 114 (``story_pair``);
- ``p52_oped_protest`` (D): an op-ed: "Y has been patient with X. ... Z and its neighbours
  have faced the same duties. Y lodged a formal protest (, but X did not budge)": Y -> X 114;
- ``p52_no_party`` (D): "X's minister met Y-ian officials in CAPITAL. X said it supported
  dialogue in the region": the meeting only, no support of no one (``partyless_acts``);
- ``p52_vague_threat`` (D): "X approved tariffs on Y-ian steel. Z said it would take necessary
  measures to protect its firms": no threat at no one (``partyless_acts``);
- ``p52_invited_tour`` (D): "X invited Y-ian investors to tour factories in REGION": the
  invitation only (``partyless_acts``);
- ``p52_consular_help`` (C): "X-ian police arrested three Y-ian sailors. Y's embassy said it
  was giving the sailors legal help": no aid event (``own_people``);
- ``p52_own_firms`` (C): "Y asked X to stop shipments of pesticides. X said it had suspended
  the export permits of three firms in CITY": no measure, the city no party (``own_people``);
- ``p52_offer_court`` (E): "Y asked X to hand over a man. X said it would not extradite him but
  offered to try him in an X-ian court": X -> Y 03, never X's court (``own_venue``);
- ``p52_not_delay`` (E): "Y appealed to X to exempt its beef. X-ian officials said they were
  open to talks but would not delay the tariffs": X -> Y 12 (a trigger row for "delay");
- ``p52_denied_hearing`` (G): "X-ian customs seized Y-ian lorries. Y's embassy in CAPITAL
  complained that the lorries had been held and that its drivers had been denied a hearing":
  X -> Y 12 `reported` (``complained_denials``);
- ``p52_fight_for`` (K): "CAPITAL says at least 40 Y-ian nationals are fighting for X": no
  event (``serving_nationals``).

Scores on main (8acb6de6) before the fixes, seed 0 (8 each): p52_pair_denial 0/8,
p52_pair_protest 0/8, p52_oped_protest 0/8, p52_no_party 0/8 (8 false), p52_vague_threat 0/8 (8 false),
p52_invited_tour 0/8, p52_consular_help 0/8, p52_own_firms 0/8, p52_offer_court 4/8 (4 false),
p52_not_delay 0/8, p52_denied_hearing 0/8, p52_fight_for 0/8. After: 8/8 each, 0 false (seeds
0 and 1).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_THIRD = ("{Z} had urged {S} to tighten its border controls.",
          "The maize was bound for buyers in {Z}.",
          "{Z} praised the seizure.")  # fmt: skip
_GOODS = ("maize", "sugar", "fertiliser", "cement")


def p52_pair_denial(sc: Scene) -> Built:
    """ "X seized Y-ian maize. <third state>. Y rejected claims that Y-ian officials had ignored
    the smuggling": Y -> X 016."""
    goods = sc.rng.choice(_GOODS)
    first = f"{sc.s.demonym} customs seized 300 tonnes of {sc.t.demonym} {goods} on Monday."
    third = sc.rng.choice(_THIRD).format(Z=sc.z.name, S=sc.s.name)
    who = sc.rng.choice((sc.t.name, sc.t.capital, f"{_poss(sc.t.name)} government"))
    verb = sc.rng.choice(("rejected claims", "dismissed claims", "denied reports"))
    last = f"{who} {verb} that {sc.t.demonym} officials had ignored the smuggling."
    want = (_e(sc.t, sc.s, _r("01"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("17"), ANY), _e(sc.z, sc.s, _r("02", "05"), ANY),
               Expect(sc.t.iso3, "*", _r("17"), NOT_ASSERTED))  # fmt: skip
    return f"{first} {third} {_cap(last)}", want, allowed


def p52_pair_protest(sc: Scene) -> Built:
    """ "X's parliament approved tariffs that will hit Y-ian car parts. The bill also covers
    goods from Z. Y lodged a formal protest": Y -> X 114."""
    goods = sc.rng.choice(("car parts", "steel pipes", "cement", "textiles"))
    body = sc.rng.choice(("parliament", "senate", "cabinet"))
    first = (f"{_poss(sc.s.name)} {body} approved tariffs that will hit {sc.t.demonym} {goods} "
             "from January 1.")  # fmt: skip
    third = f"The bill also covers goods from {sc.z.name}."
    who = sc.rng.choice((sc.t.name, sc.t.capital))
    when = sc.rng.choice(("on Tuesday", "in January", "a day later"))
    last = f"{who} lodged a formal protest {when}."
    want = (_e(sc.t, sc.s, _r("11"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("16"), ANY), _e(sc.s, sc.z, _r("16"), ANY))
    return f"{_cap(first)} {third} {_cap(last)}", want, allowed


_PROTESTS = ("When {S} raised duties on {T_dem} fish, {T} lodged a formal protest in January.",
             "{T} lodged a formal protest in January, but {S} did not budge.",
             "{T} lodged a formal protest in January.")  # fmt: skip


def p52_oped_protest(sc: Scene) -> Built:
    """An op-ed: "Y has been patient with X. Y has refused X's requests to reopen the border.
    Z, W and V have faced the same duties. Y lodged a formal protest in January (, but X did not
    budge)": Y -> X 114 (the story's pair, never a listed state or no one)."""
    first = f"{sc.t.name} has been patient with {sc.s.name} for too long."
    second = f"{sc.t.capital} has refused requests from {sc.s.capital} to reopen the border."
    listed = f"{sc.z.name} and its neighbours have faced the same duties."
    last = sc.rng.choice(_PROTESTS).format(S=sc.s.name, T=sc.t.name, T_dem=sc.t.demonym)
    order = (first, second, listed, last) if sc.rng.random() < 0.5 else (first, listed, last)
    want = (_e(sc.t, sc.s, _r("11"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("12"), ASSERTED), _e(sc.s, sc.t, _r("16"), ANY))
    return " ".join(_cap(x) for x in order), want, allowed


_PROCESSES = ("dialogue in the region", "peace and stability in the region",
              "dialogue between all sides", "a peaceful settlement")  # fmt: skip


def p52_no_party(sc: Scene) -> Built:
    """ "X's minister met Y-ian officials in CAPITAL. X said it supported dialogue in the
    region": the meeting, and no support event."""
    who = sc.rng.choice(("foreign minister", "defence minister", "trade minister"))
    first = f"{_poss(sc.s.name)} {who} met {sc.t.demonym} officials in {sc.t.capital} on Monday."
    verb = sc.rng.choice(("supported", "backed", "supports"))
    last = f"{sc.s.name} said it {verb} {sc.rng.choice(_PROCESSES)}."
    want = (_e(sc.s, sc.t, _r("04"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("04"), ASSERTED), _e(sc.s, sc.t, _r("04"), ANY))
    return f"{_cap(first)} {_cap(last)}", want, allowed


def p52_vague_threat(sc: Scene) -> Built:
    """ "X approved tariffs on Y-ian steel. Z said it would take necessary measures to protect
    its firms": no threat at no one."""
    goods = sc.rng.choice(("steel", "car parts", "solar panels"))
    first = f"{sc.s.name} imposed tariffs on {sc.t.demonym} {goods} on Monday."
    what = sc.rng.choice(("necessary measures", "all necessary measures", "appropriate steps"))
    who = sc.rng.choice((sc.z.name, f"{_poss(sc.z.name)} commerce ministry"))
    last = f"{who} said it would take {what} to protect its firms."
    want = (_e(sc.s, sc.t, _r("16"), ASSERTED),)
    allowed = (Expect(sc.z.iso3, sc.s.iso3, _r("13"), ANY),)
    return f"{_cap(first)} {_cap(last)}", want, allowed


_REGIONS = ("the northern region", "the Lakes region", "the coastal provinces", "Santa Lucerna")


def p52_invited_tour(sc: Scene) -> Built:
    """ "X invited Y-ian investors to tour factories in REGION": X -> Y 03, no tour event."""
    who = sc.rng.choice((sc.s.name, f"{_poss(sc.s.name)} president"))
    people = sc.rng.choice(("investors", "buyers", "importers"))
    site = sc.rng.choice(("tour factories", "tour cocoa farms", "visit industrial parks"))
    text = f"{who} invited {sc.t.demonym} {people} to {site} in {sc.rng.choice(_REGIONS)}."
    want = (_e(sc.s, sc.t, _r("03"), ASSERTED),)
    return _cap(text), want, ()


def p52_consular_help(sc: Scene) -> Built:
    """ "X-ian police arrested three Y-ian sailors. Y's embassy said it was giving the sailors
    legal help": the arrest only."""
    people = sc.rng.choice(("sailors", "fishermen", "students"))
    first = f"{sc.s.demonym} police arrested three {sc.t.demonym} {people} in {sc.s.capital}."
    mission = sc.rng.choice(("embassy", "consulate"))
    help_ = sc.rng.choice((f"was giving the {people} legal help",
                           f"was providing the {people} with consular assistance",
                           f"had given the {people} legal aid"))  # fmt: skip
    last = f"{_poss(sc.t.name)} {mission} in {sc.s.capital} said it {help_}."
    want = (_e(sc.s, sc.t, _r("17"), ASSERTED),)
    return f"{first} {_cap(last)}", want, ()


_CITIES = ("Port Averly", "Valdoria", "Kestrel Bay", "Nova Ribeira")


def p52_own_firms(sc: Scene) -> Built:
    """ "Y asked X to stop shipments of pesticides. X said it had suspended the export permits
    of three firms in CITY": the request only."""
    goods = sc.rng.choice(("banned pesticides", "counterfeit seed", "untaxed fuel"))
    first = f"{sc.t.name} asked {sc.s.name} to stop shipments of {goods}."
    verb = sc.rng.choice(("suspended", "revoked"))
    what = sc.rng.choice(("the export permits", "the licences", "the export licences"))
    firms = sc.rng.choice(("firms", "companies"))
    last = f"{sc.s.name} said it had {verb} {what} of three {firms} in {sc.rng.choice(_CITIES)}."
    want = (_e(sc.t, sc.s, _r("02"), ASSERTED),)
    return f"{_cap(first)} {_cap(last)}", want, ()


def p52_offer_court(sc: Scene) -> Built:
    """ "Y asked X to hand over a man. X said it would not extradite him but offered to try him
    in an X-ian court": X -> Y 12 and 03."""
    crime = sc.rng.choice(("fraud", "smuggling", "money laundering"))
    first = f"{sc.t.name} asked {sc.s.name} to hand over {_a(sc.s.demonym)} man wanted for {crime}."
    offer = sc.rng.choice(("offered to try him", "offered instead to try him",
                           "offered to have him tried"))  # fmt: skip
    last = f"{sc.s.name} said it would not extradite him but {offer} in {_a(sc.s.demonym)} court."
    want = (_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("12"), ASSERTED),
            _e(sc.s, sc.t, _r("03"), ASSERTED))  # fmt: skip
    return f"{_cap(first)} {_cap(last)}", want, ()


def _a(word: str) -> str:
    return f"{'an' if word[0] in 'AEIOU' else 'a'} {word}"


def p52_not_delay(sc: Scene) -> Built:
    """ "Y appealed to X to exempt its beef. X-ian officials said they were open to talks but
    would not delay the tariffs": X -> Y 12 (and the readiness, 03)."""
    goods = sc.rng.choice(("beef", "cocoa", "rice", "steel"))
    first = f"{sc.t.name} asked {sc.s.name} to exempt its {goods} from the new tariffs."
    verb = sc.rng.choice(("delay", "postpone"))
    what = sc.rng.choice(("the tariffs", "the duties"))
    last = (f"{sc.s.demonym} officials said they were open to talks but would not {verb} "
            f"{what}.")  # fmt: skip
    want = (_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("12"), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("03"), ANY),)
    return f"{_cap(first)} {last}", want, allowed


def p52_denied_hearing(sc: Scene) -> Built:
    """ "X-ian customs seized Y-ian lorries. Y's embassy in CAPITAL complained that the lorries
    had been held and that its drivers had been denied a hearing": X -> Y 12 `reported`."""
    first = f"{sc.s.demonym} customs seized 40 {sc.t.demonym} lorries at the border."
    denied = sc.rng.choice(("its drivers had been denied a hearing",
                            "its exporter had been denied a hearing",
                            "its drivers had been denied access to lawyers",
                            "its owners had been refused a hearing"))  # fmt: skip
    last = (f"{_poss(sc.t.name)} embassy in {sc.s.capital} complained that the lorries had "
            f"been held for three weeks and that {denied}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.t, sc.s, _r("11"), ASSERTED),
            _e(sc.s, sc.t, _r("12"), REPORTED))  # fmt: skip
    allowed = (_e(sc.s, sc.t, _r("19", "17"), ANY),)
    return f"{first} {last}", want, allowed


def p52_fight_for(sc: Scene) -> Built:
    """ "CAPITAL says at least 40 Y-ian nationals are fighting for X": no event."""
    people = sc.rng.choice(("nationals", "citizens", "men", "volunteers", "mercenaries"))
    how = sc.rng.choice(("are fighting for", "are fighting alongside", "were fighting for"))
    who = sc.rng.choice((sc.z.capital, sc.z.name))
    verb = "says"
    text = f"{who} {verb} at least 40 {sc.t.demonym} {people} {how} {sc.s.name}."
    return _cap(text), (), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p52_pair_denial": p52_pair_denial,
    "p52_pair_protest": p52_pair_protest,
    "p52_oped_protest": p52_oped_protest,
    "p52_no_party": p52_no_party,
    "p52_vague_threat": p52_vague_threat,
    "p52_invited_tour": p52_invited_tour,
    "p52_consular_help": p52_consular_help,
    "p52_own_firms": p52_own_firms,
    "p52_offer_court": p52_offer_court,
    "p52_not_delay": p52_not_delay,
    "p52_denied_hearing": p52_denied_hearing,
    "p52_fight_for": p52_fight_for,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
