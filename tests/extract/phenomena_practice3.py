"""Classes found by the practice3 set (issue 9, round 16), as suite constructions crossed with
the suite's states and several phrasings each.

- ``p3_counted_pair``: "A met B in B's capital. The two men / both envoys / the two foreign
  ministers / the two heads of state signed a trade deal": a person noun counted as a definite
  pair ("the two", "both") is the story's pair, whatever the noun and with an office modifier;
  "police arrested two men ... the two men were charged" (a guard) are the arrested men;
- ``p3_country_owner``: "A asked B to lift the tariff. The country's ambassador met B's
  officials": "the country's" / "the nation's" before an office is "its", the state the story
  is about, not the state named last;
- ``p3_imposed_on``: "A lifted the sanctions it had imposed on B": an act on a measure whose
  own relative clause names whom it was imposed on is aimed at that state;
- ``p3_similar_act``: "A asked B to reopen the border. C has made a similar request": a
  "similar" / "the same" act repeats the earlier act of its root and is aimed at its target
  (a guard: "C signed a similar deal with D" keeps its own partner).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_MEETINGS = (
    "{LS} met {LT} in {CT}{time}.",
    "{LS} flew to {CT}{time} to see {LT}.",
    "{LS} hosted {LT} in {CS}{time}.",
)  # fmt: skip
_PAIRS = (
    "The two men", "Both men", "The two envoys", "The two heads of state",
    "The two foreign ministers", "The two officials", "Both delegates",
)  # fmt: skip
_JOINT_ACTS = (
    ("signed a trade deal", "05"),
    ("agreed to reopen the border", "03"),
    ("pledged to expand trade", "03"),
    ("signed a memorandum on energy", "05"),
)  # fmt: skip


def _e(src: str, tgt: str, roots: set[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset(roots), facts)


def _leader(sc: Scene, st_name: str, leader: str | None) -> str:
    return leader if leader else f"{_poss(st_name)} president"


def p3_counted_pair(sc: Scene) -> Built:
    """ "The two men signed a deal" after a meeting: both ways between the two states."""
    s, t = sc.s, sc.t
    if sc.rng.random() < 0.25:  # a guard: counted men introduced as a group of their own
        text = (
            f"{s.demonym} police arrested two men near the border with {t.name}{_time(sc)}. "
            "The two men were charged with smuggling."
        )
        return text, (_e(s.iso3, t.iso3, {"17"}),), (_e(s.iso3, "*", {"17"}, ANY),)
    meeting = sc.rng.choice(_MEETINGS).format(
        LS=_leader(sc, s.name, s.leader(sc.date)),
        LT=_leader(sc, t.name, t.leader(sc.date)),
        CS=s.capital,
        CT=t.capital,
        time=_time(sc),
    )
    act, root = sc.rng.choice(_JOINT_ACTS)
    text = f"{_cap(meeting)} {sc.rng.choice(_PAIRS)} {act}."
    want = (_e(s.iso3, t.iso3, {root}), _e(t.iso3, s.iso3, {root}))
    allowed = (_e(s.iso3, t.iso3, {"04"}, ANY), _e(t.iso3, s.iso3, {"04"}, ANY))
    return text, want, allowed


_OWNERS = ("The country's", "The nation's")
_OFFICES = ("ambassador", "foreign minister", "trade minister", "envoy")
_OWNER_STORIES = (
    ("{S} asked {T}{time} to lift the tariff on its exports.", "02",
     "{O} {F} met {TD} officials on Friday.", "04"),
    ("{S} summoned {PT} ambassador{time}.", "11",
     "{O} {F} later criticized {T}.", "11"),
    ("{S} signed a fishing deal with {T}{time}.", "05",
     "{O} {F} praised {T}.", "05"),
    ("{S} protested to {T} over the detention of its fishermen{time}.", "11",
     "{O} {F} later met {TD} officials.", "04"),
)  # fmt: skip


def p3_country_owner(sc: Scene) -> Built:
    """ "The country's ambassador met B's officials": the story's state A, not the last named."""
    s, t = sc.s, sc.t
    first, r1, second, r2 = sc.rng.choice(_OWNER_STORIES)
    fill = {
        "S": s.name, "T": t.name, "PT": _poss(t.name), "TD": t.demonym, "time": _time(sc),
        "O": sc.rng.choice(_OWNERS), "F": sc.rng.choice(_OFFICES),
    }  # fmt: skip
    text = _cap(first.format(**fill)) + " " + second.format(**fill)
    want = (_e(s.iso3, t.iso3, {r1}), _e(s.iso3, t.iso3, {r2}))
    allowed = (_e(t.iso3, s.iso3, {r1, r2}, ANY),)  # (a deal or a meeting, the other way)
    return text, want, allowed


