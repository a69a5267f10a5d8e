"""Round 28's clause, factuality and lexicon classes of fresh22 (issue 9, clauses34;
fresh22_classes.md I, A, B, G, H, K, M, L, F) as suite constructions crossed with the suite's states
named by name, capital, leader or demonym, each with several acts and phrasings:

- ``c34_permitted`` (I): "X would pay for the jets under a scheme that lets Y send its old
  tanks to Z", "the deal allows Y to sell N to Z": the permitted act `possible`, never asserted;
- ``c34_step_ultimatum`` (A): "X said it would file a complaint with the WTO if the cargo was not
  released", "..., the trade minister said": the threat X -> Y (13) asserted, not the complaint;
- ``c34_voiced_objections`` (A): "X's minister promised to raise Y's objections to the plant with
  the provincial government": the promise (03), never a threat (13);
- ``c34_deport_announced`` (A): "Y's police arrested N X-ians. Y said it would deport those found
  guilty": the deportation (17) `possible`, no threat (13);
- ``c34_kept_checks`` (A): "X will keep checks on its border with Y for another six months":
  the restriction (19) `possible`, no threat;
- ``c34_forecast_visit`` (B): "X's president will probably visit CAPITAL before the year is out":
  the visit (04) `possible`, no intent (03);
- ``c34_dated_sale`` (B): "X will sell Y N tonnes of diesel a year from 2028", "X's leader will
  visit CAPITAL on Monday": the act (06 / 04) `possible`, no intent (aid and yields given a
  date stay intents: the dev gold codes them so);
- ``c34_own_deed_welcomed`` (G): "X's customs seized a lorry of Y-ian cocoa. X-ian farmers
  welcomed the seizure": the seizure only, no praise of Y;
- ``c34_asked_means`` (H): "X urged Y to replace the checks with joint police patrols": the
  appeal only, no patrols planned;
- ``c34_mission_demand`` (K): "X's embassy in CAPITAL protested that the detainees had been held
  for days and demanded consular access to them": the protest and the demand X -> Y;
- ``c34_envoys_asked`` (M): "X's foreign ministry said consular staff had visited the men and
  asked Y-ian authorities to speed up their cases": the appeal X -> Y `reported`;
- ``c34_put_money`` (L): "X has put more money into Y than any state except Z": aid (07);
- ``c34_concessive_news`` (L): "X has not complained publicly, though X-ian officials privately
  accuse Y of V-ing": the accusation (11) asserted, news beside the negated main clause;
- ``c34_opinion_agree`` (F): "..., and ministers now say privately that they agree", "has asked
  for little in return": no intent (03), no appeal (02).

Before the fix, on main (c357147): I asserted (07 / 06); the step ultimatum a complaint (11)
`possible`; the voiced objections and the deportation a threat (13); the kept checks 1312; the
forecast visit and the dated sale intents (03); G praise of Y (05); H patrols (06) `possible`; K
no demand; M the ministry's appeal asserted; L nothing; F an intent and an appeal asserted.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, POSSIBLE, Built, Expect, Scene, _cap, _e, _r, scene_words

REPORTED = frozenset({"reported"})
DONE = frozenset({"asserted", "reported"})
NOT_DONE = frozenset({"possible", "reported", "negated"})


_PERMITS = (
    "{S} said it would pay for a third of the jets under a scheme that lets {T} send its old "
    "tanks to {Z}.",
    "{S} will pay for the jets under a programme that allows {T} to send its old tanks to {Z}.",
    "A deal that lets {T} sell wheat to {Z} was signed last year.",
    "The agreement allows {T} to sell copper to {Z} without tariffs.",
    "A mechanism agreed last year permits {T} to ship grain to {Z} through the strait.",
    "Under a waiver that lets {T} export gas to {Z}, {S} will monitor the pipeline.",
)


def c34_permitted(sc: Scene) -> Built:
    """ "Norway would pay for the jets under a scheme that lets Poland send its old MiGs to
    Ukraine": the sending Y -> Z never asserted (`possible`, or nothing)."""
    text = _cap(sc.rng.choice(_PERMITS).format(**scene_words(sc)))
    allowed = (
        Expect("*", "*", frozenset(), NOT_DONE),
        Expect(sc.s.iso3, "*", _r("07", "06", "03"), ANY),  # the payer's own pledge or aid
        Expect(sc.s.iso3, "", _r("07", "06", "03"), ANY),
    )
    return text, (), allowed


