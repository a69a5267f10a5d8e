"""fresh14's hedged-act classes SN, RF and NP (issue 9, fact26) as suite constructions crossed
with the suite's states named by name, capital, demonym or leader, each with several acts and
phrasings:

- ``f26_should_not``: "X should not / ought not to / must not V Y", "X ought to V Y": advice,
  X -> Y `possible` (GUIDE rule 4, a modal as "might not"), never negated or asserted;
- ``f26_should_story``: "X and Y share a long border. X should not threaten to close the border
  over every dispute": the advised act names no other state; it is aimed at the paragraph's one
  other state, `possible`;
- ``f26_ruled_out``: "Y imposed tariffs on X's goods. X ruled out closing the border" (nothing
  asked): the act negated, X -> Y (GUIDE rule 5), never a refusal aimed at X itself; "Y asked X
  to V. X ruled out V-ing" stays the refusal, X -> Y 12 asserted;
- ``f26_not_plan``: "X does not plan / is not planning / does not intend to V Y": the act
  negated, as "has no plans to" (GUIDE rule 4, round 19);
- ``f26_no_retaliation``: "Y expelled X's diplomats. X would not retaliate / has no plans to
  retaliate / does not plan to respond with tariffs of its own": the response negated, aimed at Y;
- ``f26_complaint_body``: "Y deported X's traders. X did not complain to the African Union /
  lodged a complaint with the United Nations": the complaint aimed at Y, the body its addressee.

Scores on main (634f0c0) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _r,
    _time,
)


def _e(src: State, tgt: State | str, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt if isinstance(tgt, str) else tgt.iso3, roots, facts)


# (infinitive phrase with {T} / {Tdem}, gerund phrase, roots) of hostile acts toward Y.
_ACTS = (("impose sanctions on {T}", "imposing sanctions on {T}", "16"),
         ("expel {Tdem} diplomats", "expelling {Tdem} diplomats", "16"),
         ("impose tariffs on {Tdem} goods", "imposing tariffs on {Tdem} goods", "16"),
         ("cut diplomatic ties with {T}", "cutting diplomatic ties with {T}", "16"),
         ("attack {T}", "attacking {T}", "19"),
         ("threaten {T} with sanctions", "threatening {T} with sanctions", "13"),
         ("close its border with {T}", "closing its border with {T}", "19", "16"))  # fmt: skip
_ADVICE = ("should not", "ought not to", "must not", "shouldn't", "should never", "ought to")


def _act(sc: Scene) -> tuple[str, str, frozenset[str]]:
    inf, ger, *roots = sc.rng.choice(_ACTS)
    tname = sc.name(sc.t, capital=0.3)
    return (
        inf.format(T=tname, Tdem=sc.t.demonym),
        ger.format(T=tname, Tdem=sc.t.demonym),
        _r(*roots),
    )


def f26_should_not(sc: Scene) -> Built:
    """ "Kenya should not expel Ugandan diplomats": advice, possible."""
    inf, _, roots = _act(sc)
    sname = sc.rng.choice((sc.name(sc.s, capital=0.3), f"the {sc.s.demonym} government",
                           sc.leader(sc.s)))  # fmt: skip
    frame = sc.rng.choice(("{S} {A} {V}.", "{S} {A} {V}, the newspaper argued.",
                           "In our view, {S} {A} {V}."))  # fmt: skip
    text = frame.format(S=sname, A=sc.rng.choice(_ADVICE), V=inf)
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return _cap(text), (_e(sc.s, sc.t, roots, POSSIBLE),), allowed


# (opening sentence naming both states, with {S} and {T})
_SETTINGS = ("{S} and {T} share a long border.", "{T} and {S} have argued over fishing rights for years.",
             "Trade between {S} and {T} has doubled since 2020.",
             "Relations between {T} and {S} have cooled this year.")  # fmt: skip
# (advised act naming no other state, roots)
_STORY_ACTS = (("threaten to close the border over every dispute", "13"),
               ("threaten to seal the main crossing each time a trader is robbed", "13"),
               ("close the border every time a lorry is stopped", "19", "16"),
               ("shut the frontier over each quarrel", "19", "16"),
               ("threaten sanctions over every incident", "13"))  # fmt: skip
_STORY_ADVICE = ("should not", "ought not to", "should never", "must not")


def f26_should_story(sc: Scene) -> Built:
    """ "Ghana and Togo share a long border. Ghana should not threaten to close it over every
    dispute": the paragraph's other state as target, possible."""
    act, *roots = sc.rng.choice(_STORY_ACTS)
    setting = sc.rng.choice(_SETTINGS).format(S=sc.s.name, T=sc.name(sc.t, capital=0.2))
    sname = sc.rng.choice((sc.s.name, sc.s.capital))
    text = f"{setting} {sname} {sc.rng.choice(_STORY_ADVICE)} {act}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(*roots), POSSIBLE),), allowed


