"""Round 19 lexicon, coding and event-noun classes (issue 9, lex25; fresh13_classes.md L, NC,
DN, RF, NA) as suite constructions, written from the GUIDE and the CAMEO codebook, crossed with
the suite's states named by name, capital, demonym + sector or leader:

- ``l25_goods_ban_coordinated``: "X has banned and then allowed / unbanned rice exports to Y":
  both verbs on the goods, an embargo (16) and its easing (08);
- ``l25_lifted_goods_ban``: "X lifted its ban on maize sales / its export ban on Y": an eased
  embargo (08);
- ``l25_payment``: "X paid a first instalment of 10 million dollars to Y", "paid Y's health
  workers directly", "announced 20 million dollars for flood shelters in Y": economic
  exchange (06) or aid (07);
- ``l25_open_verdict``: "called Y's arrests heavy-handed / needlessly harsh / cynical",
  "described Y's tariffs as vindictive": criticism (11) by a rule, no closed list;
- ``l25_expected_review``: "X still expected the duties to be reviewed by Y": an appeal (02);
- ``l25_fought_row``: "a row of the kind X once fought with Y" (no act), "X fought a legal
  battle with Y" (no force: 11, a lawsuit);
- ``l25_call_purpose``: "called / rang Y's president to offer condolences": the call (04) and
  the condolences (01) to Y; "thanked Y's president in a telephone call": the thanks (05) and
  the call (04);
- ``l25_rejected_criticism``: "Y criticised X ... X rejected the criticism, saying ...": the
  charge denied (01), no rejection (12);
- ``l25_unasked_stance``: "X would not allow any foreign power to build a base on its coast":
  nothing asked, no refusal (12) asserted;
- ``l25_requested_stop``: "X asked Y to stop expelling X's citizens": the expulsions are under
  way (17, asserted), the request (02) toward Y.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

TOLD = frozenset({"asserted", "reported"})


def _one(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


# ("fuel sales" is left out: the tagger reads "fuel" as a verb after "unbanned")
_GOODS = ("rice", "maize", "grain", "sugar", "cement", "beef", "wheat", "fertiliser", "coffee")
_TRADE = ("exports", "sales", "imports")
_COORDINATED = (
    "{S} has banned and then allowed {goods} {trade} to {T} several times",
    "{S} has banned and unbanned {goods} {trade} to {T} four times",
    "{S} banned and later allowed {goods} {trade} to {T}{time}",
    "{Sposs} government has banned and then permitted {goods} {trade} to {T} twice",
)


def l25_goods_ban_coordinated(sc: Scene) -> Built:
    """ "Tanzania has banned and then allowed rice exports to Kenya": both verbs act on the
    goods: an embargo (163) and its easing (085), not a movement ban (172) and a yield (080)."""
    frame = sc.rng.choice(_COORDINATED)
    trade = sc.rng.choice(_TRADE)
    if trade == "imports":
        frame = frame.replace(" to {T}", " from {T}")
    sname = sc.name(sc.s)
    text = frame.format(S=sname, Sposs=_poss(sname), T=sc.name(sc.t), goods=sc.rng.choice(_GOODS),
                        trade=trade, time=_time(sc))  # fmt: skip
    s, t = sc.s.iso3, sc.t.iso3
    return _cap(text + "."), (_one(s, t, "16"), _one(s, t, "08")), ()


_LIFTED = (
    "{S} lifted its ban on {goods} {trade} to {T}{time}",
    "{S} has lifted the ban on {goods} {trade} to {T}, the trade ministry said",
    "{S} lifted its {goods} export ban on {T}{time}",
    "{Sposs} agriculture ministry lifted a ban on {goods} {trade} to {T}{time}",
)


def l25_lifted_goods_ban(sc: Scene) -> Built:
    """ "Lusaka lifted its ban on maize sales to Malawi": a ban on goods is an embargo (163),
    lifting it eases the embargo (085), not an administrative ban (081)."""
    frame = sc.rng.choice(_LIFTED)
    sname = sc.name(sc.s)
    text = frame.format(S=sname, Sposs=_poss(sname), T=sc.name(sc.t),
                        goods=sc.rng.choice(_GOODS), trade=sc.rng.choice(("exports", "sales")),
                        time=_time(sc))  # fmt: skip
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "08", TOLD),), ()


_PAID = (
    ("{Sposs} energy minister said {S} had paid a first instalment of 10 million dollars to {T}",
     "06"),
    ("{S} has paid the second tranche of the loan to {T}{time}", "06"),
    ("{S} said it paid the {Tdem} health workers directly", "06"),
    ("{S} paid 40 million dollars to {T} for the electricity{time}", "06"),
    ("{S} announced 20 million dollars for flood shelters in {T}{time}", "07"),
    ("{S} announced five million euros for the hospitals of {T}{time}", "07"),
)  # fmt: skip


def l25_payment(sc: Scene) -> Built:
    """ "Nairobi had paid a first instalment to Addis Ababa", "Qatar paid the Kenyan guards
    directly": a payment, economic exchange (061); "announced 20 million dollars for shelters
    in Kenya": money given, economic aid (071)."""
    frame, root = sc.rng.choice(_PAID)
    sname = sc.name(sc.s, capital=0.3)
    text = frame.format(S=sname, Sposs=_poss(sc.s.name), T=sc.name(sc.t), Tdem=sc.t.demonym,
                        time=_time(sc))  # fmt: skip
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, root, TOLD),), ()


