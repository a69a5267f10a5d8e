"""Round 31's lexicon, scope and factuality classes of fresh25 (issue 9, clauses37;
fresh25_classes.md N, G, K, J, S) as suite constructions crossed with the suite's states named by
name, capital, leader or demonym, each with several phrasings:

- ``c37_remains_handed`` (N): "X handed over / turned over / transferred / delivered the remains
  (bodies) of N Y-ian soldiers to Y('s delegation)": a return (08), whatever the verb; no aid (07);
- ``c37_punished_with`` (N): "X has punished / penalised Y with tariffs / import duties /
  sanctions": sanctions by their instrument (16), not the generic coercion (17);
- ``c37_back_past_relative`` (N): "X flew / sent N Y-ian migrants whose asylum claims had been
  rejected back to Y-CAPITAL": the return of people (174) with the relative clause between;
- ``c37_crackdown_promise`` (G): "X has promised / pledged to crack down on the smuggling of N
  into Y / on transshipment": a promise (03), never a threat (13, rule 4);
- ``c37_retaliate_duties`` (G): "X could retaliate against Y's duties / tariffs": a trade
  retaliation (16 `possible`), never force (19);
- ``c37_rate_through`` (G): "X's trade office said X-CAPITAL would impose the higher rate / a
  surcharge on any goods shipped through Y (from Z)": a threat at Y (13), none at Z;
- ``c37_threats_of_sanctions`` (G): "X would likely answer with threats of sanctions against
  Y": a threat (13), not the sanctions (16);
- ``c37_compared_offer`` (C): "... a fraction of / more than what Z offers": no offer by Z;
- ``c37_concessive_scene`` (C): "Although X has signed more accords than any other power, Y
  has kept it at arm's length" (the concessive clause is scene, no signing with no target); "if
  X wants N, it will have to offer more" (no offer);
- ``c37_agreed_two_infinitives`` (K): "X and Y agreed to start joint patrols and to share
  data": the agreement both ways (03); the shared data never done (06);
- ``c37_request_considered`` (K): "X said it would consider a request from Y to train its
  pilots": no 014 and no training asserted;
- ``c37_welcomed_after_visit`` (J): "X's president began a state visit to Y and was welcomed by
  NAME": the hosting (043) and the visit (042), never praise (051);
- ``c37_received_deportees`` (J): "X flew N Y-ian migrants back to Y-CAPITAL. Y-ian officials
  received the group at the airport": the return (174), no hosting (043);
- ``c37_signed_purchase`` (N): "X signed a contract / deal to buy N from Y / to sell N to Y":
  the purchase or sale (06), not a signing (05);
- ``c37_not_accused`` (H): "X detained N Y-ian drivers. Y's officials have not accused X of
  mistreating the drivers": no reported mistreatment (18);
- ``c37_reported_meeting`` (R): "... Y's minister met him on Tuesday, and the two discussed N,
  the Y-ian ministry said": the meeting reported too (the parser's "met ... and said");
- ``c37_neither_commented`` (S): "Neither government has commented on reports that ...": no
  statement (010) of any kind.

Before the fix, on main (8c962311): the remains aid (070); the punishment 170; the flight with
a relative clause no event; the crackdown a threat (137); the retaliation force (190); the
second infinitive's sharing 064 both ways; "consider a request" 014; "was welcomed by NAME"
after a visit praise (051) where no place word followed; the group received a hosting (043)
with no target; "neither government has commented" 010 `negated`; the contract to buy a
signing (057); the higher rate on goods shipped through Y no event; "answer with threats of
sanctions" 163; "what Z offers" an offer by Z (030); the concessive signing 057 with no target
and "will have to offer more" an offer (030 `possible`) with none; the mistreatment not
accused 182 `reported`; the meeting before ", and the two discussed ..., the ministry said"
asserted where the parser read "met ... and said".
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_HANDED = ("handed over", "turned over", "transferred", "delivered", "handed")
_REMAINS = ("the remains of", "the bodies of")
_DEAD = ("soldiers", "sailors", "pilots", "airmen", "fishermen", "climbers")
_TO = ("{T}", "a {Tdem} delegation", "{Tdem} officials", "{Tposs} embassy")


def c37_remains_handed(sc: Scene) -> Built:
    """ "Thailand handed over the remains of four Malaysian soldiers to a Malaysian
    delegation": a return (08), whatever the verb, no aid (07)."""
    w = scene_words(sc)
    n = sc.rng.choice(("two", "four", "12", "five"))
    to = sc.rng.choice(_TO).format(**w)
    text = _cap(
        f"{w['S']} {sc.rng.choice(_HANDED)} {sc.rng.choice(_REMAINS)} {n} {w['Tdem']} "
        f"{sc.rng.choice(_DEAD)} to {to}{sc.rng.choice(('', ' on Wednesday', ' at the border'))}."
    )
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_PUNISHED = ("has punished", "punished", "has penalised")
_WITH = ("tariffs", "import duties", "sanctions", "higher tariffs on its steel", "new duties")


