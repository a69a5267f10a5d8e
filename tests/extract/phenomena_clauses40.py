"""Round 34's lexicon, scene, refusal and aid classes of fresh28 (issue 9, clauses40;
fresh28_classes.md F, B, G, I) as suite constructions crossed with the suite's states named by
name, capital, leader or demonym, each with several phrasings:

- ``c40_signed_purchase`` (F): "X's defence minister signed a contract to buy 96 howitzers from
  Y": the signing (057, the buyer's toward the seller) beside the purchase (06x, older sets);
- ``c40_punished_goods`` (F): "X has not punished Y-CAPITAL's barley or wine": a measure on
  goods, 163 (`negated` here), never the generic coercion 170;
- ``c40_quoted_verdict`` (F): "Y imposed a duty on X-ian beef. X called the duty 'an
  overreaction'": a quoted noun put on a judged measure is criticism (111) whatever the noun;
- ``c40_frozen_hiring`` (F): "X froze new hiring (visas) from Y": 172;
- ``c40_family_calls`` (F): "... said the two had been allowed to call their families": the
  detainees' treatment, no yield (080);
- ``c40_offered_training`` (F): "X offered to build a drone factory in Y and to train Y-ian
  pilots": the offer (03) only, no training (06) of its own;
- ``c40_dated_participle`` (B): "..., recalling the journalist killed in Y-CAPITAL in 2016": no
  act, and never the place's state as the killer;
- ``c40_little_choice`` (B): "... and Y-CAPITAL has little choice but to accept": no yield;
- ``c40_quoted_maxim`` (B): "Y's foreign minister said Y 'does not shelter fugitives'": no
  asylum act (075), asserted or `negated`;
- ``c40_dated_detainees`` (B): "declined to say whether the Y-ian workers detained in X-CAPITAL
  in September would be released": the participle is scene (no detention of its own);
- ``c40_kept_measure`` (G): "X asked Y to lift its ban ..., but Y's president said the ban would
  stay while ...", "... the lorries would stay impounded until a court ruled": Y's refusal (12x)
  at X; with nothing asked, "Y said its ban would stay in place" refuses nothing;
- ``c40_matched_aid`` (I): "X has never withheld aid from Y, and Z has matched its money with a
  loan of its own": Z's aid (07) to Y.

Before the fix, on main (6474c2e4): the purchase 061 and no 057; "punished" 170; no 111 for a
quoted noun outside the rows' lists; no 172 for frozen hiring; "allowed to call" 080; the
offered training 062 `possible`; the participle's killing 190 asserted at a guessed doer; the
idiom 080; the maxim 075 `negated`; the dated detainees a detention `possible` by the speaker's
state at the place's; the kept ban and the impounded lorries no refusal; the
matched loan 071 with no recipient.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_BUYERS = ("{Sposs} defence minister", "{S}", "{Sposs} defence ministry", "{Slead}")
_BOUGHT = ("96 howitzers", "six transport aircraft", "12 fighter jets", "four patrol boats",
           "two frigates", "40 armoured vehicles")  # fmt: skip
_PACTS = ("a contract", "a deal", "an agreement", "a $2 billion contract")


def c40_signed_purchase(sc: Scene) -> Built:
    """ "Finland's defence minister signed a contract to buy 96 howitzers from South Korea": the
    signing (05) beside the purchase (06)."""
    w = scene_words(sc)
    verb = sc.rng.choice(("buy", "purchase", "acquire"))
    text = (
        f"{sc.rng.choice(_BUYERS).format(**w)} signed {sc.rng.choice(_PACTS)} to {verb} "
        f"{sc.rng.choice(_BOUGHT)} from {sc.rng.choice((w['T'], w['Tc']))}."
    )
    allowed = (_e(sc.s, sc.t, _r("06"), ANY), _e(sc.t, sc.s, _r("05", "06"), ANY))
    return _cap(text), (_e(sc.s, sc.t, _r("05"), ASSERTED),), allowed


_GOODS = ("barley or wine", "wine or fruit", "beef", "barley and wine", "fruit exports",
          "wheat", "goods")  # fmt: skip
_UNPUNISHED = (
    "{S} has not punished {Tcposs} {goods} this time",
    "{S} has not punished {Tposs} {goods}",
    "So far {Sc} has not punished {Tdem} {goods}",
)


def c40_punished_goods(sc: Scene) -> Built:
    """ "Moscow has not punished Baku's wine or fruit this time": a measure on goods (16),
    `negated`, never 17."""
    w = scene_words(sc)
    goods = sc.rng.choice(_GOODS)
    tc = w["Tc"]
    text = sc.rng.choice(_UNPUNISHED).format(goods=goods, Tcposs=f"{tc}'s", **w) + "."
    return _cap(text), (_e(sc.s, sc.t, _r("16"), NEGATED),), ()


_IMPOSED = ("imposed a duty on {Sdem} beef", "banned imports of {Sdem} poultry",
            "raised its tariff on {Sdem} steel", "imposed a quota on {Sdem} wine")  # fmt: skip
_NAMED = {"imposed a duty": "the duty", "banned": "the ban", "raised": "the tariff",
          "imposed a quota": "the quota"}  # fmt: skip
_VERDICTS = ("'an overreaction'", "'a gift to smugglers'", "'a tax on friendship'",
             '"a relic of the past"', "'an own goal'", '"a blow to honest traders"')  # fmt: skip


def c40_quoted_verdict(sc: Scene) -> Built:
    """ "Britain imposed a duty on Argentine beef. Buenos Aires called the duty 'an
    overreaction'": the measure (16) and criticism of it (11)."""
    w = scene_words(sc)
    imposed = sc.rng.choice(_IMPOSED)
    noun = next(v for k, v in _NAMED.items() if imposed.startswith(k))
    who = sc.rng.choice(("{Sc}", "{Sposs} trade minister", "{S}", "{Sposs} government"))
    text = (
        f"{w['T']} {imposed.format(**w)}. {who.format(**w)} called {noun} "
        f"{sc.rng.choice(_VERDICTS)}."
    )
    expected = (_e(sc.t, sc.s, _r("16", "17"), ASSERTED), _e(sc.s, sc.t, _r("11"), ASSERTED))
    return _cap(text), expected, ()