_VERDICT_ADJ = ("heavy-handed", "needlessly harsh", "cynical", "vindictive", "high-handed",
                "petty", "spiteful", "short-sighted", "ill-judged", "mean-spirited")  # fmt: skip
_JUDGED = ("{Tposs} arrests of the traders", "{Tposs} new tariffs", "{Tposs} decision",
           "the {Tdem} deportations", "{Tposs} border closure", "the {Tdem} ban")  # fmt: skip
_VERDICTS = (
    "{who} called {judged} {adj}{time}",
    "{who} described {judged} as {adj}{time}",
    "{who} called {judged} {adj} on Monday",
)
# (not "X's foreign minister called Y's ban petty and asked Z to reconsider": the parser reads
# "called" as a participle of the subject noun, the sentence's verb "asked"; a known gap)


def l25_open_verdict(sc: Scene) -> Built:
    """ "Kenya's foreign minister called the arrests heavy-handed": an adjective verdict on
    another state's act is criticism (111), whatever the adjective, unless it praises or only
    describes."""
    tname = sc.name(sc.t)
    judged = sc.rng.choice(_JUDGED).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    name = sc.name(sc.s)
    who = sc.rng.choice((name, f"{_poss(sc.s.name)} foreign minister", sc.leader(sc.s)))
    frame = sc.rng.choice(_VERDICTS)
    text = frame.format(who=who, judged=judged, adj=sc.rng.choice(_VERDICT_ADJ), time=_time(sc),
                        Tcap=sc.t.capital)  # fmt: skip
    judged_act = Expect(sc.t.iso3, "*", frozenset(), frozenset({"asserted", "reported",
                                                                "possible", "negated"}))  # fmt: skip
    asked = Expect(sc.s.iso3, sc.t.iso3, frozenset({"02", "10"}), ASSERTED)
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "11"),), (judged_act, asked)


_REVIEWED = ("the duties", "the deportations", "the new visa rules", "the decision", "the ban",
             "the fees")  # fmt: skip
_EXPECTED = (
    "{S} said it still expected {what} to be reviewed by {T}",
    "{S} expects {what} to be reconsidered by {T}{when}",
    "{Sposs} foreign minister said {S} expected {what} to be lifted by {T}{when}",
    "{S} still expects {what} to be reversed by {T}, the ministry said",
)


def l25_expected_review(sc: Scene) -> Built:
    """ "Pretoria still expected the duties to be reviewed by Washington": an appeal (020) to
    the one who must act, not a forecast."""
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    frame = sc.rng.choice(_EXPECTED)
    text = frame.format(S=sname, Sposs=_poss(sc.s.name), T=tname, what=sc.rng.choice(_REVIEWED),
                        when=sc.rng.choice(("", " soon", " within weeks")))  # fmt: skip
    act = Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED)
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "02", TOLD),), (act,)


_ROWS = (
    "Nobody wants a row of the kind {S} once fought with {T}.",
    "{Z} wants no dispute of the sort {S} fought with {T} in the 1990s.",
    "It was a quarrel of the type {S} once had with {T}.",
)
_LEGAL = (
    "{S} fought a legal battle with {T} over the river{time}.",
    "{S} has fought a long legal battle with {T} over the border.",
)