def c37_punished_with(sc: Scene) -> Built:
    """ "Mexico has punished Guatemala with tariffs": sanctions by their instrument (16)."""
    w = scene_words(sc)
    who = sc.rng.choice(("{S}", "{Sposs} government", "{Slead}")).format(**w)
    text = _cap(f"{who} {sc.rng.choice(_PUNISHED)} {w['T']} with {sc.rng.choice(_WITH)}.")
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_PEOPLE = ("migrants", "asylum seekers", "workers", "nationals")
_RELATIVES = (
    "whose asylum claims had been rejected",
    "whose visa applications had been turned down",
    "whose appeals had been dismissed",
)


def c37_back_past_relative(sc: Scene) -> Built:
    """ "Norway flew 60 Finnish migrants whose asylum claims had been rejected back to
    Helsinki": the return of people (174), the relative clause between."""
    w = scene_words(sc)
    verb = sc.rng.choice(("flew", "deported", "flew", "sent"))
    n = sc.rng.choice(("60", "40", "120", "35"))
    text = (
        f"{_cap(w['S'])} {verb} {n} {w['Tdem']} {sc.rng.choice(_PEOPLE)} "
        f"{sc.rng.choice(_RELATIVES)} back to {w['Tc']}{sc.rng.choice(('', ' on Thursday'))}."
    )
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_PROMISED = ("has promised", "promised", "has pledged", "pledged")
_CRIMES = (
    "the smuggling of rice into {T}",
    "the smuggling of fuel across the border with {T}",
    "the trafficking of migrants into {T}",
    "the transshipment of steel to {T}",
)


def c37_crackdown_promise(sc: Scene) -> Built:
    """ "Thailand has promised to crack down on the smuggling of rice into Malaysia": a promise
    (03), never a threat (13, GUIDE rule 4)."""
    w = scene_words(sc)
    verb = sc.rng.choice(("crack down", "clamp down"))
    text = _cap(
        f"{w['S']} {sc.rng.choice(_PROMISED)} to {verb} on {sc.rng.choice(_CRIMES).format(**w)}."
    )
    allowed = (_e(sc.s, None, _r("03"), ASSERTED), Expect("*", "*", frozenset(), NOT_ASSERTED))
    return text, (_e(sc.s, sc.t, _r("03"), ASSERTED),), allowed


_AGAINST = ("{Tposs} duties", "{Tposs} new tariffs", "the tariffs {T} imposed", "{Tposs} levy")


def c37_retaliate_duties(sc: Scene) -> Built:
    """ "Chile could retaliate against Peru's duties, but it will not": a trade retaliation
    (16 `possible`), never force (19)."""
    w = scene_words(sc)
    modal = sc.rng.choice(("could", "may", "might"))
    tail = sc.rng.choice(("", ", but it will not", ", officials warned"))
    text = _cap(f"{w['S']} {modal} retaliate against {sc.rng.choice(_AGAINST).format(**w)}{tail}.")
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED - {"possible"}),)
    return text, (_e(sc.s, sc.t, _r("16"), POSSIBLE),), allowed


