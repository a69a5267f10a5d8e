"""The three party kinds that come back on every blind set (issue 9, parties44; recurring.md),
crossed with the suite's states, many act roots, the ways a state is named and distractors:

- ``p44_story_bare_act`` (target only in the story): "S V-ed T's N. T-REF V2-ed" where the
  second act names no state ("summoned the ambassador", "recalled its envoy", "protested",
  "demanded an apology", "threatened to retaliate", "imposed sanctions", "put its troops on
  alert"): T -> S;
- ``p44_pronoun_actor`` (actor resolution): "T's ministry V-ed S's N. It also V2-ed": the
  pronoun is the sentence before's subject, T, and the act goes to S;
- ``p44_office_object`` (actor resolution of offices as objects): "S V-ed T's N. T-REF
  criticised (thanked, praised, ...) the government / the authorities": the other state's
  government, never T's own;
- ``p44_role_object`` (role nouns as parties): "S expelled two T diplomats. T expelled three
  diplomats": diplomats of no written state whom a state expels, summons or declares
  unwelcome are another state's, the story's other one;
- ``p44_third_state`` (distractor): the second act names a third state Z: T -> Z, never S;
- ``p44_domestic`` (distractor): the second act is domestic ("T's police detained 30
  protesters"): nothing between T and S.

Measured with 100 stories per construction (seed 0): main 072e2b73 454/600 (0.757), 95 false
assertions (pronoun_actor 54, office_object 97, role_object 12, third_state 91: "It recalled
its envoy" -> none, "expelled three diplomats" -> the doer's own, "demanded an apology from Z"
-> the story's S); with ``parties.foreign_offices``, ``own_officials`` taking an unplaced "its"
and a demand's "from" addressee: 600/600, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss

# The first sentence: S acts on T (verb phrase with {T} the state's name, {Tdem} its demonym).
_FIRST = (
    "expelled two {Tdem} diplomats", "detained {n} {Tdem} fishermen", "seized a {Tdem} fishing"
    " boat", "imposed tariffs on {Tdem} steel", "accused {T} of arming rebels",
    "arrested {n} {Tdem} traders", "banned imports of {Tdem} poultry",
)  # fmt: skip
_N = ("two", "three", "five", "12", "eleven", "40")
_WHEN = ("", " on Monday", " on Tuesday", " last week", " late on Sunday")
# A second act that names no state, with its root.
_BARE = (
    ("summoned the ambassador", "11"), ("recalled its ambassador", "16"), ("protested", "11"),
    ("lodged a formal protest", "11"), ("demanded an apology", "10"),
    ("threatened to retaliate", "13"), ("imposed sanctions in response", "16"),
    ("put its troops on alert", "15"), ("recalled its envoy for consultations", "16"),
    ("demanded an explanation", "10"), ("condemned the move", "11"),
)  # fmt: skip
_ALSO = ("", "also ", "later ")


def _t_ref(sc: Scene) -> str:
    """How the story names T as the doer of its answer."""
    t = sc.t
    return sc.rng.choice(
        (t.name, t.capital, f"{_poss(t.name)} foreign ministry", f"the {t.demonym} government",
         f"{_poss(t.name)} government")
    )  # fmt: skip


def _first(sc: Scene) -> str:
    rng, s, t = sc.rng, sc.s, sc.t
    act = rng.choice(_FIRST).format(T=t.name, Tdem=t.demonym, n=rng.choice(_N))
    return f"{sc.name(s, 0.2)} {act}{rng.choice(_WHEN)}."


def _around(s: State, t: State) -> tuple[Expect, ...]:
    """The first sentence's act (S -> T, any code) and what its words may add."""
    return (Expect(s.iso3, t.iso3, frozenset(), ANY),)


