"""Round 26's leftovers (issue 9, leftovers35) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo35_held_unless``: "Turkey would not (will not) resume talks with Greece (sign the accord,
  return its ambassador) unless / until Athens withdraws its ships": the refusal held against
  a condition X -> Y 12 asserted (GUIDE rule 5's note), also with "will not", with "unless" and
  with an event noun carried by a light verb (``_codebook.would_not``); the condition's act is
  never asserted;
- ``lo35_denied_support``: "Russia denied funding (arming, training) separatists in Ukraine":
  the denial X -> Y 016 asserted and the support X -> Y negated (``_charged_gerunds`` reads the
  gerund the parser took for a compound; ``_denied_charge.charged_deed``);
- ``lo35_spying``: "China denied spying on Australia" (016 and the spying 09 negated), "China
  was accused of spying on Canada" (09 reported), "Germany accused Russia of spying on its
  navy" (112 asserted, the spying at the accuser, reported; triggers block ``# leftovers35``);
- ``lo35_accused_having``: "India accused Pakistan of having shelled its posts (violating the
  ceasefire)": the accusation asserted, the content Y -> X reported
  (``reason_clauses.gerund_frame_verb`` reads "of having V-ed"; a breached truce wrongs the
  accuser, ``accused_acts``);
- ``lo35_summons_ahead``: "Uganda's ambassador is to be summoned, Kenya said", "Kenya said it
  would summon Uganda's envoy in response": X -> Y 11 possible, never the envoy's state as
  source (``_raised_passives``);
- ``lo35_rejected_criticism``: "China rebuffed (brushed aside, dismissed) Japan's criticism
  (complaints, accusations)": a discarded charge, X -> Y 016 asserted, never 120 (triggers
  block ``# leftovers35``).

Before the fix, on main (2bdf4fc3): lo35_held_unless gave the act negated (040) for "unless"
and for "will not hold talks"; lo35_denied_support lost the act ("funding separatists" read as
a noun) or the denial (016 only for hostile deeds); lo35_spying had no spying act; "of having
V-ed" lost the accused act; "is to be summoned" gave no event; "rebuffed / brushed aside X's
criticism" was 120.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap

REPORTED = frozenset({"reported"})
NEGATED = frozenset({"negated"})


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _not_done(st: State) -> tuple[Expect, ...]:
    """Nothing ``st`` does is asserted (a condition's act, an accused or denied deed)."""
    return (
        Expect(st.iso3, "*", frozenset(), NOT_ASSERTED),
        Expect(st.iso3, "", frozenset(), NOT_ASSERTED),
    )


# (the refusal in the past, in the present: its condition's tense follows)
_REFUSING = (("would not", "past"), ("said it would not", "past"), ("will not", "now"),
             ("says it will not", "now"), ("has said it will not", "now"))  # fmt: skip
_WITHHELD = ("resume talks with {T}", "hold talks with {T}", "sign the accord",
             "return its ambassador to {T}", "resume the dialogue with {T}",
             "sign the trade deal", "reopen its embassy in {Tcap}",
             "resume negotiations with {T}")  # fmt: skip
_CONDITION = (("withdrew its troops", "withdraws its troops"), ("apologised", "apologises"),
              ("released the detainees", "releases the detainees"),
              ("lifted its tariffs", "lifts its tariffs"), ("ended its attacks", "ends its attacks"),
              ("handed over the suspects", "hands over the suspects"))  # fmt: skip


def lo35_held_unless(sc: Scene) -> Built:
    """ "Turkey will not resume talks with Greece unless Athens withdraws its ships": X -> Y
    12 asserted; nothing of Y's asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    refusing, tense = sc.rng.choice(_REFUSING)
    withheld = sc.rng.choice(_WITHHELD).format(T=tname, Tcap=sc.t.capital)
    past, now = sc.rng.choice(_CONDITION)
    mark = sc.rng.choice(("unless", "until"))
    cond = past if tense == "past" else now
    ref = sc.name(sc.t, capital=0.4)
    text = f"{_cap(sname)} {refusing} {withheld} {mark} {ref} {cond}."
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED),)
    allowed = (
        _e(sc.s, sc.t, _r("13"), ANY),
        _e(sc.s, sc.t, _r("03", "04", "05", "06"), NOT_ASSERTED),
    )
    return text, want, allowed + _not_done(sc.t)


# (the support denied, its root)
_SUPPORT = (("funding", "07"), ("arming", "07"), ("training", "06"), ("financing", "06"),
            ("supplying weapons to", "07"), ("backing", "05"), ("funding", "07"),
            ("arming", "07"))  # fmt: skip
_GROUPS = ("separatists", "rebels", "militants", "insurgents", "guerrillas", "separatists")
_DENIED = ("denied", "has denied", "denies", "again denied", "flatly denied")


def lo35_denied_support(sc: Scene) -> Built:
    """ "Russia denied funding separatists in Ukraine": X -> Y 016 asserted and the support
    X -> Y negated (the group's state its target)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    support, root = sc.rng.choice(_SUPPORT)
    group = sc.rng.choice(_GROUPS)
    text = f"{_cap(sname)} {sc.rng.choice(_DENIED)} {support} {group} in {tname}."
    want = (_e(sc.s, sc.t, _r("01"), ASSERTED), _e(sc.s, sc.t, _r(root), NEGATED))
    # (support read with another root of aid or cooperation stays negated)
    allowed = (_e(sc.s, sc.t, _r("05", "06", "07"), NEGATED),)
    return text, want, allowed + _not_done(sc.t)


_SPIED_ON = ("{T}", "{T}", "{Tposs} navy", "the {Tdem} military", "{Tposs} army")
_ITS = ("its navy", "its army", "its ministries", "its defence ministry", "its military bases")


def lo35_spying(sc: Scene) -> Built:
    """ "China denied spying on Australia" (016 asserted, 09 negated), "China was accused of
    spying on Canada" (09 reported), "Germany accused Russia of spying on its navy" (112
    asserted, Russia -> Germany 09 reported)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    kind = sc.rng.randrange(3)
    if kind == 0:
        on = sc.rng.choice(_SPIED_ON).format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
        text = f"{_cap(sname)} {sc.rng.choice(_DENIED)} spying on {on}."
        want = (_e(sc.s, sc.t, _r("01"), ASSERTED), _e(sc.s, sc.t, _r("09"), NEGATED))
        return text, want, _not_done(sc.t)
    if kind == 1:
        on = sc.rng.choice(_SPIED_ON).format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
        was = sc.rng.choice(("was accused of", "has been accused of", "is accused of"))
        text = f"{_cap(sname)} {was} spying on {on}."
        return text, (_e(sc.s, sc.t, _r("09"), REPORTED),), _not_done(sc.t)
    accused = sc.rng.choice(("accused", "has accused", "again accused"))
    text = f"{_cap(tname)} {accused} {sname} of spying on {sc.rng.choice(_ITS)}."
    want = (_e(sc.t, sc.s, _r("11"), ASSERTED), _e(sc.s, sc.t, _r("09"), REPORTED))
    return text, want, _not_done(sc.s)


# (the accused deed, its root)
_HAVING = (("having shelled its border posts", "19"), ("having detained {Sdem} fishermen", "17"),
           ("having seized {Sdem} fishing boats", "17"), ("having violated its airspace", "15"),
           ("having arrested {Sdem} traders", "17"), ("violating the ceasefire", "19"),
           ("breaching the truce", "19"), ("having violated the ceasefire", "19"),
           ("breaking the ceasefire", "19"))  # fmt: skip


def lo35_accused_having(sc: Scene) -> Built:
    """ "India accused Pakistan of having shelled its posts": X -> Y 112 asserted, the deed
    Y -> X reported (a breached ceasefire wrongs the accuser)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    deed, root = sc.rng.choice(_HAVING)
    accused = sc.rng.choice(("accused", "has accused", "accused", "on Monday accused"))
    text = f"{_cap(sname)} {accused} {tname} of {deed.format(Sdem=sc.s.demonym)}."
    want = (_e(sc.s, sc.t, _r("11"), ASSERTED), _e(sc.t, sc.s, _r(root), REPORTED))
    return text, want, _not_done(sc.t)


_ENVOY = ("ambassador", "envoy", "ambassador", "charge d'affaires", "top diplomat")
_SUMMONED_AHEAD = ("{Tposs} {env} is to be summoned, {S} said.",
                   "{Tposs} {env} is set to be summoned, {S} said.",
                   "{Tposs} {env} is to be summoned by {S}.",
                   "The {Tdem} {env} is expected to be summoned by {S}.",
                   "The {Tdem} {env} is to be summoned, {S} said on Monday.",
                   "{S} said it would summon {Tposs} {env} in response.",
                   "{S} said it would summon the {Tdem} {env} in response.",
                   "{S} will summon {Tposs} {env} in response.")  # fmt: skip


def lo35_summons_ahead(sc: Scene) -> Built:
    """ "Uganda's ambassador is to be summoned, Kenya said": Kenya -> Uganda 11 possible; the
    envoy's state is never the summoner."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    form = sc.rng.choice(_SUMMONED_AHEAD)
    text = form.format(Tposs=_poss(tname), Tdem=sc.t.demonym, S=sname, env=sc.rng.choice(_ENVOY))
    return _cap(text), (_e(sc.s, sc.t, _r("11"), frozenset({"possible"})),), _not_done(sc.t)


_DISCARDED = ("rejected", "dismissed", "rebuffed", "brushed aside", "brushed off",
              "shrugged off", "spurned", "repudiated", "waved away", "refuted")  # fmt: skip
_CHARGES = ("criticism", "complaint", "complaints", "accusations", "condemnation",
            "allegations", "criticism of its dam project", "renewed criticism")  # fmt: skip


def lo35_rejected_criticism(sc: Scene) -> Built:
    """ "China rebuffed Japan's criticism": a discarded charge, X -> Y 016 asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    charge = sc.rng.choice(_CHARGES)
    obj = f"{_poss(tname)} {charge}" if sc.rng.random() < 0.7 else f"the {charge} from {tname}"
    text = f"{_cap(sname)} {sc.rng.choice(_DISCARDED)} {obj}."
    return text, (_e(sc.s, sc.t, _r("01"), ASSERTED),), _not_done(sc.t)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo35_held_unless": lo35_held_unless,
    "lo35_denied_support": lo35_denied_support,
    "lo35_spying": lo35_spying,
    "lo35_accused_having": lo35_accused_having,
    "lo35_summons_ahead": lo35_summons_ahead,
    "lo35_rejected_criticism": lo35_rejected_criticism,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
