"""Round 19's future-time, conditional-threat and agentless-harm classes (issue 9, fut25;
fresh13_classes.md FT, TH, AP) as suite constructions crossed with the suite's states named by
name, capital, leader or demonym, each with several phrasings:

- ``f25_when_clause``: "X could lift its ban on Y's beef once NAME visits Y", "as soon as",
  "by the time", "before", "after", "until": a present-tense act in a time clause under a
  future, modal or hedged main clause lies ahead, `possible` (GUIDE rule 4), never asserted;
- ``f25_when_the_two``: "NAME said he would raise the matter with President NAME when the two
  meet at the regional summit next month": the same with "the two", never asserted either way
  (the time clause's act is background, GUIDE rule 1, so it need not be emitted at all);
- ``f25_past_when``: "X raised the matter with Y when the two leaders met in Z last month":
  a past time clause stays asserted (the control of the class above);
- ``f25_shift_threat``: "X's minister said CAPITAL would ship / send / route / divert its goods
  (cargo, exports, lorries) via / through Z (instead) if another lorry was attacked" after a
  story of an attack in Y, or "unless Y protected the convoys": a threat (13) against the
  state that must meet the condition, never an intent or aid toward the route state Z;
- ``f25_supplier_threat``: "X would buy its gas from Z instead if Y raised its prices again":
  the same threat against Y; "would buy more gas from Y if Y lowered its prices" (a
  conditional offer) is none;
- ``f25_stated_ultimatum``: "X will close the border (impose tariffs, expel Y's ambassador)
  unless Y releases the traders": the threat (13) asserted, whoever states it (GUIDE rule 7);
- ``f25_custody_harm``: "X police detained 15 Y traders near the border. Three of the traders
  (the men, two of them, they) were beaten in custody (assaulted, tortured, mistreated), their
  union said": the harm (18) is the story act's doer's against the victims' state, carried
  over from the sentence before.

"move", "carry", "take" and "hold" are left out of the phrasings: as triggers they would read
"to move oil through its pipeline" or "held talks" (no state named after "through", no people
held); "rounded up" has no row (a lexicon gap of another class).

Scores on main (fcea0a3) before the fix, ``bench/phenomena.py`` with 24 cases each, are beside
FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import NOT_ASSERTED, Built, Expect, Scene, _cap, _poss

ASSERTED = frozenset({"asserted"})
TOLD = frozenset({"asserted", "reported"})


def _e(src: State, tgt: State, root: str, facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, frozenset({root}), facts)


# Main clauses held out in the future, modal or hedged; none asserts an act.
_FUTURE_MAINS = (
    "{S} would raise the dispute with {T}",
    "{Sposs} foreign minister said he would raise the matter with {Tposs} government",
    "{Slead} said he would press {T} on the fishing dispute",
    "{S} will discuss the border dispute with {T}",
    "{Slead} is expected to discuss the pipeline with {Tposs} leaders",
    "{S} could lift its ban on {Tdem} beef",
    "{S} is expected to reopen its embassy in {Tcap}",
    "{Sposs} president will take up the issue with {T}",
)
# Present-tense time clauses whose act involves both states.
_TIME_CLAUSES = (
    "when {Slead} meets {Tlead} at the regional summit next month",
    "once {Slead} visits {T}",
    "after {Tposs} president arrives in {Scap} next week",
    "as soon as {S} and {T} sign the new trade agreement",
    "by the time {Slead} and {Tlead} meet in {Zcap}",
    "before {Tlead} visits {Scap} in the spring",
    "until {T} signs the border treaty with {S}",
    "when {Slead} and {Tlead} hold talks in {Zcap} next month",
    "once {T} has signed the accord with {S}",
    "when the two governments sign the accord in {Zcap}",
    "after {Tposs} foreign minister is received in {Scap}",
)


def _names(sc: Scene) -> dict[str, str]:
    s, t = sc.name(sc.s), sc.name(sc.t)
    return {
        "S": s, "Sposs": _poss(s), "Slead": sc.leader(sc.s), "Scap": sc.s.capital,
        "Sdem": sc.s.demonym, "T": t, "Tposs": _poss(t), "Tlead": sc.leader(sc.t),
        "Tcap": sc.t.capital, "Tdem": sc.t.demonym, "Zcap": sc.z.capital,
    }  # fmt: skip


def f25_when_clause(sc: Scene) -> Built:
    """ "X will sign the deal once NAME visits Y": the visit lies ahead; nothing in the
    sentence is asserted (the time clause's act, when emitted, is `possible`)."""
    names = _names(sc)
    text = f"{sc.rng.choice(_FUTURE_MAINS)} {sc.rng.choice(_TIME_CLAUSES)}".format(**names)
    if sc.rng.random() < 0.3:
        text += ", officials said"
    return _cap(text + "."), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_RAISES = (
    "{who} said he would raise the matter with {whom}",
    "{who} said he would raise the dispute with {whom}",
    "{who} will discuss the border with {whom}",
    "{who} said he would take up the issue with {whom}",
    "{who} is expected to press {whom} on the fishing dispute",
    "{who} would raise the case of the detained sailors with {whom}",
)
_MEETS = (
    "when the two meet at the regional summit next month",
    "when the two leaders meet in {Zcap} next month",
    "once the two meet in {Zcap}",
    "when the two meet on the sidelines of the summit",
    "after the two leaders meet in {Zcap} next week",
    "as soon as the two meet",
)


def _leader_phrase(sc: Scene, st: State) -> str:
    lead = sc.leader(st)
    return sc.rng.choice((lead, f"President {lead}" if lead != st.name else lead,
                          f"his {st.demonym} counterpart, {lead},"))  # fmt: skip


def f25_when_the_two(sc: Scene) -> Built:
    """ "Ruto said he would raise the matter with President Museveni when the two meet at the
    regional summit next month": the meeting of "the two" lies ahead; when emitted it is
    `possible` both ways, never asserted (fresh13's two false assertions)."""
    if sc.leader(sc.s) == sc.s.name or sc.leader(sc.t) == sc.t.name:
        return f25_when_clause(sc)
    who = sc.leader(sc.s)
    whom = _leader_phrase(sc, sc.t)
    first = sc.rng.choice(_RAISES).format(who=who, whom=whom)
    if whom.endswith(","):
        first = first.replace(whom, whom[:-1])
    text = f"{first} {sc.rng.choice(_MEETS)}".format(Zcap=sc.z.capital)
    if sc.rng.random() < 0.3:
        text = f"{sc.name(sc.s)} has not left the scheme, but {text}"
    return _cap(text + "."), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_PAST = (
    "{who} raised the matter with {whom} when the two met at the regional summit last month",
    "{who} raised the dispute with {whom} when the two leaders met in {Zcap} in May",
    "{who} discussed the border with {whom} when the two met in {Zcap} last week",
)


def f25_past_when(sc: Scene) -> Built:
    """ "X raised the matter with Y when the two leaders met last month": a past time clause
    under a past main clause is told as done (asserted): the control of the class above."""
    who, whom = sc.leader(sc.s), sc.leader(sc.t)
    text = sc.rng.choice(_PAST).format(who=who, whom=whom, Zcap=sc.z.capital)
    if who == sc.s.name or whom == sc.t.name:  # (no leader at the date: the governments)
        text = (f"{sc.name(sc.s)} raised the matter with {sc.name(sc.t)} when the two "
                f"governments met in {sc.z.capital} last month")  # fmt: skip
    want = _e(sc.s, sc.t, "04", TOLD)
    return _cap(text + "."), (want,), (Expect("*", "*", frozenset(), TOLD | NOT_ASSERTED),)


# -- TH: trade moved away from a state on its condition, and stated ultimatums -------------

_CARGO = ("its goods", "its cargo", "its exports", "its freight", "its lorries", "its trade")
_SHIFT_VERBS = ("ship", "send", "route", "divert", "reroute", "redirect")
_NAMED_CONDITIONS = (
    "if {T} raised its transit fees again",
    "unless {T} protected the convoys",
    "if {Tdem} officials kept harassing its drivers",
    "if {T} failed to protect its drivers",
    "if {T} did not reopen the crossing",
)
_STORY = (
    "Gunmen attacked a convoy of {Sdem} lorries in {T} on Monday.",
    "Gunmen ambushed {Sdem} lorries on a highway in {T} last week.",
    "Armed men attacked a convoy of {Sdem} trucks in northern {T} on Sunday.",
)
_AGENTLESS_CONDITIONS = (
    "if another lorry was attacked",
    "if the attacks continued",
    "if there was another attack",
    "if its convoys were attacked again",
    "if its drivers were harmed again",
)
_SAYERS = ("{Sposs} transport minister said {Scap} would", "{S} said it would",
           "{Sposs} trade minister said {S} would")  # fmt: skip


def f25_shift_threat(sc: Scene) -> Built:
    """ "Kenya's transport minister said Nairobi would ship its goods via Tanzania if another
    lorry was ambushed": a threat (13) against the state that must meet the condition (the one
    it names, else the story's other state), never an intent or aid toward the route state."""
    names = _names(sc)
    names["Z"] = sc.name(sc.z, capital=0.0)
    say = sc.rng.choice(_SAYERS)
    verb = sc.rng.choice(_SHIFT_VERBS)
    cargo = sc.rng.choice(_CARGO)
    prep = sc.rng.choice(("via", "through"))
    instead = sc.rng.choice(("", " instead"))
    if sc.rng.random() < 0.5:
        story = sc.rng.choice(_STORY) + " "
        cond = sc.rng.choice(_AGENTLESS_CONDITIONS)
    else:
        story, cond = "", sc.rng.choice(_NAMED_CONDITIONS)
    text = f"{story}{say} {verb} {cargo} {prep} {{Z}}{instead} {cond}.".format(**names)
    want = _e(sc.s, sc.t, "13", TOLD)
    harm = Expect("*", sc.s.iso3, frozenset({"19", "18"}), TOLD)  # the story's attack
    return _cap(text), (want,), (harm, Expect("*", "*", frozenset(), NOT_ASSERTED))


_BOUGHT = ("its gas", "its wheat", "its electricity", "its fuel")


def f25_supplier_threat(sc: Scene) -> Built:
    """ "Chile would buy its gas from Argentina instead if Bolivia raised prices again, the
    minister said": a threat against the state that must meet the condition; "would buy more
    gas from Y if Y lowered its prices" is a conditional offer, no threat."""
    names = _names(sc)
    z = sc.name(sc.z, capital=0.0)
    bought = sc.rng.choice(_BOUGHT)
    if sc.rng.random() < 0.6:
        cond = sc.rng.choice(("if {T} raised its prices again", "unless {T} lowered its prices",
                              "if {T} cut supplies again"))  # fmt: skip
        text = f"{{S}} would buy {bought} from {z} instead {cond}, the minister said."
        want: tuple[Expect, ...] = (_e(sc.s, sc.t, "13", TOLD),)
    else:
        text = f"{{S}} would buy more {bought[4:]} from {{T}} if {{T}} lowered its prices."
        want = ()
    return _cap(text.format(**names)), want, (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_MEASURES = (
    "close the border",
    "impose tariffs on {Tdem} goods",
    "expel {Tposs} ambassador",
    "cut gas supplies to {T}",
    "suspend all flights to {T}",
)
_ULTIMATUMS = (
    "unless {T} releases the detained traders",
    "unless {T} withdraws its troops from the border",
    "if {T} does not release the fishermen by Friday",
    "unless {Tposs} government pays its debts",
)


def f25_stated_ultimatum(sc: Scene) -> Built:
    """ "Kenya will close the border unless Uganda releases the traders": a coercive act held
    out against the state that must meet an "unless / if not" condition is the threat made
    (13, asserted, GUIDE rule 7), whether a speaker says it or the writer states it."""
    names = _names(sc)
    measure = sc.rng.choice(_MEASURES)
    cond = sc.rng.choice(_ULTIMATUMS)
    head = sc.rng.choice(("{S} will", "{S} would", "{Sposs} government will",
                          "{Sposs} foreign minister said {S} would"))  # fmt: skip
    text = f"{head} {measure} {cond}".format(**names)
    return (
        _cap(text + "."),
        (_e(sc.s, sc.t, "13", TOLD),),
        (Expect("*", "*", frozenset(), NOT_ASSERTED),),
    )


# -- AP: an agentless harm to the people of the story act before ---------------------------

_HOLDERS = ("{Sdem} police", "{Sdem} border guards", "{Sdem} soldiers", "{Sdem} troops",
            "{Sdem} border police")  # fmt: skip
_HELD = (("traders", "the traders"), ("fishermen", "the fishermen"), ("migrants", "the men"),
         ("farmers", "the farmers"), ("workers", "the workers"))  # fmt: skip
_HELD_VERBS = ("detained", "arrested", "seized", "have detained")
_VICTIMS = ("Three of {the}", "{The}", "Two of them", "Several of {the}", "They", "Some of {the}")
_HARMED = ("were beaten in custody", "were assaulted in a cell", "were tortured",
           "were mistreated in detention", "were beaten and robbed")  # fmt: skip
_VOICES = ("", ", their union said", ", {Tposs} foreign ministry said", ", a rights group said",
           ", their families said")  # fmt: skip


def f25_custody_harm(sc: Scene) -> Built:
    """ "Kenyan police detained 15 Ugandan traders at Busia on Monday. Three of the traders
    were beaten in custody, their union said": the harm's doer is the story act's (the
    police), its target the victims' state carried over from the sentence before (18,
    reported where voiced); "assaulted" and "tortured" as "beaten"."""
    names = _names(sc)
    holders = sc.rng.choice(_HOLDERS).format(**names)
    people, again = sc.rng.choice(_HELD)
    n = sc.rng.choice(("15", "12", "30", "about 20", "dozens of"))
    first = (f"{holders} {sc.rng.choice(_HELD_VERBS)} {n} {sc.t.demonym} {people} near the "
             f"border on Monday.")  # fmt: skip
    victims = sc.rng.choice(_VICTIMS).format(the=again, The=_cap(again))
    voice = sc.rng.choice(_VOICES).format(**names)
    text = f"{_cap(first)} {victims} {sc.rng.choice(_HARMED)}{voice}."
    want = (_e(sc.s, sc.t, "17", TOLD), _e(sc.s, sc.t, "18", TOLD))
    return text, want, (Expect("*", "*", frozenset(), NOT_ASSERTED),)


FUT25_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "f25_when_clause": f25_when_clause,
    "f25_when_the_two": f25_when_the_two,
    "f25_past_when": f25_past_when,
    "f25_shift_threat": f25_shift_threat,
    "f25_supplier_threat": f25_supplier_threat,
    "f25_stated_ultimatum": f25_stated_ultimatum,
    "f25_custody_harm": f25_custody_harm,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before fut25 (fcea0a3) the same 24 scored (right, false assertions):
# f25_when_clause 18/6, f25_when_the_two 14/20 (the time clause's meeting asserted, both ways
# for "the two"), f25_past_when 24/0; f25_shift_threat 0/0 (aid or an intent to the route
# state, 07 or 03, possible), f25_supplier_threat 10/0 (an intent, 031, to the supplier),
# f25_stated_ultimatum 4/0 (the threat possible), f25_custody_harm 0/3 (no doer, the victims
# unplaced or read as the doer's own people).
FLOORS = {name: (24, 0) for name in FUT25_CONSTRUCTIONS}