def l25_fought_row(sc: Scene) -> Built:
    """ "A row of the kind Chile once fought with Bolivia": a kind of act named by an example,
    no event; "fought a legal battle with X": a lawsuit (115), no force (19)."""
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    if sc.rng.random() < 0.6:
        text = sc.rng.choice(_ROWS).format(S=sname, T=tname, Z=sc.name(sc.z))
        return _cap(text), (), NOTHING_ASSERTED
    text = sc.rng.choice(_LEGAL).format(S=sname, T=tname, time=_time(sc))
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "11"),), ()


_PURPOSES = (
    ("{who} called {Tposs} president{time} to offer condolences", "01"),
    ("{who} rang his {Tdem} counterpart{time} to express condolences", "01"),
    ("{who} telephoned {Tposs} foreign minister{time} to offer his sympathy", "01"),
    ("{who} called {Tlead}{time} to offer condolences over the floods", "01"),
)
_THANKS = (
    "{who} thanked {Tlead} in a telephone call{time}",
    "{who} thanked {Tposs} president in a phone call{time}, his office said",
    "{who} thanked {Tlead} during a telephone call{time}",
)


def l25_call_purpose(sc: Scene) -> Built:
    """ "Called his counterpart to offer condolences": the call (041) and the condolences
    (018) both to the one called, done in the call; "thanked X in a telephone call": the
    thanks (051) and the call (041)."""
    tname = sc.name(sc.t, capital=0.0)
    who = sc.rng.choice((f"{_poss(sc.s.name)} interior minister", sc.leader(sc.s),
                         f"{_poss(sc.s.name)} president"))  # fmt: skip
    s, t = sc.s.iso3, sc.t.iso3
    if sc.rng.random() < 0.6:
        frame, root = sc.rng.choice(_PURPOSES)
        text = frame.format(who=who, Tposs=_poss(tname), Tlead=sc.leader(sc.t), time=_time(sc),
                            Tdem=sc.t.demonym)  # fmt: skip
        # ("offer his sympathy" may also read as the offer, hedged; "called NAME" has no row
        # for a call by a bare name, so only the condolences are asked of it)
        hedged = Expect(s, t, frozenset({"01", "03"}), NOT_ASSERTED)
        call = _one(s, t, "04")
        if "{Tlead}" in frame:
            return _cap(text + "."), (_one(s, t, root),), (call, hedged)
        return _cap(text + "."), (call, _one(s, t, root)), (hedged,)
    frame = sc.rng.choice(_THANKS)
    text = frame.format(who=who, Tposs=_poss(tname), Tlead=sc.leader(sc.t), time=_time(sc))
    return _cap(text + "."), (_one(s, t, "05", TOLD), _one(s, t, "04", TOLD)), ()


_CRITICISM = ("{T} criticised {Sposs} new border law{time}.",
              "{T} condemned {Sposs} arrests of {Tdem} herders{time}.",
              "{T} complained about {Sposs} treatment of its traders{time}.")  # fmt: skip
_REJECTED = ("{Sposs} foreign minister rejected the criticism, saying the herders had broken the law.",
             "{S} rejected the criticism on Wednesday.",
             "{S} dismissed the criticism, saying the law applied to everyone.",
             "{Sposs} government rejected the criticism and said the traders were smugglers.")  # fmt: skip


def l25_rejected_criticism(sc: Scene) -> Built:
    """ "Kenya's foreign minister rejected the criticism, saying ...": the accuser's charge
    denied (016, GUIDE rule 2), with or without "as ..."; no rejection (12)."""
    tname, sname = sc.name(sc.t), sc.name(sc.s)
    first = sc.rng.choice(_CRITICISM).format(T=tname, Sposs=_poss(sname), Tdem=sc.t.demonym,
                                             time=_time(sc))  # fmt: skip
    second = sc.rng.choice(_REJECTED).format(S=sname, Sposs=_poss(sc.s.name))
    if "complain" in first:
        second = second.replace("the criticism", "the complaints")
    blamed = Expect(sc.t.iso3, sc.s.iso3, frozenset({"11"}), ASSERTED)
    own = Expect(sc.s.iso3, "*", frozenset({"17"}), frozenset({"asserted", "reported"}))
    return _cap(first + " " + second), (blamed, _one(sc.s.iso3, sc.t.iso3, "01")), (own,)


