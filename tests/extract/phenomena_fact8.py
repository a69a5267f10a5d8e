"""Factuality of speech acts, exclusions and ultimatums (issue 9, section 4; GUIDE rules 3-4),
crossed with states, capitals, leaders and ministries, and several phrasings each.

- A passive exclusion: "a T blockade of S could not be ruled out" leaves the act open
  (possible); "has been ruled out" denies it (nothing asserted), at any depth of report.
- A speaker's own verbal support ("S said it stood with T", "S's ministry said the country
  fully backed T"): performed by saying it, asserted (GUIDE rule 3, the actor's own side).
- A stance in a conjunct ("S said it opposed the plan and condemned T for ..."): the conjunct
  shares the first clause's speaker and subject, and is asserted like it.
- An ultimatum ("S said it would impose sanctions on T unless the decision was reversed", "if
  the incursions did not stop"): a negated or "unless" condition is what S demands, so the
  held-out act is S's threat, made (13, asserted), not a hypothetical, though no party is the
  condition's subject.
- A hope ("S hopes to <act> T"): the act is possible; the lemmatiser reads "hopes" as "hop".
  So is what S weighs ("S is weighing / mulling sanctions on T"), and a planned or imminent act
  ("S is scheduled / slated / about to <act> T", "is negotiating to"); "S has yet to <act> T"
  is not done (negated), as is what S avoids ("avoided criticising T", "refrained from"); "the
  upcoming / impending visit by S to T" is possible. "..., nor has it recalled its ambassador"
  denies the act after "nor".
- A deed told by its doer ("S said it had summoned T's ambassador", "said it had condemned"):
  a summons, or a stance done before the saying, is reported (GUIDE rule 3).
"""

from __future__ import annotations

from phenomena_tables import ACTS
from phenomena_words import (
    _FUTURE,
    ANY,
    ASSERTED,
    NOTHING_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _hedged,
    _poss,
    _time,
)

# (noun phrase of S's act on T, CAMEO roots it may be coded with)
_EXCLUDED = (
    ("a {Sdem} blockade of {T}", frozenset({"19", "17", "13"})),
    ("a {Sdem} naval blockade of {T}", frozenset({"19", "17", "13"})),
    ("{Sdem} air strikes on {T}", frozenset({"19", "13"})),
    ("{Sdem} missile strikes on {T}", frozenset({"19", "13"})),
    ("a {Sdem} invasion of {T}", frozenset({"19", "20", "13"})),
    ("new {Sdem} sanctions on {T}", frozenset({"16", "13"})),
)  # fmt: skip
_OPEN = ("could not be ruled out", "cannot be ruled out", "can not be ruled out",
         "could not be excluded", "cannot be excluded")  # fmt: skip
_SHUT = ("has been ruled out", "was ruled out", "had been ruled out", "has been excluded")


def _reported(sc: Scene, clause: str) -> str:
    """``clause`` bare, after "Z said (that)", or before ", officials in Z's capital said"."""
    rng, z = sc.rng, sc.z
    r = rng.randrange(4)
    low = clause[:1].lower() + clause[1:] if clause.split()[0] in ("A", "New") else clause
    if r == 1:
        return f"{z.name} said{_time(sc)} that {low}"
    if r == 2:
        return f"{clause}, officials in {z.capital} said"
    if r == 3:
        return f"Diplomats say {low}"
    return clause


def f8_ruled_out(sc: Scene) -> Built:
    """ "A blockade of T by S could not be ruled out": possible; "... has been ruled out":
    denied, nothing asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    what, roots = rng.choice(_EXCLUDED)
    act = _cap(sc.fill(what))
    if rng.random() < 0.5:
        text = _cap(_reported(sc, f"{act} {rng.choice(_OPEN)}")) + "."
        return text, (Expect(s.iso3, t.iso3, roots, POSSIBLE),), NOTHING_ASSERTED
    text = _cap(_reported(sc, f"{act} {rng.choice(_SHUT)}")) + "."
    return text, (), NOTHING_ASSERTED


_SUPPORT = (
    "stood with {T}", "stood by {T}", "fully supported {T}", "firmly backed {T}",
    "supported {Tposs} territorial integrity", "backed {Tposs} bid to join the group",
    "praised {Tposs} restraint", "strongly supported {T} in the dispute",
)  # fmt: skip


def _speaker(sc: Scene) -> tuple[str, str]:
    """S as it speaks, and how the clause names S again after the speech verb."""
    rng, s = sc.rng, sc.s
    r = rng.randrange(4)
    if r == 0:
        return sc.name(s), "it"
    if r == 1:
        return f"{_poss(s.name)} foreign ministry", "it"
    if r == 2:
        return f"the {s.demonym} government", rng.choice(("it", s.name))
    return f"{_poss(s.name)} foreign ministry", rng.choice((s.name, "the country"))


def f8_own_support(sc: Scene) -> Built:
    """ "S said it stood with T", "S's foreign ministry said S fully supported T": verbal
    support the speaker declares of itself is asserted (05)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who, again = _speaker(sc)
    what = sc.fill(rng.choice(_SUPPORT))
    verb = rng.choice(("said", "stated", "declared"))
    that = "" if again == "it" else "that "
    text = _cap(f"{who} {verb}{_time(sc)} {that}{again} {what}") + "."
    return text, (Expect(s.iso3, t.iso3, frozenset({"05"}), ASSERTED),), ()


