"""Round 18 lexicon, coding and event-noun classes (issue 9, lex23; fresh12_classes.md L, RF,
DN, NA) as suite constructions, written from the GUIDE and the CAMEO codebook, crossed with the
suite's states named by name, capital, demonym + sector or leader:

- ``l23_bare_protest``: "X was right to protest", "X protested (strongly / on Monday)": a
  state's protest with nothing named is diplomatic (11), never dissent (14) against itself;
- ``l23_goods_held``: Y's lorries, trucks or goods held, held up or stopped at a border post or
  port by X's officers: a restriction of movement (19);
- ``l23_noun_verdict``: "called Y's decision 'a scandal' / a disgrace / a travesty": 11;
- ``l23_dismissed_criticism``: "dismissed / rejected / brushed aside the criticism (the
  complaints) as ...": the accuser's charge denied (01, GUIDE rule 2);
- ``l23_unasked_refusal``: "would not withdraw its funding / aid / loans": withdrawn funding is
  reduced aid (16), that act `negated`, no refusal (12) asserted; after "Y asked X to ...", "X
  said it would not V" is a refusal (12);
- ``l23_unacted_noun``: "would review its police cooperation with Y", "should resist any
  temptation to turn its training missions in Y into ...", "X's early release of Y's smugglers
  was reckless": no act asserted;
- ``l23_scheduled_act``: "is due to meet", "is set to sign": the act `possible`, no intent (03);
- ``l23_accepted_talks``: "accepted X's offer of talks": agreeing to meet (036, root 03);
- ``l23_border_checks``: "would extend checks on the Y border": the checks (19) `possible`, no
  threat (13).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
    NOTHING_ASSERTED,
    POSSIBLE,
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


_PROTESTS = (
    "{S} was right to protest",
    "{S} protested{time}",
    "{S} protested strongly{time}",
    "{Sposs} government protested{time}, the ministry said",
    "{Sposs} foreign ministry protested{time}",
)


def l23_bare_protest(sc: Scene) -> Built:
    """ "France was right to protest": a state's protest with nothing protested named is a
    diplomatic protest (11, GUIDE rule 7), never dissent (14) aimed at its own state."""
    name = sc.name(sc.s, capital=0.4)
    frame = sc.rng.choice(_PROTESTS)
    text = frame.format(S=name, Sposs=_poss(name), time=_time(sc))
    return _cap(text + "."), (_one(sc.s.iso3, "", "11", TOLD),), ()


_VEHICLES = ("30 {Tdem} lorries", "about 40 {Tdem} trucks", "a convoy of {Tdem} lorries",
             "dozens of {Tdem} trucks", "{Tdem} goods", "{Tdem} cargo")  # fmt: skip
_HOLDERS = ("{Sdem} customs officers", "{Sdem} border police", "{Sdem} port officials",
            "{Sdem} customs officials", "{Sdem} border guards")  # fmt: skip
_HELD = (
    "{who} have held {what} at the border post{time}",
    "{who} held up {what} at the main crossing{time}",
    "{who} stopped {what} at the port{time}",
    "{who} have held {what} at the land port for a week, {Tposs} ministry said",
)


def l23_goods_held(sc: Scene) -> Built:
    """ "Kenyan customs officers have held 30 Ugandan lorries at the post": a restriction of
    movement (19, as "turned back X's lorries"), whoever reports it."""
    frame = sc.rng.choice(_HELD)
    what = sc.rng.choice(_VEHICLES).format(Tdem=sc.t.demonym)
    if frame.startswith("{who} stopped") and "good" not in what and "cargo" not in what:
        what = f"{sc.t.demonym} goods"
    who = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym)
    text = frame.format(who=who, what=what, time=_time(sc), Tposs=_poss(sc.name(sc.t)))
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "19", TOLD),), ()


_NOUN_VERDICTS = ("'a scandal'", "a scandal", "'a disgrace'", "a disgrace", "a travesty",
                  "'an outrage'", "a farce")  # fmt: skip
_JUDGED = ("{Tposs} decision", "{Tposs} move", "the {Tdem} law", "{Tposs} new law",
           "the {Tdem} decision")  # fmt: skip


def l23_noun_verdict(sc: Scene) -> Built:
    """ "NAME called Lithuania's decision 'a scandal'": a noun verdict is criticism (11) of
    the state judged, no phone call."""
    tname = sc.name(sc.t)
    judged = sc.rng.choice(_JUDGED).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    name = sc.name(sc.s)
    who = sc.rng.choice((name, f"{_poss(name)} foreign minister", sc.leader(sc.s)))
    verdict = sc.rng.choice(_NOUN_VERDICTS)
    text = f"{who} called {judged} {verdict}{_time(sc)}."
    judged_act = Expect(sc.t.iso3, "*", frozenset(), frozenset({"asserted", "reported",
                                                                "possible", "negated"}))  # fmt: skip
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "11"),), (judged_act,)


_CRITICISED = ("{T} criticised {Sposs} new border law{time}.",
               "{T} condemned {Sposs} decision to close the crossing{time}.",
               "{T} complained about {Sposs} new tariffs{time}.")  # fmt: skip
_DISMISSED = ("{S} dismissed the criticism as election noise.",
              "{S} rejected the criticism as groundless.",
              "{S} brushed aside the criticism as exaggerated.",
              "{Sposs} foreign minister dismissed the complaints as political theatre.",
              "{S} dismissed the criticism as unfounded and said the law would stay.")  # fmt: skip


def l23_dismissed_criticism(sc: Scene) -> Built:
    """ "Sikorski dismissed the criticism as 'election noise'": the accuser's charge is denied
    (016, GUIDE rule 2), as "dismissed the accusations"; not a rejection (12)."""
    tname, sname = sc.name(sc.t), sc.name(sc.s)
    first = sc.rng.choice(_CRITICISED).format(T=tname, Sposs=_poss(sname), time=_time(sc))
    second = sc.rng.choice(_DISMISSED).format(S=sname, Sposs=_poss(sname))
    if "complain" in first:
        second = second.replace("the criticism", "the complaints")
    blamed = Expect(sc.t.iso3, sc.s.iso3, frozenset({"11"}), ASSERTED)
    return _cap(first + " " + second), (blamed, _one(sc.s.iso3, sc.t.iso3, "01")), ()


_UNASKED = (
    "{S} said it regretted {Tposs} decision but would not withdraw its funding for the port{time}.",
    "{S} will not withdraw its aid to {T}, the minister said.",
    "{Sposs} minister said {S} would not withdraw its loans to {T}.",
    "{S} said it would not withdraw its funding for the {Tdem} railway.",
)
_ASKED = (
    "{T} asked {S} to hand over the suspect{time}. {S} said it would not extradite him.",
    "{T} urged {S} to send more doctors{time}. {S} said it would not send them.",
    "{T} asked {S} for more weapons{time}, but {S} said it would not send tanks.",
)


def l23_unasked_refusal(sc: Scene) -> Built:
    """ "Italy regretted the decision but would not withdraw its funding": withdrawn funding
    is reduced aid (16), so "would not withdraw" it is that act `negated` and no refusal (12)
    (GUIDE rule 5: nothing was asked); after "Y asked X to V", "X said it would not V" is a
    refusal (12)."""
    tname, sname = sc.name(sc.t), sc.name(sc.s)
    if sc.rng.random() < 0.5:
        frame = sc.rng.choice(_UNASKED)
        text = frame.format(S=sname, Sposs=_poss(sname), T=tname, Tposs=_poss(tname),
                            Tdem=sc.t.demonym, time=_time(sc))  # fmt: skip
        regret = Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), ASSERTED)
        return _cap(text), (), (regret, *NOTHING_ASSERTED)
    text = sc.rng.choice(_ASKED).format(S=sname, T=tname, time=_time(sc))
    asked = Expect(sc.t.iso3, sc.s.iso3, frozenset({"02", "10"}), ASSERTED)
    return _cap(text), (asked, _one(sc.s.iso3, sc.t.iso3, "12")), ()


_UNACTED = (
    "{S} said it would review its police cooperation with {T}{time}.",
    "{S} will reconsider its military cooperation with {T}, the minister said.",
    "{S} should resist any temptation to turn its training missions in {T} into something larger.",
    "{Sposs} early release of {Tdem} smugglers was reckless.",
    "{Sposs} deployment of troops to {T} was a mistake.",
    "{S} must resist the urge to impose sanctions on {T}.",
)


def l23_unacted_noun(sc: Scene) -> Built:
    """ "would review its police cooperation", "resist any temptation to turn its missions
    into ...", "X's early release of Y's smugglers was reckless": the act is reviewed, tempted
    to or judged, no act asserted (GUIDE rule 1)."""
    tname, sname = sc.name(sc.t), sc.name(sc.s)
    frame = sc.rng.choice(_UNACTED)
    text = frame.format(S=sname, Sposs=_poss(sname), T=tname, Tdem=sc.t.demonym,
                        time=_time(sc))  # fmt: skip
    said = Expect(sc.s.iso3, "*", frozenset({"11"}), ASSERTED)  # ("the senator said": 11)
    return _cap(text), (), (said, *NOTHING_ASSERTED)


_SCHEDULED = (
    ("{S} is due to sign a trade deal with {T}{when}", "05"),
    ("{Sposs} president is set to visit {T}{when}", "04"),
    ("{Slead} is due to meet {Tlead} in {Tcap}{when}", "04"),
    ("{S} is set to hold talks with {T}{when}", "04"),
    ("{Sposs} foreign minister was due to speak with {Tposs} foreign minister{when}", "04"),
)
_WHEN = ("", " next week", " on Monday", " later this month", " in March")


def l23_scheduled_act(sc: Scene) -> Built:
    """ "are due to meet", "is set to sign": a schedule, no one's commitment; the act itself,
    `possible` (GUIDE rule 4: "is set to", "is due to"), not an intent (03)."""
    frame, root = sc.rng.choice(_SCHEDULED)
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    text = frame.format(S=sname, Sposs=_poss(sname), T=tname, Tposs=_poss(tname),
                        Slead=sc.leader(sc.s), Tlead=sc.leader(sc.t), Tcap=sc.t.capital,
                        when=sc.rng.choice(_WHEN))  # fmt: skip
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, root, POSSIBLE),), ()


_ACCEPTED = (
    "{S} accepted {Tposs} offer of talks{time}",
    "{S} accepted {Tposs} offer to hold talks on the border{time}",
    "{S} accepted {Tposs} proposal for a summit in {Tcap}",
    "{Sposs} foreign minister accepted {Tposs} call for dialogue{time}",
    "{S} has accepted a {Tdem} offer of negotiations, the ministry said",
)


def l23_accepted_talks(sc: Scene) -> Built:
    """ "accepted X's offer of talks": agreeing to meet or negotiate (036), not a generic
    agreement (030) or a yield (080)."""
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    text = sc.rng.choice(_ACCEPTED).format(S=sname, Sposs=_poss(sname), Tposs=_poss(tname),
                                           Tcap=sc.t.capital, Tdem=sc.t.demonym,
                                           time=_time(sc))  # fmt: skip
    return _cap(text + "."), (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), TOLD),), ()


_CHECKS = (
    "{Sposs} interior minister said {S} would extend checks on the {Tdem} border for six months",
    "{S} will introduce border controls on its frontier with {T}{when}, the minister said",
    "{S} will impose border checks on the {Tdem} frontier{when}",
    "{Slead} said {S} would reintroduce checks at its border with {T}",
)


def l23_border_checks(sc: Scene) -> Built:
    """ "would extend checks on the Belgian border": a state's announced border checks are the
    restriction itself (19), `possible` (GUIDE rule 4), not a threat (13)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    text = sc.rng.choice(_CHECKS).format(S=sname, Sposs=_poss(sname), T=tname,
                                         Tdem=sc.t.demonym, Slead=sc.leader(sc.s),
                                         when=sc.rng.choice(_WHEN))  # fmt: skip
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "19", POSSIBLE),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l23_bare_protest": l23_bare_protest,
    "l23_goods_held": l23_goods_held,
    "l23_noun_verdict": l23_noun_verdict,
    "l23_dismissed_criticism": l23_dismissed_criticism,
    "l23_unasked_refusal": l23_unasked_refusal,
    "l23_unacted_noun": l23_unacted_noun,
    "l23_scheduled_act": l23_scheduled_act,
    "l23_accepted_talks": l23_accepted_talks,
    "l23_border_checks": l23_border_checks,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex23 (e79d6cf) the same 24 scored (right, false assertions):
# l23_bare_protest 0/15 (dissent, 140, or 114 aimed at its own state); l23_goods_held 0/0 (no
# event); l23_noun_verdict 0/1 (no event; an appeal, 020); l23_dismissed_criticism 0/24 (a
# rejection, 120); l23_unasked_refusal 14/10 (a refusal, 1246, of the unasked withdrawal);
# l23_unacted_noun 18/6 (cooperation 06, release 08 asserted); l23_scheduled_act 0/0 (an
# intent, 03, possible); l23_accepted_talks 19/5 (a yield, 080, for "accepted X's call for
# dialogue"; the root-03 rows were 030, which the suite's root key does not tell from 036);
# l23_border_checks 0/14 (a threat, 138, asserted when the state's own word).
# l23_noun_verdict keeps one miss: "NAME's foreign minister called X's decision 'a scandal'."
# parsed with the minister as the root and "called" as its modifier (no trigger reads it).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS} | {"l23_noun_verdict": (23, 0)}
