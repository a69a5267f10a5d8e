"""Round 24's leftovers (issue 9, leftovers32) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo32_portfolio_pronoun``: "Hungarian Energy Minister NAME spoke on Monday. He offered aid
  to Austria": a minister of any portfolio (a state secretary, a chief negotiator, an army
  chief) placed by a demonym or a possessive state is the antecedent of a later "he / she",
  carrying that state (X -> Y);
- ``lo32_checks_on_goods``: "X imposed checks on Y's lorries (inspections on Y goods, controls
  on imports from Y)": a restriction of Y's trade (163); "the checks were lifted" later finds
  the imposer (08);
- ``lo32_each_the_other``: "A and B clashed. Each side accused the other", "each blamed the
  other": the distributive subject set against "the other" is the pair, both ways;
- ``lo32_rank_namesake``: "General Kim of South Korea's army", "X's Admiral NAME": a rank with
  an owner the text states is the owner's officer, never another state's table person who
  bears that surname;
- ``lo32_two_delegations``: "A and B opened talks. The two delegations (negotiating teams)
  signed a deal": the counted groups are the story's two states;
- ``lo32_request_refused``: "X received (got) a request (an appeal) from Y to ..., and turned it
  down": the refusal of "it" aims at the requester (12);
- ``lo32_voiced_force``: "X said (warned) Y's forces would be met with force", "Y's ships will
  be met with force, X's president said": the speaker's threat of force at Y (138, asserted);
  "X cautioned that Y would pay a heavy price": a threat at Y (13).

Scores on main (31db000) before the fix, ``bench/phenomena.py --n 10000`` seed 0 (11 each):
lo32_portfolio_pronoun 4/11, lo32_checks_on_goods 1/11, lo32_each_the_other 0/11 (1 false),
lo32_rank_namesake 4/11 (7 false: the namesake's state), lo32_two_delegations 6/11 (4 false),
lo32_request_refused 0/11, lo32_voiced_force 3/11; after: 11/11 each, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_PORTFOLIOS = ("Energy Minister", "Agriculture Minister", "Health Minister", "Justice Minister",
               "Transport Minister", "Environment Minister", "energy minister",
               "Interior Minister", "Economy Minister", "Industry Minister", "State Secretary",
               "Undersecretary", "chief negotiator", "army chief", "Deputy Energy Minister")  # fmt: skip
_NAMES = (("Gabor Kovacs", "He"), ("Ana Soto", "She"), ("Peter Lindqvist", "He"),
          ("Maria Ferreira", "She"), ("Tomas Novak", "He"), ("Lena Brandt", "She"))  # fmt: skip
_FIRST = ("spoke to reporters on Monday.", "rejected the criticism on Monday.",
          "visited the border region.", "gave a speech in parliament.")  # fmt: skip
# (act toward {T}, CAMEO roots)
_PRONOUN_ACTS = (("offered aid to {T}", ("03", "07")), ("accused {T} of dumping steel", ("11",)),
                 ("criticised {T} over the dam", ("11",)), ("praised {T} for its help", ("05",)),
                 ("offered to brief {Tposs} experts", ("03",)))  # fmt: skip


def lo32_portfolio_pronoun(sc: Scene) -> Built:
    """ "Hungarian Energy Minister NAME spoke on Monday. He offered aid to Austria": HUN -> AUT."""
    tname = sc.name(sc.t, capital=0.0)
    title = sc.rng.choice(_PORTFOLIOS)
    name, pron = sc.rng.choice(_NAMES)
    if sc.rng.random() < 0.5:
        intro = f"{sc.s.demonym} {title} {name}"
    else:
        intro = f"{_poss(sc.s.name)} {title} {name}"
    act, roots = sc.rng.choice(_PRONOUN_ACTS)
    act = act.format(T=tname, Tposs=_poss(tname))
    text = f"{_cap(intro)} {sc.rng.choice(_FIRST)} {pron} {act}."
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), Expect(sc.s.iso3, "", frozenset(), ANY))
    return text, (_e(sc.s, sc.t, _r(*roots), ASSERTED),), allowed  # ("visited": no target)


_IMPOSED = ("imposed", "introduced", "has imposed", "reintroduced", "imposed new", "began",
            "stepped up", "started")  # fmt: skip
_CHECKED = ("checks", "controls", "inspections", "strict checks")
_ON_GOODS = ("on {Tdem} lorries", "on {Tposs} goods", "on {Tdem} imports", "on lorries from {T}",
             "on imports from {T}", "on {Tdem} trucks", "on {Tposs} exports")  # fmt: skip
_LIFTED = ("The checks were lifted on Friday.", "On Friday the checks were lifted.",
           "The controls were lifted a week later.")  # fmt: skip


def lo32_checks_on_goods(sc: Scene) -> Built:
    """ "Poland imposed checks on Czech lorries": POL -> CZE 163; lifted later: POL -> CZE 08."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    goods = sc.rng.choice(_ON_GOODS).format(Tdem=sc.t.demonym, Tposs=_poss(tname), T=tname)
    text = f"{_cap(sname)} {sc.rng.choice(_IMPOSED)} {sc.rng.choice(_CHECKED)} {goods}."
    want = [_e(sc.s, sc.t, _r("16"), ASSERTED)]
    allowed = [_e(sc.s, sc.t, _r("16", "17", "19"), ANY)]
    if sc.rng.random() < 0.4:
        text += " " + sc.rng.choice(_LIFTED)
        want.append(_e(sc.s, sc.t, _r("08"), ASSERTED))
    return text, tuple(want), tuple(allowed)


