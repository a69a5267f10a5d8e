"""clauses43's classes (issue 9, fresh30_classes.md G, E, C, F and D's "declined to respond") as
suite constructions crossed with the suite's states named by name, capital, leader or demonym,
each with several phrasings and a near miss:

- ``c43_if_refusal`` (G): "Y asked X to extradite the banker. Officials in X said they would not
  hand him over if he faced political charges": rule 5's hypothetical, the hand-over
  `negated`, never an asserted refusal; held "unless Y drops the charges" it stays one (12);
- ``c43_position_unchanged`` (E): "Y asked X to back its plan, but X's minister said its
  position had not changed (remained unchanged)": a refusal, 12 at Y; with nothing asked,
  nothing;
- ``c43_dismissed_here`` (E): "Y's embassy criticised X's tariff, and X's ministry dismissed
  the embassy's statement": the criticism of the same sentence denied, 016 at Y; a statement
  that criticises nothing stays a rejection;
- ``c43_denied_ignored`` (E): "X denied that it had ignored Y's extradition request": a charge
  denied, 016 at Y; "denied that it had rejected Y's offer" denies no charge;
- ``c43_wanted_purchase`` (E): "X's leader told Y's leader in a phone call that X wanted to buy
  two Y-ian frigates": the call (04) and the intent (03) at Y;
- ``c43_cut_aid`` (C): "Were X to cut its military aid to Y, ...": the cut (16) only, no aid;
- ``c43_bought_arms`` (C): "X bought six Y-ian howitzers": an arms purchase (06 at Y);
- ``c43_pressed_pact`` (C): "X will press for the ratification of its trade deal with Y": an
  intent (03), never a demand (10) or threat (13);
- ``c43_training_ship`` (C): "X will send a navy training ship to CAPITAL": no aid (03, 07);
- ``c43_funded_project`` (C): "X will fund a training programme for Y-ian coast guards": the
  funding, 07 `possible`, no intent (03);
- ``c43_writer_should`` (F): "X and Y have much to gain. Both governments should sign a mining
  pact before Z ...": a writer's recommendation, no event; told by a minister, the act
  `possible`;
- ``c43_declined_respond`` (D): "Z criticised X's support for Y's bid, but X's leader declined
  to respond": no refusal of anything.

Before the fix, on main (a145f48c): the conditional refusal 121 `asserted`; the unchanged
position nothing; the same-sentence dismissal 120; the ignored request 120 `negated` only; the
phone call's intent lost; the cut aid 072 beside 162; the bought howitzers 061; pressing for a
ratification 100 (130 when promised); the training ship and the programme 033; the writer's
advice 057 `possible`; "declined to respond" 120 at its own state.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
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

_WANTED = ("the banker", "the former minister", "the businessman", "the two suspects")
_REFUSERS = ("Officials in {Sc}", "{Sposs} justice ministry", "{Sdem} officials", "{Slead}")
_IFS = ("if he faced political charges", "if he risked an unfair trial",
        "if he faced the death penalty", "if the charges were political")  # fmt: skip
_UNLESS = ("unless {T} dropped the political charges", "until {T} sent the evidence")


def c43_if_refusal(sc: Scene) -> Built:
    """ "Peru asked Chile to extradite the banker. Officials in Santiago said they would not
    hand him over if he faced political charges": no asserted refusal; "unless Y ..." near
    miss: the refusal (12)."""
    w = scene_words(sc)
    who = sc.rng.choice(_WANTED)
    him = "them" if who.startswith("the two") else "him"
    verb = sc.rng.choice(("hand {him} over", "extradite {him}", "surrender {him}"))
    held = sc.rng.random() < 0.25
    cond = sc.rng.choice(_UNLESS) if held else sc.rng.choice(_IFS)
    if him == "them":
        cond = cond.replace("he faced", "they faced").replace("he risked", "they risked")
    text = (
        f"{w['T']} asked {w['S']} to extradite {who}. "
        f"{sc.rng.choice(_REFUSERS).format(**w)} said they would not "
        f"{verb.format(him=him)} {cond.format(**w)}."
    )
    ask = _e(sc.t, sc.s, _r("02"), ASSERTED)
    if held:
        return _cap(text), (ask, _e(sc.s, sc.t, _r("12"), ASSERTED)), ()
    return _cap(text), (ask,), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_BACKED = ("back its candidate for the commission", "support its autonomy plan",
           "endorse its bid to host the summit", "recognise its claim to the islands")  # fmt: skip
_UNCHANGED = ("its position had not changed", "{Sposs} position remained unchanged",
              "its stance was unchanged", "its policy had not changed",
              "{Sposs} position has not changed")  # fmt: skip
_ANSWERERS = ("{Sposs} foreign minister", "{Slead}", "a spokesman for {Sposs} foreign ministry")


def c43_position_unchanged(sc: Scene) -> Built:
    """ "Kenya asked Tanzania to back its candidate, but Tanzania's foreign minister said its
    position had not changed": 12 at Y; with nothing asked (near miss), no event."""
    w = scene_words(sc)
    said = f"{sc.rng.choice(_ANSWERERS).format(**w)} said {sc.rng.choice(_UNCHANGED).format(**w)}"
    if sc.rng.random() < 0.2:
        text = f"{said} on the dispute with {w['T']}."
        return _cap(text), (), ()
    joint = sc.rng.choice((", but ", ". "))
    ask = f"{w['T']} asked {w['S']} to {sc.rng.choice(_BACKED)}"
    text = f"{ask}{joint}{_cap(said) if joint == '. ' else said}."
    expected = (_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("12"), ASSERTED))
    return _cap(text), expected, ()


