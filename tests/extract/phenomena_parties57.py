"""Round 36's op-ed pair kinds of the fresh30 review (issue 9; class A of
bench/gold/reviews/fresh30_classes.md, and the scene-setting "trade little" its opener gives) as
suite constructions crossed with the suite's states named by name or capital and several
phrasings each:

- ``p57_pair_after_supposed``: "S and T have rarely been close. Were Z to invade W, S would
  probably not send troops. ZCAP has accused both of 'bloc thinking'": Z -> S and Z -> T 11
  (the op-ed's pair, never the supposed case's W), by "both", "either of them", "both
  countries";
- ``p57_pair_after_asserted`` (near miss): the act between Z and W is asserted ("Z invaded W
  last week"): "both countries" are the newer pair, V -> Z and V -> W;
- ``p57_scarce_acts``: "S and T trade little", "S and T rarely cooperate", "S has seldom
  criticised T": how little two states do is no act (GUIDE rule 1), nothing asserted;
- ``p57_scarce_then_act`` (near miss): "S has rarely criticised T, but on Monday S condemned
  T's tariffs": the dated act stays S -> T 11;
- ``p57_struck_government``: "S-ian jets struck TCAP. The government demanded an end to the
  strikes": the bare government is the struck state's, T -> S;
- ``p57_struck_own_government`` (near miss): "The S-ian government said ...": S's own, no act;
- ``p57_promised_met``: "SLEAD met TLEAD and promised to press for the ratification of the EU's
  agreement with T": S -> T 03 (the one met), never at the pact's owner;
- ``p57_promised_pressed`` (near miss): "... promised to urge Z to free the sailors": Z stays.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State, load_states
from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
)

_OPENERS = (
    "{S} and {T} have rarely been close.",
    "{S} and {T} trade little.",
    "{S} and {T} rarely cooperate.",
    "{S} and {T} have little in common.",
    "{S} and {T} are unlikely partners.",
)
_SUPPOSED = (
    "Were {Z} to invade {W}, {S} would probably not send troops.",
    "If {Z} were to blockade {W}, {T} would stay neutral.",
    "Should {Z} attack {W}, {S} would do little.",
    "Were {Z} to impose sanctions on {W}, neither would follow.",
)
_AT_PAIR = (
    ("{Zc} has accused both of 'bloc thinking'.", "11"),
    ("{Zc} has criticised both for their fishing rules.", "11"),
    ("{Zc} has criticised both countries.", "11"),
    ("{Zc} has condemned both of them.", "11"),
    ("{Zc} has accused both of them of hypocrisy.", "11"),
)
_NEGATED_AT_PAIR = (
    " but has not sanctioned either of them.",
    " but has never threatened either of them.",
)


def _others(sc: Scene, n: int) -> list[State]:
    """``n`` states other than the scene's three, drawn from the suite's table."""
    taken = {sc.s.iso3, sc.t.iso3, sc.z.iso3}
    pool = [st for st in load_states() if st.iso3 not in taken]
    return sc.rng.sample(pool, n)


def p57_pair_after_supposed(sc: Scene) -> Built:
    """The op-ed's pair, a supposed act between two others, then "both" at the pair."""
    s, t, z = sc.s, sc.t, sc.z
    (w,) = _others(sc, 1)
    words = {"S": s.name, "T": t.name, "Z": z.name, "W": w.name, "Zc": z.capital}
    said, root = sc.rng.choice(_AT_PAIR)
    tail = sc.rng.choice(_NEGATED_AT_PAIR) if sc.rng.random() < 0.4 else ""
    if tail:
        said = said[:-1] + tail
    text = " ".join(
        (
            sc.rng.choice(_OPENERS).format(**words),
            sc.rng.choice(_SUPPOSED).format(**words),
            said.format(**words),
        )
    )
    expected = (_e(z, s, _r(root), ASSERTED), _e(z, t, _r(root), ASSERTED))
    allowed = (
        Expect(z.iso3, s.iso3, frozenset(), ANY),
        Expect(z.iso3, t.iso3, frozenset(), ANY),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), expected, allowed


