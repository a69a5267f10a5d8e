"""Round 22 lexicon and code classes of fresh16 (issue 9, lex29; fresh16_classes.md HO, HS,
CC, BN, L) as suite constructions, written from the GUIDE and the CAMEO codebook, crossed with
the suite's states named by name, capital, demonym + sector or leader:

- ``l29_hand_him_over``: "Y asked X to extradite a businessman ... X has not said whether it
  will hand him over", "X handed him over to Y police": a person handed over is judicial
  cooperation (063, GUIDE rule 7) toward the state that wants him, never aid (070);
- ``l29_handing_them``: "X police deported three Y men accused of smuggling arms, handing them
  to Y police at the border": the trailing hand-over is news beside the deportation (063);
- ``l29_received_guest``: "Y's prime minister arrived in CAPITAL ..., and NAME received her at
  his office / welcomed her", "... for talks with NAME, who welcomed him at the airport": the
  host's reception of the arriving guest (043, GUIDE rule 6), never praise (051);
- ``l29_called_groundless``: "Y expelled an X diplomat. X called the move groundless /
  baseless / unfounded": criticism (111) of the expeller; "called the accusation groundless"
  stays a denial (016);
- ``l29_goods_ban``: "X banned Y cheese", "X's ban on Y beef", "imposed a ban on Y poultry": the
  embargo (163, GUIDE rule 7: a ban on goods), never the administrative ban (172); a ban on
  officials keeps 172;
- ``l29_towed_boat``: "X's navy fired on a Y fishing boat and towed it to port", "towed the Y
  trawler to PLACE": the vessel seized (171); a boat towed to safety is a rescue, no seizure.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
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
    _poss,
)


def _e(src: State, tgt: State, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, frozenset({root}), facts)


_WANTED = (
    "{T} asked {S} to extradite a businessman accused of fraud.",
    "{Tcap} has asked {S} to extradite a former minister wanted for embezzlement.",
    "{Tposs} government wants {S} to extradite a banker who fled after the coup.",
)
_HAND_HIM = (
    ("{S} has not said whether it will hand him over.", POSSIBLE),
    ("{Slead} has not said whether {Sposs} government will hand him over.", POSSIBLE),
    ("{S} handed him over to {Tdem} police on Friday.", ASSERTED),
    ("{Sposs} police handed her over to {Tdem} officers at the airport.", ASSERTED),
    ("{S} has not handed him over.", NEGATED),
    ("{S} has not yet handed her over.", NEGATED),
)


def l29_hand_him_over(sc: Scene) -> Built:
    """ "Madagascar asked Mauritius to extradite a businessman ... Mauritius has not said whether
    it will hand him over": the person handed over is judicial cooperation (063) toward the state
    that wants him (GUIDE rule 7), never aid (070), hedged, done or negated as written."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    first = sc.rng.choice(_WANTED).format(S=sname, T=tname, Tcap=sc.t.capital,
                                          Tposs=_poss(tname))  # fmt: skip
    text, facts = sc.rng.choice(_HAND_HIM)
    second = text.format(S=sname, Sposs=_poss(sname), Slead=sc.leader(sc.s), Tdem=sc.t.demonym)
    asked = Expect(sc.t.iso3, sc.s.iso3, frozenset({"02", "10"}), ANY)
    accused = Expect("*", "*", frozenset({"11"}), NOT_ASSERTED)
    return f"{first} {_cap(second)}", (_e(sc.s, sc.t, "06", facts),), (asked, accused)


_DEPORTED = (
    "{Sdem} border guards deported three {Tdem} men accused of smuggling arms, handing them to "
    "{Tdem} police at the border.",
    "{Sdem} police deported two {Tdem} gun runners, handing them to {Tdem} police at the crossing.",
    "{Sdem} police deported four {Tdem} men wanted for robbery, handing them to {Tdem} officers "
    "on the bridge.",
    "{Sdem} immigration officers deported the three {Tdem} suspects on Monday, handing them to "
    "{Tdem} police.",
)


