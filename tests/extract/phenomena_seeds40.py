"""Phenomena of seeds40: a seized craft read as a clause, and a grant's object as an apposition.

- ``s40_flagged_craft_carrying``: "The S navy seized a T-flagged yacht (gunboat, warship,
  hovercraft, helicopter, ...) carrying cocaine": the parser reads the craft as the subject of
  "carrying" (a clause of "seized" with no object) or as a modifier of the participle ("a
  [yacht carrying] cocaine"), so the flag state was lost and the seizer's own state filled in
  (S -> S 17); the craft is the object (``_boat_people``), the flag state the target, for every
  ship and aircraft noun (``actors._name_context.craft_word``);
- ``s40_seized_own_craft``: "The S navy seized a yacht carrying cocaine" names no flag: whose
  craft it was is unknown, never the seizer's own state (S -> S is false; S with no target is
  the established reading of an unowned vehicle);
- ``s40_gave_routes``: "S gave (granted, awarded, issued, allocated) T's airlines four new
  routes": after a possessive recipient the parser reads the object as an apposition of the
  recipient, so the grant was read by "gave" alone (aid, 07); the object is the verb's
  (``_granted_gerunds.object_as_apposition``) and the licence noun decides: economic
  cooperation (06).

Before the fix, on main (82a81b9): the flagged craft S -> S (17) for "yacht", "gunboat" and
other nouns read as the participle's subject; "gave T's airlines four new routes" 07.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss

_CRAFT = ("yacht", "gunboat", "warship", "hovercraft", "helicopter", "trawler", "tanker",
          "speedboat", "freighter", "dhow", "aircraft", "patrol boat", "fishing vessel",
          "cargo plane")  # fmt: skip
_CARRY = ("carrying cocaine", "carrying weapons", "transporting arms", "carrying 40 migrants",
          "smuggling fuel", "carrying contraband")  # fmt: skip
_DAYS = (" on Monday", "", " on Friday", " late on Sunday", " this week")
_SEIZE = ("seized", "impounded", "seized", "confiscated", "intercepted and seized")


def _article(word: str) -> str:
    return "an" if word[:1].upper() in "AEIOU" else "a"


def _seizer(sc: Scene) -> str:
    s = sc.s
    return sc.rng.choice((f"The {s.demonym} navy", f"{s.demonym} coast guard ships",
                          sc.name(s), f"The {s.demonym} coast guard",
                          f"{s.demonym} customs officers"))  # fmt: skip


def s40_flagged_craft_carrying(sc: Scene) -> Built:
    """ "The S navy seized a T-flagged yacht carrying cocaine": S -> T (17)."""
    rng, t = sc.rng, sc.t
    craft, carry = rng.choice(_CRAFT), rng.choice(_CARRY)
    flag = rng.choice(("flagged", "flagged", "registered", "owned"))
    text = (f"{_seizer(sc)} {rng.choice(_SEIZE)} {_article(t.demonym)} {t.demonym}-{flag} "
            f"{craft} {carry}{rng.choice(_DAYS)}.")  # fmt: skip
    return text, (Expect(sc.s.iso3, t.iso3, frozenset({"17"}), ASSERTED),), ()


def s40_seized_own_craft(sc: Scene) -> Built:
    """ "The S navy seized a yacht carrying cocaine": never S -> S."""
    rng = sc.rng
    craft, carry = rng.choice(_CRAFT), rng.choice(_CARRY)
    text = (
        f"{_seizer(sc)} {rng.choice(_SEIZE)} {_article(craft)} {craft} {carry}{rng.choice(_DAYS)}."
    )
    return text, (), (Expect(sc.s.iso3, "", frozenset({"17"}), ANY),)


_GIVE = ("gave", "granted", "awarded", "issued", "has awarded", "has given", "has granted")
_FIRMS = ("airlines", "carriers", "trawlers", "firms", "companies", "fishing fleet")
_LICENCES = ("four new routes", "six landing slots", "two fishing licences", "new permits",
             "three mining concessions", "ten new routes", "extra fishing quotas")  # fmt: skip


def s40_gave_routes(sc: Scene) -> Built:
    """ "S gave T's airlines four new routes": economic cooperation S -> T (06), never aid."""
    rng, s, t = sc.rng, sc.s, sc.t
    giver = rng.choice((sc.name(s, capital=0.25), f"{_poss(sc.name(s, capital=0))} government"))
    text = (f"{_cap(giver)} {rng.choice(_GIVE)} {_poss(sc.name(t, capital=0))} "
            f"{rng.choice(_FIRMS)} {rng.choice(_LICENCES)}{rng.choice(_DAYS)}.")  # fmt: skip
    return text, (Expect(s.iso3, t.iso3, frozenset({"06"}), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "s40_flagged_craft_carrying": s40_flagged_craft_carrying,
    "s40_seized_own_craft": s40_seized_own_craft,
    "s40_gave_routes": s40_gave_routes,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
