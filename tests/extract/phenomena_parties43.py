"""fresh21's class C (issue 9, parties43) as suite constructions crossed with the suite's
states, invented office-holders, titles and verbs:

- ``p43_own_voice_pronoun``: "S will V ... with T, TITLE NAME said. T's minister NAME2
  criticised the decision. SURNAME said (added) .... He (She) denied that CAPITAL had V-ed T
  lorries": the titled speaker of no stated state closes a sentence whose subject is S, so he
  is S's office (``_own_voice.own_voice_state``); his bare surname is the subject of the
  sentence just before the pronoun, which is S's (the denial aims at the accuser, T), never T's
  minister named two sentences before;
- ``p43_own_voice_surname``: "S V-ed ..., TITLE NAME said. SURNAME criticised (warned,
  accused) T ...": the bare surname's act is S's;
- ``p43_bare_complaint``: "S expelled (detained, arrested) T-ian N, and T's ministry (CAPITAL,
  T) complained": the complaint is T's 114 at S (``story_protests.protest_story_partner``).

Before the fix, on main (82a81b90): the first gave "T's minister -> none 016", the second
nothing; the third "T -> none 114".
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene

# Invented office-holders (no table holds them): (first name, surname, pronoun)
_PEOPLE = (("Ana", "Solvik", "She"), ("Marek", "Dravnel", "He"), ("Lucia", "Ferranto", "She"),
           ("Tomas", "Kovrin", "He"), ("Ingrid", "Halvorsen", "She"), ("Pavel", "Ostrak", "He"),
           ("Nadia", "Belmonte", "She"), ("Jonas", "Vaitkun", "He"))  # fmt: skip
_OTHERS = (("Carla", "Renzetti"), ("Viktor", "Stanek"), ("Elena", "Morvai"), ("Dario", "Kessler"))
_TITLES = ("Interior Minister", "Foreign Minister", "Security Minister", "Defence Minister",
           "Trade Minister")  # fmt: skip
_MEASURES = ("will extend checks on its border with {T}", "will tighten controls on its border"
             " with {T}", "will close two crossings on its border with {T}",
             "will step up patrols along its border with {T}")  # fmt: skip
_SAID = ("said", "said", "told reporters", "announced")
_JUDGED = ("called the decision unjustified", "criticised the decision",
           "condemned the move", "called the measure unfair")  # fmt: skip
_THEN = ("said the two police forces would meet next week",
         "added that the checks would last a month",
         "said talks with the neighbours would continue",
         "told reporters the crossings would stay open to residents")  # fmt: skip
_DENIED = ("denied that {C} had turned back {D} lorries at the border",
           "denied that {C} had expelled {D} workers",
           "denied that {C} had seized {D} lorries",
           "denied that {C} had turned away {D} traders")  # fmt: skip


def _speaker(sc: Scene) -> tuple[str, str, str, str]:
    first, surname, pron = sc.rng.choice(_PEOPLE)
    return sc.rng.choice(_TITLES), f"{first} {surname}", surname, pron


def _around(s: str, t: str) -> tuple[Expect, ...]:
    """The story's other acts between the two (the measure, the judging, the denied act)."""
    return (Expect(s, t, frozenset(), ANY), Expect(t, s, frozenset(), ANY))


def p43_own_voice_pronoun(sc: Scene) -> Built:
    """The denial of the S speaker whose bare surname opened the sentence before."""
    rng, s, t = sc.rng, sc.s, sc.t
    title, name, surname, pron = _speaker(sc)
    other = " ".join(rng.choice(_OTHERS))
    judge = rng.choice((f"{t.demonym} {rng.choice(_TITLES)} {other}",
                        f"{t.demonym} {rng.choice(_TITLES)} {other}"))  # fmt: skip
    measure = rng.choice(_MEASURES).format(T=t.name)
    denied = rng.choice(_DENIED).format(C=s.capital, D=t.demonym)
    text = (
        f"{s.name} {measure}, {title} {name} {rng.choice(_SAID)}. {judge}"
        f" {rng.choice(_JUDGED)}. {surname} {rng.choice(_THEN)}. {pron} {denied}."
    )
    want = (Expect(s.iso3, t.iso3, frozenset({"01"}), ASSERTED),)
    return text, want, _around(s.iso3, t.iso3)


_ACTED = (("criticised {T} for the delay", "11"), ("accused {T} of smuggling fuel", "11"),
          ("thanked {T} for its help", "05"), ("urged {T} to reopen the crossing", "02"),
          ("praised {T} for its cooperation", "05"))  # fmt: skip


def p43_own_voice_surname(sc: Scene) -> Built:
    """The act of the bare surname of a speaker placed by his sentence's state."""
    rng, s, t = sc.rng, sc.s, sc.t
    title, name, surname, _pron = _speaker(sc)
    measure = rng.choice(_MEASURES).format(T=t.name)
    vp, root = rng.choice(_ACTED)
    tname = rng.choice((t.name, t.name, t.capital))
    text = (
        f"{s.name} {measure}, {title} {name} {rng.choice(_SAID)}. {surname} {vp.format(T=tname)}."
    )
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), _around(s.iso3, t.iso3)


_FIRST = ("expelled two {T} diplomats", "detained a {T} journalist", "arrested three {T}"
          " fishermen", "expelled a {T} diplomat", "seized a {T} fishing boat",
          "detained two {T} citizens")  # fmt: skip
_COMPLAINER = ("{T}'s foreign ministry", "{Tcap}", "{T}'s government", "the {Tdem} government",
               "{T}")  # fmt: skip
_WHEN = ("", " on Monday", " last week", " on Friday")


def p43_bare_complaint(sc: Scene) -> Built:
    """ "S detained a T journalist, and T's ministry complained": a state's complaint with
    nothing complained of is lodged with the other party of the sentence's first act."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = rng.choice(_FIRST).format(T=t.demonym)
    who = rng.choice(_COMPLAINER).format(T=t.name, Tcap=t.capital, Tdem=t.demonym)
    text = f"{sc.name(s)} {first}{rng.choice(_WHEN)}, and {who} complained."
    text = text[0].upper() + text[1:]
    want = (Expect(t.iso3, s.iso3, frozenset({"11"}), ASSERTED),)
    return text, want, _around(s.iso3, t.iso3)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p43_own_voice_pronoun": p43_own_voice_pronoun,
    "p43_own_voice_surname": p43_own_voice_surname,
    "p43_bare_complaint": p43_bare_complaint,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
