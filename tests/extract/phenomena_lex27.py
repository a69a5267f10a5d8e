"""Round 20 lexicon and clause classes of fresh14 (issue 9, lex27; fresh14_classes.md L, OC, PV,
W, V, RQ) as suite constructions, written from the GUIDE and the CAMEO codebook, crossed with the
suite's states named by name, capital, demonym + sector or leader:

- ``l27_border_buildup``: "X moved / shifted / transferred two battalions (two companies of
  soldiers) to the Y border / frontier": a buildup toward the neighbour (154), never aid (070);
- ``l27_kept_closed``: "X has kept its border posts with Y closed / shut / sealed": the closure
  goes on (191), never "kept its promise";
- ``l27_kept_people``: "X (X's police) kept the Y sailors for six weeks / in custody": the
  detention goes on (173);
- ``l27_drills_arrival``: "X's army said 200 of its troops had arrived in Y / reached Y for an
  exercise (joint drills) with the Y army": the joint exercise (062), no visit (042);
- ``l27_sealed_post``: "X sealed its border (crossing, frontier post) with Y": a closure (191),
  never a deal sealed (057);
- ``l27_causative_order``: "X police arrested N Y fans. A court in CAPITAL ordered twelve of them
  deported / the fans expelled / them freed", "twelve of them were ordered deported by a court":
  the participle is the act, the court's state's toward the people's (174, 084), and no demand
  (10);
- ``l27_boats_kept``: "X's army said it had stopped four (other) boats from leaving and
  arrested three smugglers": the prevention (120) and the arrest (173) at home, the own state
  their target (GUIDE rule 6), never the state of an earlier act in the story;
- ``l27_stateless_warning``: "X's president warned outsiders not to stir up trouble", "X warned
  foreign activists against meddling": no consequence and no state warned, no threat (GUIDE
  rule 2), nor one aimed at X itself;
- ``l27_home_deployment``: "X's government sent riot police to its northern border region (the
  Puno region) and asked CAPITAL to remove the blockade": a domestic deployment (153), never aid
  to Y, and never Y (the asked conjunct's object) as its target;
- ``l27_asked_or_home``: "X police arrested N Y traders. Y called on X to try them quickly or
  send them home": both infinitives asked (02 to X), nothing done; "X sent them home": a removal
  (174), never aid.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _poss,
    _time,
)

TOLD = frozenset({"asserted", "reported"})


def _e(src: State, tgt: State, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, frozenset({root}), facts)


_UNITS = ("two battalions", "two companies of soldiers", "three battalions of troops",
          "an armoured brigade", "500 troops", "two companies", "extra troops",
          "a battalion of soldiers")  # fmt: skip
_MOVED = ("moved", "shifted", "transferred", "relocated", "moved", "shifted")
_BORDERS = ("to the {Tdem} border", "to the {Tdem} frontier", "to its border with {T}",
            "to the border with {T}", "to its frontier with {T}")  # fmt: skip
_TAILS = ("", ", a spokesman said", " on Tuesday", ", the defence ministry said", " overnight")


def l27_border_buildup(sc: Scene) -> Built:
    """ "Estonia shifted two battalions to the Latvian frontier, a spokesman said": a buildup
    toward the neighbour (CAMEO 154: the party the move is directed against is the target)."""
    sname = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice((sname, f"{_poss(sname)} army", f"{_poss(sname)} defence force",
                         f"The {sc.s.demonym} army"))  # fmt: skip
    where = sc.rng.choice(_BORDERS).format(Tdem=sc.t.demonym, T=sc.name(sc.t, capital=0.0))
    text = f"{who} {sc.rng.choice(_MOVED)} {sc.rng.choice(_UNITS)} {where}{sc.rng.choice(_TAILS)}."
    return _cap(text), (_e(sc.s, sc.t, "15", TOLD),), ()


_POSTS = ("its border posts with {T}", "the border crossings with {T}", "its frontier with {T}",
          "its border with {T}", "the two crossings on its border with {T}",
          "its airspace to {Tdem} flights")  # fmt: skip
_SHUT = ("closed", "shut", "sealed")
_SINCE = (" since Friday", " for a sixth day", " for a week", "", " since the vote")
_KEPT = ("{S} has kept {posts} {shut}{since}", "{S} kept {posts} {shut}{since}, officials said",
         "{S} kept {posts} {shut}{since}, stranding hundreds of lorries",
         "{Sposs} government has kept {posts} {shut}{since}")  # fmt: skip


def l27_kept_closed(sc: Scene) -> Built:
    """ "Togo has kept its frontier posts with Ghana closed since Friday": keep + a closed
    object is the closure going on, a restriction of movement (191)."""
    sname = sc.name(sc.s)
    posts = sc.rng.choice(_POSTS).format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    text = sc.rng.choice(_KEPT).format(S=sname, Sposs=_poss(sc.s.name), posts=posts,
                                       shut=sc.rng.choice(_SHUT), since=sc.rng.choice(_SINCE))  # fmt: skip
    return _cap(text + "."), (_e(sc.s, sc.t, "19", TOLD),), ()


_HELD = ("sailors", "herders", "fishermen", "traders", "miners", "students", "lorry drivers")
_KEEPERS = ("{S}", "{Sposs} authorities", "{Sposs} police", "{Sdem} police", "{Sdem} soldiers")
_FOR = (" for six weeks", " for two months", " in custody", " for ten days", " in detention",
        " for two months before freeing them", " in custody since April")  # fmt: skip
_OPENERS = ("", "The row began in April. ", "Talks on the border stalled. ")


def l27_kept_people(sc: Scene) -> Built:
    """ "Angola kept the Namibian herders for two months": keeping people held is the detention
    going on (173)."""
    sname = sc.name(sc.s, capital=0.0)
    keeper = sc.rng.choice(_KEEPERS).format(S=sc.name(sc.s), Sposs=_poss(sname),
                                            Sdem=sc.s.demonym)  # fmt: skip
    count = sc.rng.choice(("12 ", "the ", "40 ", "the 12 "))
    kept = f"{keeper} kept {count}{sc.t.demonym} {sc.rng.choice(_HELD)}{sc.rng.choice(_FOR)}."
    released = Expect(sc.s.iso3, sc.t.iso3, frozenset({"08"}), ANY)
    return sc.rng.choice(_OPENERS) + _cap(kept), (_e(sc.s, sc.t, "17"),), (released,)


_ARRIVED = ("had arrived in {T} for an exercise with the {Tdem} army",
            "had reached {T} for joint drills with {Tdem} forces",
            "had arrived in {T} for joint exercises with {Tposs} army",
            "had landed in {T} for a war game with the {Tdem} army",
            "arrived in {T} on Monday for drills with {Tdem} troops")  # fmt: skip
_COUNTED = ("150 of its soldiers", "200 of its troops", "its soldiers", "300 of its paratroopers",
            "40 of its marines")  # fmt: skip


def l27_drills_arrival(sc: Scene) -> Built:
    """ "Estonia's army said 200 of its troops had reached Latvia for joint drills with Latvian
    forces": the act is the exercise the "for" phrase names (062), the arriving troops' state
    toward the host; no visit (042)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    who = sc.rng.choice((f"{_poss(sname)} army", f"{_poss(sname)} defence ministry", sname))
    arrived = sc.rng.choice(_ARRIVED).format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{who} said {sc.rng.choice(_COUNTED)} {arrived}."
    back = _e(sc.t, sc.s, "06", TOLD)  # (the host's side of a joint exercise, where read)
    return _cap(text), (_e(sc.s, sc.t, "06", TOLD),), (back,)


