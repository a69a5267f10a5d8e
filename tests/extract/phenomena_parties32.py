"""States with plural names (issue 9, parties32): "The Philippines", "the Netherlands", "the
Bahamas", "the Solomon Islands", "the Maldives", "the United Arab Emirates", "the Comoros", "the
Marshall Islands", "the Seychelles", "the United States" (tagged NNPS) are one singular
antecedent, so "its" (with a singular verb) or "their" (with a plural verb) after them is the
state. The rule that lets "its" pass over a plural group subject ("Argentine forces ... its
airspace") read these names as groups: "The Philippines has made good on its pledge to lift its
sanctions on Yerevan" lost the pledge's owner and so the lifting (085), leaving the sanctions
(163). Crossed with the suite's states as targets (name or capital) and several roots each:

- ``p32_plural_kept``: "The Bahamas has kept its promise to lift its sanctions on T" (and
  "have ... their"): the promised act, S -> T, asserted;
- ``p32_plural_own``: "The Maldives has recalled its ambassador from T", "suspended its aid to
  T", "is withdrawing its troops from T", "expanded its sanctions on T": S -> T, asserted;
- ``p32_plural_victim``: "The Comoros said Tdem drones had violated its airspace": T -> S,
  reported under the frame. Only "its" here: "said Syrian warplanes had violated their
  airspace" reads "their" as the nearest plural, the warplanes, whatever the reporter's name.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from phenomena_tables import State, states_of
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene

# Plural-named states and how wire copy names them (the tables' names lack the article).
_PLURAL = ("PHL", "NLD", "BHS", "SLB", "MDV", "ARE", "COM", "MHL", "SYC", "USA")
_WHEN = ("", " on Monday", " on Friday", " last week", " this week")


@cache
def _plural_states() -> tuple[State, ...]:
    return states_of(_PLURAL, lambda c: "HOS")


def _pick(sc: Scene) -> tuple[State, str, bool]:
    """A plural-named state other than the target, its written name ("The Maldives"), and
    whether the verb and pronoun agree in the plural ("have ... their")."""
    s = sc.rng.choice([st for st in _plural_states() if st.iso3 != sc.t.iso3])
    return s, f"The {s.name}", sc.rng.random() < 0.4


def _target(sc: Scene) -> str:
    return sc.name(sc.t, capital=0.3)


_PROMISES = ("kept {p} promise", "made good on {p} pledge", "honoured {p} pledge",
             "fulfilled {p} pledge", "kept {p} pledge")  # fmt: skip
_PROMISED = (("lift {p} sanctions on {T}", "08"), ("withdraw {p} troops from {T}", "08"),
             ("lift {p} embargo on {T}", "08"), ("send aid to {T}", "07"),
             ("send food aid to {T}", "07"))  # fmt: skip


def p32_plural_kept(sc: Scene) -> Built:
    """ "The Philippines has made good on its pledge to lift its sanctions on Armenia": the
    lifting, PHL -> ARM (08), asserted, never the sanctions (16)."""
    s, name, plural = _pick(sc)
    p, aux = ("their", "have") if plural else ("its", "has")
    act, root = sc.rng.choice(_PROMISED)
    kept = sc.rng.choice(_PROMISES).format(p=p)
    text = f"{name} {aux} {kept} to {act.format(p=p, T=_target(sc))}{sc.rng.choice(_WHEN)}."
    return text, (Expect(s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


_OWN = (("recalled {p} ambassador from {T}", "16"), ("suspended {p} aid to {T}", "16"),
        ("{is} withdrawing {p} troops from {T}", "08"), ("expanded {p} sanctions on {T}", "16"),
        ("{has} imposed {p} first sanctions on {T}", "16"),
        ("{has} cut {p} aid to {T}", "16"),
        ("{is} pulling {p} troops out of {T}", "08"))  # fmt: skip


def p32_plural_own(sc: Scene) -> Built:
    """ "The Netherlands has recalled its ambassador from Hanoi": NLD -> VNM 16, asserted."""
    s, name, plural = _pick(sc)
    p, be, has = ("their", "are", "have") if plural else ("its", "is", "has")
    act, root = sc.rng.choice(_OWN)
    text = f"{name} {act.format(p=p, T=_target(sc), has=has, **{'is': be})}"
    text += f"{sc.rng.choice(_WHEN)}."
    return text, (Expect(s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


_SAID = ("said", "says", "reported that", "said that")
_VIOLATED = ("{Tdem} drones had violated {p} airspace", "{Tdem} jets had violated {p} airspace",
             "{Tdem} warplanes had violated {p} airspace",
             "{Tdem} bombers had violated {p} airspace")  # fmt: skip


def p32_plural_victim(sc: Scene) -> Built:
    """ "The Comoros said Iranian drones had violated its airspace": IRN -> COM (15 or 17 by
    the verb), not asserted by the writer."""
    s, name, _ = _pick(sc)
    p = "its"  # ("their" after a plural clause subject names that subject: left, see below)
    said = sc.rng.choice(_SAID)
    clause = sc.rng.choice(_VIOLATED).format(Tdem=sc.t.demonym, p=p)
    text = f"{name} {said} {clause}{sc.rng.choice(_WHEN)}."
    want = (Expect(sc.t.iso3, s.iso3, frozenset({"15", "17", "19"}), frozenset({"reported"})),)
    return text, want, (Expect(sc.t.iso3, s.iso3, frozenset(), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p32_plural_kept": p32_plural_kept,
    "p32_plural_own": p32_plural_own,
    "p32_plural_victim": p32_plural_victim,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