_FROZEN = (
    "{S} froze new hiring from {T} twice last year",
    "{Sposs} labour ministry froze new hiring from {T} in March",
    "{S} froze new visas for {T} last year",
    "{S} has frozen recruitment from {T}",
    "{S} suspended new hiring from {T} in May",
)


def c40_frozen_hiring(sc: Scene) -> Built:
    """ "Oman froze new hiring from Nepal twice last year": an administrative measure, 17."""
    text = _cap(sc.rng.choice(_FROZEN).format(**scene_words(sc)) + ".")
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_HELD = ("fishermen", "sailors", "workers", "students")
_CALLS = ("call their families", "phone their families", "contact their relatives",
          "call home", "speak to their families")  # fmt: skip


def c40_family_calls(sc: Scene) -> Built:
    """ "Oman detained two Nepali workers. The Nepali embassy said the two had been allowed to
    call their families": the detention (17), no yield."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Tposs} embassy", "The {Tdem} embassy", "{Tposs} foreign ministry"))
    held = sc.rng.choice(_HELD)
    them = sc.rng.choice(("the two", f"the {held}", "they"))
    text = (
        f"{w['S']} detained two {w['Tdem']} {held}. {who.format(**w)} said {them} had been "
        f"allowed to {sc.rng.choice(_CALLS)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_FIRST = ("build a drone factory in {T}", "set up a shipyard in {Tc}",
          "open a maintenance centre in {T}")  # fmt: skip
_SECOND = ("train {Tdem} pilots", "train {Tposs} pilots", "train {Tdem} engineers",
           "train {Tdem} technicians")  # fmt: skip


def c40_offered_training(sc: Scene) -> Built:
    """ "Indonesia offered to build a drone factory in Turkey and to train Turkish pilots": the
    offer (03), no training act of its own."""
    w = scene_words(sc)
    text = (
        f"{w['S']} offered to {sc.rng.choice(_FIRST).format(**w)} and to "
        f"{sc.rng.choice(_SECOND).format(**w)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("03"), ASSERTED),), ()


_RECALLED = ("the journalist killed in {Tc} in 2016", "the student killed in {Tc} in 2019",
             "the two engineers kidnapped in {Tc} in 2018", "the aid worker killed in {Tc} in 2017")  # fmt: skip


def c40_dated_participle(sc: Scene) -> Built:
    """ "Rwanda's president said he wanted better ties with Uganda, recalling the journalist
    killed in Kampala in 2016": no act, no killer guessed from the place."""
    w = scene_words(sc)
    head = sc.rng.choice(
        (
            "{Sposs} president said he wanted better ties with {T}",
            "{Sposs} foreign minister said relations with {T} had improved",
        )  # fmt: skip
    )
    text = f"{head.format(**w)}, recalling {sc.rng.choice(_RECALLED).format(**w)}."
    allowed = (Expect("*", "*", _r("03", "05"), NOT_ASSERTED),)
    return _cap(text), (), allowed


_CHOICE = (
    "For {T}, {S} is less a partner than an employer, and {Tc} has little choice but to accept",
    "{Tc} has little choice but to accept {Sposs} terms",
    "With its workers in {S}, {T} has little option but to comply",
)


def c40_little_choice(sc: Scene) -> Built:
    """ "For Nepal, Qatar is less a partner than an employer, and Kathmandu has little choice
    but to accept": no act."""
    return _cap(sc.rng.choice(_CHOICE).format(**scene_words(sc)) + "."), (), ()