# (what Y did to X first, with {Sdem} / {S}; its roots)
_FIRST = (("imposed tariffs on {Sdem} goods", "16"), ("expelled two {Sdem} diplomats", "16"),
          ("deported 40 {Sdem} traders", "17"), ("imposed sanctions on {S}", "16"))  # fmt: skip
# (gerund ruled out, naming no other state; roots)
_RULED = (("closing the border", "19", "16"), ("shutting the frontier", "19", "16"),
          ("sealing the border", "19", "16"))  # fmt: skip
_RULERS = ("{S} ruled out {G}", "{Slead} said {S} wanted no row with {T} and ruled out {G}",
           "{S} has ruled out {G}", "{Sposs} foreign minister ruled out {G}",
           "the {Sdem} government has ruled out {G}, a spokesman said")  # fmt: skip


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def f26_ruled_out(sc: Scene) -> Built:
    """ "Togo expelled two Ghanaian diplomats. Ghana ruled out closing the border": the act
    negated, Ghana -> Togo; after a request, the refusal aimed at the asker."""
    first, first_root = sc.rng.choice(_FIRST)
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    opening = f"{_cap(tname)} {first.format(Sdem=sc.s.demonym, S=sname)}{_time(sc)}."
    want = [_e(sc.t, sc.s, _r(first_root), ASSERTED)]
    if sc.rng.random() < 0.25:  # asked first: the refusal stays
        inf, ger, _ = _act(sc)
        opening = f"{_cap(tname)} asked {sname} to {inf}."
        ruler = f"{_cap(sc.s.name)} ruled out {ger}."
        want = [_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("12"), ASSERTED)]
        return f"{opening} {ruler}", tuple(want), (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    ger, *roots = sc.rng.choice(_RULED)
    frame = sc.rng.choice(_RULERS)
    if "{Slead}" in frame and not sc.s.leader(sc.date):
        frame = _RULERS[0]
    text = frame.format(
        S=sc.s.name,
        Slead=sc.leader(sc.s),
        T=tname,
        Sposs=_poss(sc.s.name),
        G=ger,
        Sdem=sc.s.demonym,
    )
    want.append(_e(sc.s, sc.t, _r(*roots), NEGATED))
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED), _e(sc.s, "", frozenset(), NOT_ASSERTED))
    return f"{opening} {_cap(text)}.", tuple(want), allowed


_NOT_PLANNING = ("does not plan to", "is not planning to", "does not intend to",
                 "doesn't plan to", "did not plan to")  # fmt: skip


def f26_not_plan(sc: Scene) -> Built:
    """ "Japan does not plan to impose sanctions on Russia": the act negated."""
    inf, _, roots = _act(sc)
    sname = sc.rng.choice((sc.name(sc.s, capital=0.3), f"the {sc.s.demonym} government"))
    text = f"{_cap(sname)} {sc.rng.choice(_NOT_PLANNING)} {inf}."
    if sc.rng.random() < 0.3:
        text = f"{text[:-1]}, officials said."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, roots | _r("03"), NEGATED),), allowed


