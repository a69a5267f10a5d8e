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
  airspace" reads "their" as the nearest plural, the warplanes, whatever the reporter's name;
- ``p32_scramble_as``: "Poland has scrambled jets as / after / when Russia struck Ukraine": the
  scramble answers the clause's act, S -> T 154 (the clause's strike is its scene). A bare
  "Minsk scrambled aircraft as ..." is at times parsed as one noun phrase ("scrambled" an
  adjective): that parse fault is left open;
- ``p32_scramble_had``: "T struck Z. S's defence ministry said it had scrambled aircraft in
  response": the parser hangs "it" on "had"; S -> T 154;
- ``p32_gave_noun``: "S gave T a warning / an ultimatum / assurances / security guarantees":
  the noun's act (13, 03), S -> T, never aid (07);
- ``p32_made_offer``: "S made T an offer of talks / a promise": S -> T 03, though the parser
  reads "T an offer" as a small clause.
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


_DONE = frozenset({"asserted", "reported"})
_CRAFT = ("jets", "aircraft", "fighter jets", "fighters", "interceptors")
_MARKS = ("as", "after", "when", "while")
_STRUCK = ("{T} struck {Z}", "{T} launched missiles at {Z}", "{T} bombed {Z}",
           "{Tdem} drones attacked {Z}", "{Tdem} missiles struck {Z}",
           "{T} fired rockets at {Z}")  # fmt: skip


# (A bare "Minsk scrambled aircraft as ..." is at times parsed as one noun phrase, "scrambled"
# an adjective: a parse fault left open, see the module's docstring.)
_SCRAMBLERS = ("{S} scrambled its {c}", "{S} has scrambled {c}", "{S} scrambled {c}",
               "{S} had scrambled {c}")  # fmt: skip


def p32_scramble_as(sc: Scene) -> Built:
    """ "Poland scrambled aircraft as Russia struck Ukraine": the scramble answers the act of
    the "as" clause, POL -> RUS (15); the clause's own act may be coded or left as its scene."""
    name = sc.name(sc.s, capital=0.2)
    clause = sc.rng.choice(_STRUCK).format(T=sc.name(sc.t, 0.2), Tdem=sc.t.demonym,
                                           Z=sc.name(sc.z, 0.2))  # fmt: skip
    main = sc.rng.choice(_SCRAMBLERS).format(S=name, Sposs=_possessive(name),
                                             c=sc.rng.choice(_CRAFT))  # fmt: skip
    text = f"{main} {sc.rng.choice(_MARKS)} {clause}."
    allowed = (Expect(sc.t.iso3, sc.z.iso3, frozenset(), ANY),)
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"15"}), _DONE),), allowed


_SAID_HAD = ("{S} said it had scrambled {c} in response",
             "{Sposs} defence ministry said it had scrambled {c} in response",
             "{Sposs} military said it had scrambled {c}",
             "{Sposs} air force said it had scrambled {c} in response",
             "{S} said it had scrambled {c}")  # fmt: skip


def p32_scramble_had(sc: Scene) -> Built:
    """ "Russia struck western Ukraine. Poland's defence ministry said it had scrambled aircraft
    in response": the parser hangs "it" on "had"; POL -> RUS (15)."""
    name = sc.name(sc.s, capital=0.0)
    first = sc.rng.choice(_STRUCK).format(T=sc.name(sc.t, 0.2), Tdem=sc.t.demonym,
                                          Z=sc.name(sc.z, 0.2))  # fmt: skip
    second = sc.rng.choice(_SAID_HAD).format(S=name, Sposs=_possessive(name),
                                             c=sc.rng.choice(_CRAFT))  # fmt: skip
    text = f"{first[0].upper()}{first[1:]}{sc.rng.choice(_WHEN)}. {second}."
    allowed = (Expect(sc.t.iso3, sc.z.iso3, frozenset(), ANY),)
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"15"}), _DONE),), allowed


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_GIVEN = (("gave {T} a warning", "13"), ("gave {T} a stern warning", "13"),
          ("gave {T} a final warning", "13"), ("gave {T} an ultimatum", "13"),
          ("gave {T} assurances of support", "03"), ("gave {T} a guarantee", "03"),
          ("gave {T} security guarantees", "03"), ("gave {T} a promise of aid", "03"),
          ("gave {T} assurances", "03"), ("issued {T} a warning", "13"))  # fmt: skip
_MADE = (("made {T} an offer", "03"), ("made {T} a promise", "03"),
         ("made {T} an offer of talks", "03"), ("made {T} a generous offer", "03"),
         ("made {T} a firm promise", "03"), ("made {T} an offer of aid", "03"))  # fmt: skip


def p32_gave_noun(sc: Scene) -> Built:
    """ "Japan gave China a warning": the warning (13), assurances or a guarantee (03) the
    noun names, JPN -> CHN; never aid given (07)."""
    act, root = sc.rng.choice(_GIVEN)
    text = f"{sc.name(sc.s, 0.2)} {act.format(T=sc.name(sc.t, 0.0))}{sc.rng.choice(_WHEN)}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


def p32_made_offer(sc: Scene) -> Built:
    """ "Japan made China an offer of talks": the offer or promise (03), JPN -> CHN, though the
    parser reads "China an offer" as a small clause."""
    act, root = sc.rng.choice(_MADE)
    text = f"{sc.name(sc.s, 0.2)} {act.format(T=sc.name(sc.t, 0.0))}{sc.rng.choice(_WHEN)}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p32_plural_kept": p32_plural_kept,
    "p32_plural_own": p32_plural_own,
    "p32_plural_victim": p32_plural_victim,
    "p32_scramble_as": p32_scramble_as,
    "p32_scramble_had": p32_scramble_had,
    "p32_gave_noun": p32_gave_noun,
    "p32_made_offer": p32_made_offer,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