def l29_handing_them(sc: Scene) -> Built:
    """ "Latvian border guards deported three Estonian men ..., handing them to Estonian police":
    the trailing participle hands the men over (063), news beside the deportation (174)."""
    text = sc.rng.choice(_DEPORTED).format(Sdem=sc.s.demonym, Tdem=sc.t.demonym)
    accused = Expect("*", "*", frozenset({"11"}), NOT_ASSERTED)
    return _cap(text), (_e(sc.s, sc.t, "17"), _e(sc.s, sc.t, "06")), (accused,)


_ARRIVED = (
    "{Tposs} prime minister arrived in {Scap} on Wednesday on her first trip abroad since "
    "taking office, and {Shost} received her at his office.",
    "{Tposs} prime minister arrived in {Scap} on Wednesday on her first trip abroad since "
    "taking office, and {Shost} welcomed her.",
    "{Tposs} foreign minister arrived in {Scap} on Monday, and {Shost} received him at the "
    "ministry.",
    "{Tposs} president landed in {Scap} late on Sunday, and {Shost} welcomed him.",
    "{Tposs} foreign minister flew to {Scap} for talks with {Shost}, who welcomed him at the "
    "airport.",
    "{Tposs} prime minister travelled to {Scap} on Tuesday for talks with {Shost}, who "
    "received her at the airport.",
)


def l29_received_guest(sc: Scene) -> Built:
    """ "Latvia's prime minister arrived in Tallinn ..., and Prime Minister Michal received her at
    his office": "received / welcomed her" of the guest who arrived is the host's reception (043,
    GUIDE rule 6), also in a "who" clause on the host; never praise (051)."""
    tname = sc.name(sc.t, capital=0.0)
    lead = sc.s.leader(sc.date)
    host = lead if lead and sc.rng.random() < 0.5 else f"{_poss(sc.s.name)} president"
    text = sc.rng.choice(_ARRIVED).format(Tposs=_poss(tname), Scap=sc.s.capital, Shost=host)
    return _cap(text), (_e(sc.t, sc.s, "04"), _e(sc.s, sc.t, "04")), ()


_MOVES = ("the move", "the decision", "the expulsion", "the step")
_GROUNDLESS = ("groundless", "baseless", "unfounded")
_CALLED = (
    "{S} called {m} {a}.",
    "{Scap} called {m} {a} and said it would respond in kind.",
    "{Sposs} foreign ministry called {m} {a}.",
    "{S} described {m} as {a}.",
)


