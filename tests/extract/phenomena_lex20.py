"""fresh10's lexicon classes (issue 9, round 16b, lex20: fresh10_classes.md L and C) as suite
constructions: routine border and migration acts, hand-overs of wanted people, verbs whose
object names no act, and invitations. Each phrasing is the project's own, written from the
phenomenon, the GUIDE and the CAMEO codebook, crossed with the suite's states named by name,
capital, demonym + sector or leader.

- ``l20_joint_post``: "A and B opened a joint customs post": cooperation (06) both ways, no
  eased restriction (081) with no target;
- ``l20_turned_back``: "X's customs officers turned back lorries bound for Y": a restriction
  of movement (19); people turned back: removal of individuals (17);
- ``l20_border_checks``: "X started checking lorries at its border with Y": a restriction of
  movement (19);
- ``l20_sent_back``: "X's police sent 9 people back into Y", "X returned 30 Y migrants":
  deportation (17), no aid (07), no release (08);
- ``l20_stopped``: "X's police stopped 40 Y migrants at the border": held (17), at home when no
  other state is named; lorries stopped: a restriction of movement (19);
- ``l20_wanted_handover``: "X handed over to Y a man wanted over a bombing": judicial
  cooperation (06), no aid (07);
- ``l20_regretted``: "... Z regretted the answer": no criticism (11) of an answer;
- ``l20_favour``: "X has returned the favour by easing visa rules for Y's citizens": the
  easing (08) only, no release with no target;
- ``l20_no_join``: "X did not join the bloc's sanctions on Y": sanctions (16) negated, no
  signing (057);
- ``l20_invited``: "X invited Y's president to visit": the invitation (036, GUIDE rule 7);
  "..., and Y's government accepted": Y agrees to come (036) to the inviter, no yield (080) at
  Y itself;
- ``l20_bar_if``: "X said it would bar Y's cattle if ...": a threat (13), asserted;
- ``l20_expel_if``: "X could expel Y's diplomats if ...": the expulsion (16, 161 by the
  codebook) `possible`, never asserted.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_NEGATED = frozenset({"negated"})
_POSSIBLE = frozenset({"possible"})
_REPORTED = frozenset({"reported"})
_NOT_ASSERTED = frozenset({"possible", "reported", "negated"})


def _one(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


_POSTS = ("a joint customs post", "a joint border post", "a joint border crossing",
          "a joint customs office", "a joint checkpoint")  # fmt: skip


def l20_joint_post(sc: Scene) -> Built:
    """ "Portugal and Morocco opened a joint border post on Monday": cooperation both ways."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    post = sc.rng.choice(_POSTS)
    back = _one(sc.t.iso3, sc.s.iso3, "06")
    r = sc.rng.random()
    if r < 0.4:
        text = f"{sname} and {tname} opened {post}{_time(sc)}"
    elif r < 0.7:
        text = f"{sname} and {tname} opened a customs post at the border{_time(sc)}"
    else:  # (one subject "with Y": Y's half is a coder's choice, as for "met Y", GUIDE rule 6)
        verb = sc.rng.choice(("opened", "inaugurated", "has opened"))
        text = f"{sname} {verb} {post} with {tname}{_time(sc)}"
        return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "06"),), (back,)
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "06"), back), ()


_LORRIES = ("dozens of lorries bound for {T}", "40 {Tdem} lorries", "{Tdem} trucks",
            "more than 100 vehicles bound for {T}", "{Tdem} cargo trucks")  # fmt: skip
_PEOPLE = ("60 {Tdem} migrants", "dozens of {Tdem} nationals", "{Tdem} traders")
_TURNERS = ("{Sdem} customs officers", "{Sdem} border guards", "{Sdem} police", "{S}")


def l20_turned_back(sc: Scene) -> Built:
    """ "Zambian customs officers turned back dozens of lorries bound for Malawi": a restriction
    of movement (191); people turned back: removal of individuals (174)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    fill = {"S": sname, "Sdem": sc.s.demonym, "T": tname, "Tdem": sc.t.demonym}
    who = sc.rng.choice(_TURNERS).format(**fill)
    people = sc.rng.random() < 0.35
    what = sc.rng.choice(_PEOPLE if people else _LORRIES).format(**fill)
    verb = sc.rng.choice(("turned back", "had turned back", "turned back"))
    where = sc.rng.choice(("", " at the border", " at the main crossing"))
    text = f"{who} {verb} {what}{where}{_time(sc)}."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "17" if people else "19"),), ()


_CHECKS = (
    "started checking lorries at its border with {T}",
    "began checking vehicles at the border with {T}",
    "introduced border checks on its frontier with {T}",
    "reintroduced border controls with {T}",
    "has started checking cars at its border with {T}",
)


def l20_border_checks(sc: Scene) -> Built:
    """ "Hungary started checking lorries at its border with Austria": a restriction of movement
    (191), with the neighbour as target."""
    vp = sc.rng.choice(_CHECKS).format(T=sc.name(sc.t, capital=0.0))
    text = f"{sc.name(sc.s, capital=0.0)} {vp}{_time(sc)}."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "19"),), ()


_SENT_BACK = (
    "{Sdem} police sent nine people back into {T}",
    "{Sdem} border guards sent 40 people back to {T}",
    "{Sdem} border guards pushed back 40 migrants into {T}",
    "{S} returned 30 {Tdem} migrants",
    "{Sdem} police returned 120 {Tdem} migrants",
    "{S} has returned 70 {Tdem} migrants",
)


def l20_sent_back(sc: Scene) -> Built:
    """ "Hungarian police sent nine people back into Austria", "Italy returned 30 Tunisian
    migrants": deportation (174), no aid, no release."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    fill = {"S": sname, "Sdem": sc.s.demonym, "T": tname, "Tdem": sc.t.demonym}
    text = sc.rng.choice(_SENT_BACK).format(**fill) + _time(sc) + "."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "17"),), ()


