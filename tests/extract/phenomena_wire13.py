"""Round 37's wire classes left by wire12 and practice28 (``reviews/practice29_classes.md`` CN,
``reviews/practice28_classes.md``'s note on a passive reaction), crossed with the suite's states:

- ``w13_conjoined_reaction``: "S airdropped supplies into Tposs north, and T condemned the
  airdrop", "Sdem jets fired on a Tdem border post; T lodged a protest", "Sdem forces shelled
  Tdem positions, and T lodged a strong protest": the reaction, in the same sentence as the act
  it answers and naming it by a definite noun of its verb or by nothing, is aimed at the act's
  doer S (T -> S 11); the near miss "S's prime minister visited Z, and T lodged a protest" (no
  act of force answered) keeps no target at S, and "T condemned the attack by Zdem rebels" is
  aimed at the rebels' state Z;
- ``w13_passive_reaction``: "The ramming (shelling, seizure) of a Tdem ferry by Sdem patrol boats
  was condemned by Z": the passive reaction is aimed at the act's doer S, never its victim T;
  the near miss "The visit of Tposs minister was welcomed by Z" stays no reaction at S;
- ``w13_regret_reason``: "S expressed deep regret on Sunday for the incursion into Tdem waters"
  (the "for" phrase hung on the light verb across a date or place): S -> T 055, the act inside
  it no assertion of its own; the near miss "... for the delay in the talks" keeps no target."""

from __future__ import annotations

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _r,
    _time,
)

_FORCE = (
    ("{Sdem} jets fired on {Tdem_a} border post", "the attack"),
    ("{Sdem} forces shelled {Tdem} positions along the border", "the shelling"),
    ("{Sdem} gunboats fired on {Tdem} fishing boats", "the attack"),
    ("{Sdem} aircraft bombed {Tdem_a} radar station", "the raid"),
    ("{Sdem} troops fired mortar rounds at {Tdem_a} outpost", "the attack"),
)
_BARE = ("lodged a protest", "lodged a strong protest", "filed a formal protest", "protested")
_UNEVENTED = (
    ("{S} airdropped food supplies into {Tposs} north", "the airdrop"),
    ("{S} airlifted relief goods to rebels in {Tposs} east", "the airlift"),
)
_JUDGE = ("condemned", "denounced", "protested", "criticised")