_CRITICISED = ("criticised {Sposs} new tariff", "condemned {Sposs} visa rules",
               "criticised {Sposs} fishing ban", "denounced {Sposs} new border fees")  # fmt: skip
_DISMISSERS = ("{Sposs} foreign ministry", "a spokesman for the {Sdem} foreign ministry",
               "{Sdem} officials")  # fmt: skip


def c43_dismissed_here(sc: Scene) -> Built:
    """ "Ghana's embassy in Lagos criticised Nigeria's tariff, and Nigeria's foreign ministry
    dismissed the embassy's statement": 016 at Y; near miss, the embassy's announcement
    dismissed: no denial (01)."""
    w = scene_words(sc)
    said = sc.rng.choice(("the embassy's statement", "the embassy's remarks",
                          "the embassy's comments", "the statement"))  # fmt: skip
    verb = sc.rng.choice(("dismissed", "rejected"))
    if sc.rng.random() < 0.2:
        text = (
            f"{w['Tposs']} embassy in {w['Sc']} announced new visa rules, and "
            f"{sc.rng.choice(_DISMISSERS).format(**w)} {verb} the embassy's statement."
        )
        return _cap(text), (), (Expect("*", "*", _r("12", "01", "02", "17"), ANY),)
    text = (
        f"{w['Tposs']} embassy in {w['Sc']} {sc.rng.choice(_CRITICISED).format(**w)}, and "
        f"{sc.rng.choice(_DISMISSERS).format(**w)} {verb} {said}."
    )
    expected = (_e(sc.t, sc.s, _r("11"), ASSERTED), _e(sc.s, sc.t, _r("01"), ASSERTED))
    return _cap(text), expected, ()


_IGNORED = ("ignored {Tposs} extradition request", "disregarded {Tposs} calls for talks",
            "ignored {Tposs} request for help", "snubbed {Tposs} invitation")  # fmt: skip