_MAXIMS = ("'does not shelter fugitives'", "'does not shelter thieves'",
           "'does not harbour criminals'", "'does not protect smugglers'")  # fmt: skip


def c40_quoted_maxim(sc: Scene) -> Built:
    """ "Togo extradited two men to Ghana. Ghana's foreign minister said Ghana 'does not shelter
    fugitives'": the extradition (06), no asylum act."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Tposs} foreign minister", "{Tposs} justice minister", "A spokesman"))
    text = (
        f"{w['S']} extradited two men to {w['T']}. {who.format(**w)} said "
        f"{w['T']} {sc.rng.choice(_MAXIMS)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()


_WHEN = ("in September", "in March", "last year", "in 2024")


def c40_dated_detainees(sc: Scene) -> Built:
    """ "Nepal's labour minister declined to say whether the Nepali workers detained in Doha in
    September would be released": the release possible, the participle scene (no detention
    `possible` of its own)."""
    w = scene_words(sc)
    held = sc.rng.choice(_HELD)
    who = sc.rng.choice(("{Tposs} labour minister", "{Tposs} foreign ministry", "{Tposs} envoy"))
    where = sc.rng.choice((f" in {w['Sc']}", f" in {w['S']}"))
    text = (
        f"{who.format(**w)} declined to say whether the {w['Tdem']} {held} detained{where} "
        f"{sc.rng.choice(_WHEN)} would be {sc.rng.choice(('released', 'freed'))}."
    )
    allowed = (_e(sc.s, sc.t, _r("08"), POSSIBLE), Expect("*", "", _r("08"), POSSIBLE))
    return _cap(text), (), allowed


_ASKED = (
    ("lift its ban on {Sdem} milk", "the ban would stay while {Tdem} dairies recovered"),
    ("lift its tariffs on {Sdem} salmon", "the tariffs would remain in place while the inquiry went on"),
    ("return the seized lorries", "the lorries would stay impounded until a court ruled"),
    ("release the trawler", "the ship would remain impounded until a court ruled"),
    ("lift its embargo on {Sdem} rice", "the embargo would stay until prices fell"),
)  # fmt: skip
_ANSWERERS = ("{Tposs} president", "{Tposs} interior minister", "{Tposs} trade ministry", "{Tc}")


def c40_kept_measure(sc: Scene) -> Built:
    """ "Kenya asked Uganda to lift its ban on Kenyan milk, but Uganda's president said the ban
    would stay while Ugandan dairies recovered": the request (02) and Y's refusal (12) at X; in
    one sentence or two. With nothing asked, no refusal."""
    w = scene_words(sc)
    asked, kept = sc.rng.choice(_ASKED)
    who = sc.rng.choice(_ANSWERERS).format(**w)
    if sc.rng.random() < 0.2:  # nothing asked: a stance, no refusal
        text = f"{who} said {kept.format(**w)}."
        return _cap(text), (), (Expect("*", "*", _r("16", "17"), ANY),)
    joined = sc.rng.random() < 0.5
    text = f"{w['S']} asked {w['T']} to {asked.format(**w)}"
    text += f", but {who}" if joined else f". {_cap(who)}"
    text += f" said {kept.format(**w)}."
    expected = (_e(sc.s, sc.t, _r("02"), ASSERTED), _e(sc.t, sc.s, _r("12"), ASSERTED))
    return _cap(text), expected, ()


_MATCHED = ("has matched its money with a loan of its own",
            "has matched that money with a grant of its own",
            "has matched its aid with a loan of its own")  # fmt: skip


def c40_matched_aid(sc: Scene) -> Built:
    """ "France has never withheld aid from Senegal, and Sweden has matched its money with a loan
    of its own": Z's aid (07) to Y."""
    w = scene_words(sc)
    text = f"{w['S']} has never withheld aid from {w['T']}, and {w['Z']} {sc.rng.choice(_MATCHED)}."
    expected = (_e(sc.s, sc.t, _r("16"), NEGATED), _e(sc.z, sc.t, _r("07"), ASSERTED))
    return _cap(text), expected, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c40_signed_purchase": c40_signed_purchase,
    "c40_punished_goods": c40_punished_goods,
    "c40_quoted_verdict": c40_quoted_verdict,
    "c40_frozen_hiring": c40_frozen_hiring,
    "c40_family_calls": c40_family_calls,
    "c40_offered_training": c40_offered_training,
    "c40_dated_participle": c40_dated_participle,
    "c40_little_choice": c40_little_choice,
    "c40_quoted_maxim": c40_quoted_maxim,
    "c40_dated_detainees": c40_dated_detainees,
    "c40_kept_measure": c40_kept_measure,
    "c40_matched_aid": c40_matched_aid,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
