"""Round 35's party leftovers (issue 9, stop 48: leftovers61) as suite constructions crossed
with the suite's states named by name, capital, demonym or leader, and several phrasings each:

- ``lo61_thing_named``: "S announced an aid package for T. T welcomed the package": a reaction
  naming by a definite noun what an earlier act gave or imposed (its object: "the package",
  "the tariffs", "the loan"), or money given ("the funds"), is aimed at that act's doer; "T
  welcomed Z's package" (the noun's own owner) keeps Z;
- ``lo61_own_state_moved``: "SLEAD pulled S out of the deal with T": the leader's own state,
  moved out of a deal or body, is the leaver, never the target (T, the deal's other party,
  else none); "S pulled out of the deal with T" is unchanged;
- ``lo61_recalled_envoy``: "S's ambassador in TCAP was not recalled", "the S-ian envoy was
  recalled from TCAP": an agentless recall is the envoy's own state's act on the host (S -> T
  16), never the host's; a summons of the same envoy stays the host's (T -> S 11);
- ``lo61_pact_force``: "S agreed with T to crush Z-ian rebels": the threat of force is S's and
  T's, aimed at Z, never at the partner T; "agreed with T to build a railway" stays S -> T 03.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    Built,
    Expect,
    Scene,
    _e,
    _poss,
    _r,
    scene_words,
)

_TIMES = ("", " on Monday", " on Thursday", " last week")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# (the earlier act, the nouns that name it again, the reaction's root, the earlier act's roots)
_GIVEN = (("{S} announced an aid package for {T}{time}.", ("package",), "05"),
          ("{S} offered a $500 million loan to {T}{time}.", ("loan",), "05"),
          ("{S} pledged $2 billion in aid to {T}{time}.", ("package", "funds", "money"), "05"),
          ("{S} raised its tariffs on {Tdem} sugar{time}.", ("tariffs",), "11"),
          ("{S} imposed new duties on {Tdem} steel{time}.", ("duties",), "11"))  # fmt: skip
_REACTIONS = {"05": ("welcomed", "praised", "hailed"),
              "11": ("condemned", "criticised", "denounced")}  # fmt: skip


def lo61_thing_named(sc: Scene) -> Built:
    """ "Japan announced an aid package for Manila. The Philippines welcomed the package":
    PHL -> JPN 05; "... welcomed Korea's package": PHL -> KOR 05."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    w = scene_words(sc)
    act, nouns, root = rng.choice(_GIVEN)
    first = act.format(S=w["S"], T=w["T"], Tdem=t.demonym, time=rng.choice(_TIMES))
    who = rng.choice((sc.name(t, 0.4), f"{_poss(sc.name(t, 0.0))} government"))
    noun = rng.choice(nouns)
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    if root == "05" and rng.random() < 0.25:  # near miss: the noun's own owner is the giver
        text = f"{_cap(first)} {_cap(who)} {rng.choice(_REACTIONS[root])} {_poss(z.name)} {noun}."
        return text, (_e(t, z, _r(root), ASSERTED),), allowed
    text = f"{_cap(first)} {_cap(who)} {rng.choice(_REACTIONS[root])} the {noun}."
    return text, (_e(t, s, _r(root), ASSERTED),), allowed


_MOVED = ("pulled {S} out of the {deal} with {T}", "withdrew {S} from the {deal} with {T}",
          "pulled {S} out of the {deal} with {T} on Monday")  # fmt: skip
_DEALS = ("deal", "agreement", "pact", "accord")


def lo61_own_state_moved(sc: Scene) -> Built:
    """ "Trump pulled the United States out of the deal with Iran": USA -> IRN 16, never USA ->
    USA; near miss "the United States pulled out of the deal with Iran": unchanged."""
    rng, s, t = sc.rng, sc.s, sc.t
    deal = rng.choice(_DEALS)
    lead = s.leader(sc.date)
    if lead is None or rng.random() < 0.25:
        text = f"{s.name} pulled out of the {deal} with {sc.name(t, 0.0)}{rng.choice(_TIMES)}."
        return _cap(text), (_e(s, t, _r("16"), ASSERTED),), ()
    text = f"{lead} {rng.choice(_MOVED).format(S=s.name, T=sc.name(t, 0.0), deal=deal)}."
    return _cap(text), (_e(s, t, _r("16"), ASSERTED),), ()


_RECALLED = (("{Sposs} ambassador in {Tc} was not recalled{time}.", NEGATED),
             ("The {Sdem} ambassador in {Tc} was not recalled despite the row.", NEGATED),
             ("The {Sdem} ambassador was recalled from {Tc}{time}.", ASSERTED),
             ("{Sposs} envoy to {Tc} has been recalled for consultations.", ASSERTED),
             ("{Sposs} ambassador in {Tc} was recalled{time}.", ASSERTED))  # fmt: skip
_SUMMONED = ("{Sposs} ambassador in {Tc} was summoned{time}.",
             "The {Sdem} ambassador in {Tc} was summoned to the foreign ministry{time}.")  # fmt: skip


def lo61_recalled_envoy(sc: Scene) -> Built:
    """ "Uganda's ambassador in Nairobi was not recalled": UGA -> KEN 16 `negated`, never KEN
    -> UGA; near miss "... was summoned": KEN -> UGA 11, unchanged."""
    rng, s, t = sc.rng, sc.s, sc.t
    fill = {"Sposs": _poss(s.name), "Sdem": s.demonym, "Tc": t.capital, "time": rng.choice(_TIMES)}
    if rng.random() < 0.25:
        text = rng.choice(_SUMMONED).format(**fill)
        return _cap(text), (_e(t, s, _r("11"), ASSERTED),), ()
    form, fact = rng.choice(_RECALLED)
    return _cap(form.format(**fill)), (_e(s, t, _r("16"), fact),), ()


_AGREED = ("agreed with {T} to", "has agreed with {T} to", "agreed with {T} on Monday to")
_CRUSHED = ("crush {Zdem} rebels", "defeat the {Zdem} militants", "attack {Z}",
            "fight {Z}", "crush the {Zdem} insurgents")  # fmt: skip
_BUILT = ("build a railway", "build a new pipeline", "expand trade")


def lo61_pact_force(sc: Scene) -> Built:
    """ "Kenya agreed with Uganda to crush Somali rebels": KEN -> SOM and UGA -> SOM 13, never
    KEN -> UGA; near miss "agreed with Uganda to build a railway": KEN -> UGA 03."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    w = scene_words(sc)
    agreed = rng.choice(_AGREED).format(T=sc.name(t, 0.0))
    if rng.random() < 0.25:
        text = f"{w['S']} {agreed} {rng.choice(_BUILT)}."
        return _cap(text), (_e(s, t, _r("03"), ASSERTED),), ()
    crushed = rng.choice(_CRUSHED).format(Z=z.name, Zdem=z.demonym)
    text = f"{w['S']} {agreed} {crushed}."
    want = (_e(s, z, _r("13"), ASSERTED), _e(t, z, _r("13"), ASSERTED))
    allowed = (Expect(s.iso3, t.iso3, _r("03"), ANY), Expect(t.iso3, s.iso3, _r("03"), ANY))
    return _cap(text), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo61_thing_named": lo61_thing_named,
    "lo61_own_state_moved": lo61_own_state_moved,
    "lo61_recalled_envoy": lo61_recalled_envoy,
    "lo61_pact_force": lo61_pact_force,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
