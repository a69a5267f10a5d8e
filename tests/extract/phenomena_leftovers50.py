"""Round 32's leftovers of the wire helpers (issue 9; practice16 and practice17 "noticed, not
done") as suite constructions crossed with the suite's states named by name, capital, leader or
demonym, and several phrasings each:

- ``lo50_route_user``: "S closed NATO('s) / Z-ian supply routes into T": a way named by its user
  is aimed at the user (Z, NATO), never at the place it leads into;
- ``lo50_under_command``: "S sent six frigates to the Gulf of Aden under Z-ian command": the
  commander is no party, the deployment has no target;
- ``lo50_hosted_pledge``: "the presidents of S and T pledged at talks hosted by Z to V": S <-> T
  (03), Z only the host;
- ``lo50_fronted_as``: "S condemned as 'state terrorism' a T-ian raid": the object after a
  fronted "as" predicate is the judged act, its doer's state the target;
- ``lo50_apposed_participle``: "T tested a missile, and S's president, speaking in Z's capital,
  condemned the test": the conjoined clause's subject is the doer, never the first clause's;
- ``lo50_denied_charges``: "T accused S of V-ing. S denied the charges (allegations ...)": 016 at
  the accuser named in an earlier sentence; ``lo50_denied_named_charges``: "S denied T-ian charges
  that it had V-ed" at T; ``lo50_denied_no_accuser``: "S denied the charges." no target.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_TIMES = ("", " on Monday", " on Thursday", " on Saturday", " late on Friday")
_ANY_ROOT: frozenset[str] = frozenset()

_ROUTES = ("closed {U} supply routes into {T}", "shut {U} supply lines into {T}",
           "closed {U} supply lines into neighbouring {T}", "shut {U} supply routes to {T}")  # fmt: skip


def lo50_route_user(sc: Scene) -> Built:
    """ "Pakistan closed NATO supply routes into Afghanistan": PAK -> NATO 191 (no AFG)."""
    r = sc.rng.random()
    if r < 0.3:
        user, code = sc.rng.choice(("NATO", "NATO's")), "IGO"
    else:
        user = sc.z.demonym if r < 0.65 else _poss(sc.z.name)
        code = sc.z.iso3
    act = sc.rng.choice(_ROUTES).format(U=user, T=sc.name(sc.t, capital=0.0))
    src = sc.rng.choice((sc.name(sc.s), sc.leader(sc.s)))
    text = f"{src} {act}{sc.rng.choice(_TIMES)}."
    return text, (Expect(sc.s.iso3, code, _r("19"), ASSERTED),), ()


_SEAS = ("the Gulf of Aden", "the Mediterranean", "the Arabian Sea", "the Red Sea")
_SHIPS = ("six frigates", "two warships", "four frigates", "three warships")
_COMMANDS = ("under {Zdem} command", "under the command of {Z}", "under {Zposs} command",
             "under {Zdem} naval command")  # fmt: skip


def lo50_under_command(sc: Scene) -> Built:
    """ "Germany sent six frigates to the Gulf of Aden under British command": DEU -> none 15."""
    cmd = sc.rng.choice(_COMMANDS).format(Zdem=sc.z.demonym, Z=sc.z.name, Zposs=_poss(sc.z.name))
    verb = sc.rng.choice(("sent", "deployed", "dispatched"))
    text = (
        f"{_cap(sc.name(sc.s, capital=0.0))} {verb} {sc.rng.choice(_SHIPS)} to "
        f"{sc.rng.choice(_SEAS)} {cmd}{sc.rng.choice(_TIMES)}."
    )
    return text, (_e(sc.s, None, _r("15"), ASSERTED),), ()


_HEADS = (
    "The presidents of",
    "The leaders of",
    "The foreign ministers of",
    "The prime ministers of",
)
_OCCASIONS = ("talks", "a summit", "a meeting", "a conference")
_HOSTED = ("hosted by {Z}", "organised by {Z}", "hosted by {Zlead}", "hosted by {Zlead} in {Zcap}",
           "hosted by {Zdem} President {Zlead} outside {Zcap}")  # fmt: skip
_PLEDGES = ("to seek a peaceful settlement", "to resume talks on the border",
            "to respect the ceasefire", "to work for a lasting peace")  # fmt: skip


def lo50_hosted_pledge(sc: Scene) -> Built:
    """ "The presidents of Armenia and Azerbaijan pledged at talks hosted by Russia to seek a
    settlement": ARM <-> AZE 03 (Z only the host)."""
    host = sc.rng.choice(_HOSTED).format(
        Z=sc.z.name, Zlead=sc.leader(sc.z), Zcap=sc.z.capital, Zdem=sc.z.demonym
    )
    verb = sc.rng.choice(("pledged", "vowed", "promised"))
    text = (
        f"{sc.rng.choice(_HEADS)} {sc.s.name} and {sc.t.name} {verb} at "
        f"{sc.rng.choice(_OCCASIONS)} {host} {sc.rng.choice(_PLEDGES)}{sc.rng.choice(_TIMES)}."
    )
    want = (_e(sc.s, sc.t, _r("03"), ASSERTED), _e(sc.t, sc.s, _r("03"), ASSERTED))
    hosting = (_e(sc.z, sc.s, _r("04"), ANY), _e(sc.z, sc.t, _r("04"), ANY))
    return text, want, hosting