_STOPS = (
    ("{Sdem} police stopped 40 {Tdem} migrants at the border", "T", "17"),
    ("{Sdem} border guards stopped 120 {Tdem} nationals trying to cross", "T", "17"),
    ("{Sdem} border guards stopped more than 300 others on the beaches", "S", "17"),
    ("{Sdem} police stopped more than 300 people on the beaches", "S", "17"),
    ("{Sdem} customs officers stopped {Tdem} lorries at the border", "T", "19"),
    ("{Sdem} police stopped a convoy of {Tdem} trucks", "T", "19"),
)


def l20_stopped(sc: Scene) -> Built:
    """ "Tunisian police stopped 40 Libyan migrants at the border": held (173), aimed at the
    people's state, or at home (own state) when none is named; lorries stopped: a restriction
    of movement (191)."""
    text, whom, root = sc.rng.choice(_STOPS)
    text = text.format(Sdem=sc.s.demonym, Tdem=sc.t.demonym) + _time(sc) + "."
    target = sc.t.iso3 if whom == "T" else sc.s.iso3
    return _cap(text), (_one(sc.s.iso3, target, root),), ()


_HANDOVERS = (
    "{S} handed over to {T}{when} a man wanted over a bombing",
    "{S} handed a man wanted for murder to {T}{when}",
    "{Sdem} police handed over to {T}{when} a woman suspected of smuggling arms",
    "{S} handed over a man wanted in {T} for fraud{when}",
    "{S} handed over to {Tdem} authorities{when} a man accused of plotting attacks",
)


def l20_wanted_handover(sc: Scene) -> Built:
    """ "Lebanon handed over to Syria on Thursday a man wanted over a bombing": extradition,
    judicial cooperation (063), no aid (070)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    fill = {"S": sname, "Sdem": sc.s.demonym, "T": tname, "Tdem": sc.t.demonym,
            "when": _time(sc)}  # fmt: skip
    text = sc.rng.choice(_HANDOVERS).format(**fill) + "."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "06"),), ()


_REGRETS = ("regretted the answer", "regretted the response", "regretted the outcome",
            "said it regretted the reply")  # fmt: skip


def l20_regretted(sc: Scene) -> Built:
    """ "Ghana asked Togo to reopen the border. Accra regretted the answer": the appeal; no
    criticism of an answer."""
    tname = sc.name(sc.t, capital=0.0)
    first = f"{sc.name(sc.s, capital=0.0)} asked {tname} to reopen the border{_time(sc)}"
    second = f"{sc.name(sc.s, capital=0.6)} {sc.rng.choice(_REGRETS)}"
    appeal = _one(sc.s.iso3, sc.t.iso3, "02")
    hedged = Expect("*", "*", frozenset(), _NOT_ASSERTED)
    return f"{_cap(first)}. {_cap(second)}.", (appeal,), (hedged,)


_EASINGS = ("by easing visa rules for {Tdem} citizens", "by lifting visa requirements for "
            "{Tdem} travellers", "by easing its ban on {Tdem} imports")  # fmt: skip


def l20_favour(sc: Scene) -> Built:
    """ "Belgrade has returned the favour by easing visa rules for Croatian citizens": the
    easing (081) only; "returned the favour" is no release."""
    verb = sc.rng.choice(("has returned the favour", "returned the favour", "returned the favor"))
    how = sc.rng.choice(_EASINGS).format(Tdem=sc.t.demonym)
    text = f"{sc.name(sc.s)} {verb} {how}."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "08"),), ()


_NO_JOIN = (
    "{S} did not join the bloc's sanctions on {Z}",
    "{S} has not joined the bloc's latest sanctions on {Z}",
    "{S} did not join the European Union's sanctions against {Z}",
    "{S} never joined the Western sanctions on {Z}",
)


def l20_no_join(sc: Scene) -> Built:
    """ "Hungary did not join the bloc's latest sanctions on Iran": sanctions (163) negated;
    no signing (057), nothing asserted."""
    text = sc.rng.choice(_NO_JOIN).format(S=sc.name(sc.s), Z=sc.name(sc.z, capital=0.0))
    negated = _one(sc.s.iso3, sc.z.iso3, "16", _NEGATED)
    other = Expect("*", "*", frozenset({"16"}), _NOT_ASSERTED)  # (the bloc's own sanctions)
    return _cap(text + "."), (negated,), (other,)


_INVITES = (
    "{Sposs} president invited {Tposs} president to visit {Scap}",
    "{S} invited {Tposs} prime minister to {Scap}",
    "{Sposs} president invited his {Tdem} counterpart to hold the next meeting in {Scap}",
    "{S} invited {Tposs} foreign minister to visit",
)


def l20_invited(sc: Scene) -> Built:
    """ "Kenya's president invited Uganda's president to visit Nairobi": the invitation, 036
    (GUIDE rule 7); the visit itself is only `possible`; "..., and X accepted" is X's 036 to the
    inviter, no yield (080) aimed at the guest's own state."""
    sname, tname = sc.s.name, sc.name(sc.t, capital=0.0)
    fill = {"S": sname, "Sposs": _poss(sname), "Scap": sc.s.capital, "T": tname,
            "Tposs": _poss(tname), "Tdem": sc.t.demonym}  # fmt: skip
    text = sc.rng.choice(_INVITES).format(**fill) + _time(sc)
    if sc.rng.random() < 0.4:
        text += f", and {_poss(tname)} government accepted"
    invite = _one(sc.s.iso3, sc.t.iso3, "03")
    visit = Expect(sc.t.iso3, "*", frozenset({"04"}), _POSSIBLE)  # ("to visit": no place)
    accept = Expect(sc.t.iso3, sc.s.iso3, frozenset({"03"}), ASSERTED)  # (036, GUIDE rule 7)
    return _cap(text + "."), (invite,), (visit, accept)


