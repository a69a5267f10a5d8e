"""Round 18's leftover classes (issue 9, leftovers18, from note30's "Leftovers named by
helpers") as suite constructions crossed with the suite's states named by name, capital,
demonym + sector or leader, each with several phrasings:

- ``lo18_criminals_fought``: "X('s troops) clashed with / fought (against) / battled drug gangs,
  traffickers, smugglers (inside its own territory, near the border with Y)": a state's fight
  with criminals names no party and no interstate act (GUIDE rule 7, lex22): nothing;
- ``lo18_price_charged``: "X charges Y more / less / twice as much for fuel", "X charged Y $5 a
  barrel": a price asked, no accusation (trade allowed, never 11);
- ``lo18_planned_signing``: "The agreement between X and Y is to be (is due to be, is set to be)
  signed", "X's treaty with Y is to be ratified", "X and Y reached a deal. The deal is to be
  signed next month": the signing `possible`, X <-> Y (GUIDE rule 4);
- ``lo18_answering_role``: "X asked Y to V (, and) the ambassador / the minister agreed,
  refused, declined": the unnamed office-holder is the asked state's, answering X;
- ``lo18_side_envoys``: "X and Y clashed. Neither side has recalled its ambassador / both
  governments expelled the other's diplomats": X <-> Y 16 (negated with "neither");
- ``lo18_traded_charges``: "X and Y traded / exchanged accusations, blame, barbs, insults,
  threats, fire": reciprocal 11 / 13 / 19, never trade (06);
- ``lo18_rate_multiplied``: "X doubled / tripled / quadrupled the tariff / levy / fee on Y's
  goods" (16); "halved / slashed" (08);
- ``lo18_respond_valenced``: "X responded positively / favourably to Y's proposal" (05),
  "negatively / coolly" (12);
- ``lo18_individuals_leave``: "X gave N of Y's nationals / journalists 48 hours to leave", "N Y
  journalists were given 72 hours to leave X", "X ordered Y's nationals to leave the country":
  individuals deported (174, GUIDE rule 7 "Expulsions"; 16 is the diplomats');
- ``lo18_fined_firm``: "X fined a Y-owned / Y-based / Y company and demanded that the firm pay":
  the firm is Y's business, X -> Y 17 and 10.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(root: str) -> frozenset[str]:
    return frozenset({root})


# A future signing is coded 057 or read as the intent to sign (03): both `possible`.
_SIGNING = frozenset({"05", "03"})

_FIGHTERS = ("{S}", "{Sdem} troops", "{Sdem} police", "{Sposs} army", "{Sdem} soldiers",
             "{Sposs} security forces")  # fmt: skip
_FOUGHT = ("clashed with", "fought", "fought against", "battled", "battled against",
           "clashed again with", "skirmished with")  # fmt: skip
_CRIMINALS = ("drug gangs", "drug traffickers", "smugglers", "armed gangs", "cartel gunmen",
              "a drug cartel", "kidnappers", "cattle rustlers", "bandits", "human traffickers")  # fmt: skip
_WHERE = ("", " inside its own territory", " near the border with {T}", " in the north",
          " along the border with {T}", " on its side of the border")  # fmt: skip


def lo18_criminals_fought(sc: Scene) -> Built:
    """ "Mexican troops clashed with drug gangs near the border with Guatemala": nothing."""
    sname = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_FIGHTERS).format(S=sname, Sdem=sc.s.demonym, Sposs=_poss(sname))
    where = sc.rng.choice(_WHERE).format(T=sc.name(sc.t, capital=0.0))
    text = f"{who} {sc.rng.choice(_FOUGHT)} {sc.rng.choice(_CRIMINALS)}{where}{_time(sc)}."
    return _cap(text), (), ()


_GOODS = ("fuel", "gas", "electricity", "transit", "water", "power", "diesel", "port services")
_PRICED = ("charges {T} more for {g}", "charged {T} less for {g}", "charges {T} twice as much for"
           " {g}", "charged {T} more for {g} than for its own firms", "charges {T} $5 a barrel for"
           " {g}", "has charged {T} extra for {g}", "charges {T} more for {g} than {Z}")  # fmt: skip


def lo18_price_charged(sc: Scene) -> Built:
    """ "Uganda charges Kenya more for fuel": a price, no accusation (trade allowed)."""
    act = sc.rng.choice(_PRICED).format(T=sc.name(sc.t, capital=0.2), g=sc.rng.choice(_GOODS),
                                        Z=sc.name(sc.z, capital=0.0))  # fmt: skip
    text = f"{sc.name(sc.s, capital=0.3)} {act}{_time(sc)}."
    trade = tuple(
        Expect(a.iso3, b.iso3, _r("06"), ANY) for a in (sc.s, sc.t) for b in (sc.s, sc.t, sc.z)
    )
    return _cap(text), (), trade


_PACTS = ("agreement", "trade agreement", "defence pact", "treaty", "accord", "border treaty",
          "security pact", "memorandum")  # fmt: skip
_PLANNED = ("is to be signed", "is due to be signed", "is set to be signed", "is to be ratified",
            "is expected to be signed", "will be signed", "is to be signed formally")  # fmt: skip
_LATER = (
    " next month",
    " in {Tcap}",
    " on Friday",
    " next week",
    " before the end of the year",
    "",
)
_REACHED = ("reached a trade deal", "agreed on a border treaty", "concluded talks on a pact",
            "reached an agreement on fishing rights")  # fmt: skip
_AGAIN = ("The deal", "The treaty", "The pact", "The agreement")


def lo18_planned_signing(sc: Scene) -> Built:
    """ "The agreement between Peru and Chile is to be signed next month": X <-> Y 05 possible."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    later = sc.rng.choice(_LATER).format(Tcap=sc.t.capital)
    planned = sc.rng.choice(_PLANNED)
    shape = sc.rng.randrange(3)
    allowed: tuple[Expect, ...] = ()
    if shape == 0:
        text = f"The {sc.rng.choice(_PACTS)} between {sname} and {tname} {planned}{later}."
    elif shape == 1:
        text = f"{_poss(sname)} {sc.rng.choice(_PACTS)} with {tname} {planned}{later}."
    else:
        first = f"{sname} and {tname} {sc.rng.choice(_REACHED)}{_time(sc)}."
        text = f"{_cap(first)} {sc.rng.choice(_AGAIN)} {planned}{later}."
        allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset(), ANY),
                   Expect(sc.t.iso3, sc.s.iso3, frozenset(), ANY))  # fmt: skip
    want = (_e(sc.s, sc.t, _SIGNING, POSSIBLE), _e(sc.t, sc.s, _SIGNING, POSSIBLE))
    return _cap(text), want, allowed