_PAIRS = ("{S} and {T}", "The {Sdem} and {Tdem} governments")
_FIRST = (
    "start joint coast guard patrols",
    "hold joint naval drills",
    "open a new border crossing",
)
_SECOND = ("to share fishing data", "to share intelligence", "to exchange radar data")
_SAID = ("", ", a joint statement said")


def c37_agreed_two_infinitives(sc: Scene) -> Built:
    """ "Chile and Peru agreed to start joint patrols and to share fishing data": the agreement
    both ways (03); the sharing is inside the agreement, never done (06)."""
    w = scene_words(sc)
    said = sc.rng.choice(_SAID)
    text = _cap(
        f"{sc.rng.choice(_PAIRS).format(**w)} agreed to {sc.rng.choice(_FIRST)} and "
        f"{sc.rng.choice(_SECOND)}{said}."
    )
    facts = REPORTED if said else ASSERTED
    expected = (_e(sc.s, sc.t, _r("03"), facts), _e(sc.t, sc.s, _r("03"), facts))
    allowed = (Expect("*", "*", _r("03"), ANY), Expect("*", "*", frozenset(), POSSIBLE))
    return text, expected, allowed


_REQUESTS = (
    "a request from {T} to train {Tdem} pilots",
    "a request from {Tc} to train its coast guard",
    "a request from {T} to supply spare parts",
)


def c37_request_considered(sc: Scene) -> Built:
    """ "Peru said it would consider a request from Santiago to train Chilean pilots": no 014,
    and the requested training is not done."""
    w = scene_words(sc)
    verb = sc.rng.choice(("would consider", "will consider", "was considering"))
    text = _cap(f"{w['S']} said it {verb} {sc.rng.choice(_REQUESTS).format(**w)}.")
    allowed = (Expect("*", "*", frozenset({"02"}), ANY), Expect("*", "*", frozenset(), POSSIBLE))
    return text, (), allowed


_VISITS = ("began a state visit to {T}", "began a three-day visit to {T}", "started a tour of {T}")
_WELCOMED = ("was welcomed by {Tlead}", "was welcomed by {Tposs} president")


def c37_welcomed_after_visit(sc: Scene) -> Built:
    """ "Norway's prime minister began a state visit to Finland and was welcomed by President
    NAME": the hosting (043) and the guest's visit (042), never praise (051)."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} president", "{Slead}", "{Sposs} prime minister")).format(**w)
    place = sc.rng.choice(("", " in {Tc}", " on Monday")).format(**w)
    text = _cap(
        f"{who} {sc.rng.choice(_VISITS).format(**w)}{sc.rng.choice(('', ' on Monday'))} and "
        f"{sc.rng.choice(_WELCOMED).format(**w)}{place}."
    )
    expected = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.t, sc.s, _r("04"), ASSERTED))
    return text, expected, ()


_RECEIVED = (
    "{Tdem} officials received the group at the airport",
    "{Tdem} officials received the deportees at the airport",
    "{Tdem} officials welcomed the group at the airport",
)


def c37_received_deportees(sc: Scene) -> Built:
    """ "Austria flew 40 Hungarian migrants back to Budapest. Hungarian officials received the
    group at the airport": the return (174); people taken in are no guests (no 043)."""
    w = scene_words(sc)
    n = sc.rng.choice(("40", "60", "120"))
    text = (
        f"{_cap(w['S'])} flew {n} {w['Tdem']} migrants back to {w['Tc']}. "
        f"{_cap(sc.rng.choice(_RECEIVED).format(**w))}."
    )
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), (_e(sc.t, sc.s, _r("05"), ANY),)


_REPORTS = (
    "{S} may sell {T} four patrol boats",
    "{S} could open a consulate in {Tc}",
    "{T} might ask {S} for a loan",
)


def c37_neither_commented(sc: Scene) -> Built:
    """ "Neither government has commented on reports that Chile may sell Peru four patrol
    boats": no statement (010); the reported plan stays hedged (a plain "reports that X
    plans to V" is left out: its content comes out asserted, another class)."""
    w = scene_words(sc)
    verb = sc.rng.choice(("has commented", "commented", "has publicly commented"))
    text = _cap(f"Neither government {verb} on reports that {sc.rng.choice(_REPORTS).format(**w)}.")
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (), allowed