_STANCES = (
    "{Slead} also said {Sposs} government would not allow any foreign power to build a naval "
    "base on its coast",
    "{S} will not allow any foreign country to station troops on its soil, the minister said",
    "{Sposs} president said {S} would not permit anyone to build a base on its soil",
    "{S} would not allow any foreign power to build a base on its islands",
)


def l25_unasked_stance(sc: Scene) -> Built:
    """ "Would not allow any foreign power to build a naval base": a policy toward whoever may
    ask, nothing asked, so no refusal (12) asserted (GUIDE rule 5)."""
    sname = sc.name(sc.s, capital=0.0)
    text = sc.rng.choice(_STANCES).format(S=sname, Sposs=_poss(sname), Slead=sc.leader(sc.s),
                                          T=sc.name(sc.t))  # fmt: skip
    said = Expect(sc.s.iso3, "*", frozenset({"01", "11"}), TOLD)
    return _cap(text + "."), (), (said, Expect("*", "*", frozenset(), NOT_ASSERTED))


_STOPS = (
    "{who} asked {T} to stop expelling {Sdem} workers who had lived there for years",
    "{who} called on {T} to stop deporting {Sdem} migrants{time}",
    "{who} asked {Tcap} to stop deporting {Sdem} seasonal workers{time}",
    "{who} urged {T} to stop expelling {Sdem} traders{time}",
)


def l25_requested_stop(sc: Scene) -> Built:
    """ "Asked Washington to stop expelling Kenyans": the expulsions go on as the request is
    made (17, asserted background where emitted, never `possible`); the request (02) to Y."""
    who = sc.rng.choice((sc.name(sc.s), sc.leader(sc.s), f"{_poss(sc.s.name)} president"))
    text = sc.rng.choice(_STOPS).format(who=who, T=sc.name(sc.t, capital=0.0), Tcap=sc.t.capital,
                                        Sdem=sc.s.demonym, time=_time(sc))  # fmt: skip
    s, t = sc.s.iso3, sc.t.iso3
    asked = Expect(s, t, frozenset({"02", "10"}), ASSERTED)
    ongoing = Expect(t, s, frozenset({"17"}), ASSERTED)
    return _cap(text + "."), (asked,), (ongoing,)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l25_goods_ban_coordinated": l25_goods_ban_coordinated,
    "l25_lifted_goods_ban": l25_lifted_goods_ban,
    "l25_payment": l25_payment,
    "l25_open_verdict": l25_open_verdict,
    "l25_expected_review": l25_expected_review,
    "l25_fought_row": l25_fought_row,
    "l25_call_purpose": l25_call_purpose,
    "l25_rejected_criticism": l25_rejected_criticism,
    "l25_unasked_stance": l25_unasked_stance,
    "l25_requested_stop": l25_requested_stop,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex25 (fcea0a3) the same 24 scored (right, false assertions):
# l25_goods_ban_coordinated 0/24 (a movement ban, 172, and a yield, 080, or "unbanned" lost);
# l25_lifted_goods_ban 24/0 (081: the suite's root key does not tell it from 085);
# l25_payment 0/0 (no row); l25_open_verdict 0/0; l25_expected_review 0/0 (no row);
# l25_fought_row 8/16 (force, 190, for a row or a legal battle); l25_call_purpose 0/0 (the
# condolences without a target, background; "rang" no row; the manner call an object);
# l25_rejected_criticism 0/24 (a rejection, 120); l25_unasked_stance 0/24 (a refusal, 124);
# l25_requested_stop 3/7 (the expulsion `possible`; "called on X to stop deporting" the
# caller's own deportation, asserted).
# l25_open_verdict keeps two misses: "Serbia's foreign minister called the Pakistani ban
# heavy-handed on Monday" and "X described Paris' arrests of the traders as ill-judged" (the
# arrests' own phrase is read first); other seeds miss "described X's decision as petty on
# Tuesday" (a time phrase after the verdict) and a call by a leader's long name.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS} | {"l25_open_verdict": (22, 0)}
