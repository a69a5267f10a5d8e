"""Template sentences for who-did-what-to-whom phenomena, crossed with many states.

Each template is a sentence shape of one phenomenon class (an attribution source, a modifier
that is no party, a target inside the phrase, a reaction to another's act, a spurious event, the
scope of a hedge or negation, an act that is another act's argument, a refusal) with the events
a careful coder gives it. ``cases()`` fills every template with several triples of distinct
states (by name, capital or demonym, from the shipped actor tables), so that a rule written for
one sentence cannot pass a class. ``score`` says whether the events extracted from a case are
exactly right: every expected event present with an allowed factuality, nothing else.

Placeholders: ``{A}``, ``{B}``, ``{C}`` a state's name; ``{Acap}`` its capital; ``{Adem}`` its
demonym ("Kenyan"); ``{Aposs}`` its possessive ("Kenya's"); the same for B and C.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

# States often in interstate news, across regions (ISO3), in a fixed order.
STATES = (
    "USA", "GBR", "RUS", "CHN", "IND", "PAK", "IRN", "ISR", "UKR", "FRA", "DEU", "JPN", "KOR",
    "PRK", "TUR", "SAU", "EGY", "BRA", "ARG", "MEX", "CAN", "AUS", "IDN", "PHL", "VNM", "POL",
    "SYR", "IRQ", "JOR", "LBN", "KEN", "ETH", "NGA", "ZAF", "QAT", "ITA", "ESP", "GRC", "SRB",
    "HUN", "VEN", "COL", "CUB", "BLR", "AZE", "ARM", "TWN", "DZA", "MAR", "THA",
)  # fmt: skip
_NAME = {"USA": "the United States", "GBR": "Britain", "TUR": "Turkey", "PHL": "the Philippines"}
_DEMONYM = {"SAU": "Saudi", "ARG": "Argentine", "PHL": "Philippine"}

ASSERTED = frozenset({"asserted"})
REPORTED = frozenset({"reported"})
HEDGED = frozenset({"possible", "reported"})
ANY_FACT = frozenset({"asserted", "possible", "reported", "negated"})


@dataclass(frozen=True)
class State:
    iso3: str
    name: str
    capital: str
    demonym: str


def _table(name: str) -> list[list[str]]:
    text = resources.files("realpolitik.actors").joinpath("data", name).read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return rows[1:]


def states() -> list[State]:
    names = {r[0]: r[3] for r in _table("countries.tsv")}
    capitals = {r[0]: r[1].split("|")[0] for r in _table("capitals.tsv") if len(r) > 1}
    demonyms = {r[0]: r[1].split("|")[0] for r in _table("demonyms.tsv") if len(r) > 1}
    return [
        State(c, _NAME.get(c, names[c]), capitals[c], _DEMONYM.get(c, demonyms[c])) for c in STATES
    ]


@dataclass(frozen=True)
class Want:
    """An event: source and target roles ("A", "B", "C"; "" no target; "*" any), CAMEO roots
    (two digits; empty = any) and the factualities allowed."""

    source: str
    target: str
    roots: frozenset[str]
    facts: frozenset[str]


def want(source: str, target: str, roots: str = "", facts: frozenset[str] = ASSERTED) -> Want:
    return Want(source, target, frozenset(r for r in roots.split("|") if r), facts)


@dataclass(frozen=True)
class Template:
    phenomenon: str
    text: str
    expected: tuple[Want, ...] = ()
    allowed: tuple[Want, ...] = ()  # acceptable readings that are not required


def t(phenomenon: str, text: str, *expected: Want, allowed: tuple[Want, ...] = ()) -> Template:
    return Template(phenomenon, text, expected, allowed)


TEMPLATES = (
    # -- 1. the speaker or attribution source is no party of the reported act ----------------
    t(
        "attribution",
        "{Aposs} intelligence agency said that {B} had sent troops to {C}.",
        want("B", "C", "07|15|16|17|18|19", frozenset({"reported"})),
    ),
    t(
        "attribution",
        "{Adem} officials said {B} had shelled {C} overnight.",
        want("B", "C", "19|20", REPORTED),
    ),
    t(
        "attribution",
        "{B} attacked {C} on Monday, {Aposs} defence ministry said.",
        want("B", "C", "19", REPORTED),
    ),
    t(
        "attribution",
        "According to {Aposs} state news agency, {B} and {C} signed a trade agreement.",
        want("B", "C", "05|06", REPORTED),
        want("C", "B", "05|06", REPORTED),
    ),
    t(
        "attribution",
        "{Aposs} intelligence agency said that troops had been sent to {C}.",
        allowed=(want("---", "C", "", ANY_FACT),),
    ),
    t(
        "attribution",
        "The {Adem} defence ministry said 40 {Cdem} soldiers had died.",
        allowed=(want("---", "C", "", ANY_FACT),),
    ),
    # -- 1. a modifier is no party unless it acts ----------------------------------------------
    t(
        "modifier",
        "{B} fired {Adem} missiles at {C} on Tuesday.",
        want("B", "C", "19|20"),
    ),
    t(
        "modifier",
        "{Bdem} jets dropped {Adem}-made bombs on the town.",
        # (no other party named: PLOVER's convention reads force with no target as domestic)
        allowed=(want("B", "", "19|20", ASSERTED), want("B", "B", "19|20", ASSERTED)),
    ),
    t(
        "modifier",
        "{B} launched {Adem}-built drones against {C}.",
        want("B", "C", "19|20"),
    ),
    # -- 1. the named target inside the phrase -------------------------------------------------
    t(
        "inner_target",
        "{B} banned two-thirds of {Cposs} oil exports.",
        want("B", "C", "16|17"),
    ),
    t(
        "inner_target",
        "The incursion of {Bposs} forces into {C} stunned the region.",
        want("B", "C", "19|20"),
    ),
    t(
        "inner_target",
        "{A} and {B} promised to defend each other.",
        want("A", "B", "03"),
        want("B", "A", "03"),
    ),
    # -- 1. a condemned or opposed act's doer is the target ------------------------------------
    t(
        "reaction",
        "{A} condemned the attack on {C} by {B}.",
        want("A", "B", "11"),
    ),
    t(
        "reaction",
        "{A} condemned {Bposs} attack on {C}.",
        want("A", "B", "11"),
    ),
    t(
        "reaction",
        "{A} criticized {Bposs} decision to send troops to {C}.",
        want("A", "B", "11"),
    ),
    t(
        "reaction",
        "The {Adem} foreign ministry condemned the air strike.",
        want("A", "", "11"),
    ),
    # -- 1. a reaction to an act an earlier sentence named targets that act's doer -------------
    t(
        "earlier_act",
        "{A} held large-scale military drills near {B} on Monday. {Cposs} foreign ministry "
        "condemned the drills.",
        want("A", "B", "15"),
        want("C", "A", "11"),
    ),
    t(
        "earlier_act",
        "{A} imposed tariffs on {Bdem} steel on Tuesday. {B} said it did not accept the decision.",
        want("A", "B", "16"),
        want("B", "A", "12", frozenset({"asserted", "reported"})),
    ),
    t(
        "earlier_act",
        "{A} expelled three {Bdem} diplomats. {B} rejected the decision as unjustified.",
        want("A", "B", "16"),
        want("B", "A", "12"),
    ),
    t(
        "earlier_act",
        "{A} accused {B} of sending weapons to {C}. {B} denied the accusation.",
        want("A", "B", "11"),
        want("B", "A", "01"),
        allowed=(want("B", "C", "07", ANY_FACT),),
    ),
    t(
        "earlier_act",
        "{Adem} warplanes struck targets in {B} overnight. {C} said it regretted the action.",
        want("A", "B", "19"),
        want("C", "A", "11"),
    ),
    t(
        "earlier_act",
        "{Aposs} navy seized a {Bdem} tanker. {B} condemned the seizure and demanded its release.",
        want("A", "B", "17"),
        want("B", "A", "11"),
        want("B", "A", "10"),
    ),
    t(
        "earlier_act",
        "The European Union imposed new sanctions on {B}. {Bposs} foreign ministry said it firmly "
        "opposed the decision.",
        want("IGO", "B", "16"),
        want("B", "IGO", "11"),  # saying it opposes is the act: asserted
    ),
    t(
        "earlier_act",
        "{A} closed its border with {B} last week. {Cposs} president criticized the move.",
        want("A", "B", "19"),
        want("C", "A", "11"),
    ),
    # -- 1. an accusation, demand or blame voiced alongside an act is news too ----------------
    t(
        "voiced",
        "{A} closed its border with {B} on Friday, accusing {Bposs} government of sending "
        "migrants.",
        want("A", "B", "19"),
        want("A", "B", "11"),
    ),
    t(
        "voiced",
        "{A} recalled its ambassador from {B}, demanding an apology from {Bposs} government.",
        want("A", "B", "16"),
        want("A", "B", "10"),
    ),
    t(
        "voiced",
        "{A} suspended trade with {B}, blaming {Acap}'s rival {C} for the crisis.",
        want("A", "B", "16"),
        want("A", "C", "11"),
    ),
    t(
        "voiced",
        "{Adem} forces shelled {B} overnight, killing 20 civilians.",
        want("A", "B", "19"),  # the killing sets the scene: no event of its own
    ),
    # -- 3. spurious events --------------------------------------------------------------------
    t(
        "spurious",
        "Any strike on its ships would trigger the defence pact, {Acap} said.",
    ),
    t(
        "spurious",
        "Experts caution that {B} could blockade {C} within weeks.",
        want("B", "C", "19|17|16|15", frozenset({"possible"})),
    ),
    t(
        "spurious",
        "Analysts warned that {B} would invade {C} in the spring.",
        want("B", "C", "19", frozenset({"possible"})),
    ),
    t(
        "spurious",
        "What {A} calls aggression by {B} has lasted ten years.",
    ),
    t(
        "spurious",
        "The protests demonstrate that the {Adem} government is weak.",
    ),
    # -- 4. a hedge, negation or condition governs its own clause only -------------------------
    t(
        "scope",
        "Loans from {A} cannot substitute for {Bposs} aid to {C}.",
        want("B", "C", "07"),
        allowed=(want("A", "", "06|07", ANY_FACT), want("A", "C", "06|07", ANY_FACT)),
    ),
    t(
        "scope",
        "{A} and {B} signed a pact that obliges each to help should either party be attacked.",
        want("A", "B", "05"),
        want("B", "A", "05"),
    ),
    t(
        "scope",
        "{A} might not approve the sale of weapons to {C}.",
        allowed=(want("A", "C", "", frozenset({"possible"})),),
    ),
    t(
        "scope",
        "Neither {A} nor {B} confirmed the weapons transfer.",
        allowed=(
            want("A", "B", "", HEDGED | {"negated"}),
            want("B", "A", "", HEDGED | {"negated"}),
            want("A", "", "", HEDGED | {"negated"}),
            want("B", "", "", HEDGED | {"negated"}),
        ),
    ),
    # -- 7. arguments of another act are no events of their own --------------------------------
    t(
        "argument",
        "{A} condemned the expanding naval drills of {B} and {C}.",
        want("A", "B", "11"),
        want("A", "C", "11"),
    ),
    t(
        "argument",
        "{A}, supplied with drones by {B}, expanded its army.",
        want("B", "A", "06|07"),
    ),
    t(
        "argument",
        "Hundreds of volunteers were sent to fight for {A}.",
        allowed=(want("---", "A", "06|07", ANY_FACT), want("---", "", "06|07", ANY_FACT)),
    ),
)


@dataclass(frozen=True)
class Case:
    phenomenon: str
    text: str
    roles: dict[str, str]  # "A" -> ISO3
    expected: tuple[Want, ...]
    allowed: tuple[Want, ...]


def _fill(text: str, trio: tuple[State, State, State]) -> str:
    subs = {}
    for role, st in zip("ABC", trio, strict=True):
        subs[role] = st.name
        subs[role + "cap"] = st.capital
        subs[role + "dem"] = st.demonym
        poss = st.name + ("'" if st.name.endswith("s") else "'s")
        subs[role + "poss"] = poss
    out = text.format(**subs)
    return out[0].upper() + out[1:]


def cases(per_template: int = 6) -> list[Case]:
    """Every template with ``per_template`` triples of distinct states (deterministic)."""
    sts = states()
    n = len(sts)
    out = []
    for k, tpl in enumerate(TEMPLATES):
        for j in range(per_template):
            base = (k * 7 + j * 11) % n
            trio = (sts[base], sts[(base + 3) % n], sts[(base + 17) % n])
            roles = {r: s.iso3 for r, s in zip("ABC", trio, strict=True)}
            out.append(
                Case(tpl.phenomenon, _fill(tpl.text, trio), roles, tpl.expected, tpl.allowed)
            )
    return out


Event4 = tuple[str, str, str, str]  # source country, target country or "", root, factuality


def _matches(w: Want, roles: dict[str, str], ev: Event4) -> bool:
    src, tgt, root, fact = ev
    ws = roles.get(w.source, w.source)
    wt = roles.get(w.target, w.target)
    return (
        (ws == "*" or ws == src)
        and (wt == "*" or wt == tgt)
        and (not w.roots or root in w.roots)
        and fact in w.facts
    )


def score(case: Case, events: Iterable[Event4]) -> tuple[bool, list[Want], list[Event4]]:
    """(right, expected events missing, extracted events neither expected nor allowed)."""
    evs = set(events)
    missing = [w for w in case.expected if not any(_matches(w, case.roles, e) for e in evs)]
    extra = sorted(
        e for e in evs if not any(_matches(w, case.roles, e) for w in case.expected + case.allowed)
    )
    return (not missing and not extra), missing, extra
