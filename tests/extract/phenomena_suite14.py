"""The suite's weak spots at other seeds (issue 9, round 13, task suite14), as classes crossed
with states and phrasings: an act named by its means under a verb of response ("S answered
T's move by offering talks": aimed at the answered side, class BY of fresh6), a bare title as
the doer ("The president later criticized T": never T's own), a doer of an elided clause
("S and Z threatened ...": see ``s13_elided_after``) and two leaders whose first name the
parser hangs on the second ("Park Geun-hye and Michel Temer met"). The sentences are the
project's own."""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_MEANS = (
    ("offering {T} talks", "03"),
    ("offering talks", "03"),
    ("expelling two diplomats", "16"),
    ("recalling its ambassador", "16"),
    ("suspending trade", "16"),
    ("imposing tariffs", "16"),
)  # fmt: skip
_ANSWERED = (
    "{S} answered {Tposs} move by {means}",
    "{S} responded to {Tposs} decision by {means}",
    "{S} reacted to the closure by {T} by {means}",
    "{S} has answered {T} by {means}",
    "{S} retaliated against {T} by {means}",
)  # fmt: skip
_EARLIER = (
    "{T} closed its border with {S}{when}. {S} answered by {means}",
    "{T} seized two {Sdem} fishing boats{when}. {S} responded by {means}",
)  # fmt: skip


def su14_answered_means(sc: Scene) -> Built:
    """ "Kenya answered Uganda's move by offering talks", "... responded by expelling two
    diplomats" after Uganda's act: the means is aimed at the answered side."""
    s, t = sc.s, sc.t
    means, root = sc.rng.choice(_MEANS)
    tname, sname = sc.name(t), sc.name(s, 0.0)
    how = sc.rng.choice(_ANSWERED + _EARLIER)
    text = how.format(
        S=sname, T=tname, Tposs=_poss(tname), Sdem=s.demonym, when=_time(sc),
        means=means.format(T=tname),
    )  # fmt: skip
    want = (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),)
    allowed = (
        Expect(t.iso3, s.iso3, frozenset(), ASSERTED),  # (the earlier act)
        Expect(s.iso3, t.iso3, frozenset({"03", "16", "19"}), ASSERTED),  # (the retaliation)
    )
    return _cap(text) + ".", want, allowed


_TITLES = ("The president", "The prime minister", "King", "President", "The foreign minister")
_TITLE_ACTS = (("later criticized {T}", "11"), ("later praised {T}", "05"),
               ("later accused {T} of meddling", "11"))  # fmt: skip


def su14_bare_title(sc: Scene, others: list[State]) -> Built:
    """ "S and Z signed a trade deal. The president later criticized T": an office named by its
    title alone is no one of T's (a state does not criticize itself); S's or Z's or no one's."""
    s, t, z = sc.s, sc.t, sc.z
    act, root = sc.rng.choice(_TITLE_ACTS)
    title = sc.rng.choice(_TITLES)
    text = (
        f"{sc.name(s, 0.0)} and {sc.name(z, 0.0)} signed a trade deal{_time(sc)}. "
        f"{title} {act.format(T=sc.name(t))}."
    )
    want = (
        Expect(s.iso3, z.iso3, frozenset({"05", "06"}), ASSERTED),
        Expect(z.iso3, s.iso3, frozenset({"05", "06"}), ASSERTED),
    )
    allowed = tuple(Expect(x, t.iso3, frozenset({root}), ANY) for x in ("---", s.iso3, z.iso3))
    return text, want, allowed


_JOINT = ("deploy warships near {T}", "impose sanctions on {T}", "cut diplomatic ties with {T}")
_JOINT_ROOT = frozenset({"13"})


def su14_joint_elided(sc: Scene) -> Built:
    """ "S threatened to deploy warships near T; Z followed suit": the elided clause's doer
    aims the act where the first doer's pair put its target (T), never at the first doer."""
    s, t, z = sc.s, sc.t, sc.z
    act = sc.rng.choice(_JOINT).format(T=sc.name(t))
    end = sc.rng.choice(("; {Z} followed suit", ", and so did {Z}", ", as did {Z}"))
    text = f"{sc.name(s, 0.0)} threatened to {act}{_time(sc)}{end.format(Z=sc.name(z, 0.0))}."
    want = (
        Expect(s.iso3, t.iso3, _JOINT_ROOT, ASSERTED),
        Expect(z.iso3, t.iso3, _JOINT_ROOT, ASSERTED),
    )
    allowed = tuple(Expect(x, t.iso3, frozenset({"16"}), ANY) for x in (s.iso3, z.iso3))
    return _cap(text), want, allowed


SUITE14_CONSTRUCTIONS = {
    "su14_answered_means": su14_answered_means,
    "su14_joint_elided": su14_joint_elided,
}
SUITE14_WITH_OTHERS = {"su14_bare_title": su14_bare_title}
# (fewest right of 24, most false) on sample(name, 24, seed=0). Main before suite14 (0772518):
# su14_answered_means 7 right / 6 false (no target, or the responder's own state),
# su14_joint_elided 21 / 3 (the elided doer aimed at the first doer), su14_bare_title 10 / 14
# (the title placed in the state it acts on: T -> T); after suite14 all 24/0.
FLOORS = {name: (24, 0) for name in [*SUITE14_CONSTRUCTIONS, *SUITE14_WITH_OTHERS]}
