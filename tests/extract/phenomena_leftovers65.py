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
  state named; near miss "S's army spokesman said it would attack T": S -> T.
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


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo65_they_pair": lo65_they_pair,
    "lo65_group_voice": lo65_group_voice,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
