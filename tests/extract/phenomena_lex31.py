"""Round 24 lexicon classes of fresh18 (issue 9, lex31; fresh18_classes.md CS, LW, PY, EX, AO)
as suite constructions, written from the GUIDE and the CAMEO codebook, crossed with the suite's
states named by name, capital, leader or demonym:

- ``l31_called_setback``: "X called Y's checks a setback for the commuters / a blow to Z-ian
  traders / a step backwards / an affront": an evaluative noun as the object complement is
  criticism (111) of the judged act's doer, also when the act is only in the sentence before
  ("Y began border checks ... X called the checks a setback for ..."); the "for" / "to" phrase
  names who is harmed, never the target, and is no "called for" appeal (020);
- ``l31_workers_recruitment``: "X suspended (halted, froze, banned) the recruitment (sending,
  deployment) of workers for Y's farms / to Y": a measure on Y's economy (163);
- ``l31_paid_budgets``: "X has paid a share of the budgets of Y's border towns (to compensate
  them)": another state's expenses paid for it, monetary aid (071);
- ``l31_expelled_people``: "X expelled 62 Y-ian gold diggers / squatters / pastoralists": people
  by trade are people, so the expulsion is of individuals (174), never a group expulsion (166);
  "three of the men were beaten" after it finds that act's doer (182 `reported`);
- ``l31_accepted_offer``: "Y accepted the offer" (bare) is a yield (080, GUIDE rule 7); an
  accepted offer to brief, meet or visit is agreeing to meet (036), both aimed at the offerer.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss

SAID = frozenset({"asserted", "reported"})


def _e(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


_VERDICTS = ("a setback", "a serious setback", "a blow", "a severe blow", "a step backwards",
             "an affront", "a betrayal", "a provocation", "a humiliation")  # fmt: skip
_HARMED = ("for the {Sdem} commuters who cross each day", "to {Sdem} traders",
           "for cross-border workers", "for regional cooperation", "to the fishing industry", "")  # fmt: skip
_JUDGED = ("decision", "checks", "ban", "new tariffs", "move")
# ("Y's border checks a blow" is left out: the tagger often reads "checks" as a verb there,
# whatever the complement, before lex31 too)


def l31_called_setback(sc: Scene) -> Built:
    """ "Austria called Hungary's border checks a setback for the Austrians who commute": an
    evaluative noun complement is criticism (111) aimed at the judged act's doer."""
    s, t = sc.s, sc.t
    verdict = sc.rng.choice(_VERDICTS)
    harmed = sc.rng.choice(_HARMED).format(Sdem=s.demonym)
    # ("X's foreign minister called Y's move a provocation" is left out: the parser reads
    # "minister called" as a reduced relative, before lex31 too, whatever the complement)
    critic = sc.rng.choice((sc.name(s, capital=0.3), f"the {s.demonym} government", sc.leader(s)))
    verb = sc.rng.choice(("called", "called", "called", "labelled", "termed"))
    if sc.rng.random() < 0.4:  # the judged act in the sentence before
        before = f"{sc.name(t, capital=0.0)} began border checks at its crossings on Monday. "
        text = f"{before}{_cap(critic)} {verb} the checks {verdict} {harmed}".rstrip() + "."
    else:
        judged = sc.rng.choice(_JUDGED)
        owner = _poss(sc.name(t, capital=0.3)) if sc.rng.random() < 0.7 else f"the {t.demonym}"
        text = f"{_cap(critic)} {verb} {owner} {judged} {verdict} {harmed}".rstrip() + "."
    appeal = Expect(s.iso3, "", frozenset({"02"}), ANY)
    return text, (_e(s.iso3, t.iso3, "11"),), (Expect(t.iso3, "", frozenset(), ANY), appeal)


_MEASURES = ("suspended", "halted", "froze", "has suspended", "banned", "stopped")
_OF = ("the recruitment of new workers", "the recruitment of workers", "the sending of workers",
       "the deployment of domestic workers", "the recruitment of labourers")  # fmt: skip
_FOR = ("for {Tdem} farms", "to {T}", "for {Tdem} employers", "to {Tposs} construction sites",
        "for {Tdem} plantations")  # fmt: skip


def l31_workers_recruitment(sc: Scene) -> Built:
    """ "Nepal has suspended the recruitment of new workers for Malaysian farms": a measure on
    the receiving state's economy (163), whatever the verb of stopping."""
    s, t = sc.s, sc.t
    tname = sc.name(t, capital=0.0)
    goal = sc.rng.choice(_FOR).format(Tdem=t.demonym, T=tname, Tposs=_poss(tname))
    tail = sc.rng.choice(("", " until further notice", " on Monday", ", the labour ministry said"))
    text = (
        f"{sc.name(s, capital=0.2)} {sc.rng.choice(_MEASURES)} {sc.rng.choice(_OF)} {goal}{tail}."
    )
    return _cap(text), (_e(s.iso3, t.iso3, "16", SAID),), ()


