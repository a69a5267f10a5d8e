"""Round 33's clause, lexicon and factuality classes of fresh27 (issue 9, clauses39;
fresh27_classes.md A, C, G, B, J, K) as suite constructions crossed with the suite's states named
by name, capital, leader or demonym, each with several phrasings:

- ``c39_content_signing`` (A): "A and B signed an agreement (deal, accord) for A to supply B with
  gas": the signing both ways (057), the content clause no trade act of its own;
- ``c39_lent_sum`` (C): "X will lend (grant) Y N million": the loan itself, 07 `possible`
  (GUIDE rule 4), never an intent (03); "It is the largest loan X has granted ... since 2019"
  states no new act;
- ``c39_verdict_noun`` (G): "X called Y's move 'a breach of the spirit of our accord'" (an
  attack on, a threat to): criticism (111), as a plain-object call;
- ``c39_suspended_cuts`` (G): "X would suspend its own tariff cuts on Y-ian steel if Y did not
  reverse the rise": a threat (13x, rule 7), never an easing (035);
- ``c39_own_jets_warning`` (G): "A and B held joint air drills. X called the drills 'a
  provocation' and warned that its jets would shadow any flight near its airspace": the warning
  a threat at the drills' states, never at X's own jets;
- ``c39_turned_away`` (B): "X wants to move (diversify) away from Y-ian supplies", "X has cut its
  dependence on Y-ian gas imports", "the new pipeline buys X time": no act;
- ``c39_kept_boats`` (B): "An X-ian court ordered the release of N Y-ian sailors but allowed
  prosecutors to keep their boat": the release (08), no yield of X's to itself;
- ``c39_defended_investment`` (J): "X's government has defended Y-ian investment (firms, ties)":
  verbal support of Y (052), no trade;
- ``c39_whose_offer`` (K): "X, whose own navy boarded a Z-ian trawler last year, offered to share
  its radar data with Y-CAPITAL": the offer (031) is the news, the whose clause background.

Before the fix, on main (ad7a4591): the content clause's trade (061) both ways or at no target,
no 057; "will lend" 033 `possible` and the largest loan 070 `asserted`; no 111 for "a breach
of"; the suspended cuts 035 `possible`; the warning at X's own military (or no event); "supplies"
070 `possible` at no target; "allowed prosecutors" 080 at the court's own state; "defended"
061 at no target; the whose clause's boarding (171) in place of the offer.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
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

_SAID = frozenset({"asserted", "reported"})


_PACTS = ("an agreement", "a deal", "an accord", "a contract")
_CONTENTS = (
    "for {S} to supply {T} with liquefied gas",
    "for {S} to sell {T} electricity",
    "for {S} to ship wheat to {T}",
    "for {S} to supply {T} with nuclear fuel",
    "for {Sc} to export fertiliser to {T}",
)
_SIGNERS = (
    "{S} and {T}",
    "The presidents of {S} and {T}",
    "The foreign ministers of {S} and {T}",
    "{Slead} and {Tlead}",
)


def c39_content_signing(sc: Scene) -> Built:
    """ "The presidents of Ghana and Togo signed a deal for Ghana to sell Togo electricity": the
    signing both ways (05), the agreement's content no act of its own."""
    w = scene_words(sc)
    signers = sc.rng.choice(_SIGNERS).format(**w)
    content = sc.rng.choice(_CONTENTS).format(**w)
    text = _cap(f"{signers} signed {sc.rng.choice(_PACTS)} {content}.")
    expected = (_e(sc.s, sc.t, _r("05"), ASSERTED), _e(sc.t, sc.s, _r("05"), ASSERTED))
    allowed = (Expect("*", "*", _r("06", "07", "03"), NOT_ASSERTED),)
    return text, expected, allowed


_SUMS = (
    "$900 million",
    "500 million dollars",
    "30 million euros",
    "$2 billion",
    "1.2 billion yuan",
)
_LEND = ("will lend", "said it would lend", "is to lend", "will grant")
_PURPOSES = ("to expand its main port", "to build clinics", "for a new railway", "")
_LARGEST = (
    " It is the largest loan {Sc} has granted a state in the region since 2019.",
    " It is the biggest sum {S} has ever lent abroad.",
    "",
)


