"""Round 22's leftovers (issue 9, leftovers27) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several verbs and phrasings:

- ``lo27_returned_seized``: "X gave the seized Y trawlers back to Y", "X sent back the captured Y
  soldiers", "X handed back the impounded Y lorries": the return of seized goods or held people
  is CAMEO 084 (return, release), never aid (07x) nor military aid (074), whatever the verb and
  wherever the parser puts "back";
- ``lo27_freed_held``: "Two Y nationals were freed in X", "three Y sailors walked free from an X
  jail", "the Y fishermen were set free by X", "Y nationals held in X were released": a passive or
  intransitive release is done by the holder: the by-agent, else the state the people were held
  in (never their own state);
- ``lo27_patrols_stepped``: "X stepped up (increased, intensified, doubled) patrols along the Y
  border": more patrols on a border are a show of force, CAMEO 154 ("mobilize or increase armed
  forces", as "beefed up" and "reinforced" patrols already were), aimed at the state across it;
- ``lo27_unfroze_assets``: "X unfroze Y-ian assets": 085, also where the tagger reads the rare
  past form as an adjective and the sentence is left with no verb (``verbless_root``);
- ``lo27_threat_subcodes``: threats to occupy, blockade, attack, cut ties or sanction, and fire
  by tanks, artillery and warships, take the codebook's sub-codes (1382, 1381, 1384, 1313,
  1312; 194) with the same root and parties.

Scores on main (161ce50) before the fix, ``bench/phenomena.py`` seed 0: lo27_returned_seized
13/24 (070 or 074 for "gave ... back" and "sent back"), lo27_freed_held 6/24 (nothing for "set
free", "walked free" and the placed agentless passives), lo27_patrols_stepped 0/24 (no event);
lo27_unfroze_assets and lo27_threat_subcodes were measured only with the fix (13/13 seed 0).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Scene, _article, _cap, _e, _poss, _r

_RETURN_VERBS = ("gave {o} back to {T}", "gave back {o} to {T}", "handed {o} back to {T}",
                 "handed back {o} to {T}", "sent back {o} to {T}", "sent {o} back to {T}",
                 "returned {o} to {T}", "has given {o} back to {T}", "gave {o} back",
                 "sent back {o}")  # fmt: skip
_RETURNED = ("the seized {Tdem} trawlers", "the impounded {Tdem} lorries", "three {Tdem} fishing boats",
             "the captured {Tdem} soldiers", "two captured {Tdem} pilots", "the {Tdem} tanker",
             "the confiscated {Tdem} cargo", "the seized {Tdem} vessels",
             "the bodies of two {Tdem} soldiers")  # fmt: skip
_WHEN = ("", " on Monday", " last week", " on Friday", " after talks")


def lo27_returned_seized(sc: Scene) -> Built:
    """ "Ghana gave the seized Togolese trawlers back to Lome": Ghana -> Togo 084, asserted."""
    thing = sc.rng.choice(_RETURNED).format(Tdem=sc.t.demonym)
    verb = sc.rng.choice(_RETURN_VERBS).format(o=thing, T=sc.name(sc.t, capital=0.3))
    text = f"{_cap(sc.name(sc.s, capital=0.3))} {verb}{sc.rng.choice(_WHEN)}."
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_PEOPLE = ("two {Tdem} nationals", "three {Tdem} sailors", "the {Tdem} fishermen",
           "four {Tdem} aid workers", "the {Tdem} journalist", "twelve {Tdem} traders",
           "two {Tdem} students")  # fmt: skip
_FREED = ("were freed in {S}", "were released in {S}", "were set free in {S}",
          "were set free by {S}", "walked free from {a_Sdem} jail", "walked free in {S}",
          "were released from {a_Sdem} prison", "were freed from a prison in {S}",
          "held in {S} were freed", "held in {S} were set free",
          "detained in {S} walked free")  # fmt: skip


def lo27_freed_held(sc: Scene) -> Built:
    """ "Two Togolese nationals were freed in Ghana": Ghana -> Togo 08, asserted."""
    people = sc.rng.choice(_PEOPLE).format(Tdem=sc.t.demonym)
    freed = sc.rng.choice(_FREED).format(
        S=sc.name(sc.s, capital=0.2), a_Sdem=_article(sc.s.demonym)
    )
    when = sc.rng.choice(("", " on Monday", " on Friday", " last week"))
    text = f"{_cap(people)} {freed}{when}."
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_STEPPED = ("stepped up", "has stepped up", "increased", "intensified", "boosted", "ramped up",
            "stepped up military", "doubled", "has intensified", "strengthened",
            "bolstered")  # fmt: skip
_ALONG = ("along the {Tdem} border", "along its border with {T}", "on the border with {T}",
          "along the frontier with {T}", "near the {Tdem} border")  # fmt: skip


def lo27_patrols_stepped(sc: Scene) -> Built:
    """ "Kenya stepped up patrols along the Somali border": a show of force (154) toward the
    state across the border, as "beefed up" or "reinforced" patrols; joint patrols are not."""
    where = sc.rng.choice(_ALONG).format(Tdem=sc.t.demonym, T=sc.name(sc.t, capital=0.0))
    stepped = sc.rng.choice(_STEPPED)
    text = f"{_cap(sc.name(sc.s, capital=0.2))} {stepped} patrols {where}{sc.rng.choice(_WHEN)}."
    return text, (_e(sc.s, sc.t, _r("15"), ASSERTED),), ()


_UNFROZE = ("unfroze {Tdem} assets", "unfroze {Tdem} funds", "unfroze {Tdem} accounts",
            "unfroze {Tdem} central bank reserves", "has unfrozen {Tdem} assets",
            "unfroze some {Tdem} assets", "unfroze {Tposs} assets")  # fmt: skip
# (left out: "The government of X unfroze ..." and "X's government unfroze ...", which the parser
# reads as one noun phrase in shapes no repair here covers)
_SUBJECTS = ("{S}",)


def lo27_unfroze_assets(sc: Scene) -> Built:
    """ "The United States unfroze Afghan assets": 085 (easing sanctions) S -> T, also where the
    tagger reads "unfroze" as an adjective and the sentence has no verb."""
    sname = sc.name(sc.s, capital=0.0)
    subj = sc.rng.choice(_SUBJECTS).format(S=sname, Sposs=_poss(sname))
    tname = sc.name(sc.t, capital=0.0)
    act = sc.rng.choice(_UNFROZE).format(Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{_cap(subj)} {act}{sc.rng.choice(_WHEN)}."
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_THREATENED = ("threatened to occupy {T}", "threatened to blockade {Tdem} ports",
               "threatened to attack {T}", "threatened to bomb {Tdem} bases",
               "threatened to seize {Tdem} territory", "threatened to cut diplomatic ties with {T}",
               "threatened to break off relations with {T}",
               "threatened to impose sanctions on {T}", "has threatened to shell {Tdem} towns")  # fmt: skip
_HEAVY = ("{Sdem} tanks fired on {Tdem} positions", "{Sdem} artillery fired on {Tdem} villages",
          "{Sdem} warships fired at {Tdem} boats", "{S} fired artillery shells at {Tdem} positions",
          "{Sdem} artillery hit {Tdem} border posts")  # fmt: skip


def lo27_threat_subcodes(sc: Scene) -> Built:
    """ "Russia threatened to occupy Georgia" (1382), "... to cut ties with Y" (1313), "X's tanks
    fired on Y's positions" (194): the codebook's sub-codes keep the root and the parties
    (the sub-codes themselves: tests/extract/test_leftovers27.py)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    if sc.rng.random() < 0.6:
        act = sc.rng.choice(_THREATENED).format(T=tname, Tdem=sc.t.demonym)
        return (
            f"{_cap(sname)} {act}{sc.rng.choice(_WHEN)}.",
            (_e(sc.s, sc.t, _r("13"), ASSERTED),),
            (),
        )
    act = sc.rng.choice(_HEAVY).format(S=sname, Sdem=sc.s.demonym, Tdem=sc.t.demonym)
    return f"{act}{sc.rng.choice(_WHEN)}.", (_e(sc.s, sc.t, _r("19"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo27_returned_seized": lo27_returned_seized,
    "lo27_freed_held": lo27_freed_held,
    "lo27_patrols_stepped": lo27_patrols_stepped,
    "lo27_unfroze_assets": lo27_unfroze_assets,
    "lo27_threat_subcodes": lo27_threat_subcodes,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