_ASKED = ("asked {T} to send water engineers", "asked {T} to extradite the suspect",
          "urged {T} to reopen the border", "asked {T} to return the seized boats",
          "requested that {T} release the fishermen", "called on {T} to hand over the files")  # fmt: skip
_ROLES = ("the ambassador", "the minister", "the president", "the envoy", "the foreign minister")
# (accepting a request is a yield, 08, or an agreement, 03)
_ANSWERS = (("agreed", ("03",)), ("refused", ("12",)), ("declined", ("12",)),
            ("accepted", ("03", "08")))  # fmt: skip


def lo18_answering_role(sc: Scene) -> Built:
    """ "Egypt asked Sudan to send engineers, and the ambassador agreed": Sudan -> Egypt."""
    asked = sc.rng.choice(_ASKED).format(T=sc.name(sc.t, capital=0.2))
    role = sc.rng.choice(_ROLES)
    answer, root = sc.rng.choice(_ANSWERS)
    if answer == "accepted":
        answer = "accepted the request"
    first = f"{sc.name(sc.s, capital=0.3)} {asked}{_time(sc)}"
    if sc.rng.random() < 0.5:
        text = f"{first}, and {role} {answer}."
    else:
        text = f"{first}. {_cap(role)} {answer}."
    want = (_e(sc.s, sc.t, _r("02")), _e(sc.t, sc.s, frozenset(root)))
    return _cap(text), want, (Expect(sc.s.iso3, sc.t.iso3, _r("10"), ASSERTED),)


_DISPUTES = ("{S} and {T} traded fire on the border", "{S} accused {T} of shelling border villages",
             "Talks between {S} and {T} collapsed", "{S} and {T} clashed over the disputed island")  # fmt: skip
_SIDES = (
    ("Neither side has recalled its ambassador", NEGATED),
    ("Neither government has expelled the other's diplomats", NEGATED),
    ("Neither country has withdrawn its envoy", NEGATED),
    ("Both sides recalled their ambassadors", ASSERTED),
    ("Both governments withdrew their envoys", ASSERTED),
    ("Each side has recalled its ambassador", ASSERTED),
)