_FIRST = ("opposed the plan", "rejected the proposal", "regretted the move",
          "objected to the vote")  # fmt: skip
_STANCES = (
    ("condemned {T} for the drills", "11"), ("criticised {T} over the arrests", "11"),
    ("condemned {Tposs} missile test", "11"),
    ("demanded an apology from {T}", "10"), ("demanded that {T} release the sailors", "10"),
    ("rejected {Tposs} demands", "12"), ("rejected {Tposs} proposal for talks", "12"),
)  # fmt: skip
# What the first clause may be read as besides the conjunct's act: a stance with no target or
# aimed at T (the plan, the vote).
_FIRST_READINGS = frozenset({"01", "10", "11", "12"})


def f8_stance_conjunct(sc: Scene) -> Built:
    """ "S said it opposed the plan and condemned T for the drills": the conjunct's disapproval,
    demand or rejection is the speaker's own stance, asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    who, again = _speaker(sc)
    first = rng.choice(_FIRST)
    stance, root = rng.choice(_STANCES)
    that = "" if again == "it" else "that "  # ("said on Friday Nigeria ...": a date and a name)
    text = _cap(f"{who} said{_time(sc)} {that}{again} {first} and {sc.fill(stance)}") + "."
    allowed = tuple(Expect(s.iso3, x, _FIRST_READINGS, ANY) for x in (t.iso3, ""))
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), allowed


_HELD_OUT = (
    "impose sanctions on {T}", "cut gas supplies to {T}", "expel {Tposs} ambassador",
    "close its border with {T}", "suspend trade with {T}", "impose tariffs on {Tdem} steel",
    "halt oil exports to {T}",
)  # fmt: skip
_DEMANDED = (
    "unless the detained sailors were released", "unless the decision was reversed",
    "if the incursions did not stop", "if {Tdem} influence over the port was not reduced",
    "unless the ban on its ships was lifted", "if the debts were not paid",
    "if the fighting did not stop",
)  # fmt: skip
_PRESENT = {"were": "are", "was": "is", "did not": "does not"}


def f8_ultimatum(sc: Scene) -> Built:
    """ "S said it would impose sanctions on T unless the decision was reversed", "if T's
    influence over the port was not reduced": S's threat, made (13, asserted); the condition
    names what S demands, though no party is its subject."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice(
        (sc.name(s), f"{_poss(s.name)} foreign ministry", f"the {s.demonym} government")
    )
    modal = rng.choice(("would", "will"))
    act = sc.fill(rng.choice(_HELD_OUT))
    cond = sc.fill(rng.choice(_DEMANDED))
    if modal == "will":
        for past, present in _PRESENT.items():
            cond = cond.replace(past, present)
    that = rng.choice(("that ", ""))
    text = _cap(f"{who} said{_time(sc)} {that}it {modal} {act} {cond}") + "."
    return text, (Expect(s.iso3, t.iso3, frozenset({"13"}), ASSERTED),), NOTHING_ASSERTED


_HOPED_ACTS = [a for a in ACTS if a.domain in ("dip", "mil", "econ") and a.root not in ("01", "09")]


def f8_hopes_to(sc: Scene) -> Built:
    """ "S hopes / hoped / is hoping to <act> T" (the lemmatiser reads the verb as "hop"): the
    act is possible, bare or reported."""
    rng, s = sc.rng, sc.s
    act = rng.choice(_HOPED_ACTS)
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    hope = rng.choice(("hopes to", "hoped to", "is hoping to", "was hoping to"))
    clause = f"{src} {hope} {sc.fill(phrase)}{rng.choice(_FUTURE)}"
    if rng.random() < 0.4:
        clause = f"{rng.choice(('Officials', 'Diplomats', 'Analysts'))} said {clause}"
    answer = (Expect(sc.t.iso3, s.iso3, frozenset({act.answer}), ANY),) if act.answer else ()
    return _cap(clause) + ".", (_hedged(sc, act),), NOTHING_ASSERTED + answer