def c39_lent_sum(sc: Scene) -> Built:
    """ "Japan will lend Kenya $900 million to expand the port": the loan, 07 `possible`; "It is
    the largest loan Tokyo has granted ..." no new act."""
    w = scene_words(sc)
    verb = sc.rng.choice(_LEND)
    if verb == "is to lend":
        verb = "will lend"
    purpose = sc.rng.choice(_PURPOSES)
    tail = f" {purpose}" if purpose else ""
    text = f"{w['S']} {verb} {w['T']} {sc.rng.choice(_SUMS)}{tail}." + sc.rng.choice(
        _LARGEST
    ).format(**w)
    return _cap(text), (_e(sc.s, sc.t, _r("07"), POSSIBLE),), ()


_VERDICTS = (
    "'a breach of the spirit of our accord'",
    "a breach of the trade agreement",
    '"an attack on free trade"',
    "a serious threat to regional stability",
    "'an affront to our farmers'",
    "a clear breach of the treaty",
)
_MOVES = ("{Tposs} move", "{Tposs} decision", "the {Tdem} tariff", "{Tposs} new duty")


def c39_verdict_noun(sc: Scene) -> Built:
    """ "Finland called Sweden's move 'a breach of the spirit of our accord'": criticism (111)."""
    w = scene_words(sc)
    who = sc.rng.choice(("{S}", "{Sposs} trade minister", "{Sc}", "{Sposs} government"))
    text = (
        f"{who.format(**w)} called {sc.rng.choice(_MOVES).format(**w)} {sc.rng.choice(_VERDICTS)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("11"), ASSERTED),), ()


_CUTS = ("its own tariff cuts", "its tariff cuts", "the tariff concessions it granted",
         "its trade preferences")  # fmt: skip
_GOODS = ("steel", "timber", "cars", "wine", "beef")
_CONDS = ("if {Tc} did not reverse the rise", "unless {T} reversed the increase",
          "if {T} did not scrap the duty")  # fmt: skip


def c39_suspended_cuts(sc: Scene) -> Built:
    """ "Finland would suspend its own tariff cuts on Swedish steel if Stockholm did not reverse
    the rise": a threat (13), never an easing (03 / 08)."""
    w = scene_words(sc)
    who = sc.rng.choice(
        ("{Sposs} trade minister said {S}", "{S} said it", "{Sposs} government said it")
    )
    verb = sc.rng.choice(("suspend", "suspend", "withdraw", "scrap"))
    text = (
        f"{who.format(**w)} would {verb} {sc.rng.choice(_CUTS)} on {w['Tdem']} "
        f"{sc.rng.choice(_GOODS)} {sc.rng.choice(_CONDS).format(**w)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("13"), ASSERTED),), ()


_DRILLS = ("held joint air drills", "staged joint naval drills", "held joint air exercises")
_JUDGED = ("'a provocation'", '"a dangerous provocation"', "provocative")
_SHADOW = (
    "its jets would shadow any flight near its airspace",
    "its jets would intercept any aircraft that strayed near its airspace",
    "its warships would shadow any vessel near its waters",
)


def c39_own_jets_warning(sc: Scene) -> Built:
    """ "Turkey and Egypt held joint air drills near Crete. Greece's defence ministry called the
    drills 'a provocation' and warned that its jets would shadow any flight": 111 and a threat
    (13) at each drilling state, never at Greece's own military."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Tposs} defence ministry", "{T}", "{Tposs} government"))
    text = (
        f"{w['S']} and {w['Z']} {sc.rng.choice(_DRILLS)} last week. {who.format(**w)} called the "
        f"drills {sc.rng.choice(_JUDGED)} and warned that {sc.rng.choice(_SHADOW)}."
    )
    expected = (
        _e(sc.s, sc.z, _r("06", "15"), ASSERTED),
        _e(sc.z, sc.s, _r("06", "15"), ASSERTED),
        _e(sc.t, sc.s, _r("11"), ASSERTED),
        _e(sc.t, sc.z, _r("11"), ASSERTED),
        _e(sc.t, sc.s, _r("13"), ASSERTED),
        _e(sc.t, sc.z, _r("13"), ASSERTED),
    )
    return _cap(text), expected, ()


_TURNED = (
    "{S} said it wanted to move away from {Tdem} supplies",
    "{S} wants to diversify away from {Tdem} gas supplies",
    "{Sposs} government has cut its dependence on {Tdem} imports",
    "{S} said it hoped to end its reliance on {Tdem} gas imports",
    "The new pipeline buys {S} time",
    "{Sposs} reactor deal buys {Tc} time",
)


def c39_turned_away(sc: Scene) -> Built:
    """ "Portugal said it wanted to move away from Algerian supplies": no act."""
    text = _cap(sc.rng.choice(_TURNED).format(**scene_words(sc)) + ".")
    return text, (), ()


_CREW = ("sailors", "fishermen", "crew members", "seamen")
_KEEP = ("keep their boat", "keep the boats", "hold the trawler", "retain the vessel")


def c39_kept_boats(sc: Scene) -> Built:
    """ "A Chilean court ordered the release of 12 Argentine sailors but allowed prosecutors to
    keep their boat": the release (08), no yield of Chile's to itself."""
    w = scene_words(sc)
    n = sc.rng.choice(("12", "eight", "23", "five"))
    text = (
        f"A {w['Sdem']} court ordered the release of {n} {w['Tdem']} {sc.rng.choice(_CREW)} but "
        f"allowed {sc.rng.choice(('prosecutors', 'investigators', 'the police'))} to "
        f"{sc.rng.choice(_KEEP)}."
    )
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_DEFENDED = ("{Tdem} investment", "{Tdem} firms", "its ties with {T}", "its trade with {T}",
             "{Tdem} investors")  # fmt: skip
_WHERE = ("at home and abroad", "in parliament", "in Congress and abroad", "")


def c39_defended_investment(sc: Scene) -> Built:
    """ "Finland's government has defended Swedish investment at home and abroad": verbal
    support (052), no trade."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} government", "{S}", "The {Sdem} president", "{Slead}"))
    aux = sc.rng.choice(("has defended", "defended", "has long defended"))
    where = sc.rng.choice(_WHERE)
    text = f"{who.format(**w)} {aux} {sc.rng.choice(_DEFENDED).format(**w)}"
    text = _cap(f"{text} {where}.".replace(" .", "."))
    return text, (_e(sc.s, sc.t, _r("05"), ASSERTED),), ()


_BOARDED = (
    "whose own navy boarded a trawler from {Z} near its coast last year",
    "whose coast guard detained a fishing boat from {Z} in May",
    "whose navy seized two {Zdem} vessels last month",
)
_SHARED = (
    "its radar data",
    "its satellite images",
    "its patrol data",
    "intelligence on the smugglers",
)


def c39_whose_offer(sc: Scene) -> Built:
    """ "Uruguay, whose own navy boarded a Chinese trawler last year, offered to share its radar
    data with Buenos Aires": the offer (03), the whose clause background."""
    w = scene_words(sc)
    text = (
        f"{w['S']}, {sc.rng.choice(_BOARDED).format(**w)}, offered to share "
        f"{sc.rng.choice(_SHARED)} with {sc.rng.choice((w['Tc'], w['T']))}."
    )
    allowed = (_e(sc.s, sc.z, _r("17"), _SAID),)
    return _cap(text), (_e(sc.s, sc.t, _r("03"), ASSERTED),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c39_content_signing": c39_content_signing,
    "c39_lent_sum": c39_lent_sum,
    "c39_verdict_noun": c39_verdict_noun,
    "c39_suspended_cuts": c39_suspended_cuts,
    "c39_own_jets_warning": c39_own_jets_warning,
    "c39_turned_away": c39_turned_away,
    "c39_kept_boats": c39_kept_boats,
    "c39_defended_investment": c39_defended_investment,
    "c39_whose_offer": c39_whose_offer,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