def c43_denied_ignored(sc: Scene) -> Built:
    """ "Chile's foreign ministry denied that Santiago had ignored Peru's extradition request":
    016 at Y (the ignoring negated); near miss "had rejected Y's offer": no denial."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} foreign ministry", "{Slead}", "{Sposs} government"))
    doer = sc.rng.choice(("it", w["Sc"]))
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    if sc.rng.random() < 0.2:
        text = f"{who.format(**w)} denied that {doer} had rejected {w['Tposs']} offer of talks."
        return _cap(text), (), allowed
    text = f"{who.format(**w)} denied that {doer} had {sc.rng.choice(_IGNORED).format(**w)}."
    return _cap(text), (_e(sc.s, sc.t, _r("01"), ASSERTED),), allowed


_BOUGHT = ("frigates", "patrol boats", "howitzers", "fighter jets", "corvettes")


def c43_wanted_purchase(sc: Scene) -> Built:
    """ "Egypt's president told Kenya's president in a phone call that Egypt wanted to buy two
    Kenyan frigates": the call (04) and the intent (03) at Y."""
    w = scene_words(sc)
    teller = sc.rng.choice(("{Sposs} president", "{Slead}"))
    hearer = sc.rng.choice(("{Tposs} president", "{Tlead}"))
    channel = sc.rng.choice(("in a phone call", "during a phone call", "in a telephone call"))
    verb = sc.rng.choice(("wanted to buy", "wanted to purchase", "wished to buy"))
    text = (
        f"{teller.format(**w)} told {hearer.format(**w)} {channel} that {w['S']} {verb} "
        f"two {w['Tdem']} {sc.rng.choice(_BOUGHT)}."
    )
    expected = (
        _e(sc.s, sc.t, _r("04"), ASSERTED),
        _e(sc.s, sc.t, _r("03"), frozenset({"asserted", "reported"})),
    )
    return _cap(text), expected, (_e(sc.s, sc.t, _r("06"), NOT_ASSERTED),)


def c43_cut_aid(sc: Scene) -> Built:
    """ "Were Washington to cut its military aid to Amman, Seoul could become Jordan's main
    arms supplier": the cut (16) only, no aid (07)."""
    w = scene_words(sc)
    aid = sc.rng.choice(("its military aid", "its aid", "its economic aid"))
    verb = sc.rng.choice(("cut", "suspend", "halt"))
    opener = sc.rng.choice(
        (f"Were {w['S']} to {verb} {aid} to {w['T']}",
         f"If {w['S']} were to {verb} {aid} to {w['T']}")
    )  # fmt: skip
    text = f"{opener}, {w['Z']} could become {w['Tposs']} main arms supplier."
    allowed = (
        Expect("*", "*", _r("06", "03"), NOT_ASSERTED),
        Expect(sc.s.iso3, "*", _r("16"), POSSIBLE),
    )
    return _cap(text), (_e(sc.s, sc.t, _r("16"), POSSIBLE),), allowed


_ARMS = ("howitzers", "frigates", "fighter jets", "drones", "missiles", "tanks")