# Acts one schedules or negotiates (not a stance: "is negotiating to voice anger").
_PLANNED_ACTS = [a for a in _HOPED_ACTS if a.root not in ("10", "11", "12", "13")]


def f8_scheduled(sc: Scene) -> Built:
    """ "S is scheduled / slated / about to <act> T", "S is negotiating to <act> T": a planned or
    imminent act, possible."""
    rng, s = sc.rng, sc.s
    act = rng.choice(_PLANNED_ACTS)
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    gov = rng.choice(("is scheduled to", "was scheduled to", "is slated to", "is about to",
                      "was about to", "is negotiating to", "is looking to", "is pushing to"))  # fmt: skip
    clause = f"{src} {gov} {sc.fill(phrase)}{rng.choice(_FUTURE)}"
    if rng.random() < 0.4:
        clause = f"{rng.choice(('Officials', 'Diplomats', 'State media'))} said {clause}"
    answer = (Expect(sc.t.iso3, s.iso3, frozenset({act.answer}), ANY),) if act.answer else ()
    # (the negotiation itself goes on: S's talks with T, asserted)
    talks = (Expect(s.iso3, sc.t.iso3, frozenset({"04"}), ASSERTED),) if "negot" in gov else ()
    return _cap(clause) + ".", (_hedged(sc, act),), NOTHING_ASSERTED + answer + talks


def f8_yet_to(sc: Scene) -> Built:
    """ "S has yet to <act> T", "S is yet to ...": not done, negated (as "has never")."""
    rng, s = sc.rng, sc.s
    act = rng.choice([a for a in _HOPED_ACTS if a.root not in ("03", "13")])
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    gov = rng.choice(("has yet to", "had yet to", "is yet to", "was yet to"))
    clause = f"{src} {gov} {sc.fill(phrase)}"
    if rng.random() < 0.4:
        clause = f"{rng.choice(('Officials', 'Diplomats', 'State media'))} said {clause}"
    want = Expect(s.iso3, sc.t.iso3, frozenset({act.root}), frozenset({"negated"}))
    return _cap(clause) + ".", (want,), NOTHING_ASSERTED


def f8_kept_from(sc: Scene) -> Built:
    """ "S avoided <act-ing> T", "S refrained from <act-ing> T": the act is not done (negated or
    no event; never asserted)."""
    rng, s = sc.rng, sc.s
    what, _ = rng.choice(_KEPT)
    gov = rng.choice(("avoided", "has avoided", "refrained from", "carefully avoided",
                      "has so far refrained from"))  # fmt: skip
    clause = f"{sc.name(s)} {gov} {sc.fill(what)}{_time(sc)}"
    if rng.random() < 0.4:
        clause = f"{rng.choice(('Officials', 'Diplomats', 'Analysts'))} said {clause}"
    return _cap(clause) + ".", (), NOTHING_ASSERTED


_KEPT = (
    ("criticising {T}", "11"), ("condemning {T}", "11"), ("condemning {Tposs} missile test", "11"),
    ("imposing sanctions on {T}", "16"), ("blaming {T} for the attack", "11"),
    ("recognising {T}", "05"), ("accusing {T} of aggression", "11"),
)  # fmt: skip


