"""Parse misreadings the suite's other seeds (1-8) met (task suite17, issue 9 round 16), each
crossed with many states and phrasings the seeds did not sample:

- ``su17_yet_to_noun``: "S had yet to voice anger at T's decision", the verb after "to" read as
  a noun (no "to" on a verb): the act is denied (negated), as "has yet to recognise".
- ``su17_participle_subject``: "A Qatari trader detained at the border was freed", the
  participle read as the clausal passive subject of "was freed": no demonym doer.
- ``su17_field_experts``: "Military experts in Z warn S could <act> T": the field word does not
  make the commentators their state's military, and a verb of saying read as a noun inside the
  place phrase ("Experts in Ottawa caution Greece could ...") is the commentators' verb.
- ``su17_fronted_charge``: "S accused T of Z on Tuesday, a charge T denied", the charge read as
  the fronted object of "denied" (the root): the accusation stays asserted.
The sentences are the project's own."""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import ACTS
from phenomena_words import (
    _FUTURE,
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _hedged,
    _time,
)

_NEGATED = frozenset({"negated"})
_VOICED = ("voice anger at", "voice displeasure with", "voice anger over",
           "voice displeasure at")  # fmt: skip
# ("is / was yet to voice anger" and "had still yet to voice anger" give no event at all: "voice"
# read as a noun under "is", or the noun the root, leaves no trigger; left for a later round.)
_YET = ("had yet to", "has yet to")


def su17_yet_to_noun(sc: Scene) -> Built:
    """ "S had yet to voice anger at T's decision": not done (negated)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.name(s), sc.name(s), sc.leader(s)))
    whose = rng.choice((f"{sc.name(t)}'s decision", f"{sc.name(t)}'s move"))
    text = f"{who} {rng.choice(_YET)} {rng.choice(_VOICED)} {whose}."
    want = (Expect(s.iso3, t.iso3, frozenset({"11"}), _NEGATED),)
    return _cap(text), want, ()


_HELD = (
    "A {TD} trader detained at the border in May was freed{time}.",
    "A {TD} trader detained at the border in May was freed{time} after paying a fine.",
    "A {TD} fisherman held by the coast guard last year was released{time}.",
    "A {TD} student arrested at the airport in March was freed{time}.",
    # ("A {TD} journalist detained near the border last month was released" still reads the
    # state as arresting its own national: another parse, left for a later round.)
)


def su17_participle_subject(sc: Scene) -> Built:
    """ "A T-ian trader detained at the border was freed": no doer is named."""
    t = sc.t
    text = sc.rng.choice(_HELD).format(TD=t.demonym, time=_time(sc))
    allowed = (Expect("---", t.iso3, frozenset({"17"}), ANY),)
    return text, (), allowed


_FIELD = ("Military", "Army", "Navy")
_WHO = ("experts", "analysts", "scholars")
_FORECASTS = ("caution", "warn", "predict", "fear")
_ACTS = [a for a in ACTS if a.domain in ("mil", "dip")]


def su17_field_experts(sc: Scene) -> Built:
    """ "Military experts in Z warn S could <act> T": S's possible act; the experts (and their
    place) are no party."""
    rng, z = sc.rng, sc.z
    act = rng.choice(_ACTS)
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    where = rng.choice((z.capital, z.name))
    who = f"{rng.choice(_FIELD)} {rng.choice(_WHO)} in {where} {rng.choice(_FORECASTS)}"
    modal = rng.choice(("could", "might", "may"))
    text = f"{who} {src} {modal} {sc.fill(phrase)}{rng.choice(_FUTURE)}."
    allowed = (Expect(sc.t.iso3, sc.s.iso3, frozenset({act.answer}), ANY),) if act.answer else ()
    return text, (_hedged(sc, act),), allowed


_CHARGED = ("arming the rebels", "shelling a border town", "jamming GPS signals",
            "violating its airspace", "backing the insurgents")  # fmt: skip
_TIMES = (" on Tuesday", " this week", " late on Friday", " on Monday", " last month")


def su17_fronted_charge(sc: Scene) -> Built:
    """ "S accused T of Z on Tuesday, a charge T denied": the accusation stays asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    noun = rng.choice(("a charge", "an allegation", "a claim", "an accusation"))
    who = rng.choice((sc.name(t), t.capital))
    text = (f"{sc.name(s)} accused {sc.name(t)} of {rng.choice(_CHARGED)}{rng.choice(_TIMES)}, "
            f"{noun} {who} denied.")  # fmt: skip
    want = (Expect(s.iso3, t.iso3, frozenset({"11"}), ASSERTED),)
    allowed = (Expect(t.iso3, "*", frozenset({"01", "12"}), ANY),)  # the denial, a scene
    allowed += (Expect(t.iso3, s.iso3, frozenset(), frozenset({"reported"})),)  # the accused act
    return _cap(text), want, allowed


SUITE17_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "su17_yet_to_noun": su17_yet_to_noun,
    "su17_participle_subject": su17_participle_subject,
    "su17_field_experts": su17_field_experts,
    "su17_fronted_charge": su17_fronted_charge,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before suite17 (61e6ca1) the same 24 scored (right, false assertions): yet_to_noun 13/11
# (asserted, not negated), participle_subject 24/0, field_experts 24/0 (their misreadings hang on
# the sampled names: seed 6's "A Qatari trader ..." and seed 8's "Military experts in Kabul warn
# Kim Jong Un could ..." were false assertions at --n 3000), fronted_charge 21/0 (negated).
# After suite17: 24/0 each.
FLOORS = {name: (24, 0) for name in SUITE17_CONSTRUCTIONS}
