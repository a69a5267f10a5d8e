"""Reactions that an act draws (issue 9, wire7's loss table: reactions whose doer is named only
by a "from/by" phrase were lost with no parties or as background), as templates with other
states and phrasings: "T's move drew condemnation from S" and "T faced criticism from S" (p25),
and the same reaction after the act, "T expelled Z's envoys, drawing condemnation from S" or
"..., a move that drew criticism from S" (p26). The reacting side is the doer, the side that
drew the reaction its target; the reaction is news, not scene."""

from __future__ import annotations

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _one, _poss, _time

# The reaction nouns: (noun phrase, CAMEO root).
_REACTIONS = (
    ("condemnation", "11"), ("sharp criticism", "11"), ("criticism", "11"),
    ("a rebuke", "11"), ("strong condemnation", "11"), ("praise", "05"),
    ("sanctions", "16"), ("a formal complaint", "11"), ("an angry rebuke", "11"),
    ("a protest", "11"), ("protests", "11"),  # a state's protest is diplomatic: 114
)  # fmt: skip
# What the target did, named as the verb's subject: (phrase with {T}/{Tposs}, CAMEO root or "").
_DRAWERS = (
    ("{Tposs} decision", ""), ("{Tposs} move", ""), ("{Tposs} missile test", "15"),
    ("the decision by {T}", ""), ("{Tposs} announcement", ""), ("{Tposs} new policy", ""),
    ("{T}", ""),
)  # fmt: skip
_DRAW_VERBS = (
    "drew", "sparked", "prompted", "triggered", "provoked", "attracted", "was met with",
    "was greeted with",
)  # fmt: skip
_PARTY_VERBS = ("faced", "drew", "received", "attracted")
_OVER = ("", " over the plan", " over its border policy", "")


def p25_drew_reaction(sc: Scene) -> Built:
    """ "T's decision drew condemnation from S", "T faced criticism from S over the plan", "T's
    move was met with protests from S": the "from" phrase names the doer, the subject (or its
    act's doer) is the target; a passive "met with" is no meeting."""
    rng, s, t = sc.rng, sc.s, sc.t
    reaction, root = rng.choice(_REACTIONS)
    drawer, own = rng.choice(_DRAWERS)
    verbs = _PARTY_VERBS if drawer == "{T}" else _DRAW_VERBS
    subject = sc.fill(drawer)
    src = sc.name(s)
    over = rng.choice(_OVER) if drawer == "{T}" else ""
    text = f"{subject} {rng.choice(verbs)} {reaction} from {src}{over}{_time(sc)}."
    allowed = (Expect(t.iso3, "*", frozenset({own}), ANY),) if own else ()
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), allowed


# What T did to Z before the reaction: (phrase with {Z}/{Zposs}/{Zdem}, CAMEO root).
_ACTS = (
    ("expelled two {Zdem} diplomats", "16"), ("recalled its ambassador from {Z}", "16"),
    ("imposed tariffs on {Zdem} steel", "16"), ("launched air strikes on {Z}", "19"),
    ("held military drills near {Z}", "15"), ("cut diplomatic ties with {Z}", "16"),
)  # fmt: skip
_TRAILING = (
    ", drawing {R} from {S}", ", prompting {R} from {S}", ", sparking {R} from {S}",
    ", a move that drew {R} from {S}", ", a step that drew {R} from {S}",
)  # fmt: skip


def p26_drawing_clause(sc: Scene) -> Built:
    """ "T expelled two Z diplomats, drawing condemnation from S", "..., a move that drew
    criticism from S": the reaction after the act is S's act on T, news beside T's act."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, act_root = rng.choice(_ACTS)
    reaction, root = rng.choice(_REACTIONS[:5])  # the disapprovals
    zname = sc.name(z, 0.0)
    done = act.format(Z=zname, Zposs=_poss(zname), Zdem=z.demonym)
    tail = rng.choice(_TRAILING).format(R=reaction, S=sc.name(s))
    text = f"{sc.name(t)} {done}{_time(sc)}{tail}."
    want = (_one(t, z.iso3, act_root, ASSERTED), _one(s, t.iso3, root, ASSERTED))
    return _cap(text), want, ()


WIRE7_CONSTRUCTIONS = {
    "p25_drew_reaction": p25_drew_reaction,
    "p26_drawing_clause": p26_drawing_clause,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0); main before wire7: 0 right on
# both (0 of 200 each; p25 with 71 false of 200: the subject read as the reaction's doer, a
# state's protest as a demonstration, "was met with" as a meeting)
FLOORS = {name: (24, 0) for name in WIRE7_CONSTRUCTIONS}