def p57_pair_after_asserted(sc: Scene) -> Built:
    """Near miss: the act between Z and W is told as done: "both countries" are Z and W."""
    s, t, z = sc.s, sc.t, sc.z
    w, v = _others(sc, 2)
    words = {"S": s.name, "T": t.name, "Z": z.name, "W": w.name, "V": v.name}
    act = sc.rng.choice(("{Z} invaded {W} last week.", "{Z} attacked {W} on Monday."))
    critic = sc.rng.choice(("{V} has criticised both countries.", "{V} condemned both countries."))
    text = " ".join(
        (sc.rng.choice(_OPENERS).format(**words), act.format(**words), critic.format(**words))
    )
    expected = (
        _e(z, w, _r("19"), ASSERTED),
        _e(v, z, _r("11"), ASSERTED),
        _e(v, w, _r("11"), ASSERTED),
    )
    return _cap(text), expected, (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_SCARCE = (
    "{S} and {T} trade little.",
    "{S} and {T} rarely cooperate.",
    "{S} and {T} have rarely cooperated on security.",
    "{S} has seldom criticised {T}.",
    "{S} and {T} seldom cooperate on defence.",
    "{S} rarely criticises {T}.",
)


def p57_scarce_acts(sc: Scene) -> Built:
    """How little two states do together: no act."""
    words = {"S": sc.name(sc.s), "T": sc.name(sc.t)}
    return _cap(sc.rng.choice(_SCARCE).format(**words)), (), ()


def p57_scarce_then_act(sc: Scene) -> Built:
    """Near miss: a rare act, then one done: the done act stays."""
    s, t = sc.s, sc.t
    words = {"S": s.name, "T": t.name, "Tdem": t.demonym}
    opener = sc.rng.choice(("{S} has rarely criticised {T}", "{S} seldom criticises {T}"))
    act = sc.rng.choice(
        (
            "but on Monday {S} condemned the {Tdem} tariffs",
            "but on Monday {S} accused {T} of dumping steel",
        )
    )
    text = f"{opener.format(**words)}, {act.format(**words)}."
    return _cap(text), (_e(s, t, _r("11"), ASSERTED),), ()


_STRIKERS = ("jets", "drones", "warplanes")
_STRUCK = ("struck", "bombed", "hit")
_ANSWERS = (
    ("The government demanded an end to the strikes.", "10"),
    ("The government demanded an immediate end to the attacks.", "10"),
    ("The government called for an end to the strikes.", "02"),
    ("The government condemned the strikes.", "11"),
)


def p57_struck_government(sc: Scene) -> Built:
    """ "S-ian jets struck TCAP. The government demanded an end to the strikes": T -> S (the
    struck state's government answers the attacker)."""
    s, t = sc.s, sc.t
    answer, root = sc.rng.choice(_ANSWERS)
    text = (
        f"{s.demonym} {sc.rng.choice(_STRIKERS)} {sc.rng.choice(_STRUCK)} {t.capital}"
        f"{sc.rng.choice(('', ' overnight', ' on Sunday'))}. {answer}"
    )
    expected = (_e(s, t, _r("19"), ASSERTED), _e(t, s, _r(root), ASSERTED))
    return _cap(text), expected, (Expect("*", "*", frozenset(), NOT_ASSERTED),)


def p57_struck_own_government(sc: Scene) -> Built:
    """Near miss: "The S-ian government defended the strikes": named, never the struck state's."""
    s, t = sc.s, sc.t
    text = (
        f"{s.demonym} {sc.rng.choice(_STRIKERS)} {sc.rng.choice(_STRUCK)} {t.capital}. "
        f"The {s.demonym} government said the strikes targeted militants."
    )
    return (
        _cap(text),
        (_e(s, t, _r("19"), ASSERTED),),
        (Expect("*", "*", frozenset(), NOT_ASSERTED),),
    )


_BODIES = ("the EU's", "the European Union's", "the bloc's", "Mercosur's")
_PACT_NOUNS = ("agreement", "trade deal", "partnership accord", "free trade pact")
_PRESS = ("press for", "push for", "work for", "campaign for")


def p57_promised_met(sc: Scene) -> Built:
    """ "SLEAD met TLEAD and promised to press for the ratification of the EU's agreement with
    T": the promise S -> T 03 (the one met), never at the pact's owner."""
    s, t = sc.s, sc.t
    host = sc.rng.choice((f"{s.demonym} leader {sc.leader(s)}", f"{s.name}'s foreign minister"))
    guest = sc.rng.choice((f"{t.demonym} leader {sc.leader(t)}", f"{t.name}'s president"))
    verb = sc.rng.choice(("met", "hosted", "received"))
    body = sc.rng.choice(_BODIES)
    text = (
        f"{host} {verb} {guest}{sc.rng.choice(('', ' in ' + s.capital))} and promised to "
        f"{sc.rng.choice(_PRESS)} the ratification of {body} {sc.rng.choice(_PACT_NOUNS)} "
        f"with {t.name}."
    )
    expected = (_e(s, t, _r("04"), ASSERTED), _e(s, t, _r("03"), ASSERTED))
    allowed = (
        Expect(s.iso3, t.iso3, frozenset(), ANY),
        Expect(t.iso3, s.iso3, _r("04"), ANY),  # (a hosting: the guest's visit)
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), expected, allowed


def p57_promised_pressed(sc: Scene) -> Built:
    """Near miss: the promised act names its own target ("promised to press Z to free the
    sailors"): never the one met for that act."""
    s, t, z = sc.s, sc.t, sc.z
    text = (
        f"{s.name}'s foreign minister met {t.name}'s president and promised to urge {z.name} "
        "to free the sailors."
    )
    expected = (_e(s, t, _r("04"), ASSERTED),)
    allowed = (
        Expect(s.iso3, z.iso3, frozenset(), ANY),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), expected, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p57_pair_after_supposed": p57_pair_after_supposed,
    "p57_pair_after_asserted": p57_pair_after_asserted,
    "p57_scarce_acts": p57_scarce_acts,
    "p57_scarce_then_act": p57_scarce_then_act,
    "p57_struck_government": p57_struck_government,
    "p57_struck_own_government": p57_struck_own_government,
    "p57_promised_met": p57_promised_met,
    "p57_promised_pressed": p57_promised_pressed,
}

FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