def l29_called_groundless(sc: Scene) -> Built:
    """ "Estonia expelled a Latvian diplomat. Latvia called the move groundless": criticism (111)
    of the expeller, whatever tag the parser gives "groundless"; "called the accusation
    groundless" (one sample in four) is a denial (016) of the accuser's charge, no criticism."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    adj = sc.rng.choice(_GROUNDLESS)
    if sc.rng.random() < 0.25:
        first = f"{tname} accused {sname} of spying on its navy."
        second = f"{sname} called the accusation {adj}."
        spied = Expect(sc.s.iso3, sc.t.iso3, frozenset({"09"}), NOT_ASSERTED)  # (leftovers35)
        return (
            f"{_cap(first)} {_cap(second)}",
            (_e(sc.t, sc.s, "11"), _e(sc.s, sc.t, "01")),
            (spied,),
        )
    dem = sc.s.demonym
    first = f"{tname} expelled {'an' if dem[0] in 'AEIOU' else 'a'} {dem} diplomat on Monday."
    second = sc.rng.choice(_CALLED).format(S=sname, Scap=sc.s.capital, Sposs=_poss(sname),
                                           m=sc.rng.choice(_MOVES), a=adj)  # fmt: skip
    responds = Expect(sc.s.iso3, sc.t.iso3, frozenset({"13"}), ANY)
    return (
        f"{_cap(first)} {_cap(second)}",
        (_e(sc.t, sc.s, "16"), _e(sc.s, sc.t, "11")),
        (responds,),
    )


_GOODS = ("cheese", "beef", "poultry", "pork", "apples", "wine", "cattle", "eggs", "timber")
_BANS = (
    "{S} banned {Tdem} {g} in March.",
    "{S} imposed a ban on {Tdem} {g} on Monday.",
    "{Sposs} ban on {Tdem} {g} angered farmers on both sides of the border.",
    "{S} announced a ban on {Tdem} {g}, citing health concerns.",
    "{S} banned imports of {Tdem} {g} last week.",
)
_PEOPLE_BANS = (
    "{S} imposed a ban on {Tdem} officials on Monday.",
    "{Sposs} ban on {Tdem} ministers angered the opposition.",
)


def l29_goods_ban(sc: Scene) -> Built:
    """ "Estonia's ban on Latvian cheese", "Chile banned Argentine beef": a ban on goods is the
    embargo (163, GUIDE rule 7), never the administrative ban (172); a ban on officials (one
    sample in five) keeps 172."""
    sname = sc.name(sc.s, capital=0.0)
    if sc.rng.random() < 0.2:
        text = sc.rng.choice(_PEOPLE_BANS).format(S=sname, Sposs=_poss(sname),
                                                  Tdem=sc.t.demonym)  # fmt: skip
        return _cap(text), (_e(sc.s, sc.t, "17"),), ()
    text = sc.rng.choice(_BANS).format(S=sname, Sposs=_poss(sname), Tdem=sc.t.demonym,
                                       g=sc.rng.choice(_GOODS))  # fmt: skip
    return _cap(text), (_e(sc.s, sc.t, "16"),), ()


_TOWED = (
    ("The {Sdem} navy fired on {a_Tdem} fishing boat and towed it to port.", True),
    (
        "The {Sdem} coast guard fired on {a_Tdem} trawler on Sunday and towed the boat to a "
        "naval base.",
        True,
    ),
    ("{Sdem} coast guard officers boarded {a_Tdem} fishing vessel and towed it to {Scap}.", False),
    ("The {Sdem} coast guard towed the {Tdem} trawler to port on Monday.", False),
    ("The {Sdem} navy towed two {Tdem} fishing boats into harbour.", False),
)


def l29_towed_boat(sc: Scene) -> Built:
    """ "The Chilean navy fired on an Argentine fishing boat and towed it to Punta Arenas": a
    state's forces taking another state's vessel in tow seize it (171); the firing (19) is its
    own act. "Towed the stricken yacht to safety" (one sample in five) is a rescue, no seizure."""
    dem = sc.t.demonym
    a_t = f"{'an' if dem[0] in 'AEIOU' else 'a'} {dem}"
    if sc.rng.random() < 0.2:
        text = f"The {sc.s.demonym} coast guard towed the stricken {dem} yacht to safety."
        return text, (), (Expect("*", "*", frozenset({"07", "08", "04"}), ANY),)
    text, fired = sc.rng.choice(_TOWED)
    text = text.format(Sdem=sc.s.demonym, a_Tdem=a_t, Tdem=dem, Scap=sc.s.capital)
    boarded = Expect(sc.s.iso3, sc.t.iso3, frozenset({"17", "19"}), ANY)
    want = (_e(sc.s, sc.t, "17"),) + ((_e(sc.s, sc.t, "19"),) if fired else ())
    return _cap(text), want, (boarded,)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l29_hand_him_over": l29_hand_him_over,
    "l29_handing_them": l29_handing_them,
    "l29_received_guest": l29_received_guest,
    "l29_called_groundless": l29_called_groundless,
    "l29_goods_ban": l29_goods_ban,
    "l29_towed_boat": l29_towed_boat,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex29 (c22ed05) the same 24 scored (right, false assertions):
# l29_hand_him_over 8/0 (aid, 070); l29_handing_them 0/0 (the hand-over read as background);
# l29_received_guest 0/6 (nothing for "received her", praise 051 for "welcomed her", the "who"
# clause background); l29_called_groundless 14/3 ("groundless" tagged a noun: nothing);
# l29_goods_ban 9/15 (the administrative ban, 172); l29_towed_boat 12/0 (nothing for "towed").
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