_SEIZED = "{Tdem} customs seized a {Sdem} cargo of {goods} at the border on Monday. "
_GOODS = ("wheat", "grapes", "copper", "timber", "fertiliser")
_STEPS = (
    "{S} said it would file a complaint with the World Trade Organization if the cargo was "
    "not released within ten days.",
    "{Sposs} trade ministry said it would take the case to the World Trade Organization if the "
    "shipment was not released.",
    "{S} said it would lodge a complaint with the WTO unless the cargo was released within a week.",
    "{S} will file a complaint with the World Trade Organization if the {goods} is not "
    "released within ten days, the trade minister said.",
    "{Sc} would file a complaint with the WTO if the {goods} is not released by Friday, the "
    "trade minister said.",
)


def c34_step_ultimatum(sc: Scene) -> Built:
    """ "... Peru said it would file a complaint with the WTO if the cargo was not released":
    the threat X -> Y (13) asserted; the complaint itself possible at most."""
    w = scene_words(sc)
    goods = sc.rng.choice(_GOODS)
    text = _cap(_SEIZED.format(goods=goods, **w)) + _cap(
        sc.rng.choice(_STEPS).format(goods=goods, **w)
    )
    expected = (_e(sc.t, sc.s, _r("17"), ASSERTED), _e(sc.s, sc.t, _r("13"), ASSERTED))
    return text, expected, (_e(sc.s, sc.t, _r("11"), POSSIBLE),)


_PROMISERS = ("{Slead}", "{Sposs} environment minister", "{Sposs} foreign minister")
_PROMISES = (
    "promised to raise {Tposs} objections to a planned waste plant near the border with the "
    "provincial government",
    "pledged to take up {Tposs} concerns about the dam with the regional authorities",
    "promised to raise {Tposs} complaints about the quarry with the local council",
)
_TOLD = ("", ", {Tposs} foreign ministry said", ", {Tlead}'s office said")


def c34_voiced_objections(sc: Scene) -> Built:
    """ "Stocker promised to raise Hungary's objections ... with the provincial government":
    the promise X -> Y (03), never a threat (13)."""
    w = scene_words(sc)
    who = sc.rng.choice(_PROMISERS).format(**w)
    told = sc.rng.choice(_TOLD).format(**w)
    text = f"{_cap(who)} {sc.rng.choice(_PROMISES).format(**w)}{told}."
    return text, (_e(sc.s, sc.t, _r("03"), DONE),), ()


_ARRESTS = (
    "{Sdem} police arrested 14 {Tdem} traders in a border town on Saturday.",
    "{Sdem} police detained 20 {Tdem} migrants near the border.",
)
_DEPORTS = (
    "The {Sdem} government said it would deport those found guilty.",
    "{S} said it would deport the men once their cases were heard.",
    "{Sposs} interior ministry said it would deport those convicted.",
    "{S} will deport them next week, the interior minister said.",
)


def c34_deport_announced(sc: Scene) -> Built:
    """ "Kenyan police arrested Ugandans. The Kenyan government said it would deport those
    found guilty": the arrest, the deportation (17) `possible`; no threat (13)."""
    w = scene_words(sc)
    text = _cap(sc.rng.choice(_ARRESTS).format(**w)) + " " + sc.rng.choice(_DEPORTS).format(**w)
    text = text[:1].upper() + text[1:]
    expected = (_e(sc.s, sc.t, _r("17"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("17"), POSSIBLE), Expect(sc.s.iso3, "", _r("17"), POSSIBLE))
    return text, expected, allowed


_CHECKS = (
    "{S} will keep checks on its border with {T} for another six months.",
    "{S} will keep controls on its frontier with {T} until the end of the year.",
    "{S} would keep checks on the {Tdem} border for six more months, its interior minister said.",
)


def c34_kept_checks(sc: Scene) -> Built:
    """ "Chile will keep checks on its border with Argentina": the restriction (19)
    `possible`, no threat (13)."""
    text = _cap(sc.rng.choice(_CHECKS).format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, _r("19"), POSSIBLE),), ()