def w13_conjoined_reaction(sc: Scene) -> Built:
    """ "S did X to T, and T condemned the X / lodged a protest": T -> S 11."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    art = "an" if t.demonym[:1] in "AEIOU" else "a"
    words = {"S": s.name, "Sdem": s.demonym, "Tdem": t.demonym, "Tposs": f"{t.name}'s",
             "Tdem_a": f"{art} {t.demonym}"}  # fmt: skip
    join = rng.choice((", and ", "; "))
    r = rng.random()
    if r < 0.12:  # near miss: no act of force answered
        text = (
            f"{s.name}'s prime minister visited {z.name}{_time(sc)}{join}{t.name} lodged a protest."
        )
        allowed = (Expect(t.iso3, z.iso3, _r("11"), ANY), Expect(t.iso3, "", _r("11"), ANY))
        return text, (Expect(s.iso3, z.iso3, _r("04"), ASSERTED),), allowed
    if r < 0.22:  # near miss: the act judged names its own doer ("by Z-ian rebels")
        act, _ = rng.choice(_FORCE)
        rebels = f"the attack by {z.demonym} rebels"
        text = f"{_cap(act.format(**words))}{_time(sc)}{join}{t.name} condemned {rebels}."
        allowed = (Expect(t.iso3, "", _r("11"), ANY),)
        want = (
            Expect(s.iso3, t.iso3, _r("19"), ASSERTED),
            Expect(t.iso3, z.iso3, _r("11"), ASSERTED),
        )
        return text, want, allowed
    if r < 0.42:
        act, noun = rng.choice(_UNEVENTED)
        text = f"{act.format(**words)}{_time(sc)}{join}{t.name} {rng.choice(_JUDGE)} {noun}."
        allowed = (Expect(s.iso3, t.iso3, ANY_ROOTS, ANY), Expect(s.iso3, "", ANY_ROOTS, ANY))
        return text, (Expect(t.iso3, s.iso3, _r("11"), ASSERTED),), allowed
    act, noun = rng.choice(_FORCE)
    answer = rng.choice(_BARE) if rng.random() < 0.6 else f"{rng.choice(_JUDGE)} {noun}"
    text = f"{_cap(act.format(**words))}{_time(sc)}{join}{t.name} {answer}."
    return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED), Expect(t.iso3, s.iso3, _r("11"), ASSERTED)), ()  # fmt: skip


ANY_ROOTS = frozenset(f"{i:02d}" for i in range(1, 21))

_PASSIVE = (
    ("The ramming of {Tdem_a} ferry by {Sdem} patrol boats", _r("17", "19")),
    ("The shelling of {Tdem_a} village by {Sdem} troops", _r("19")),
    ("The seizure of {Tdem_a} trawler by {Sdem} coast guards", _r("17", "19")),
)
_PASSIVE_JUDGE = ("condemned", "denounced", "criticised")


def w13_passive_reaction(sc: Scene) -> Built:
    """ "The ramming of a T-ian ferry by S-ian boats was condemned by Z": Z -> S 11."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    art = "an" if t.demonym[:1] in "AEIOU" else "a"
    words = {"Sdem": s.demonym, "Tdem_a": f"{art} {t.demonym}"}
    if rng.random() < 0.15:  # near miss: a welcome of a visit, no force
        text = f"The visit of {t.name}'s foreign minister was welcomed by {z.name}{_time(sc)}."
        allowed = (
            Expect(z.iso3, t.iso3, _r("05", "04"), ANY),
            Expect(t.iso3, z.iso3, _r("04"), ANY),
        )
        return text, (), allowed
    act, roots = rng.choice(_PASSIVE)
    verb = rng.choice(_PASSIVE_JUDGE)
    text = f"{act.format(**words)} was {verb} by {z.name}{_time(sc)}."
    return (
        text,
        (Expect(z.iso3, s.iso3, _r("11"), ASSERTED),),
        (Expect(s.iso3, t.iso3, roots, ANY),),
    )


_REGRETS = ("expressed deep regret", "expressed regret", "offered an apology", "expressed remorse")
_REASONS = (
    "the incursion into {Tdem} waters",
    "the shooting down of {Tdem_a} airliner",
    "the sinking of {Tdem_a} fishing trawler",
    "the shelling of {Tdem_a} border village",
)


def w13_regret_reason(sc: Scene) -> Built:
    """ "S expressed deep regret on Sunday for the incursion into T-ian waters": S -> T 055 (the
    "for" phrase hung on the light verb across the date); "... for the weather" no target."""
    rng, s, t = sc.rng, sc.s, sc.t
    art = "an" if t.demonym[:1] in "AEIOU" else "a"
    words = {"Tdem": t.demonym, "Tdem_a": f"{art} {t.demonym}"}
    when = rng.choice((" on Sunday", " on Monday", " again on Tuesday", " in Geneva on Friday"))
    regret = rng.choice(_REGRETS)
    if rng.random() < 0.15:  # near miss: a regret for no act of a state
        text = f"{s.name} {regret}{when} for the delay in the talks."
        return text, (Expect(s.iso3, "", _r("05"), ASSERTED),), ()
    reason = rng.choice(_REASONS).format(**words)
    text = f"{s.name} {regret}{when} for {reason}."
    return (
        text,
        (Expect(s.iso3, t.iso3, _r("05"), ASSERTED),),
        (Expect(s.iso3, t.iso3, ANY_ROOTS, NOT_ASSERTED),),
    )


W13_CONSTRUCTIONS = {
    "w13_regret_reason": w13_regret_reason,
    "w13_conjoined_reaction": w13_conjoined_reaction,
    "w13_passive_reaction": w13_passive_reaction,
}
# Floors (fewest right of 24, most false assertions).
W13_FLOORS = {name: (22, 0) for name in W13_CONSTRUCTIONS}
