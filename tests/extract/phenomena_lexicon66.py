"""Lexicon, code and actor-table leftovers noticed by earlier helpers (issue 9, lexicon66) as suite
constructions crossed with the suite's states named by name, capital, demonym or leader, each with
several phrasings and a near miss that must not change:

- ``lx66_promised_press``: "S vowed / promised / pledged to press T for the sailors' release (to
  demand compensation from T)": the demand (10), `possible`, never a threat (13); near miss "S
  vowed to retaliate against T": the threat, asserted, unchanged;
- ``lx66_not_agreed_accept``: "S has not agreed to accept migrants (refugees) from T": the
  agreement not made (03 `negated`), never a threat (13) nor a refusal read from the governor's
  "not"; near miss "S did not accept T's decision": the rejection (12), unchanged;
- ``lx66_phone_call``: "In a phone call with TLEAD, SLEAD said ...", "SLEAD spoke to / with
  TLEAD in a phone call", "SLEAD and TLEAD talked by phone": one call (041) each way, no
  consultation (040) beside it ("S held a phone call with T", a state partner: one way, the
  reverse left open); near miss "SLEAD spoke to reporters in a phone call": no event;
- ``lx66_arms_pronoun``: "S developed new drones. It sold them to T.", "Z bought 40 tanks from T.
  S buys them too.": an arms sale (06) with no party read from the pronoun (never S -> Z); near
  miss "S grows soybeans and sells them to T": trade (06) S -> T, unchanged;
- ``lx66_finance_project``: "S financed (will finance) a port project in T": economic aid (07),
  asserted (`possible`), as "funded"; near miss "S financed the purchase of T-ian jets": no aid;
- ``lx66_joined_force``: "S joined the Z-ian-led maritime force (naval mission, operation)":
  military cooperation (06) at the leader; near miss "S joined forces with T": 03, unchanged;
- ``lx66_pact_body``: "The Warsaw Pact condemned T": the pact (an IGO), never Poland; near miss
  "NATO condemned T": the IGO, unchanged;
- ``lx66_drawn_border``: "S rejected the U.N.-drawn border with T": S -> T 12, the U.N. no party;
  near miss "S rejected the U.N. plan": S -> IGO 12;
- ``lx66_troops_into``: "S sent troops into northern T to hunt rebels": force (19), no protection
  (07); near miss "S sent troops to T to help the government": 07, unchanged.

Before the fix, on main (25d80940): "vowed to press T" 130 asserted; "had not agreed to accept
migrants" 130 negated at the state's own civilians; "In a phone call with T, S said" no call,
"spoke with T in a phone call" 040 and 041 each way; "It sold them to T" trade (061), "S buys them"
aimed at the state named last; "financed a project" 061, "will finance" 031; "joined the maritime
force" 030 at no state; "the Warsaw Pact" Poland; "the U.N.-drawn border" aimed at the U.N.;
"sent troops into T to hunt rebels" 074.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_TIMES = ("", " on Monday", " last week", " in January", " this year")
_PRESSED = (
    "{verb} to press {T} for the release of the sailors",
    "{verb} to press {T} to free the detained fishermen",
    "{verb} to demand compensation from {T}",
    "{verb} to press {T} for an apology",
    "{verb} to demand that {T} withdraw its troops",
)


def lx66_promised_press(sc: Scene) -> Built:
    """ "Spain vowed to press Morocco for the release of the prisoners": ESP -> MAR 10 `possible`;
    near miss "vowed to retaliate against T": 13 asserted."""
    w = scene_words(sc)
    verb = sc.rng.choice(("vowed", "promised", "pledged", "has vowed", "swore"))
    if sc.rng.random() < 0.2:
        text = f"{w['S']} {verb} to retaliate against {w['T']}{sc.rng.choice(_TIMES)}."
        return _cap(text), (_e(sc.s, sc.t, _r("13"), ASSERTED),), ()
    phrase = sc.rng.choice(_PRESSED).format(verb=verb, **w)
    text = f"{w['S']} {phrase}{sc.rng.choice(_TIMES)}."
    return _cap(text), (_e(sc.s, sc.t, _r("10"), POSSIBLE),), ()


_PEOPLE = ("migrants", "refugees", "asylum seekers", "refugees and migrants")


def lx66_not_agreed_accept(sc: Scene) -> Built:
    """ "Poland had not agreed to accept migrants from Syria": no threat, nothing asserted; near
    miss "Poland did not accept Syria's decision": 12 asserted."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} did not accept {w['Tposs']} decision{sc.rng.choice(_TIMES)}."
        return _cap(text), (_e(sc.s, sc.t, _r("12"), ASSERTED),), ()
    verb = sc.rng.choice(("has not agreed", "had not agreed", "did not agree", "never agreed"))
    people = sc.rng.choice(_PEOPLE)
    where = sc.rng.choice((f" from {w['T']}", "", f" fleeing {w['T']}"))
    text = f"{w['S']} {verb} to accept {people}{where}."
    allowed = (Expect(sc.s.iso3, "*", _r("03", "07"), NEGATED),)
    return _cap(text), (), allowed