def f8_upcoming(sc: Scene) -> Built:
    """ "The upcoming visit by S's leader to T", "an impending strike by S on T": an act noun
    put in the future by its modifier is possible."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    mod = rng.choice(("upcoming", "forthcoming", "impending", "scheduled", "expected"))
    what, roots = rng.choice((
        (f"the {mod} visit by {sc.leader(s)} to {sc.name(t)}", frozenset({"04", "03"})),
        (f"the {mod} visit to {sc.name(t)} by {sc.leader(s)}", frozenset({"04", "03"})),
        (f"{_poss(sc.leader(s))} {mod} visit to {sc.name(t)}", frozenset({"04", "03"})),
        (f"the {mod} talks between {sc.name(s)} and {sc.name(t)}", frozenset({"04", "03"})),
    ))  # fmt: skip
    text = rng.choice((f"{_cap(what)} dominated the front pages in {z.capital}{_time(sc)}.",
                       f"{_cap(what)} is being watched closely in {z.capital}.",
                       f"Analysts said {what} would be closely watched."))  # fmt: skip
    answer = (Expect(t.iso3, s.iso3, frozenset({"04", "03"}), ANY),)
    return text, (Expect(s.iso3, t.iso3, roots, POSSIBLE),), NOTHING_ASSERTED + answer


_FIRST_DEEDS = (
    ("expelled {Tposs} envoy", "recalled its ambassador from {T}", "16"),
    ("condemned {T}", "imposed sanctions on {T}", "16"),
    ("criticised {T}", "recalled its ambassador from {T}", "16"),
    ("recalled its ambassador from {T}", "expelled {Tposs} diplomats", "16"),
)  # fmt: skip


def f8_nor(sc: Scene) -> Built:
    """ "S has not <act> T, nor has it <act2> T": the act after "nor" is negated too."""
    rng, s, t = sc.rng, sc.s, sc.t
    first, second, root = rng.choice(_FIRST_DEEDS)
    aux = rng.choice(("has", "had"))
    text = _cap(f"{sc.name(s)} {aux} not {sc.fill(first)}, nor {aux} it {sc.fill(second)}") + "."
    want = Expect(s.iso3, t.iso3, frozenset({root}), frozenset({"negated"}))
    return text, (want,), NOTHING_ASSERTED


_WEIGHED = (
    ("new sanctions on {T}", frozenset({"16", "13"})),
    ("sanctions against {T}", frozenset({"16", "13"})),
    ("a visit to {T}", frozenset({"04", "03"})),
    ("a state visit to {T}", frozenset({"04", "03"})),
    ("an arms sale to {T}", frozenset({"06", "07", "03"})),
    ("sending troops to {T}", frozenset({"07", "15", "19", "03", "13"})),
    ("talks with {T}", frozenset({"04", "03"})),
)  # fmt: skip


def f8_weighing(sc: Scene) -> Built:
    """ "S is weighing / mulling / contemplating sanctions on T": what S deliberates is
    possible."""
    rng, s, t = sc.rng, sc.s, sc.t
    what, roots = rng.choice(_WEIGHED)
    verb = rng.choice(("is weighing", "is mulling", "was contemplating", "is contemplating",
                       "has been weighing", "was mulling"))  # fmt: skip
    clause = f"{sc.name(s)} {verb} {sc.fill(what)}{rng.choice(_FUTURE)}"
    if rng.random() < 0.4:
        clause = f"{rng.choice(('Officials', 'Diplomats', 'Two sources'))} said {clause}"
    answer = (Expect(t.iso3, s.iso3, frozenset({"04"}), ANY),)  # (the visit's host)
    return _cap(clause) + ".", (Expect(s.iso3, t.iso3, roots, POSSIBLE),), NOTHING_ASSERTED + answer


_DEEDS = (
    ("had summoned {Tposs} ambassador", "11"), ("summoned {Tposs} envoy", "11"),
    ("had called in {Tposs} ambassador", "11"), ("had condemned {Tposs} missile test", "11"),
    ("had demanded an apology from {T}", "10"), ("had rejected {Tposs} proposal", "12"),
)  # fmt: skip


def f8_told_deed(sc: Scene) -> Built:
    """ "S's foreign ministry said it had summoned T's ambassador": a summons, or a stance told
    as done before the saying, is reported, not performed by saying it (GUIDE rule 3)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.name(s), f"{_poss(s.name)} foreign ministry",
                      f"the {s.demonym} government"))  # fmt: skip
    deed, root = rng.choice(_DEEDS)
    text = _cap(f"{who} said{_time(sc)} it {sc.fill(deed)}") + "."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), frozenset({"reported"})),), ()


FACT8_CONSTRUCTIONS = {
    "f8_ruled_out": f8_ruled_out,
    "f8_own_support": f8_own_support,
    "f8_stance_conjunct": f8_stance_conjunct,
    "f8_ultimatum": f8_ultimatum,
    "f8_hopes_to": f8_hopes_to,
    "f8_weighing": f8_weighing,
    "f8_told_deed": f8_told_deed,
    "f8_scheduled": f8_scheduled,
    "f8_yet_to": f8_yet_to,
    "f8_kept_from": f8_kept_from,
    "f8_upcoming": f8_upcoming,
    "f8_nor": f8_nor,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0). Main before fact8 (be4b489),
# right of 24: ruled_out 21 (3 false: "has been ruled out" asserted the act), own_support 0
# (reported), stance_conjunct 7 (the conjunct reported), ultimatum 0 (possible), hopes_to 0
# (13 false: the hoped act asserted), weighing 0 (12 false: the weighed act asserted),
# told_deed 0 (24 false: "said it had summoned / condemned" asserted), scheduled 0 (17 false:
# the planned act asserted; "is slated to" lost its doer), yet_to 0 (10 false: asserted),
# kept_from 17 (7 false: "avoided criticising T" asserted), upcoming 8 (16 false: "the upcoming
# visit" asserted), nor 0 (24 false: the act after "nor" asserted).
FLOORS = {name: (24, 0) for name in FACT8_CONSTRUCTIONS}
