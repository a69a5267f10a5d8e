"""Round 37's party leftovers (issue 9, stop 50: leftovers65) as suite constructions crossed
with the suite's states named by name, capital or demonym, and several phrasings each:

- ``lo65_they_pair``: "S signed a pact with T. They pledged to ...", "S held talks with T. They
  agreed to ...", "S and T held joint drills; they also agreed to ...": a "they" whose antecedent
  is a pair of states (conjoined subjects, or a subject and the "with" partner of a joint act)
  is the pair, each direction (the README codes joint acts both ways); near miss "S-ian troops
  held drills near the border. They fired on T-ian villagers": "they" is S's troops alone;
- ``lo65_group_voice``: "NAME, the leader of al-Shabaab, said it would attack S-ian troops",
  "Hezbollah's spokesman said it would retaliate against S", "NAME, the group's leader, said it
  would ...": a group's leader or spokesman speaks for the group, and the reported clause's
  "it" / "they" is the group (its state's `REB`, or `---` where no group is named), never the last
  state named; near miss "S's army spokesman said it would attack T": S -> T;
- ``lo65_own_forces_out``: "S withdrew S-ian troops", "S pulled 2,000 soldiers": a state's own
  forces are what its withdrawal moves, never its target; with no place named the act is aimed at
  the story's other state ("S invaded T last year. ... S pulled 2,000 S-ian soldiers": S -> T 08),
  else it is no event (never S -> S); near miss "S withdrew S-ian troops from T": S -> T 08.
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


_GROUPS = (("al-Shabaab", "SOM"), ("Boko Haram", "NGA"), ("Hezbollah", "LBN"))
_VOICES = ("Ibrahim Dahir", "Musa Idris", "Abu Salim", "Yusuf Karim")
_LEAD_IN = ("{S} deployed troops near the border{time}.", "{S} sent more troops to the region{time}.",
            "{Sposs} army launched an offensive{time}.")  # fmt: skip
_VOICED = ("{V}, the leader of {G}, said {it} would attack {Sdem} troops.",
           "{V}, {Gposs} spokesman, said {it} would retaliate against {S}.",
           "{Gposs} spokesman said {it} would attack {Sdem} bases.",
           "{V}, the group's leader, said {it} would strike {Sdem} troops.")  # fmt: skip


def lo65_group_voice(sc: Scene) -> Built:
    """ "Kenya sent troops. Ahmed Omar, the leader of al-Shabaab, said it would attack Kenyan
    troops": SOM (SOMREB) -> KEN 13, never KEN's threat; "NAME, the group's leader, said it
    would ...": --- -> KEN 13; near miss "Kenya's army spokesman said it would attack Uganda":
    KEN -> UGA 13."""
    rng, s, t = sc.rng, sc.s, sc.t
    time = rng.choice(_TIMES)
    s_name = sc.name(s, 0.0)
    lead = rng.choice(_LEAD_IN).format(S=s_name, Sposs=s_name + "'s", time=time)
    if rng.random() < 0.2:  # near miss: a state's own voice
        text = f"{_cap(lead)} {s_name}'s army spokesman said it would attack {t.name}."
        return text, (_e(s, t, _r("13"), ASSERTED),), (Expect(s.iso3, "*", frozenset(), ANY),)
    group, home = rng.choice([g for g in _GROUPS if g[1] not in (s.iso3, t.iso3)])
    voiced = rng.choice(_VOICED)
    line = voiced.format(V=rng.choice(_VOICES), G=group, Gposs=group + "'s", it="it", S=s_name,
                         Sdem=s.demonym)  # fmt: skip
    doer = "---" if "the group's" in voiced else home
    text = f"{_cap(lead)} {_cap(line)}"
    want = (Expect(doer, s.iso3, _r("13"), ASSERTED),)
    return text, want, (Expect(s.iso3, "*", frozenset(), ANY),)


_FORCES = (
    "{n} {Sdem} troops",
    "{n} {Sdem} soldiers",
    "{Sdem} troops",
    "its troops",
    "{n} soldiers",
)
_WITHDREW = ("withdrew", "pulled", "has withdrawn", "pulled out")
_STORY = ("{S} invaded {T} last year.", "{S} sent troops into {T} in March.",
          "{S} deployed troops to {T} last year.")  # fmt: skip


def lo65_own_forces_out(sc: Scene) -> Built:
    """ "The United States withdrew US troops": no event (never USA -> USA); "Russia invaded
    Ukraine last year. On Monday Russia pulled 2,000 Russian soldiers": RUS -> UKR 08; near miss
    "... withdrew Russian troops from Ukraine": RUS -> UKR 08."""
    rng, s, t = sc.rng, sc.s, sc.t
    s_name = sc.name(s, 0.0)
    forces = rng.choice(_FORCES).format(n=rng.choice(("2,000", "500", "300")), Sdem=s.demonym)
    moved = f"{s_name} {rng.choice(_WITHDREW)} {forces}"
    r = rng.random()
    if r < 0.2:  # near miss: the place named
        text = f"{_cap(moved)} from {t.name}{rng.choice(_TIMES)}."
        return text, (_e(s, t, _r("08"), ASSERTED),), ()
    if r < 0.6:
        story = rng.choice(_STORY).format(S=s_name, T=t.name)
        text = f"{_cap(story)} On Monday, {moved}."
        want = (_e(s, t, _r("08"), ASSERTED),)
        return text, want, (_e(s, t, _r("19", "15", "07", "08"), ASSERTED),)
    text = f"{_cap(moved)}{rng.choice(_TIMES)}."
    return text, (), (_e(s, None, _r("08"), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo65_own_forces_out": lo65_own_forces_out,
    "lo65_they_pair": lo65_they_pair,
    "lo65_group_voice": lo65_group_voice,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