_BARS = (
    "{Sposs} customs service said it would bar {Tdem} cattle if the ban was not lifted",
    "{S} said it would bar {Tdem} goods unless {T} dropped its duties",
    "{S} warned it would bar {Tdem} lorries if {T} kept the border closed",
    "{Sposs} trade minister said {S} would bar {Tdem} imports if the ban was not lifted",
)


def l20_bar_if(sc: Scene) -> Built:
    """ "Senegal's customs service said it would bar Malian cattle if the ban was not lifted":
    a retaliation threat (13x), asserted (GUIDE rule 7)."""
    sname = sc.name(sc.s, capital=0.0)
    fill = {"S": sname, "Sposs": _poss(sname), "Tdem": sc.t.demonym, "T": sc.name(sc.t)}
    text = sc.rng.choice(_BARS).format(**fill)
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "13"),), ()


_EXPELS = (
    "{S} could also expel the remaining {Tdem} diplomats if the standoff dragged on",
    "{S} could expel {Tdem} diplomats if the talks failed",
    "{S} may expel {Tposs} ambassador if the dispute is not settled",
)


def l20_expel_if(sc: Scene) -> Built:
    """ "Ecuador could also expel the remaining Colombian diplomats if the standoff dragged on":
    the expulsion (161 by the codebook) `possible`, never asserted."""
    tname = sc.name(sc.t, capital=0.0)
    text = sc.rng.choice(_EXPELS).format(S=sc.name(sc.s), Tdem=sc.t.demonym, Tposs=_poss(tname))
    threat = Expect(sc.s.iso3, sc.t.iso3, frozenset({"13"}), ASSERTED)  # (a coder's reading)
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "16", _POSSIBLE),), (threat,)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l20_joint_post": l20_joint_post,
    "l20_turned_back": l20_turned_back,
    "l20_border_checks": l20_border_checks,
    "l20_sent_back": l20_sent_back,
    "l20_stopped": l20_stopped,
    "l20_wanted_handover": l20_wanted_handover,
    "l20_regretted": l20_regretted,
    "l20_favour": l20_favour,
    "l20_no_join": l20_no_join,
    "l20_invited": l20_invited,
    "l20_bar_if": l20_bar_if,
    "l20_expel_if": l20_expel_if,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex20 (f9ed3ec) the same 24 scored (right, false assertions):
# l20_joint_post 0/11 (no event, or 081 with no target); l20_turned_back 0/0 (no event);
# l20_border_checks 0/0 (no event); l20_sent_back 0/21 (release 084 or aid 070);
# l20_stopped 0/0 (no event); l20_wanted_handover 6/18 (aid 070); l20_regretted 0/24 (111 with no target);
# l20_favour 0/0 (a second 084 with no target); l20_no_join 0/0 (a negated 057, or the bloc's
# own sanctions only); l20_invited 14/10 (080 aimed at the guest's own state after
# "accepted"); l20_bar_if 7/0 (no event for "bar X's cattle"); l20_expel_if 24/0 (a guard:
# 161 `possible` stays). After lex20: 24/0 each.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