# (response phrase; roots)
_RESPONSES = (("would not retaliate", "19", "13"), ("has no plans to retaliate", "19", "13"),
              ("does not plan to retaliate", "19", "13"), ("will not retaliate", "19", "13"),
              ("has no plans to respond with tariffs of its own", "16"),
              ("does not plan to respond with sanctions of its own", "16"),
              ("has no plans to answer with border checks of its own", "19"))  # fmt: skip


def f26_no_retaliation(sc: Scene) -> Built:
    """ "Togo expelled two Ghanaian diplomats. Accra would not retaliate, its foreign minister
    said": the response negated, aimed at Togo."""
    first, first_root = sc.rng.choice(_FIRST)
    sname, tname = sc.name(sc.s, capital=0.4), sc.name(sc.t, capital=0.2)
    opening = f"{_cap(tname)} {first.format(Sdem=sc.s.demonym, S=sc.s.name)}{_time(sc)}."
    resp, *roots = sc.rng.choice(_RESPONSES)
    frame = sc.rng.choice(("{S} {R}.", "{S} {R}, its foreign minister said.",
                           "{Sposs} foreign minister said {S} {R}."))  # fmt: skip
    said = frame.format(S=sname, R=resp, Sposs=_poss(sc.s.name))
    want = (_e(sc.t, sc.s, _r(first_root), ASSERTED), _e(sc.s, sc.t, _r(*roots), NEGATED))
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED), _e(sc.s, "", _r("03"), NOT_ASSERTED))
    return f"{opening} {_cap(said)}", want, allowed


_BODIES = ("the African Union", "the United Nations", "the European Union",
           "the UN Security Council", "the UN Human Rights Council")  # fmt: skip
# (complaint phrase with {B}; factuality)
_COMPLAINTS = (("did not complain to {B}", NEGATED), ("has not complained to {B}", NEGATED),
               ("did not lodge a complaint with {B}", NEGATED),
               ("lodged a complaint with {B}", ASSERTED), ("complained to {B}", ASSERTED),
               ("filed a formal complaint with {B}", ASSERTED))  # fmt: skip


def f26_complaint_body(sc: Scene) -> Built:
    """ "Togo deported 40 Ghanaian traders. Accra did not complain to the African Union": the
    complaint aimed at Togo, not at the body."""
    first, first_root = sc.rng.choice(_FIRST)
    sname, tname = sc.name(sc.s, capital=0.4), sc.name(sc.t, capital=0.2)
    opening = f"{_cap(tname)} {first.format(Sdem=sc.s.demonym, S=sc.s.name)}{_time(sc)}."
    phrase, facts = sc.rng.choice(_COMPLAINTS)
    text = f"{_cap(sname)} {phrase.format(B=sc.rng.choice(_BODIES))}."
    want = (_e(sc.t, sc.s, _r(first_root), ASSERTED), _e(sc.s, sc.t, _r("11"), facts))
    return f"{opening} {text}", want, (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)


FACT26_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "f26_should_not": f26_should_not,
    "f26_should_story": f26_should_story,
    "f26_ruled_out": f26_ruled_out,
    "f26_not_plan": f26_not_plan,
    "f26_no_retaliation": f26_no_retaliation,
    "f26_complaint_body": f26_complaint_body,
}
# Floors (fewest right of 24, most false assertions). On main (634f0c0) before the fix, seed 0:
# should_not 0/24 (3 false: "ought to V" asserted; the rest negated), should_story 0 (negated,
# no target), ruled_out 7 (17 false: the unrequested ruling out a refusal, 12 asserted, often at
# the ruler's own state; "sealing the border" a deal, 057), not_plan 0 (possible, or a threat),
# no_retaliation 0 (no target), complaint_body 0 (13 false: the body as target). After: 24/24
# each, 0 false, seeds 0 and 1.
FLOORS = {name: (23, 0) for name in FACT26_CONSTRUCTIONS}
