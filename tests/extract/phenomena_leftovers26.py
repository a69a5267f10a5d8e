"""Round 21's leftovers (issue 9, leftovers26) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo26_plural_its``: "Chile alleged (that) Argentine forces had violated its airspace", "Ghana
  claimed Togolese troops had seized its boats": a singular "its" cannot stand for the plural
  subject ("forces"), so it is the reporter's state: the act is Y -> X (reported), never
  Y -> Y or Y with no target. (A prepositional object, "had fired on its posts", still takes no
  "its" target at all: left out here.)
- ``lo26_release_from``: "X demanded (called for, pressed for, sought) the release (return) of
  the X-ian journalist (its nationals) from Y": the demand targets Y, the holder named by the
  release's "from", never the released people's own state;
- ``lo26_ready_trailing``: "X was ready to hold joint patrols with Y, the defence minister
  said": the readiness told before its unplaced home office is stated, as in fact27's fronted
  form (03, asserted; GUIDE rule 4, round 19).

Scores on main (61a1429) before the fix, ``bench/phenomena.py`` seed 0: lo26_plural_its 10/13,
lo26_release_from 9/13 with 3 false (USA -> USA), lo26_ready_trailing 0/13 (reported).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Scene, _cap, _e, _poss, _r

_CLAIMED = ("alleged that", "alleged", "claimed", "claimed that", "has alleged that",
            "said", "charged that", "alleged on Monday that")  # fmt: skip
_GROUPS = ("{Tdem} forces", "{Tdem} troops", "{Tdem} soldiers", "{Tdem} border guards",
           "{Tposs} troops", "{Tposs} forces", "{Tdem} gunboats")  # fmt: skip
# (act with "its", CAMEO roots)
_ITS_ACTS = (("had seized its fishing boats", ("17",)), ("had seized its boats", ("17",)),
             ("had detained its fishermen", ("17",)), ("had shelled its villages", ("19",)),
             ("had shelled its border posts", ("19",)), ("shelled its positions", ("19",)),
             ("had attacked its border posts", ("19", "18")),
             ("had abducted its citizens", ("18", "17")))  # fmt: skip


def lo26_plural_its(sc: Scene) -> Built:
    """ "Ghana claimed Togolese forces had seized its boats": Togo -> Ghana (171, reported)."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.0)
    group = sc.rng.choice(_GROUPS).format(Tdem=sc.t.demonym, Tposs=_poss(tname))
    act, roots = sc.rng.choice(_ITS_ACTS)
    text = f"{_cap(sname)} {sc.rng.choice(_CLAIMED)} {group} {act}."
    want = (_e(sc.t, sc.s, _r(*roots), NOT_ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), NOT_ASSERTED))
    return text, want, allowed


_ASKED = ("demanded", "called for", "pressed for", "sought", "demanded on Friday",
          "has called for", "renewed its demand for")  # fmt: skip
_RELEASE = ("the release of the {Sdem} journalist", "the release of two {Sdem} nationals",
            "the return of its citizens", "the release of {Sposs} detained sailors",
            "the immediate release of three {Sdem} aid workers",
            "the return of {Sdem} fishermen", "the release of its detained nationals")  # fmt: skip


def lo26_release_from(sc: Scene) -> Built:
    """ "France demanded the release of the French journalist from Iran": France -> Iran."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.2)
    asked = sc.rng.choice(_ASKED)
    released = sc.rng.choice(_RELEASE).format(Sdem=sc.s.demonym, Sposs=_poss(sc.s.name))
    text = f"{_cap(sname)} {asked} {released} from {tname}."
    return text, (_e(sc.s, sc.t, _r("10", "02"), ASSERTED),), ()


_OFFICES = ("the defence minister", "the foreign minister", "the president",
            "a government spokesman", "the prime minister", "the foreign ministry")  # fmt: skip
_READY = ("ready", "willing", "prepared")
_READY_ACTS = (("hold joint patrols with {T}", "03"), ("hold talks with {T}", "03"),
               ("hold a joint inspection with {T}", "03"), ("resume talks with {T}", "03"),
               ("meet {Tlead}", "03"))  # fmt: skip
_SAID_AFTER = ("said", "said on Monday", "told reporters", "said in a statement")
_FIRST = ("{Tdem} soldiers shot two {Sdem} traders on Monday. ",
          "{Tdem} police detained three {Sdem} drivers last week. ", "", "")  # fmt: skip


def lo26_ready_trailing(sc: Scene) -> Built:
    """ "Togo was ready to hold joint patrols with Benin, the defence minister said": Togo's
    readiness, asserted."""
    act, root = sc.rng.choice(_READY_ACTS)
    clause = act.format(T=sc.name(sc.t, capital=0.2), Tlead=sc.leader(sc.t))
    sname = sc.name(sc.s, capital=0.2)
    office, said = sc.rng.choice(_OFFICES), sc.rng.choice(_SAID_AFTER)
    text = f"{_cap(sname)} was {sc.rng.choice(_READY)} to {clause}, {office} {said}."
    first = sc.rng.choice(_FIRST).format(Tdem=sc.t.demonym, Sdem=sc.s.demonym)
    want = (_e(sc.s, sc.t, _r(root), ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED), _e(sc.t, sc.s, frozenset(), ANY))
    return first + text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo26_plural_its": lo26_plural_its,
    "lo26_release_from": lo26_release_from,
    "lo26_ready_trailing": lo26_ready_trailing,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