_PAID = (
    "For years {S} has paid a share of the budgets of {Tdem} border towns to compensate them.",
    "{S} has paid part of the budgets of {Tdem} border towns since 2015.",
    "{S} pays a share of the budgets of {Tposs} border municipalities.",
    "{S} has paid the salaries of {Tposs} border guards for two years.",
    "For a decade {S} has paid a portion of the budgets of {Tdem} towns along the border.",
)


def l31_paid_budgets(sc: Scene) -> Built:
    """ "For years Norway has paid a share of the budgets of Swedish border towns": another
    state's (or its towns') expenses paid for it are monetary aid (071)."""
    s, t = sc.s, sc.t
    tname = sc.name(t, capital=0.0)
    text = sc.rng.choice(_PAID).format(S=sc.name(s, capital=0.0), Tdem=t.demonym,
                                       Tposs=_poss(tname))  # fmt: skip
    trade = Expect(s.iso3, t.iso3, frozenset({"06"}), ANY)
    return _cap(text), (_e(s.iso3, t.iso3, "07"),), (trade,)


_TRADES = ("gold diggers", "artisanal miners", "squatters", "herders", "pastoralists",
           "loggers", "hawkers", "street vendors", "charcoal burners", "seasonal workers",
           "labourers", "traders")  # fmt: skip
_EXPELLED = (
    "{S} expelled {n} {Tdem} {who} from a camp near the border.",
    "{Sdem} soldiers expelled {n} {Tdem} {who} from a camp near the border, the defence ministry said.",
    "{S} expelled dozens of {Tdem} {who} last week.",
    "{Sdem} police expelled the {n} {Tdem} {who} on Monday.",
)


def l31_expelled_people(sc: Scene) -> Built:
    """ "Kenyan soldiers expelled 62 Ugandan gold diggers": people by trade expelled are
    individuals deported (174); a beating of "three of the men" after it is that doer's."""
    s, t = sc.s, sc.t
    text = sc.rng.choice(_EXPELLED).format(
        S=sc.name(s, capital=0.0), Sdem=s.demonym, Tdem=t.demonym, who=sc.rng.choice(_TRADES),
        n=sc.rng.choice(("62", "40", "twelve", "150")),
    )  # fmt: skip
    want = [_e(s.iso3, t.iso3, "17", SAID)]
    if sc.rng.random() < 0.4:
        text += (
            f" Three of the men were beaten during the operation, a {t.demonym} rights group said."
        )
        want.append(_e(s.iso3, t.iso3, "18", frozenset({"reported"})))
    return _cap(text), tuple(want), ()


_OFFERS = (
    ("offered to brief {Sposs} experts in person", "036"),
    ("offered to meet {Sposs} foreign minister", "036"),
    ("offered a loan of 200 million dollars to {S}", "080"),
    ("offered to buy {Sposs} surplus power", "080"),
)


def l31_accepted_offer(sc: Scene) -> Built:
    """ "Hungary offered to brief Austria's experts. Austria's foreign minister accepted the
    offer": a bare accepted offer is a yield (080, GUIDE rule 7) to the offerer; with the
    meeting or briefing named in the accepting phrase it is agreeing to meet (036)."""
    s, t = sc.s, sc.t  # t offers, s accepts
    offer, _ = sc.rng.choice(_OFFERS)
    sname = sc.name(s, capital=0.0)
    first = f"{_poss(t.name)} foreign minister {offer.format(S=sname, Sposs=_poss(sname))}."
    acceptor = sc.rng.choice(
        (f"{_poss(s.name)} foreign minister", s.name, f"The {s.demonym} government")
    )
    if sc.rng.random() < 0.5:
        text = f"{_cap(first)} {_cap(acceptor)} accepted the offer on Tuesday."
        root = "08"
    else:
        topic = sc.rng.choice(("to brief its experts", "of a briefing", "of a visit", "to meet"))
        text = f"{_cap(acceptor)} accepted {_poss(t.name)} offer {topic} on Tuesday."
        root = "03"
    offered = Expect(t.iso3, s.iso3, frozenset(), ANY)
    return text, (_e(s.iso3, t.iso3, root),), (offered,)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l31_called_setback": l31_called_setback,
    "l31_workers_recruitment": l31_workers_recruitment,
    "l31_paid_budgets": l31_paid_budgets,
    "l31_expelled_people": l31_expelled_people,
    "l31_accepted_offer": l31_accepted_offer,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex31 (540b34d) the same 24 scored (right, false assertions):
# l31_called_setback 5/4 (no 111 for the noun verdicts; a "called for" appeal, 020, where a "for"
# phrase follows); l31_workers_recruitment 0/2 (nothing, or an administrative ban 172);
# l31_paid_budgets 0/0 (nothing); l31_expelled_people 13/8 (166 for the people by trade, the
# beating lost); l31_accepted_offer 13/11 (030 for the accepted offer). l31_called_setback misses
# one of seed 0's 24 ("called the American ban a severe blow": "ban" tagged a verb there).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS} | {"l31_called_setback": (23, 0)}