_SAID = ("said France would send aid", "discussed the war", "praised the talks",
         "raised the border dispute")  # fmt: skip


def lx66_phone_call(sc: Scene) -> Built:
    """One phone call, each way once (041); "spoke to reporters in a phone call" is none."""
    rng, s, t = sc.rng, sc.s, sc.t
    slead, tlead = sc.leader(s), sc.leader(t)
    r = rng.random()
    if r < 0.15:
        text = f"{slead} spoke to reporters in a phone call{rng.choice(_TIMES)}."
        return text, (), ()
    if r < 0.35:
        prep = rng.choice(("In", "During"))
        call = rng.choice(("a phone call", "a telephone call", "a video call"))
        text = f"{prep} {call} with {tlead}{rng.choice(_TIMES)}, {slead} {rng.choice(_SAID)}."
    elif r < 0.55:
        prep = rng.choice(("to", "with"))
        call = rng.choice(("in a phone call", "during a telephone call", "in a video call"))
        text = f"{slead} spoke {prep} {tlead} {call}{rng.choice(_TIMES)}."
    elif r < 0.75:  # (a state partner: the call one way, the reverse left open)
        call = rng.choice(("a phone call", "a telephone call", "a video call"))
        verb = rng.choice(("held", "had"))
        text = f"{sc.name(s, 0.0)} {verb} {call} with {sc.name(t, 0.0)}{rng.choice(_TIMES)}."
        back = (_e(t, s, _r("04"), ASSERTED),)
        return _cap(text), (_e(s, t, _r("04"), ASSERTED),), back
    else:
        how = rng.choice(("by phone", "by telephone", "over the phone"))
        verb = rng.choice(("talked", "spoke"))
        text = f"{slead} and {tlead} {verb} {how}{rng.choice(_TIMES)}."
    want = (_e(s, t, _r("04"), ASSERTED), _e(t, s, _r("04"), ASSERTED))
    allowed = (Expect(s.iso3, "*", frozenset(), ANY),)  # (what S said in the call)
    if t.leader(sc.date) is None:  # (no leader in the table: a state partner, one way)
        want, allowed = want[:1], allowed + want[1:]
    return _cap(text), want, allowed


_MADE = ("drones", "missiles", "frigates", "howitzers", "tanks", "rifles")


def lx66_arms_pronoun(sc: Scene) -> Built:
    """ "Israel developed new drones. It sold them to India.": ISR -> IND 06; "Z bought 40 tanks
    from T. S buys them too.": S's purchase of no one named, never S -> Z; near miss "S grows
    soybeans and sells them to T": 06."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    r = rng.random()
    if r < 0.2:
        text = f"{s.name} grows soybeans and sells them to {t.name}{rng.choice(_TIMES)}."
        return text, (_e(s, t, _r("06"), ASSERTED),), ()
    arms = rng.choice(_MADE)
    if r < 0.6:
        opening = rng.choice((f"{s.name} developed new {arms}.", f"{s.name} builds {arms}."))
        verb = rng.choice(("It sold them", "It sells them", "It has sold them"))
        text = f"{opening} {verb} to {t.name}{rng.choice(_TIMES)}."
        return text, (_e(s, t, _r("06", "07"), ASSERTED),), ()
    verb = rng.choice(("buys them too", "bought them last year", "buys them with oil money"))
    text = f"{z.name} bought 40 {arms} from {t.name}. {s.name} {verb}."
    want = (_e(z, t, _r("06"), ASSERTED), _e(s, None, _r("06"), ASSERTED))
    return text, want, (_e(s, t, _r("06"), ASSERTED),)


_PROJECTS = ("a port project", "a railway project", "a dam", "a road project",
             "a hospital project", "the construction of a bridge")  # fmt: skip


def lx66_finance_project(sc: Scene) -> Built:
    """ "China financed a port project in Kenya": CHN -> KEN 07 (asserted; "will finance"
    `possible`); near miss "S financed the purchase of T-ian jets": no aid."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.15:
        text = f"{s.name} financed the purchase of {t.demonym} jets{rng.choice(_TIMES)}."
        return text, (), (Expect(s.iso3, "*", _r("06"), ANY),)
    what = rng.choice(_PROJECTS)
    if rng.random() < 0.4:
        text = f"{s.name} will finance {what} in {t.name}."
        return text, (_e(s, t, _r("07"), POSSIBLE),), ()
    verb = rng.choice(("financed", "has financed", "is financing"))
    text = f"{s.name} {verb} {what} in {t.name}{rng.choice(_TIMES)}."
    return text, (_e(s, t, _r("07"), ASSERTED),), ()