def p44_story_bare_act(sc: Scene) -> Built:
    """ "Ghana expelled two Togolese diplomats. Lome summoned the ambassador": TGO -> GHA 11."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = rng.choice(_BARE)
    text = f"{_first(sc)} {_cap(_t_ref(sc))} {rng.choice(_ALSO)}{act}."
    return text, (Expect(t.iso3, s.iso3, frozenset({root}), ASSERTED),), _around(s, t)


# (the first act of T's office on S, its root); the second, with "It" as its subject.
_OFFICE_FIRST = (
    ("summoned {Sposs} ambassador", "11"), ("protested to {S}", "11"),
    ("condemned {Sposs} decision", "11"), ("accused {S} of bad faith", "11"),
)  # fmt: skip
_OFFICES = ("{Tposs} foreign ministry", "The {Tdem} foreign ministry", "{Tposs} government",
            "The {Tdem} government")  # fmt: skip
_IT = (
    ("recalled its ambassador", "16"), ("demanded an apology", "10"),
    ("threatened to retaliate", "13"), ("demanded an explanation", "10"),
    ("recalled its envoy", "16"),
)  # fmt: skip


def p44_pronoun_actor(sc: Scene) -> Built:
    """ "Togo's foreign ministry summoned Ghana's ambassador. It also recalled its envoy":
    TGO -> GHA 11 and 16."""
    rng, s, t = sc.rng, sc.s, sc.t
    first, r1 = rng.choice(_OFFICE_FIRST)
    second, r2 = rng.choice(_IT)
    office = rng.choice(_OFFICES).format(Tposs=_poss(t.name), Tdem=t.demonym)
    sname = sc.name(s, 0.2)
    text = (
        f"{_cap(office)} {first.format(S=sname, Sposs=_poss(sname))}{rng.choice(_WHEN)}."
        f" It {rng.choice(('also ', 'later ', ''))}{second}."
    )
    want = (
        Expect(t.iso3, s.iso3, frozenset({r1}), ASSERTED),
        Expect(t.iso3, s.iso3, frozenset({r2}), ASSERTED),
    )
    return text, want, ()


# (a verb whose object is an office of no written state, its root)
_AT_OFFICE = (
    ("criticised the government", "11"), ("condemned the authorities", "11"),
    ("summoned the ambassador", "11"), ("accused the government of bad faith", "11"),
    ("expelled the ambassador", "16"), ("demanded an apology from the government", "10"),
)  # fmt: skip


def p44_office_object(sc: Scene) -> Built:
    """ "Peru imposed tariffs on Chilean steel. Chile criticised the government": CHL -> PER
    11 (the government of no written state is the story's other one)."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = rng.choice(_AT_OFFICE)
    t_ref = _t_ref(sc)
    if "government" in act:  # (not "Chile's government criticised the government")
        t_ref = rng.choice((t.name, t.capital, f"{_poss(t.name)} foreign ministry"))
    text = f"{_first(sc)} {_cap(t_ref)} {rng.choice(_ALSO)}{act}."
    return text, (Expect(t.iso3, s.iso3, frozenset({root}), ASSERTED),), _around(s, t)


_ROLE_FIRST = ("expelled two {Tdem} diplomats", "expelled {Tposs} military attache",
               "declared three {Tdem} diplomats persona non grata",
               "ordered {n} {Tdem} diplomats to leave")  # fmt: skip
_ROLE_SECOND = ("expelled three diplomats", "expelled {n} diplomats", "ordered two diplomats to"
                " leave", "expelled a diplomat")  # fmt: skip
_ROLE_WHY = ("", " in return", " in response", " in a tit-for-tat move", " the next day")


def p44_role_object(sc: Scene) -> Built:
    """ "Ghana expelled two Togolese diplomats. Togo expelled three diplomats in return":
    TGO -> GHA 16 (the diplomats a state expels are another state's)."""
    rng, s, t = sc.rng, sc.s, sc.t
    n = rng.choice(_N)
    first = rng.choice(_ROLE_FIRST).format(Tdem=t.demonym, Tposs=_poss(t.name), n=n)
    second = rng.choice(_ROLE_SECOND).format(n=rng.choice(_N))
    text = (
        f"{sc.name(s, 0.2)} {first}{rng.choice(_WHEN)}. {_cap(_t_ref(sc))} {second}"
        f"{rng.choice(_ROLE_WHY)}."
    )
    return text, (Expect(t.iso3, s.iso3, frozenset({"16"}), ASSERTED),), _around(s, t)


# (a second act naming a third state, its root)
_THIRD = (
    ("summoned {Zposs} ambassador", "11"), ("protested to {Z}", "11"),
    ("expelled two {Zdem} diplomats", "16"), ("accused {Z} of helping {S}", "11"),
    ("demanded an apology from {Z}", "10"), ("recalled its ambassador to {Z}", "16"),
)  # fmt: skip


def p44_third_state(sc: Scene) -> Built:
    """ "Ghana expelled two Togolese diplomats. Togo summoned Benin's ambassador": TGO ->
    BEN 11, never TGO -> GHA (the sentence names its own target)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, root = rng.choice(_THIRD)
    act = act.format(Z=z.name, Zposs=_poss(z.name), Zdem=z.demonym, S=s.name)
    text = f"{_first(sc)} {_cap(_t_ref(sc))} {rng.choice(_ALSO)}{act}."
    allowed = _around(s, t) + (Expect(t.iso3, s.iso3, frozenset(), ANY),) * ("{S}" in act)
    return text, (Expect(t.iso3, z.iso3, frozenset({root}), ASSERTED),), allowed


_DOMESTIC = (
    "{Tposs} police detained {n} protesters", "{Tposs} government sacked its interior minister",
    "the {Tdem} parliament passed a new budget", "{Tposs} president reshuffled the cabinet",
    "{Tposs} army arrested {n} rebels in the north",
)  # fmt: skip


def p44_domestic(sc: Scene) -> Built:
    """ "Ghana expelled two Togolese diplomats. Togo's police detained 40 protesters": a
    domestic act, nothing between Togo and Ghana (the story's rule must not fire)."""
    rng, s, t = sc.rng, sc.s, sc.t
    act = rng.choice(_DOMESTIC).format(Tposs=_poss(t.name), Tdem=t.demonym, n=rng.choice(_N))
    text = f"{_first(sc)} {_cap(act)}{rng.choice(_WHEN)}."
    allowed = _around(s, t) + tuple(
        Expect(t.iso3, x, frozenset(), ANY) for x in (t.iso3, "", "---")
    )
    return text, (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p44_story_bare_act": p44_story_bare_act,
    "p44_pronoun_actor": p44_pronoun_actor,
    "p44_office_object": p44_office_object,
    "p44_role_object": p44_role_object,
    "p44_third_state": p44_third_state,
    "p44_domestic": p44_domestic,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