def lo18_side_envoys(sc: Scene) -> Built:
    """ "Armenia and Azerbaijan traded fire. Neither side has recalled its ambassador": X <-> Y
    16, negated (asserted with "both")."""
    names = {"S": sc.name(sc.s, capital=0.0), "T": sc.name(sc.t, capital=0.0)}
    first = sc.rng.choice(_DISPUTES).format(**names)
    second, facts = sc.rng.choice(_SIDES)
    text = f"{_cap(first)}{_time(sc)}. {second}."
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset(), ANY),
               Expect(sc.t.iso3, sc.s.iso3, frozenset(), ANY))  # fmt: skip
    want = (_e(sc.s, sc.t, _r("16"), facts), _e(sc.t, sc.s, _r("16"), facts))
    return _cap(text), want, allowed


_TRADED = (("traded accusations", "11"), ("exchanged accusations", "11"), ("traded blame", "11"),
           ("traded barbs", "11"), ("exchanged insults", "11"), ("traded insults", "11"),
           ("exchanged threats", "13"), ("traded fire", "19"), ("exchanged fire", "19"),
           ("traded artillery fire", "19"), ("exchanged gunfire", "19"))  # fmt: skip
_OVER = ("", " over the disputed border", " over the attack", " across the frontier", " again")


def lo18_traded_charges(sc: Scene) -> Built:
    """ "India and Pakistan traded accusations over the attack": X <-> Y 11 (fire 19)."""
    act, root = sc.rng.choice(_TRADED)
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    shape = sc.rng.randrange(3)
    if shape == 0:
        text = f"{sname} and {tname} {act}{sc.rng.choice(_OVER)}{_time(sc)}."
    elif shape == 1 and root == "19":
        text = f"{sc.s.demonym} and {sc.t.demonym} troops {act}{_time(sc)}."
    else:  # ("A exchanged fire with B" is A's act, as lex9_r19 has it; the reverse allowed)
        text = f"{sname} {act} with {tname}{sc.rng.choice(_OVER)}{_time(sc)}."
        if root == "19":
            return _cap(text), (_e(sc.s, sc.t, _r(root)),), (_e(sc.t, sc.s, _r(root)),)
    return _cap(text), (_e(sc.s, sc.t, _r(root)), _e(sc.t, sc.s, _r(root))), ()


_RATES = ("the tariff", "tariffs", "the levy", "the duty", "import duties", "the fee", "the toll",
          "the surcharge")  # fmt: skip
_ON = ("on {Tdem} steel", "on {Tdem} goods", "on {Tdem} wine", "on imports from {T}",
       "on {Tdem} sugar", "on {Tposs} cars")  # fmt: skip
_CHANGED = (("doubled", "16"), ("tripled", "16"), ("quadrupled", "16"), ("trebled", "16"),
            ("halved", "08"), ("slashed", "08"), ("has doubled", "16"), ("has halved", "08"))  # fmt: skip


def lo18_rate_multiplied(sc: Scene) -> Built:
    """ "Canada tripled the tariff on Chinese steel": X -> Y 16; "halved": 08."""
    verb, root = sc.rng.choice(_CHANGED)
    tname = sc.name(sc.t, capital=0.0)
    on = sc.rng.choice(_ON).format(Tdem=sc.t.demonym, T=tname, Tposs=_poss(tname))
    text = f"{sc.name(sc.s, capital=0.3)} {verb} {sc.rng.choice(_RATES)} {on}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r(root)),), ()


_PROPOSED = ("proposal", "offer", "request for talks", "peace plan", "invitation", "proposal for"
             " a joint commission")  # fmt: skip
_VALENCES = (("positively", "05"), ("favourably", "05"), ("favorably", "05"), ("warmly", "05"),
             ("negatively", "12"), ("coolly", "12"))  # fmt: skip


def lo18_respond_valenced(sc: Scene) -> Built:
    """ "Japan responded positively to China's proposal": X -> Y 05; "negatively": 12."""
    how, root = sc.rng.choice(_VALENCES)
    tname = sc.name(sc.t, capital=0.3)
    verb = sc.rng.choice(("responded", "has responded", "responded"))
    text = (f"{sc.name(sc.s, capital=0.3)} {verb} {how} to {_poss(tname)}"
            f" {sc.rng.choice(_PROPOSED)}{_time(sc)}.")  # fmt: skip
    allowed = (Expect(sc.t.iso3, sc.s.iso3, frozenset(), ANY),)
    return _cap(text), (_e(sc.s, sc.t, _r(root)),), allowed


_PEOPLE = ("{n} {Tdem} nationals", "{n} {Tdem} journalists", "{n} {Tdem} workers",
           "{n} {Tdem} businessmen", "a {Tdem} journalist", "{n} {Tdem} students",
           "{n} {Tdem} missionaries")  # fmt: skip