_FORECASTS = (
    "{Slead} will probably visit {Tc} before the year is out.",
    "{Sposs} president will likely visit {T} in the spring.",
    "{Slead} will probably travel to {Tc} for talks after the election.",
    "{Sposs} foreign minister will probably visit {Tc} later this year.",
)


def c34_forecast_visit(sc: Scene) -> Built:
    """ "Ruto will probably visit Dar es Salaam": the visit (04) `possible`, no intent."""
    text = _cap(sc.rng.choice(_FORECASTS).format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, _r("04"), POSSIBLE),), ()


_DATED = (
    ("{S} will sell {T} one million tonnes of diesel a year from 2028 under a contract signed "
     "in May.", "06"),
    ("{Slead} will visit {Tc} on Monday for talks.", "04"),
    ("{S} will sell {T} two million tonnes of wheat from 2027.", "06"),
    ("{S} will ship the first cargo of gas to {T} in October.", "06"),
    ("{S} will buy two million barrels of oil from {T} from January.", "06"),
)  # fmt: skip


def c34_dated_sale(sc: Scene) -> Built:
    """ "Brazil will sell Uruguay diesel from 2028", "will visit CAPITAL on Monday": the act
    (06 / 04) `possible`, no intent."""
    template, _ = sc.rng.choice(_DATED)
    text = _cap(template.format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, _r("06", "04"), POSSIBLE),), ()


_SEIZERS = ("{Sdem} customs officers", "{Sdem} police", "{Sposs} navy")
_SEIZED_THINGS = ("a lorry of {Tdem} cocoa", "a {Tdem} cargo of timber", "two {Tdem} fishing boats")
_WELCOMERS = (
    "{Sdem} cocoa farmers, who have staged protests against smuggling,",
    "{Sdem} business groups",
    "{Sdem} fishermen's unions",
)


def c34_own_deed_welcomed(sc: Scene) -> Built:
    """ "Ghanaian customs seized Ivorian cocoa. Ghanaian farmers welcomed the seizure": the
    seizure X -> Y only; the welcome is domestic, no praise of Y (05)."""
    w = scene_words(sc)
    seizer = _cap(sc.rng.choice(_SEIZERS).format(**w))
    thing = sc.rng.choice(_SEIZED_THINGS).format(**w)
    welcomer = _cap(sc.rng.choice(_WELCOMERS).format(**w))
    text = f"{seizer} seized {thing} on Sunday. {welcomer} welcomed the seizure."
    return (
        text,
        (_e(sc.s, sc.t, _r("17"), ASSERTED),),
        (Expect(sc.s.iso3, sc.s.iso3, _r("05"), ASSERTED),),
    )


_URGERS = ("{Sposs} foreign minister", "{S}", "{Slead}")
_REPLACE = (
    "urged {T} to replace the checks with joint police patrols",
    "urged {T} to replace border controls with joint patrols",
    "called on {T} to replace the fence with joint police patrols",
    "asked {T} to replace the checkpoints with joint customs teams and shared patrols",
)


def c34_asked_means(sc: Scene) -> Built:
    """ "Szijjarto urged Vienna to replace the checks with joint police patrols": the appeal
    X -> Y (02) only; no patrols planned by anyone."""
    w = scene_words(sc)
    text = f"{_cap(sc.rng.choice(_URGERS).format(**w))} {sc.rng.choice(_REPLACE).format(**w)}."
    return text, (_e(sc.s, sc.t, _r("02"), ASSERTED),), ()


_MISSIONS = (
    "{Sposs} embassy in {Tc}",
    "{Sposs} high commission in {Tc}",
    "The {Sdem} embassy in {Tc}",
)
_PROTESTED = (
    "protested that the detainees had been held for four days without charge and demanded "
    "consular access to them",
    "complained that the men had been held for a week without a lawyer and demanded access to them",
    "protested that the fishermen had been held without charge and demanded their release",
)


def c34_mission_demand(sc: Scene) -> Built:
    """ "Kenya's high commission in Kampala protested that the detainees had been held ... and
    demanded consular access to them": the protest (11) and the demand (10), both X -> Y."""
    w = scene_words(sc)
    text = f"{_cap(sc.rng.choice(_MISSIONS).format(**w))} {sc.rng.choice(_PROTESTED)}."
    expected = (_e(sc.s, sc.t, _r("11"), ASSERTED), _e(sc.s, sc.t, _r("10"), ASSERTED))
    return text, expected, (Expect("*", "*", _r("17"), NOT_DONE),)