_MEASURES = ("sanctions", "tariffs", "export curbs", "restrictions", "duties")
_IMPOSING = ("it imposed on", "it had imposed on", "that it placed on", "it had put on")
# (verb, roots): extending administrative restrictions is 172 (root 17), other measures 163
_LIFTING = (
    ("lifted", {"08"}), ("has begun lifting", {"08"}), ("eased", {"08"}), ("scrapped", {"08"}),
    ("extended", {"16", "17"}),
)  # fmt: skip


def p3_imposed_on(sc: Scene) -> Built:
    """ "A lifted the sanctions it had imposed on B": A -> B."""
    s, t = sc.s, sc.t
    verb, roots = sc.rng.choice(_LIFTING)
    measure = sc.rng.choice(_MEASURES)
    if verb in ("lifted", "has begun lifting", "eased") and sc.rng.random() < 0.3:
        measure = "financial measures"
    when = sc.rng.choice(("", " two years ago", " in 2019", " last year"))
    text = f"{sc.name(s)} {verb} the {measure} {sc.rng.choice(_IMPOSING)} {sc.name(t)}{when}."
    allowed = (_e(s.iso3, t.iso3, {"16"}, ANY),)  # (the imposing, told again)
    return _cap(text), (_e(s.iso3, t.iso3, roots),), allowed


_FIRST_ACTS = (
    ("{S} asked {T}{time} to reopen the border.", "02"),
    ("{S} urged {T}{time} to release the detained fishermen.", "02"),
    ("{S} accused {T}{time} of grabbing land.", "11"),
    ("{S} protested to {T}{time} over the arrest of its fishermen.", "11"),
    ("{S} demanded{time} that {T} withdraw its troops from the border.", "10"),
)  # fmt: skip
_SIMILAR_ACTS = {
    "02": ("{Z} has made a similar request.", "{Z} made the same request a day later.",
           "{Z} made a similar appeal."),
    "11": ("{Z} made the same accusation a week later.", "{Z} lodged a similar protest.",
           "{Z} voiced a similar complaint."),
    "10": ("{Z} made a similar demand.", "{Z} issued the same demand on Wednesday."),
}  # fmt: skip


def p3_similar_act(sc: Scene) -> Built:
    """ "C has made a similar request": C -> B, B the earlier request's target."""
    s, t, z = sc.s, sc.t, sc.z
    if sc.rng.random() < 0.2:  # a guard: a similar act with a partner of its own
        text = f"{s.name} signed a trade deal with {t.name}{_time(sc)}. {z.name} signed a similar deal with {s.name}."
        want = (_e(s.iso3, t.iso3, {"05"}), _e(z.iso3, s.iso3, {"05"}))
        allowed = (_e(t.iso3, s.iso3, {"05"}), _e(s.iso3, z.iso3, {"05"}))
        return text, want, allowed
    first, root = sc.rng.choice(_FIRST_ACTS)
    text = first.format(S=sc.name(s), T=sc.name(t), time=_time(sc))
    text = _cap(text) + " " + sc.rng.choice(_SIMILAR_ACTS[root]).format(Z=z.name)
    want = (_e(s.iso3, t.iso3, {root}), _e(z.iso3, t.iso3, {root}))
    allowed = (_e(t.iso3, "*", set(), ANY - ASSERTED),)  # (the accused or demanded act)
    return _cap(text), want, allowed


PRACTICE3_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p3_counted_pair": p3_counted_pair,
    "p3_country_owner": p3_country_owner,
    "p3_imposed_on": p3_imposed_on,
    "p3_similar_act": p3_similar_act,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before practice3 (5c6c0bc) the same 24 scored (right, false assertions), seeds 0, 1, 2:
# p3_counted_pair 6/8, 6/5, 3/10 ("the two men / envoys / foreign ministers / heads of state"
# unresolved: no joint act, or the pair word unplaced); p3_country_owner 0/17, 0/14, 0/13 ("the
# country's envoy" unplaced, or the last-named state as its own target); p3_imposed_on 0/2,
# 0/1, 0/0 (the lifted measure's state not read from its relative clause; "scrapped the
# sanctions", "extended the curbs" with no row); p3_similar_act 5/0, 7/0, 6/0 (a "similar
# request / protest / accusation" with no target). After: 24/0 on seeds 0-2 (p3_imposed_on 0-4).
FLOORS = {name: (24, 0) for name in PRACTICE3_CONSTRUCTIONS}