_PREDICATES = ('"state terrorism"', '"a crime"', '"an act of aggression"', "a provocation",
               '"a grave violation"')  # fmt: skip
_JUDGED = ("an {Tdem} raid on the aid convoy", "the {Tdem} air strike on the border town",
           "an {Tdem} attack on the fishing boats", "the {Tdem} strike on the refugee camp")  # fmt: skip


def lo50_fronted_as(sc: Scene) -> Built:
    """ "Turkey condemned as 'state terrorism' an Israeli raid": TUR -> ISR 111."""
    verb = sc.rng.choice(("condemned", "denounced", "condemned", "strongly condemned"))
    judged = sc.rng.choice(_JUDGED).format(Tdem=sc.t.demonym)
    src = sc.rng.choice((sc.name(sc.s), sc.leader(sc.s)))
    text = f"{src} {verb} as {sc.rng.choice(_PREDICATES)} {judged}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), (Expect(sc.t.iso3, "*", _ANY_ROOT, ANY),)


_FIRST_ACTS = ("tested a ballistic missile", "held large military drills near the border",
               "expelled two foreign diplomats", "seized a disputed island")  # fmt: skip
_ASIDES = ("speaking in {Zcap}", "attending a summit in {Zcap}", "speaking at a conference in {Zcap}",
           "attending the ceremony in {Zcap}")  # fmt: skip
_REACTS = ("condemned {T}", "strongly criticised {T}", "accused {T} of provocation")


def lo50_apposed_participle(sc: Scene) -> Built:
    """ "T tested a missile on Monday, and S's president, speaking in Z's capital, condemned
    T": S -> T 11 (never T -> T, never Z)."""
    who = sc.rng.choice((f"{_poss(sc.s.name)} president", f"{sc.s.demonym} President {sc.leader(sc.s)}",
                         f"{_poss(sc.s.name)} foreign minister"))  # fmt: skip
    aside = sc.rng.choice(_ASIDES).format(Zcap=sc.z.capital)
    react = sc.rng.choice(_REACTS).format(T=sc.t.name)
    text = (
        f"{sc.t.name} {sc.rng.choice(_FIRST_ACTS)}{sc.rng.choice(_TIMES)}, and {who}, {aside}, "
        f"{react}."
    )
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), (Expect(sc.t.iso3, "*", _ANY_ROOT, ANY),)


_ACCUSED = ("accused {S} of arming the rebels", "accused {S} of spying on its navy",
            "accused {S} of violating its airspace", "accused {S} of shelling its border posts")  # fmt: skip
_DENIED = ("denied the charges", "denied the allegations", "rejected the accusations",
           "dismissed the claims", "denied the accusation")  # fmt: skip


def lo50_denied_charges(sc: Scene) -> Built:
    """ "T accused S of arming the rebels. S denied the charges.": S -> T 016 (and T -> S 112)."""
    accused = sc.rng.choice(_ACCUSED).format(S=sc.name(sc.s, capital=0.0))
    denier = sc.rng.choice((sc.name(sc.s), sc.s.capital, sc.leader(sc.s)))
    text = (
        f"{sc.name(sc.t, capital=0.0)} {accused}{sc.rng.choice(_TIMES)}. "
        f"{denier} {sc.rng.choice(_DENIED)}."
    )
    want = (_e(sc.s, sc.t, _r("01"), ASSERTED), _e(sc.t, sc.s, _r("11"), ASSERTED))
    return text, want, (Expect(sc.s.iso3, sc.t.iso3, _ANY_ROOT, ANY),)


_NAMED_CHARGES = ("denied {Tdem} charges that it had shelled the border posts",
                  "rejected accusations by {T} that it had violated its airspace",
                  "dismissed {Tposs} allegations that it had shelled the border posts",
                  "denied {Tdem} accusations that it had seized the fishing boats")  # fmt: skip


def lo50_denied_named_charges(sc: Scene) -> Built:
    """ "Syria denied Israeli charges that it had V-ed": SYR -> ISR 016. The charged act is
    left to any negated reading: "it" is often read as the accuser (left, see the report)."""
    t = sc.name(sc.t, capital=0.0)
    charge = sc.rng.choice(_NAMED_CHARGES).format(Tdem=sc.t.demonym, T=t, Tposs=_poss(t))
    text = f"{sc.rng.choice((sc.name(sc.s), sc.leader(sc.s)))} {charge}{sc.rng.choice(_TIMES)}."
    negated = frozenset({"negated"})
    return text, (_e(sc.s, sc.t, _r("01"), ASSERTED),), (Expect("*", "*", _ANY_ROOT, negated),)


def lo50_denied_no_accuser(sc: Scene) -> Built:
    """ "Syria denied the charges on Monday." with no accuser named: 016 with no target."""
    denier = sc.rng.choice((sc.name(sc.s), sc.leader(sc.s)))
    text = f"{denier} {sc.rng.choice(_DENIED)}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, None, _r("01"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo50_route_user": lo50_route_user,
    "lo50_under_command": lo50_under_command,
    "lo50_hosted_pledge": lo50_hosted_pledge,
    "lo50_fronted_as": lo50_fronted_as,
    "lo50_apposed_participle": lo50_apposed_participle,
    "lo50_denied_charges": lo50_denied_charges,
    "lo50_denied_named_charges": lo50_denied_named_charges,
    "lo50_denied_no_accuser": lo50_denied_no_accuser,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
