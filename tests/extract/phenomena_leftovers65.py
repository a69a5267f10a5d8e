"""Round 37's party leftovers (issue 9, stop 50: leftovers65) as suite constructions crossed
with the suite's states named by name, capital or demonym, and several phrasings each:

- ``lo65_they_pair``: "S signed a pact with T. They pledged to ...", "S held talks with T. They
  agreed to ...", "S and T held joint drills; they also agreed to ...": a "they" whose antecedent
  is a pair of states (conjoined subjects, or a subject and the "with" partner of a joint act)
  is the pair, each direction (the README codes joint acts both ways); near miss "S-ian troops
  held drills near the border. They fired on T-ian villagers": "they" is S's troops alone.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
)

_TIMES = ("", " on Monday", " on Thursday", " last week")
# (the joint act with a "with" partner, its root)
_WITH = (("signed a pact with {T}", "05"), ("signed a security agreement with {T}", "05"),
         ("held talks with {T}", "04"), ("met with {T}", "04"),
         ("signed a defence accord with {T}", "05"), ("held joint drills with {T}", "06"))  # fmt: skip
_PAIR = (("held joint drills", "06"), ("held talks", "04"), ("signed a trade pact", "05"),
         ("met in {Sc}", "04"))  # fmt: skip
# (what "they" then did, its root)
_THEN = (("pledged to share intelligence", "03"), ("agreed to expand trade", "03"),
         ("agreed to hold joint patrols", "03"), ("pledged to fight smuggling together", "03"),
         ("also agreed to share port facilities", "03"))  # fmt: skip
_FIRED = ("fired on {Tdem} villagers", "shelled {Tdem} border posts", "attacked {Tdem} troops")


def lo65_they_pair(sc: Scene) -> Built:
    """ "Japan signed a pact with Australia. They pledged to share intelligence": JPN -> AUS and
    AUS -> JPN 03; "India and Vietnam held drills; they also agreed ...": both ways; near miss
    "Chinese troops held drills near the border. They fired on Indian villagers": CHN -> IND."""
    rng, s, t = sc.rng, sc.s, sc.t
    time = rng.choice(_TIMES)
    r = rng.random()
    if r < 0.2:  # near miss: a plural noun of one state
        fired = rng.choice(_FIRED).format(Tdem=t.demonym)
        text = f"{s.demonym} troops held drills near the border{time}. They {fired}."
        return text, (_e(s, t, _r("19"), ASSERTED),), (Expect(s.iso3, "", frozenset(), ANY),)
    then, root = rng.choice(_THEN)
    if r < 0.6:
        act, first = rng.choice(_WITH)
        act = act.format(T=sc.name(t, 0.0))
        text = f"{_cap(sc.name(s, 0.0))} {act}{time}. They {then}."
        one_way = (_e(s, t, _r(first), ASSERTED),)
    else:
        act, first = rng.choice(_PAIR)
        act = act.format(Sc=s.capital)
        glue = rng.choice(("; they", ". They"))
        text = f"{_cap(sc.name(s, 0.0))} and {sc.name(t, 0.0)} {act}{time}{glue} {then}."
        one_way = (_e(s, t, _r(first), ASSERTED), _e(t, s, _r(first), ASSERTED))
    want = (_e(s, t, _r(root), ASSERTED), _e(t, s, _r(root), ASSERTED))
    allowed = (*one_way, Expect("*", "*", _r("03", "04", "05", "06"), ANY))
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo65_they_pair": lo65_they_pair,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