_DEADLINES = (
    "72 hours",
    "48 hours",
    "a week",
    "seven days",
    "until Friday",
    "until the end of the month",
)


def lo18_individuals_leave(sc: Scene) -> Built:
    """ "Russia gave five Estonian nationals 48 hours to leave": X -> Y 17 (174)."""
    n = sc.rng.choice(("two", "three", "five", "12"))
    people = sc.rng.choice(_PEOPLE).format(n=n, Tdem=sc.t.demonym)
    deadline = sc.rng.choice(_DEADLINES)
    shape = sc.rng.randrange(3)
    when = _time(sc)
    if deadline.startswith("until"):
        when = ""  # (a day after "until Friday to leave" would date the leaving, not the act)
    if shape == 0:
        rest = sc.rng.choice(("", " the country"))
        text = f"{sc.name(sc.s, capital=0.3)} gave {people} {deadline} to leave{rest}{when}."
    elif shape == 1:
        were = "was" if people.startswith("a ") else "were"
        where = sc.rng.choice((sc.s.name, sc.s.capital))
        text = f"{people} {were} given {deadline} to leave {where}{when}."
    else:
        rest = sc.rng.choice((" to leave the country", " to leave within a week", " to leave"))
        text = f"{sc.name(sc.s, capital=0.3)} ordered {people}{rest}{when}."
    return _cap(text), (_e(sc.s, sc.t, _r("17")),), ()


_FIRMS = ("a {Tdem}-owned company", "a {Tdem}-owned mining company", "a {Tn}-based firm",
          "a {Tdem} company", "a {Tdem}-run plant", "a {Tn}-based mining firm")  # fmt: skip
_THEN = (("demanded that the firm pay damages", "10"), ("ordered the company to compensate"
         " farmers", "10"), ("demanded that the company pay for the clean-up", "10"))  # fmt: skip


def lo18_fined_firm(sc: Scene) -> Built:
    """ "Zambia fined a Chinese-owned company and demanded that the firm pay": X -> Y 17, 10."""
    tn = sc.t.name.removeprefix("the ")
    firm = sc.rng.choice(_FIRMS).format(Tdem=sc.t.demonym, Tn=tn)
    if firm.startswith("a ") and firm[2] in "AEIOU":
        firm = "an " + firm[2:]
    then, root = sc.rng.choice(_THEN)
    sname = sc.name(sc.s, capital=0.3)
    if sc.rng.random() < 0.5:
        text = f"{sname} fined {firm} $2 million{_time(sc)}."
        want: tuple[Expect, ...] = (_e(sc.s, sc.t, _r("17")),)
    else:
        text = f"{sname} fined {firm}{_time(sc)} and {then}."
        want = (_e(sc.s, sc.t, _r("17")), _e(sc.s, sc.t, _r(root)))
    return _cap(text), want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo18_criminals_fought": lo18_criminals_fought,
    "lo18_price_charged": lo18_price_charged,
    "lo18_planned_signing": lo18_planned_signing,
    "lo18_answering_role": lo18_answering_role,
    "lo18_side_envoys": lo18_side_envoys,
    "lo18_traded_charges": lo18_traded_charges,
    "lo18_rate_multiplied": lo18_rate_multiplied,
    "lo18_respond_valenced": lo18_respond_valenced,
    "lo18_individuals_leave": lo18_individuals_leave,
    "lo18_fined_firm": lo18_fined_firm,
}
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before leftovers18 (3beb928) the same 24 scored (right, false assertions):
# lo18_criminals_fought 6/18 (force 19 from the fighters to no one, to the border's state or to
# their own state); lo18_price_charged 0/24 (an accusation, 112); lo18_planned_signing 0/0 (no
# event: the passive signing had no doer); lo18_answering_role 0/24 (the office-holder put in
# the asker's state, or in none); lo18_side_envoys 0/12 (the recall aimed at an unplaced
# government); lo18_traded_charges 4/24 (trade, 061, or one direction only);
# lo18_rate_multiplied 0/0 (no trigger); lo18_respond_valenced 0/0 (no row);
# lo18_individuals_leave 0/22 (166, the groups' expulsion, a gift 070 for "until Friday", or a
# demand 100); lo18_fined_firm 16/5 (the firm placed in no state where the sentence has no
# "the"). After (seeds 0-4, 120 each): 120/0 each, but lo18_answering_role 117/0 ("requested that
# Y release ..., and the envoy refused": the answer parsed as a conjunct inside the request's
# clause).