_SEALED = ("{S} sealed its border with {T}{time}",
           "{S} sealed its frontier with {T} after {Tdem} truckers blocked the road",
           "{S} sealed the border crossing with {T}{time}, officials said",
           "{Sposs} army sealed its border with {T}{time}")  # fmt: skip


def l27_sealed_post(sc: Scene) -> Built:
    """ "Chile sealed its frontier with Argentina": a closure (191), never a deal (057)."""
    sname, tname = sc.name(sc.s), sc.name(sc.t, capital=0.0)
    text = sc.rng.choice(_SEALED).format(S=sname, Sposs=_poss(sc.s.name), T=tname,
                                         Tdem=sc.t.demonym, time=_time(sc))  # fmt: skip
    blockers = Expect(sc.t.iso3, "*", frozenset(), ANY)  # (the truckers' own blockade, if read)
    return _cap(text + "."), (_e(sc.s, sc.t, "19", TOLD),), (blockers,)


_PEOPLE = ("fans", "football supporters", "miners", "students", "protesters", "traders")
_ORDERED = (("ordered twelve of them deported", "17"), ("ordered six of them deported", "17"),
            ("ordered the {Tdem} {people} deported", "17"), ("ordered them freed", "08"),
            ("ordered ten of them released", "08"), ("ordered them released on bail", "08"),
            ("ordered eight of the {people} expelled", "17"))  # fmt: skip