_VOICES = ("{Sposs} foreign ministry said", "{Sposs} foreign minister said", "{S} said")
_STAFF = (
    "consular staff had visited the fans and asked {Tdem} authorities to speed up their cases",
    "consular officials had met the detained sailors and urged {Tdem} authorities to release them",
    "diplomats had visited the prisoners and asked {Tdem} officials to let relatives see them",
)


def c34_envoys_asked(sc: Scene) -> Built:
    """ "Kenya's foreign ministry said consular staff had visited the fans and asked Tanzanian
    authorities to speed up their cases": the appeal X -> Y (02) `reported` (GUIDE rule 3)."""
    w = scene_words(sc)
    text = f"{_cap(sc.rng.choice(_VOICES).format(**w))} {sc.rng.choice(_STAFF).format(**w)}."
    allowed = (
        Expect(sc.s.iso3, "*", _r("04"), REPORTED),
        Expect(sc.s.iso3, "", _r("04"), REPORTED),
    )
    return text, (_e(sc.s, sc.t, _r("02"), REPORTED),), allowed


_MONEY = (
    "{S} has put more money into {T} over the past decade than any state except {Z}.",
    "{S} has put billions into {Tposs} ports since 2019.",
    "{S} put $2 billion into {Tposs} power grid last year.",
    "{S} has channelled millions into {Tposs} railways.",
)


def c34_put_money(sc: Scene) -> Built:
    """ "Qatar has put more money into Pakistan than any state except China": economic aid
    X -> Y (07), as "poured"."""
    text = _cap(sc.rng.choice(_MONEY).format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, _r("07"), ASSERTED),), ()


_NEGATED_MAIN = (
    "{S} has not complained publicly, though {Sdem} officials privately accuse {T} of dragging "
    "its feet on the port accord.",
    "{S} has never protested, although {Sdem} diplomats privately accuse {T} of stalling the "
    "talks.",
    "{Sc}, for its part, has not complained publicly, though {Sdem} officials privately accuse "
    "{T} of blocking the deal.",
)


def c34_concessive_news(sc: Scene) -> Built:
    """ "Islamabad has not complained publicly, though Pakistani officials privately accuse
    Qatar of dragging its feet": the accusation X -> Y (11) asserted, news beside the negated
    complaint."""
    text = _cap(sc.rng.choice(_NEGATED_MAIN).format(**scene_words(sc)))
    allowed = (Expect(sc.s.iso3, "*", _r("11"), frozenset({"negated"})),
               Expect(sc.s.iso3, "", _r("11"), frozenset({"negated"})))  # fmt: skip
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), allowed


_OPINIONS = (
    "{Sdem} economists have urged the government to tie new loans to reforms, and ministers "
    "now say privately that they agree.",
    "{Sdem} bankers want tighter rules on lending, and officials in {Sc} say they agree.",
    "{S} has given {T} cheap gas for years, and it has asked for little in return.",
    "{S} has lent {T} billions, and it has asked for nothing in return.",
)


def c34_opinion_agree(sc: Scene) -> Built:
    """ "... and ministers now say privately that they agree": no intent (03); "asked for
    little in return": no appeal (02). The domestic appeal and the gift may be read."""
    text = _cap(sc.rng.choice(_OPINIONS).format(**scene_words(sc)))
    allowed = (Expect(sc.s.iso3, sc.s.iso3, _r("02"), ASSERTED),
               _e(sc.s, sc.t, _r("07", "06"), ASSERTED))  # fmt: skip
    return text, (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c34_permitted": c34_permitted,
    "c34_step_ultimatum": c34_step_ultimatum,
    "c34_voiced_objections": c34_voiced_objections,
    "c34_deport_announced": c34_deport_announced,
    "c34_kept_checks": c34_kept_checks,
    "c34_forecast_visit": c34_forecast_visit,
    "c34_dated_sale": c34_dated_sale,
    "c34_own_deed_welcomed": c34_own_deed_welcomed,
    "c34_asked_means": c34_asked_means,
    "c34_mission_demand": c34_mission_demand,
    "c34_envoys_asked": c34_envoys_asked,
    "c34_put_money": c34_put_money,
    "c34_concessive_news": c34_concessive_news,
    "c34_opinion_agree": c34_opinion_agree,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