def c43_bought_arms(sc: Scene) -> Built:
    """ "Peru bought six Korean howitzers last year": an arms purchase (06) at Y."""
    w = scene_words(sc)
    verb = sc.rng.choice(("bought", "purchased"))
    when = sc.rng.choice(("last year", "in 2023", "in March"))
    text = f"{w['S']} {verb} six {w['Tdem']} {sc.rng.choice(_ARMS)} {when}."
    return _cap(text), (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()


def c43_pressed_pact(sc: Scene) -> Built:
    """ "Sweden will press for the ratification of its trade deal with Kenya": an intent (03),
    never a demand (10) or a threat (13); "promised to push for ..." the same."""
    w = scene_words(sc)
    verb = sc.rng.choice(("will press for", "will push for", "promised to push for",
                          "pledged to press for", "would lobby for"))  # fmt: skip
    noun = sc.rng.choice(("the ratification", "the approval", "the swift ratification"))
    deal = sc.rng.choice(("its trade deal", "its investment treaty", "the new trade agreement"))
    text = f"{w['S']} {verb} {noun} of {deal} with {w['T']}."
    return _cap(text), (_e(sc.s, sc.t, _r("03"), ANY),), ()


def c43_training_ship(sc: Scene) -> Built:
    """ "Canada will send a navy training ship to Dakar in September": no aid (03, 07)."""
    w = scene_words(sc)
    ship = sc.rng.choice(("a navy training ship", "a naval training ship", "its training ship",
                          "a tall ship"))  # fmt: skip
    when = sc.rng.choice(("in September", "next month", "this summer"))
    text = f"{w['S']} will send {ship} to {w['Tc']} {when}."
    return _cap(text), (), ()


_PROGRAMMES = ("a training programme for {Tdem} coast guards", "a health project in {T}",
               "a scheme for {Tdem} farmers", "a training programme in {T}")  # fmt: skip


def c43_funded_project(sc: Scene) -> Built:
    """ "Canada will fund a training programme for Senegalese coast guards": the funding, 07
    `possible`, no intent (03)."""
    w = scene_words(sc)
    verb = sc.rng.choice(("will fund", "would fund", "will also fund"))
    text = f"{w['S']} {verb} {sc.rng.choice(_PROGRAMMES).format(**w)}."
    return _cap(text), (_e(sc.s, sc.t, _r("07"), POSSIBLE),), ()


_OPENERS = ("{S} and {T} have much to gain from each other.",
            "{S} and {T} are unlikely partners.", "{S} and {T} have little in common.")  # fmt: skip
_ADVISED = ("should sign a mining pact", "should agree on fishing rules",
            "ought to sign a trade pact", "should open talks on a trade deal")  # fmt: skip
_BEFORE = ("before {Z} locks up the region's cobalt", "before {Z} moves in",
           "before {Zdem} firms buy the mines")  # fmt: skip


def c43_writer_should(sc: Scene) -> Built:
    """ "Ghana and Togo have much to gain. Both governments should sign a mining pact before
    Beijing locks up the cobalt": no event; near miss told by a minister: the act `possible`."""
    w = scene_words(sc)
    pair = sc.rng.choice(("Both governments", "The two governments", "Both capitals"))
    advice = sc.rng.choice(_ADVISED)
    if sc.rng.random() < 0.2:
        text = f"{w['Sposs']} foreign minister said {w['S']} {advice} with {w['T']}."
        return _cap(text), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    text = (
        f"{sc.rng.choice(_OPENERS).format(**w)} {pair} {advice} "
        f"{sc.rng.choice(_BEFORE).format(**w)}."
    )
    return _cap(text), (), ()


_SUPPORTED = ("{Sposs} support for the {Tdem} bid", "{Sposs} backing of {Tposs} candidate",
              "{Sposs} new deal with {T}")  # fmt: skip


def c43_declined_respond(sc: Scene) -> Built:
    """ "Pakistan's foreign office criticised Spain's support for the Indian bid, but the
    Spanish leader declined to respond": Z's criticism of X only, no refusal (12)."""
    w = scene_words(sc)
    critic = sc.rng.choice(("{Zposs} foreign office", "{Z}", "{Zposs} foreign ministry"))
    answer = sc.rng.choice(("declined to respond", "declined to reply", "declined to react"))
    who = sc.rng.choice(("the {Sdem} leader", "{Slead}", "{Sposs} government"))
    text = (
        f"{critic.format(**w)} criticised {sc.rng.choice(_SUPPORTED).format(**w)}, but "
        f"{who.format(**w)} {answer}."
    )
    z = sc.z
    return _cap(text), (_e(z, sc.s, _r("11"), ASSERTED),), (Expect(z.iso3, "*", _r("11"), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c43_if_refusal": c43_if_refusal,
    "c43_position_unchanged": c43_position_unchanged,
    "c43_dismissed_here": c43_dismissed_here,
    "c43_denied_ignored": c43_denied_ignored,
    "c43_wanted_purchase": c43_wanted_purchase,
    "c43_cut_aid": c43_cut_aid,
    "c43_bought_arms": c43_bought_arms,
    "c43_pressed_pact": c43_pressed_pact,
    "c43_training_ship": c43_training_ship,
    "c43_funded_project": c43_funded_project,
    "c43_writer_should": c43_writer_should,
    "c43_declined_respond": c43_declined_respond,
}

FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