_CLASHED = ("clashed on the border on Monday.", "traded fire on Monday.",
            "exchanged artillery fire overnight.")  # fmt: skip
_EACH = ("Each side", "Each", "Each of them", "Each country", "Each government")
# (verb phrase against "the other", CAMEO roots)
_EACH_ACTS = (("accused the other of violating the ceasefire", ("11",)),
              ("blamed the other for the fighting", ("11",)),
              ("accused the other of starting the clashes", ("11",)),
              ("condemned the other", ("11",)))  # fmt: skip


def lo32_each_the_other(sc: Scene) -> Built:
    """ "A and B clashed. Each side accused the other": A -> B and B -> A 112."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    act, roots = sc.rng.choice(_EACH_ACTS)
    text = f"{_cap(sname)} and {tname} {sc.rng.choice(_CLASHED)} {sc.rng.choice(_EACH)} {act}."
    want = (_e(sc.s, sc.t, _r(*roots), ASSERTED), _e(sc.t, sc.s, _r(*roots), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("19", "18"), ANY), _e(sc.t, sc.s, _r("19", "18"), ANY))
    return text, want, allowed


_RANKS = ("General", "Lieutenant General", "Admiral", "Major General", "General")
_FORCE = ("army", "navy", "armed forces", "air force")
# (act toward {T}, CAMEO roots)
_RANK_ACTS = (("met {Tposs} defence minister", ("04",)), ("accused {T} of provocations", ("11",)),
              ("criticised {T}", ("11",)), ("warned {T} against provocations", ("13",)))  # fmt: skip


def lo32_rank_namesake(sc: Scene) -> Built:
    """ "General Kim of South Korea's army met Japan's defence minister": KOR -> JPN, never the
    table's Kim (PRK); the surname is another state's (Z's) leader's."""
    leader = sc.z.leader(sc.date)
    surname = leader.split()[-1] if leader else "Kim"
    tname = sc.name(sc.t, capital=0.0)
    act, roots = sc.rng.choice(_RANK_ACTS)
    act = act.format(T=tname, Tposs=_poss(tname))
    rank, force = sc.rng.choice(_RANKS), sc.rng.choice(_FORCE)
    if sc.rng.random() < 0.5:
        who = f"{rank} {surname} of {_poss(sc.s.name)} {force}"
    else:
        who = f"{_poss(sc.s.name)} {rank} {surname}"
    text = f"{_cap(who)} {act}."
    return text, (_e(sc.s, sc.t, _r(*roots), ASSERTED),), ()


_OPENED = ("opened talks in {C} on Monday.", "held talks in {C} on Monday.",
           "resumed negotiations on Monday.")  # fmt: skip
_GROUPS = ("The two delegations", "Both delegations", "The two negotiating teams",
           "The two teams", "The two delegations")  # fmt: skip
_GROUP_ACTS = (("signed a trade agreement", ("05",)), ("signed a border deal", ("05",)),
               ("met again on Tuesday", ("04",)))  # fmt: skip


def lo32_two_delegations(sc: Scene) -> Built:
    """ "Kenya and Uganda opened talks. The two delegations signed a deal": both ways."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    opened = sc.rng.choice(_OPENED).format(C=sc.s.capital)
    act, roots = sc.rng.choice(_GROUP_ACTS)
    text = f"{_cap(sname)} and {tname} {opened} {sc.rng.choice(_GROUPS)} {act}."
    want = (_e(sc.s, sc.t, _r(*roots), ASSERTED), _e(sc.t, sc.s, _r(*roots), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("04"), ANY), _e(sc.t, sc.s, _r("04"), ANY))
    return text, want, allowed


_RECEIVED = ("received a request from {T}", "got a request from {T}", "received an appeal from {T}",
             "received {Tposs} request", "got an appeal from {T}")  # fmt: skip
_ASKED_FOR = ("to extradite the rebel leader", "to reopen the border", "to hand over the suspects",
              "to release the detained sailors")  # fmt: skip
_TURNED = (", and turned it down", " but rejected it", " and rejected it", ", but turned it down")


def lo32_request_refused(sc: Scene) -> Built:
    """ "Chad received a request from Sudan to ..., and turned it down": SDN -> TCD 02, TCD ->
    SDN 12."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    got = sc.rng.choice(_RECEIVED).format(T=tname, Tposs=_poss(tname))
    text = f"{_cap(sname)} {got} {sc.rng.choice(_ASKED_FOR)}{sc.rng.choice(_TURNED)}."
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED), _e(sc.t, sc.s, _r("02"), ASSERTED))
    return text, want, ()


_SAID = ("said", "warned", "said on Monday", "warned that", "has warned that")
_FORCES = ("{Tposs} forces", "{Tdem} troops", "{Tposs} troops", "{Tdem} warships", "{Tdem} ships")
_MET = ("would be met with force", "will be met with force", "would be met with military force",
        "will be met with force if they cross the line")  # fmt: skip
_CAUTIONED = ("cautioned that", "cautioned", "warned that")
_PAY = ("would pay a heavy price", "would pay dearly", "would pay a high price for any attack",
        "would face consequences")  # fmt: skip


def lo32_voiced_force(sc: Scene) -> Built:
    """ "Serbia said Kosovo's forces would be met with force": SRB -> KSV 138, asserted;
    "Turkey cautioned that Greece would pay a heavy price": TUR -> GRC 13, asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    r = sc.rng.random()
    if r < 0.35:
        forces = sc.rng.choice(_FORCES).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
        text = f"{_cap(sname)} {sc.rng.choice(_SAID)} {forces} {sc.rng.choice(_MET)}."
    elif r < 0.55:
        forces = sc.rng.choice(_FORCES).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
        text = f"{_cap(forces)} {sc.rng.choice(_MET)}, {_poss(sc.s.name)} president said."
    else:
        text = f"{_cap(sname)} {sc.rng.choice(_CAUTIONED)} {tname} {sc.rng.choice(_PAY)}."
    return text, (_e(sc.s, sc.t, _r("13"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo32_portfolio_pronoun": lo32_portfolio_pronoun,
    "lo32_checks_on_goods": lo32_checks_on_goods,
    "lo32_each_the_other": lo32_each_the_other,
    "lo32_rank_namesake": lo32_rank_namesake,
    "lo32_two_delegations": lo32_two_delegations,
    "lo32_request_refused": lo32_request_refused,
    "lo32_voiced_force": lo32_voiced_force,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
