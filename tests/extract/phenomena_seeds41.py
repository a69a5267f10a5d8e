"""Phenomena of seeds41: a state's name read into the first clause's object, and a by-phrase
after a reporter's topic read as the asker.

- ``s41_name_after_object``: "Nigeria banned imports of Kenyan beef and Kenya criticised the
  decision", "Japan imposed tariffs on Korean steel and South Korea denounced the step": with
  no comma before "and", the parser conjoins the second clause's subject (a bare name) to a
  noun inside the first clause's object or phrase, and hangs the second verb as the first's
  clause (its object lost), conjunct or adverbial clause with no subject. The act lost its
  target or the judgement its judge (``_object_subjects._name_as_subject``,
  ``_stranded_name_subject``): X -> Y the act, Y -> X 11 asserted;
- ``s41_asked_about_by``: "Nigeria's government, when asked about the drills by Saudi Arabia,
  declined to comment": the by-phrase after the topic is the topic's doer, which the parser
  hangs on "asked" as its agent; no one made an appeal (``_asked_questions._topic_doer``).

Before the fix, on main (62f82218): "banned imports of Kenyan beef and Kenya criticised" gave
X 17 with no target and no judgement; "asked about the drills by Y" gave Y -> X 02 asserted
(a false assertion, seed 1 of pr10_asked_about).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

# (X's act on Y's goods, with {Tdem} Y's demonym; CAMEO root)
_ACTS = (("banned imports of {Tdem} beef", "16"), ("imposed tariffs on {Tdem} steel", "16"),
         ("suspended purchases of {Tdem} wheat", "16"), ("halted imports of {Tdem} poultry", "16"),
         ("imposed duties on {Tdem} cars", "16"), ("banned exports of fuel to {Tdem} firms", "16"),
         ("froze the assets of {Tdem} banks", "16"),
         ("raised tariffs on {Tdem} textiles", "16"))  # fmt: skip
_WHEN = ("", " on Monday", " last week", " this week")
_JUDGED = (("criticised the {n}", "11"), ("condemned the {n}", "11"), ("denounced the {n}", "11"),
           ("sharply criticised the {n}", "11"),
           ("called the {n} unjustified", "11"))  # fmt: skip
_NOUNS = ("decision", "move", "step", "measure", "ban")


def s41_name_after_object(sc: Scene) -> Built:
    """ "X banned imports of Y-ian beef and Y criticised the decision": X -> Y the act, Y -> X
    11, both asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = rng.choice(_ACTS)
    judged, jroot = rng.choice(_JUDGED)
    judge = sc.name(t, capital=0.3)
    text = (f"{_cap(sc.name(s, capital=0.2))} {act.format(Tdem=t.demonym)}{rng.choice(_WHEN)} "
            f"and {judge} {judged.format(n=rng.choice(_NOUNS))}.")  # fmt: skip
    want = (_e(s, t, _r(root), ASSERTED), _e(t, s, _r(jroot), ASSERTED))
    return text, want, ()


_WHO = ("{Sposs} government", "{Sposs} foreign ministry", "{Sposs} president",
        "a spokesman for {Sposs} defence ministry")  # fmt: skip
_ASKED = ("when asked about", "asked about", "asked on Tuesday about", "when asked on Friday about")
_TOPICS = ("the drills by {T}", "the missile tests by {T}", "the troop build-up by {T}",
           "the naval exercises by {T}", "the airspace violations by {T}",
           "the new sanctions by {T}")  # fmt: skip
_SAID = ("declined to comment", "said it was monitoring the situation",
         "said it had no information", "would not comment")  # fmt: skip


def s41_asked_about_by(sc: Scene) -> Built:
    """ "X's government, when asked about the drills by Y, declined to comment": no appeal by
    Y to X (no event asserted between them)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice(_WHO).format(Sposs=_poss(sc.name(s, capital=0.0)))
    topic = rng.choice(_TOPICS).format(T=sc.name(t, capital=0.2))
    text = f"{_cap(who)}, {rng.choice(_ASKED)} {topic}, {rng.choice(_SAID)}."
    allowed = (Expect(t.iso3, "", frozenset(), NOT_ASSERTED), _e(t, s, frozenset(), NOT_ASSERTED),
               Expect(s.iso3, "", _r("11"), ANY))  # fmt: skip
    return text, (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "s41_name_after_object": s41_name_after_object,
    "s41_asked_about_by": s41_asked_about_by,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