_COURTS = ("A court in {Scap}", "A judge in {Scap}", "{a_Sdem} court", "A court in {Scap} then")


def l27_causative_order(sc: Scene) -> Built:
    """ "Hungarian police arrested 30 Slovak fans in Budapest. A court in Budapest ordered
    twelve of them deported": a causative; the participle's act (174, 084) is the court's
    state's toward the people's, and nothing is demanded (no 10)."""
    people = sc.rng.choice(_PEOPLE)
    first = (
        f"{sc.s.demonym} police arrested 30 {sc.t.demonym} {people} in {sc.s.capital}{_time(sc)}."
    )
    ordered, root = sc.rng.choice(_ORDERED)
    court = _cap(sc.rng.choice(_COURTS).format(Scap=sc.s.capital, a_Sdem=_article(sc.s.demonym)))
    second = f"{court} {ordered.format(Tdem=sc.t.demonym, people=people)}."
    if sc.rng.random() < 0.25:  # the passive: "twelve of them were ordered deported by a court"
        # ("... by a judge in CAPITAL": the parser may hang "in CAPITAL" on the participle, the
        # place then read as the deportation's "from" state; a known gap)
        root = "17"
        second = f"Twelve of them were ordered deported by {_article(sc.s.demonym)} court."
    return first + " " + second, (_e(sc.s, sc.t, "17"), _e(sc.s, sc.t, root)), ()


_BEFORE = ("", "{Tdem} police returned 40 migrants to {S} on Monday. ",
           "{T} and {S} share a long coastline. ")  # fmt: skip
_STOPPED = ("said it had stopped four other boats from leaving and arrested three smugglers",
            "said it had stopped four boats from leaving the coast and arrested three smugglers",
            "stopped six vessels from leaving port on Tuesday",
            "said it had prevented three boats from sailing",
            "stopped two migrant boats from leaving the harbour")  # fmt: skip


def l27_boats_kept(sc: Scene) -> Built:
    """ "The Lebanese army said it had stopped four other boats from leaving and arrested three
    smugglers": the prevention (120), no detention of the boats (173), and, with no other party
    named, the own state the target of both (never the state of an earlier act)."""
    before = sc.rng.choice(_BEFORE).format(Tdem=sc.t.demonym, S=sc.name(sc.s, capital=0.0),
                                           T=sc.name(sc.t, capital=0.0))  # fmt: skip
    who = sc.rng.choice((f"The {sc.s.demonym} army", f"{_poss(sc.s.name)} navy",
                         f"The {sc.s.demonym} coast guard"))  # fmt: skip
    stopped = sc.rng.choice(_STOPPED)
    text = f"{before}{who} {stopped}."
    want = [_e(sc.s, sc.s, "12", TOLD)]
    if "smugglers" in stopped:
        want.append(_e(sc.s, sc.s, "17", TOLD))
    if "returned" in before:
        want.append(_e(sc.t, sc.s, "17"))
    return text, tuple(want), ()


_WARNED = ("{who} warned outsiders not to stir up trouble during the vote",
           "{who} warned foreign activists against meddling in its affairs",
           "{who} warned foreign agitators against interfering in the election",
           "{who} warned foreign journalists not to cover the protests",
           "{who} warned outsiders against meddling in the vote{time}",
           "{who} warned foreign activists not to travel to the border region")  # fmt: skip


def l27_stateless_warning(sc: Scene) -> Built:
    """ "President Mahama warned outsiders not to stir up trouble": a warning with no consequence
    to people of no state, no threat (GUIDE rule 2), and never one aimed at the warner's own
    state."""
    who = sc.rng.choice((sc.leader(sc.s), f"{_poss(sc.s.name)} president", sc.name(sc.s),
                         f"{_poss(sc.s.name)} interior minister"))  # fmt: skip
    text = sc.rng.choice(_WARNED).format(who=who, time=_time(sc))
    return _cap(text + "."), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_SENT = ("sent riot police to its northern border region",
         "sent 400 police officers to the border region",
         "dispatched riot police to its southern province",
         "sent police reinforcements to its border area",
         "sent 400 police officers to the Puno region")  # fmt: skip
