"""Round 36's practice set (issue 9, practice26: the Levant, Israel and Iran, 2025-2026) as suite
constructions crossed with the suite's states named by name, capital, demonym or leader, and
several phrasings:

- ``pr26_prospective_measure``: "A triggered the mechanism, starting a countdown to the return of
  A-ian sanctions on Y", "..., paving the way for new tariffs on Y-ian steel": a measure named
  after "a countdown to" or "the way paved / cleared for" is ahead, never asserted (class NA,
  ``factuality._ahead_of``); "A imposed tariffs on Y-ian steel, paving the way for talks" keeps
  the tariffs asserted (the near miss);
- ``pr26_pair_pact_partner``: "LEADER-A met LEADER-B ..., and the two leaders discussed a
  security arrangement with Y": the counted pair's talks are theirs with each other, and the
  pact's "with" partner is no target (class TL, ``joint_topics.pair_object_partner``); "A
  discussed a trade deal with Y" (one doer) keeps Y (the near miss);
- ``pr26_noun_verdict``: "A called Y's decision a prize for terrorism / a grave sin / a deeply
  worrying signal / a dangerous precedent": an unquoted noun complement qualified by a word of
  criticism, or a reward of a wrong, is criticism A -> Y 111 (class VN,
  ``_open_verdicts._plain_noun_verdict``); "a positive signal", "a reward for years of work" are
  none (the near miss);
- ``pr26_led_coalition``: "A joined / agreed to join the Z-led coalition against the Islamic
  State": the act is done with the coalition's leader Z (class LC,
  ``adversary.led_coalition_leader``); "the Z-backed coalition" names no leader (the near miss);
- ``pr26_apposed_demand``: "A has refused to free the sailors, a demand that Y says must be met /
  a demand made by Y / Y's main demand": the refusal is aimed at the request's maker (class RD,
  ``relative_requests.apposed_request_maker``); ", a step it called irreversible" names no one;
- ``pr26_own_decision``: "A's cabinet approved a plan with Y. A-ian rebels called the decision a
  grave sin": the judged decision is the rebels' own state's, never aimed at Y (class OW,
  ``context_earlier._story_state``).

Scores on main (97680e7a) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice26_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _poss,
    _r,
)

_DAYS = ("on Monday", "on Tuesday", "on Thursday", "last week", "on Saturday")


def pr26_prospective_measure(sc: Scene) -> Built:
    """ "A triggered the mechanism, starting a countdown to the return of A-ian sanctions on Y":
    nothing asserted; the near miss "A imposed tariffs on Y-ian steel, paving the way for talks"
    asserts the tariffs (A -> Y 16)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-08-29"
    a, y, day = sc.name(s, capital=0.0), sc.name(t, capital=0.0), rng.choice(_DAYS)
    if rng.random() < 0.2:  # the near miss: the tariffs are imposed, the talks are ahead
        text = f"{a} imposed tariffs on {t.demonym} steel {day}, paving the way for talks."
        return text, (Expect(s.iso3, t.iso3, _r("16"), ASSERTED),), NOTHING_ASSERTED
    lead = rng.choice(
        (f"{a} triggered the so-called snapback mechanism {day}, starting a 30-day countdown to",
         f"{a} started the formal procedure {day}, setting off a countdown to",
         f"{a} triggered the review clause {day}, paving the way for",
         f"The vote in {s.capital} {day} cleared the way for")
    )  # fmt: skip
    measure = rng.choice(
        (f"the return of {s.demonym} sanctions on {y}", f"new {s.demonym} tariffs on {y}",
         f"the return of {s.demonym} duties on {t.demonym} steel",
         f"the reimposition of {s.demonym} sanctions on {y}")
    )  # fmt: skip
    return f"{lead} {measure}.", (), NOTHING_ASSERTED


_PACTS = ("a security arrangement", "a trade deal", "a border accord", "a defence pact",
          "a water-sharing agreement", "a transit agreement")  # fmt: skip


def pr26_pair_pact_partner(sc: Scene) -> Built:
    """ "LEADER-A met LEADER-B in CAPITAL, and the two leaders discussed a security arrangement
    with Y": A <-> B 04, never A -> Y; the near miss "A discussed a trade deal with Y" is A -> Y
    04."""
    rng, s, z, t = sc.rng, sc.s, sc.z, sc.t
    sc.date = "2025-11-10"
    pact, day = rng.choice(_PACTS), rng.choice(_DAYS)
    y = sc.name(t, capital=0.0)
    if rng.random() < 0.2:  # the near miss: one doer, the partner is the target
        text = f"{sc.name(s, capital=0.0)} discussed {pact} with {y} {day}."
        return text, (Expect(s.iso3, t.iso3, _r("04"), ASSERTED),), ()
    a = s.leader(sc.date) or sc.name(s, capital=0.0)
    b = z.leader(sc.date) or sc.name(z, capital=0.0)
    pair = rng.choice(("the two leaders", "the two presidents", "both sides", "the two sides"))
    tail = rng.choice(("", " that they hope to conclude by the end of the year"))
    text = f"{a} met {b} in {s.capital} {day}, and {pair} discussed {pact} with {y}{tail}."
    want = (Expect(s.iso3, z.iso3, _r("04"), ASSERTED), Expect(z.iso3, s.iso3, _r("04"), ASSERTED))
    return text, want, (Expect(s.iso3, z.iso3, frozenset(), ANY),)


