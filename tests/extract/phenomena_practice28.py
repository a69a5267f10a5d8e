"""Round 37's practice set (issue 9, practice28: the South China Sea and the Taiwan Strait,
2025-2026) as suite constructions crossed with the suite's states named by name, capital or
demonym, and several phrasings:

- ``pr28_nominal_ramming``: "The ramming of a T-ian ferry by an S-ian patrol boat drew
  condemnation from Z", "Z condemned the boarding of a T-ian trawler by S-ian police": a ramming
  or a boarding named as a noun is the act (171), so the reaction is aimed at its doer, never at
  the rammed vessel's state (class CN, the ``ramming`` and ``boarding`` noun rows of
  ``triggers.tsv``); "The boarding of passengers onto a T-ian ferry was delayed" is none (the
  near miss);
- ``pr28_approved_arms_sale``: "S approved the sale of 40 jets (rocket launchers, drones) to T":
  the seller's offer of military aid (0332), the sale itself ahead, never aid delivered (07)
  (class AS, the ``approve`` row with a weapon after "sale"); "S approved an aid package for T"
  stays aid (the near miss).

Scores on main (25d80940) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice28_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _r,
)

_DAYS = ("on Monday", "on Tuesday", "on Thursday", "last week", "on Saturday")
_VICTIMS = ("fishing boat", "ferry", "coast guard vessel", "supply boat", "fisheries vessel",
            "patrol boat")  # fmt: skip
_RAMMERS = ("coast guard ship", "warship", "patrol boat", "navy frigate", "coast guard cutter")
_REACTIONS = ("drew condemnation from", "drew criticism from", "drew protests from",
              "drew a rebuke from")  # fmt: skip


def pr28_nominal_ramming(sc: Scene) -> Built:
    """ "The ramming of a T-ian ferry by an S-ian patrol boat drew condemnation from Z": Z -> S
    11, never Z -> T; the near miss "The boarding of passengers onto a T-ian ferry was delayed"
    asserts nothing."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    sc.date = "2025-10-12"
    day = rng.choice(_DAYS)
    if rng.random() < 0.15:  # the near miss: boarding passengers is no act
        text = (f"The boarding of passengers onto {_article(t.demonym)} ferry "
                f"was delayed {day}.")  # fmt: skip
        return text, (), NOTHING_ASSERTED
    victim = f"{_article(t.demonym)} {rng.choice(_VICTIMS)}"
    if rng.random() < 0.3:
        doer = rng.choice((f"{s.demonym} police", f"{s.demonym} coast guard officers",
                           f"{s.demonym} marines"))  # fmt: skip
        noun = f"the boarding of {_article(t.demonym)} trawler by {doer}"
    else:
        doer = f"{_article(s.demonym)} {rng.choice(_RAMMERS)}"
        noun = f"the ramming of {victim} by {doer}"
    zname = sc.name(z)
    if rng.random() < 0.3:
        verb = rng.choice(("condemned", "criticised", "denounced"))
        text = f"{zname} {verb} {noun} {day}."
    else:
        reaction = rng.choice(_REACTIONS)
        text = f"{noun[0].upper()}{noun[1:]} {day} {reaction} {zname}."
    want = (Expect(z.iso3, s.iso3, _r("11"), ASSERTED),)
    return text, want, (Expect(s.iso3, t.iso3, _r("17"), ANY),)  # the act itself (GUIDE: bg)


_ARMS = ("40 fighter jets", "rocket launchers", "attack drones", "howitzers and rocket launchers",
         "anti-ship missiles", "air defence systems", "12 attack helicopters")  # fmt: skip


def pr28_approved_arms_sale(sc: Scene) -> Built:
    """ "S approved the sale of 40 jets to T": S -> T 03 asserted, never 07; the near miss "S
    approved an aid package for T" stays aid (07)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-12-18"
    a, y, day = sc.name(s), sc.name(t), rng.choice(_DAYS)
    if rng.random() < 0.15:  # the near miss: approved aid stays aid
        text = f"{a} approved an aid package for {y} {day}."
        return text, (Expect(s.iso3, t.iso3, _r("07"), ASSERTED),), ()
    arms = rng.choice(_ARMS)
    text = rng.choice(
        (f"{a} approved the sale of {arms} to {y} {day}.",
         f"{a} approved {day} the sale of {arms} worth about $2 billion to {y}.",
         f"The {s.demonym} government approved the sale of {arms} to {y} {day}.",
         f"{a} approved a possible sale of {arms} to {y} {day}, officials said.")
    )  # fmt: skip
    fact = ASSERTED if "officials said" not in text else frozenset({"reported", "asserted"})
    want = (Expect(s.iso3, t.iso3, _r("03"), fact),)
    return text, want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr28_nominal_ramming": pr28_nominal_ramming,
    "pr28_approved_arms_sale": pr28_approved_arms_sale,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