_ASKED = ("asked {Tcap} to remove the blockade", "asked {T} to clear the bridge",
          "urged {Tcap} to reopen the road", "called on {T} to lift the blockade")  # fmt: skip


def l27_home_deployment(sc: Scene) -> Built:
    """ "Chile's government sent riot police to its northern border region and asked Buenos
    Aires to remove the blockade": a police deployment at home (153), no aid (070) and no target
    borrowed from the asked conjunct; the request (02) to Y."""
    who = sc.rng.choice((f"{_poss(sc.s.name)} government", sc.name(sc.s, capital=0.0),
                         f"{_poss(sc.s.name)} interior ministry"))  # fmt: skip
    asked = sc.rng.choice(_ASKED).format(Tcap=sc.t.capital, T=sc.name(sc.t, capital=0.0))
    text = f"{who} {sc.rng.choice(_SENT)}{_time(sc)} and {asked}."
    home = Expect(sc.s.iso3, "", frozenset({"15"}), ASSERTED)
    own = Expect(sc.s.iso3, sc.s.iso3, frozenset({"15"}), ASSERTED)
    return _cap(text), (_e(sc.s, sc.t, "02"),), (home, own)


_CALLED = ("called on {Scap} to try them quickly or send them home",
           "asked {S} to put them on trial or send them home",
           "urged {S} to charge them quickly or send them back home",
           "called on {S} to try the men quickly or send them home",
           "asked {Scap} to release them or send them home")  # fmt: skip


def l27_asked_or_home(sc: Scene) -> Built:
    """ "Kenyan police arrested 40 Tanzanians. Dodoma called on Nairobi to try them quickly or
    send them home": the second infinitive is asked as the first (02 to X), nothing done; and
    "X sent them home" is a removal (174), never aid."""
    sname = sc.name(sc.s, capital=0.0)
    first = (
        f"{sc.s.demonym} police arrested 40 {sc.t.demonym} traders in {sc.s.capital}{_time(sc)}."
    )
    arrest = _e(sc.s, sc.t, "17")
    if sc.rng.random() < 0.25:
        second = f"{sname} sent them home{sc.rng.choice(('', ' on Friday', ' a week later'))}."
        return first + " " + _cap(second), (arrest, _e(sc.s, sc.t, "17")), ()
    asker = sc.rng.choice((sc.name(sc.t, capital=0.0), f"{_poss(sc.t.name)} foreign minister",
                           sc.t.capital))  # fmt: skip
    called = sc.rng.choice(_CALLED).format(Scap=sc.s.capital, S=sname)
    asked = Expect(sc.t.iso3, sc.s.iso3, frozenset({"02", "10"}), ASSERTED)
    hedged = Expect(sc.s.iso3, sc.t.iso3, frozenset(), NOT_ASSERTED)
    return first + " " + _cap(f"{asker} {called}."), (arrest, asked), (hedged,)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l27_border_buildup": l27_border_buildup,
    "l27_kept_closed": l27_kept_closed,
    "l27_kept_people": l27_kept_people,
    "l27_drills_arrival": l27_drills_arrival,
    "l27_sealed_post": l27_sealed_post,
    "l27_causative_order": l27_causative_order,
    "l27_boats_kept": l27_boats_kept,
    "l27_stateless_warning": l27_stateless_warning,
    "l27_home_deployment": l27_home_deployment,
    "l27_asked_or_home": l27_asked_or_home,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex27 (634f0c0) the same 24 scored (right, false assertions):
# l27_border_buildup 0/3 (no row for "shifted", "transferred" or units as objects; "sent
# companies" aid); l27_kept_closed 0/0 (no row); l27_kept_people 0/0 (no row);
# l27_drills_arrival 2/0 (a visit, or "150 of its soldiers" placed in the host);
# l27_sealed_post 0/18 (a deal sealed, 057); l27_causative_order 0/24 (a demand, 10, no
# deportation); l27_boats_kept 12/6 ("four other boats" a detention, 173, or aimed at the
# earlier act's doer); l27_stateless_warning 0/24 (a threat to the group or the own state);
# l27_home_deployment 7/17 (aid, 070, to the asked state); l27_asked_or_home 15/9 ("send them
# home" aid, asserted, or done).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
