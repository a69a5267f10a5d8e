"""Round 30's leftovers (issue 9, leftovers45): what the practice-set helpers noticed and did
not do, as suite constructions crossed with the suite's states named by name, capital, leader
or demonym and several phrasings:

- ``lo45_denied_relative``: "X accused Y of V-ing, which Y denied (rejected, dismissed)": Y ->
  X 016 beside X -> Y 112 (main: the denial in a relative clause was background, dropped;
  "rejected" coded 120); "..., a charge (claim) Y has denied" as a relative clause on the
  charge noun was made news too and cost fresh14 a false assertion: narrowed to "which";
- ``lo45_undenied_relative``: "..., which Y did not deny", "a charge Y has not denied": no
  denial, and the accusation asserted (main: negated by the appositive's "not");
- ``lo45_ship_turned_away``: "X turned away (turned back) a Y-ian ship (vessel, plane, aircraft)",
  "... a ship from Y": X -> Y 191 (main: no row for ships and planes);
- ``lo45_support_remained``: "X's support (aid) for Y remained (remains) in place": no event
  (main: 051 / 070 asserted; "remains strong" stays a statement of support);
- ``lo45_two_after_third``: "A's troops crossed into B. C was not told (consulted). The two
  governments (sides, countries) agreed to / signed / held ...": A <-> B (main: B and C, the
  last two named; left: "... held talks", an event noun, still B and C);
(left: "a claim Y rejects" with "rejects" tagged a plural noun; "a charge Y has denied".)
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _e,
    _poss,
    _r,
)

_CHARGED = ("shelling the plant", "spying", "meddling in its election", "arming rebels",
            "shelling border villages", "sheltering militants", "backing the rebels",
            "plotting a coup", "violating the ceasefire")  # fmt: skip
_ACCUSE = ("accused {T} of {act}", "has accused {T} of {act}", "blamed {T} for {act}")
_DENIALS = (", which {Y} denied", ", which {Y} has denied", ", which {Y} denies",
            ", which {Y} rejected", ", which {Y} dismissed", ", which {Y} has rejected",
            ", which {Y} strongly denied", ", which {Y} has dismissed")  # fmt: skip
_WHEN = ("", " on Monday", " this week")


def lo45_denied_relative(sc: Scene) -> Built:
    """ "Russia accused Ukraine of shelling the plant, which Kyiv denied": UKR -> RUS 016 and
    RUS -> UKR 112, both asserted."""
    t_name = sc.name(sc.t, capital=0.0)
    accuse = sc.rng.choice(_ACCUSE).format(T=t_name, act=sc.rng.choice(_CHARGED))
    subj = sc.rng.choice((sc.name(sc.s), sc.name(sc.s), sc.leader(sc.s)))
    denier = sc.rng.choice((sc.t.name, sc.t.capital, sc.t.capital))
    denial = sc.rng.choice(_DENIALS).format(Y=denier)
    text = f"{_cap(subj)} {accuse}{sc.rng.choice(_WHEN)}{denial}."
    expected = (_e(sc.s, sc.t, _r("11"), ASSERTED), _e(sc.t, sc.s, _r("01"), ASSERTED))
    return text, expected, (Expect("*", "*", frozenset(), NOT_ASSERTED),)  # (the deed, told)


_UNDENIED = (", which {Y} did not deny", ", a charge {Y} has not denied",
             ", which {Y} would neither confirm nor deny")  # fmt: skip


def lo45_undenied_relative(sc: Scene) -> Built:
    """ "Russia accused Ukraine of spying, which Kyiv did not deny": the accusation only."""
    t_name = sc.name(sc.t, capital=0.0)
    accuse = sc.rng.choice(_ACCUSE).format(T=t_name, act=sc.rng.choice(_CHARGED))
    denial = sc.rng.choice(_UNDENIED).format(Y=sc.name(sc.t, capital=0.5))
    text = f"{_cap(sc.name(sc.s))} {accuse}{denial}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), allowed


_CRAFT = ("ship", "vessel", "plane", "aircraft", "cargo ship", "fishing vessel", "warship",
          "ferry", "naval vessel", "passenger plane")  # fmt: skip
_TURNED = ("turned away", "turned back", "has turned away", "on Monday turned away")


def lo45_ship_turned_away(sc: Scene) -> Built:
    """ "Greece turned away a Turkish ship", "Italy turned back a vessel from Libya": X -> Y
    191, a restriction of movement, as for lorries turned away."""
    craft = sc.rng.choice(_CRAFT)
    if sc.rng.random() < 0.5:
        obj = f"{_article(sc.t.demonym)} {sc.t.demonym} {craft}"
    else:
        obj = f"{_article(craft)} {craft} from {sc.name(sc.t, capital=0.0)}"
    text = f"{_cap(sc.name(sc.s))} {sc.rng.choice(_TURNED)} {obj}."
    return text, (_e(sc.s, sc.t, _r("19"), ASSERTED),), ()


_STANDING = ("support for {T}", "backing for {T}", "aid to {T}", "assistance to {T}",
             "support", "military aid to {T}", "financial support for {T}")  # fmt: skip
_REMAINED = ("remained in place", "remains in place", "would remain in place", "stays in place",
             "remained unchanged", "has remained in place")  # fmt: skip


def lo45_support_remained(sc: Scene) -> Built:
    """ "The Indian bank said its support for Kenya remained in place", "Japan's aid to Laos
    remains in place": an act that lasts, no new approval or aid; the scene's criticism
    first, so that the story states something."""
    thing = sc.rng.choice(_STANDING).format(T=sc.name(sc.t, capital=0.0))
    s_name = sc.name(sc.s, capital=0.0)
    if sc.rng.random() < 0.5:
        second = f"{_cap(_poss(s_name))} {thing} {sc.rng.choice(_REMAINED)}."
    else:
        second = f"{_cap(s_name)} said its {thing} {sc.rng.choice(_REMAINED)}."
    text = f"{_cap(sc.name(sc.s))} criticised {sc.name(sc.z, capital=0.0)} on Monday. {second}"
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.z, _r("11"), ASSERTED),), allowed


_FIRST = ("{Sdem} troops crossed into {T} on Monday.", "{S} sent troops to {T} on Monday.",
          "{S} shelled {Tdem} border towns on Monday.", "{Sdem} forces entered {T} on Sunday.")  # fmt: skip
_BYSTANDER = ("{Z} was not told.", "{Z} was not consulted.", "{Z} was not informed.",
              "Officials in {Z} were not told.")  # fmt: skip
_PAIR = ("The two governments", "The two sides", "The two countries", "Both governments",
         "Both sides")  # fmt: skip
_PAIR_ACTS = (("agreed to a ceasefire on Tuesday", "03"), ("signed a ceasefire on Tuesday", "05"),
              ("agreed to hold talks", "03"), ("agreed to reopen the border", "03"))  # fmt: skip


def lo45_two_after_third(sc: Scene) -> Built:
    """ "Rwandan troops crossed into Congo. Burundi was not told. The two governments agreed to
    a ceasefire": RWA <-> COD 03 (main: COD <-> BDI, the last two named)."""
    first = sc.rng.choice(_FIRST).format(S=sc.name(sc.s, capital=0.0), Sdem=sc.s.demonym,
                                         T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)  # fmt: skip
    bystander = sc.rng.choice(_BYSTANDER).format(Z=sc.name(sc.z, capital=0.0))
    act, root = sc.rng.choice(_PAIR_ACTS)
    roots = _r("03", "05", "08") if root in ("03", "05") else _r(root)  # (a ceasefire: 08)
    text = f"{_cap(first)} {_cap(bystander)} {sc.rng.choice(_PAIR)} {act}."
    expected = (_e(sc.s, sc.t, roots, ASSERTED), _e(sc.t, sc.s, roots, ASSERTED))
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset(), ASSERTED),
               Expect("*", "*", frozenset(), NOT_ASSERTED))  # fmt: skip
    return text, expected, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo45_denied_relative": lo45_denied_relative,
    "lo45_undenied_relative": lo45_undenied_relative,
    "lo45_ship_turned_away": lo45_ship_turned_away,
    "lo45_support_remained": lo45_support_remained,
    "lo45_two_after_third": lo45_two_after_third,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