_BODIES = ("maritime force", "naval mission", "operation", "naval force", "task force")


def lx66_joined_force(sc: Scene) -> Built:
    """ "Greece joined the EU-led maritime force": military cooperation (06) at the leader;
    near miss "S joined forces with T": 03."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    if rng.random() < 0.2:
        text = f"{s.name} joined forces with {t.name}{rng.choice(_TIMES)}."
        return text, (_e(s, t, _r("03"), ASSERTED),), ()
    body = rng.choice(_BODIES)
    leader = rng.choice((z.demonym, z.name))
    text = f"{s.name} joined the {leader}-led {body}{rng.choice(_TIMES)}."
    return text, (_e(s, z, _r("06"), ASSERTED),), ()


def lx66_pact_body(sc: Scene) -> Built:
    """ "The Warsaw Pact condemned Yugoslavia": the pact (an IGO) -> T 11, never Poland; near miss
    "NATO condemned T": the same."""
    t = sc.t
    body = sc.rng.choice(("The Warsaw Pact", "The Warsaw Treaty Organization", "NATO"))
    verb = sc.rng.choice(("condemned", "criticised", "denounced"))
    text = f"{body} {verb} {t.name}{sc.rng.choice(_TIMES)}."
    return text, (Expect("IGO", t.iso3, _r("11"), ASSERTED),), ()


def lx66_drawn_border(sc: Scene) -> Built:
    """ "Ethiopia rejected the U.N.-drawn border with Eritrea": ETH -> ERI 12, no U.N.; near miss
    "S rejected the U.N. plan": S -> IGO 12."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.2:
        text = f"{s.name} rejected the U.N. plan{rng.choice(_TIMES)}."
        return text, (Expect(s.iso3, "IGO", _r("12"), ASSERTED),), ()
    body = rng.choice(("U.N.", "UN"))
    line = rng.choice(("drawn border", "drawn borders", "demarcated border", "drawn line"))
    text = f"{s.name} rejected the {body}-{line} with {t.name}{rng.choice(_TIMES)}."
    return text, (_e(s, t, _r("12"), ASSERTED),), ()


_HUNTED = ("to hunt rebels", "to hunt down Kurdish rebels", "to fight the guerrillas",
           "to pursue militants", "to chase the insurgents", "to attack rebel bases")  # fmt: skip


def lx66_troops_into(sc: Scene) -> Built:
    """ "Turkey sent troops into northern Iraq to hunt rebels": TUR -> IRQ 19, no protection
    (07); near miss "S sent troops to T to help the government": 07."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.2:
        text = f"{s.name} sent troops to {t.name} to help the government{rng.choice(_TIMES)}."
        return text, (_e(s, t, _r("07"), ASSERTED),), ()
    where = rng.choice(("northern ", "southern ", ""))
    who = rng.choice(("troops", "5,000 soldiers", "commandos", "paratroopers"))
    text = f"{s.name} sent {who} into {where}{t.name} {rng.choice(_HUNTED)}."
    return text, (_e(s, t, _r("19"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lx66_promised_press": lx66_promised_press,
    "lx66_not_agreed_accept": lx66_not_agreed_accept,
    "lx66_phone_call": lx66_phone_call,
    "lx66_arms_pronoun": lx66_arms_pronoun,
    "lx66_finance_project": lx66_finance_project,
    "lx66_joined_force": lx66_joined_force,
    "lx66_pact_body": lx66_pact_body,
    "lx66_drawn_border": lx66_drawn_border,
    "lx66_troops_into": lx66_troops_into,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