_SIGNED = ("signed a contract", "signed a deal", "signed an agreement", "has signed a contract")
_TRADES = (
    ("to buy six transport aircraft from {T}", "06"),
    ("to buy 20 tanks from {T}", "06"),
    ("to purchase four patrol boats from {T}", "06"),
    ("to sell four patrol boats to {T}", "06"),
    ("to supply {T} with 40 armoured vehicles", "06"),
)


def c37_signed_purchase(sc: Scene) -> Built:
    """ "Thailand signed a contract to buy six transport aircraft from Japan": the purchase
    (06, the buyer's act toward the seller; a sale the seller's), not the signing (057 `opt`)."""
    w = scene_words(sc)
    trade, root = sc.rng.choice(_TRADES)
    who = sc.rng.choice(("{S}", "{Sposs} defence ministry", "{Sposs} government")).format(**w)
    text = _cap(f"{who} {sc.rng.choice(_SIGNED)} {trade.format(**w)}.")
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), (_e(sc.s, sc.t, _r("05"), ANY),)


_RATES = ("the higher rate", "a surcharge", "the new rate", "the higher tariff")
_ROUTED = ("shipped through {T}", "routed through {T}", "sent through {T}")


def c37_rate_through(sc: Scene) -> Built:
    """ "Malaysia's trade office said Kuala Lumpur would impose the higher rate on any goods
    shipped through Thailand from Myanmar": a tariff held out, a threat at the state goods pass
    through (13), none at the goods' origin."""
    w = scene_words(sc)
    who = sc.rng.choice(
        ("{Sposs} trade office", "{Sposs} trade minister", "{Sposs} customs agency")
    )
    origin = sc.rng.choice(("", f" from {sc.z.name}"))
    text = _cap(
        f"{who.format(**w)} said {w['Sc']} would impose {sc.rng.choice(_RATES)} on any goods "
        f"{sc.rng.choice(_ROUTED).format(**w)}{origin}."
    )
    allowed = (_e(sc.s, sc.t, _r("16"), POSSIBLE),)
    return text, (_e(sc.s, sc.t, _r("13"), ASSERTED),), allowed


_ANSWERS = ("would likely answer", "could respond", "answered", "would answer")


def c37_threats_of_sanctions(sc: Scene) -> Built:
    """ "Brussels would likely answer with threats of sanctions against Hungary": a threat (13),
    not the sanctions (16)."""
    w = scene_words(sc)
    verb = sc.rng.choice(_ANSWERS)
    what = sc.rng.choice(
        ("threats of sanctions", "threats of new tariffs", "a threat of sanctions")
    )
    text = _cap(f"{w['S']} {verb} with {what} against {w['T']}.")
    facts = ASSERTED if verb == "answered" else POSSIBLE
    return text, (_e(sc.s, sc.t, _r("13"), facts),), ()


_COMPARED = (
    "The loans {S} gives {T} have shrunk to a fraction of what {Z} offers",
    "{S} pays {T} far more than what {Z} offers",
    "{S} gives {T} half of what {Z} provides",
    "The aid {S} sends {T} is a third of what {Z} offers",
)


def c37_compared_offer(sc: Scene) -> Built:
    """ "The loans Norway gives Finland have shrunk to a fraction of what Sweden offers": the
    free relative measures an amount; no offer by Z (03)."""
    w = scene_words(sc) | {"Z": sc.z.name}
    text = _cap(sc.rng.choice(_COMPARED).format(**w) + ".")
    allowed = (_e(sc.s, sc.t, _r("07", "06", "03"), ANY), Expect("*", "*", frozenset(), POSSIBLE))
    return text, (), allowed


_CONCESSIVE = (
    "Although {S} has signed more energy accords in the Balkans than any other outside power",
    "Though {S} signed more trade deals in the region last year than any other state",
    "Although {S} has sent more aid to the region than any other donor",
)
_MAIN = ("{T} has kept it at arm's length", "{T} has ignored it", "{T} remains wary of it")