_VERDICTS = ("a prize for terrorism", "a reward for aggression", "a grave sin",
             "a deeply worrying signal", "a dangerous precedent", "a gift to terrorists",
             "an alarming step")  # fmt: skip
_JUDGED = ("decision", "move", "latest decision")


def pr26_noun_verdict(sc: Scene) -> Built:
    """ "A called Y's decision a prize for terrorism": A -> Y 111; the near miss "a positive
    signal" / "a reward for years of work" is no criticism."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-09-22"
    a, y = sc.name(s), sc.name(t)
    judged = f"{_poss(y)} {rng.choice(_JUDGED)}"
    day = rng.choice(_DAYS)
    if rng.random() < 0.2:  # the near miss
        noun = rng.choice(("a positive signal", "a reward for years of work", "a useful step"))
        text = f"{a} called {judged} {noun} {day}."
        return text, (), (Expect(s.iso3, t.iso3, _r("05", "04"), ANY),)
    text = f"{a} called {judged} {rng.choice(_VERDICTS)} {day}."
    return text, (Expect(s.iso3, t.iso3, _r("11"), ASSERTED),), ()


_BODIES = ("coalition against the Islamic State", "naval coalition in the Red Sea",
           "coalition", "maritime coalition in the Gulf", "coalition against the militants")  # fmt: skip
_JOINS = (("joined", "05"), ("agreed to join", "03"), ("has agreed to join", "03"))


def pr26_led_coalition(sc: Scene) -> Built:
    """ "A joined the Z-led coalition": A -> Z (03, 05 or 06 by the verb), never aimed at no one;
    the near miss "the Z-backed coalition" names no leader."""
    rng, s, z = sc.rng, sc.s, sc.z
    sc.date = "2025-11-10"
    verb, _root = rng.choice(_JOINS)
    body, day = rng.choice(_BODIES), rng.choice(_DAYS)
    a = sc.name(s, capital=0.0)
    lead = rng.choice((z.demonym, z.demonym, z.name if " " not in z.name else z.demonym))
    if rng.random() < 0.2:  # the near miss: "backed" names no party
        text = f"{a} {verb} {_article(z.demonym)}-backed {body} {day}."
        return (
            text,
            (),
            (Expect(s.iso3, "", frozenset(), ANY), Expect(s.iso3, "---", frozenset(), ANY)),
        )
    tail = rng.choice(("", f", an official in {s.capital} said", f", {z.demonym} officials said"))
    text = f"{a} {verb} the {lead}-led {body} {day}{tail}."
    want = (Expect(s.iso3, z.iso3, _r("03", "05", "06"), frozenset({"asserted", "reported"})),)
    return text, want, (Expect(s.iso3, "*", frozenset(), ANY),)


_REFUSED = ("free the detained sailors", "hand over the suspects", "disarm its fighters",
            "lift the blockade of the port", "withdraw its troops from the border")  # fmt: skip


def pr26_apposed_demand(sc: Scene) -> Built:
    """ "A has refused to free the sailors, a demand that Y says must be met": A -> Y 12; the
    near miss ", a step it called irreversible" names no one."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-10-13"
    a, y = sc.name(s, capital=0.0), sc.name(t, capital=0.0)
    refused = rng.choice(_REFUSED)
    verb = rng.choice(("has refused to", "refused to", "has again refused to"))
    if rng.random() < 0.2:  # the near miss
        text = f"{a} {verb} free the detained sailors, a step it called irreversible."
        return text, (), (Expect(s.iso3, "", _r("12"), ANY),)
    apposed = rng.choice(
        (f"a demand that {y} says must be met before talks resume",
         f"a demand made by {y}", f"{_poss(y)} main demand", f"a condition {y} has set for talks",
         f"a demand that {y} repeated {rng.choice(_DAYS)}")
    )  # fmt: skip
    text = f"{a} {verb} {refused}, {apposed}."
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (Expect(s.iso3, t.iso3, _r("12"), ASSERTED),), allowed


def pr26_own_decision(sc: Scene) -> Built:
    """ "A's cabinet approved a transit plan with Y. A-ian rebels called the decision a grave
    sin": the rebels' criticism is of their own state's decision, never aimed at Y."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-08-08"
    plan = rng.choice(("a transit plan", "a water plan", "a trade plan", "a security plan"))
    critics = rng.choice((f"{s.demonym} rebels", f"{s.demonym} opposition parties",
                          f"{s.demonym} insurgents"))  # fmt: skip
    verdict = rng.choice(("a grave sin", "a betrayal", "reckless", "a dangerous mistake"))
    text = (f"{_poss(sc.name(s, capital=0.0))} cabinet approved {plan} with {sc.name(t)} "
            f"{rng.choice(_DAYS)}. {critics} called the decision {verdict}.")  # fmt: skip
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(s.iso3, "", _r("11"), ANY),
               Expect(s.iso3, s.iso3, _r("11"), ANY))  # fmt: skip
    return text, (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr26_prospective_measure": pr26_prospective_measure,
    "pr26_pair_pact_partner": pr26_pair_pact_partner,
    "pr26_noun_verdict": pr26_noun_verdict,
    "pr26_led_coalition": pr26_led_coalition,
    "pr26_apposed_demand": pr26_apposed_demand,
    "pr26_own_decision": pr26_own_decision,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