def c37_concessive_scene(sc: Scene) -> Built:
    """ "Although Austria has signed more energy accords than any other outside power, Hungary
    has kept it at arm's length": the concessive clause sets the scene (GUIDE rule 1), no
    signing or aid with no target; "if X wants N, it will have to offer more" no offer."""
    w = scene_words(sc)
    if sc.rng.random() < 0.25:
        text = _cap(f"If {w['S']} wants {w['Tposs']} gas, it will have to offer more.")
    else:
        text = _cap(f"{sc.rng.choice(_CONCESSIVE)}, {sc.rng.choice(_MAIN)}.".format(**w))
    allowed = (Expect("*", "*", frozenset(), POSSIBLE), _e(sc.t, sc.s, frozenset(), ANY))
    return text, (), allowed


_HELD = ("lorry drivers", "fishermen", "traders", "sailors")
_NOT_ACCUSED = (
    "have not accused",
    "has not accused",
    "has never accused",
    "have so far not accused",
)
_HARMED = ("mistreating", "abusing", "torturing", "beating")


def c37_not_accused(sc: Scene) -> Built:
    """ "Ghana detained 12 Togolese lorry drivers on Monday. Togolese officials have not accused
    Accra of mistreating the drivers(, and Lome said it would cooperate)": an accusation not
    made charges nothing; the mistreatment is never reported news (18x)."""
    w = scene_words(sc)
    held = sc.rng.choice(_HELD)
    who = sc.rng.choice(("{Tdem} officials", "{T}", "{Tposs} government")).format(**w)
    tail = sc.rng.choice(("", f", and {w['Tc']} said it would cooperate fully with the inquiry"))
    text = (
        f"{_cap(w['S'])} detained 12 {w['Tdem']} {held} on Monday. {_cap(who)} "
        f"{sc.rng.choice(_NOT_ACCUSED)} {w['S']} of {sc.rng.choice(_HARMED)} the {held}{tail}."
    )
    allowed = (
        _e(sc.t, sc.s, _r("11"), frozenset({"negated"})),
        _e(sc.t, sc.s, _r("03"), ANY),
        _e(sc.t, None, _r("03"), ANY),
    )
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), allowed


def c37_reported_meeting(sc: Scene) -> Built:
    """ "X-ian envoy NAME arrived in Y-CAPITAL on Monday. Y's minister met him on Tuesday, and
    the two discussed a border dispute, the Y-ian ministry said": the closing attribution reports
    both conjuncts, the meeting too (040 `reported`, never asserted)."""
    w = scene_words(sc)
    met = sc.rng.choice(("met him", "met the envoy", "met him privately"))
    when = sc.rng.choice(("on Tuesday", "afterwards", "later that day"))
    topic = sc.rng.choice(("a border dispute", "a visa scheme", "fishing rights"))
    text = (
        f"{_cap(w['Sposs'])} special envoy arrived in {w['Tc']} on Monday. "
        f"{_cap(w['Tposs'])} foreign minister {met} {when}, and the two discussed {topic}, "
        f"the {w['Tdem']} ministry said."
    )
    allowed = (
        _e(sc.s, sc.t, _r("04"), ANY),
        Expect("*", "*", _r("04"), REPORTED),
    )
    return text, (_e(sc.t, sc.s, _r("04"), REPORTED),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c37_remains_handed": c37_remains_handed,
    "c37_punished_with": c37_punished_with,
    "c37_back_past_relative": c37_back_past_relative,
    "c37_crackdown_promise": c37_crackdown_promise,
    "c37_retaliate_duties": c37_retaliate_duties,
    "c37_agreed_two_infinitives": c37_agreed_two_infinitives,
    "c37_request_considered": c37_request_considered,
    "c37_welcomed_after_visit": c37_welcomed_after_visit,
    "c37_received_deportees": c37_received_deportees,
    "c37_neither_commented": c37_neither_commented,
    "c37_signed_purchase": c37_signed_purchase,
    "c37_rate_through": c37_rate_through,
    "c37_threats_of_sanctions": c37_threats_of_sanctions,
    "c37_compared_offer": c37_compared_offer,
    "c37_concessive_scene": c37_concessive_scene,
    "c37_not_accused": c37_not_accused,
    "c37_reported_meeting": c37_reported_meeting,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
