"""Clause joins of wire prose that the parser gets wrong (issue 9, wire6's error analysis of the
tune halves), as templates with other states and phrasings: the speaker's second act after a
reported clause (p17), a negated clause whose auxiliary a finite conjunct does not share (p18),
news set against news by "while" / "whereas" (p19), a list of states deep in the act's phrase
(p20), killing by a non-military bomb, CAMEO 18 not 19 (p21), and a visiting guest without an
article, "met visiting X" (p22), "no longer" (p23) and what is sent "to help X do Y" (p24)."""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _one,
    _poss,
    _time,
)

# Reported clauses whose subject is a thing, not a party ("the plan was illegal").
_VERDICTS = (
    "the plan was illegal", "the decision was taken without consultation",
    "the vote was unfair", "the measure was unjustified", "the talks had failed",
    "the dam was dangerous", "the launch was a provocation", "the deal was a mistake",
    "the move would harm the region", "the election was rigged",
)  # fmt: skip
# The speaker's own speech acts after the clause: (phrase with {T}, CAMEO root).
_SPEECH_ACTS = (
    ("urged {T} to drop it", "02"), ("called on {T} to reverse course", "02"),
    ("rejected {Tposs} proposal", "12"), ("accused {T} of bad faith", "11"),
    ("condemned {T}", "11"), ("criticized {T}", "11"), ("demanded that {T} withdraw", "10"),
    ("warned {T} of consequences", "13"), ("summoned {Tposs} ambassador", "11"),
)  # fmt: skip


def p17_speaker_second_act(sc: Scene) -> Built:
    """ "S said the plan was illegal and urged T to drop it": a plan urges no one; the appeal
    is the speaker's own, asserted (the verdict itself may be coded as S's criticism)."""
    rng, s, t = sc.rng, sc.s, sc.t
    verdict = rng.choice(_VERDICTS)
    phrase, root = rng.choice(_SPEECH_ACTS)
    said = rng.choice(("said", "said on Tuesday", "told reporters"))
    text = f"{sc.name(s)} {said} {verdict} and {sc.fill(phrase)}."
    allowed = (
        Expect(s.iso3, t.iso3, frozenset({"01", "11"}), ANY),  # the verdict as S's criticism
        Expect(s.iso3, "", frozenset({"01", "11"}), ANY),
    )
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), allowed


_SKIPPED = (
    "did not attend the summit", "will not join the talks", "could not reach a deal",
    "was not seeking a confrontation", "did not sign the declaration",
    "would not comment on the report",
)  # fmt: skip
_FINITE_ACTS = (
    ("criticized {T}", "11"), ("condemned {T}", "11"), ("accused {T} of stalling", "11"),
    ("rejected {Tposs} offer", "12"), ("urged {T} to show restraint", "02"),
)  # fmt: skip


def p18_negation_own_clause(sc: Scene) -> Built:
    """ "S did not attend the summit and criticized T": the finite conjunct does not share the
    negated auxiliary, so its act is asserted; "... or criticize T" shares it (not asserted)."""
    rng, s, t = sc.rng, sc.s, sc.t
    skipped = rng.choice(_SKIPPED)
    phrase, root = rng.choice(_FINITE_ACTS)
    # the skipped act is coded or not, never asserted ("was not seeking" may read as a request)
    loose = (
        Expect(s.iso3, "*", frozenset({"04", "05", "01", "03"}), ANY),
        Expect(s.iso3, "*", frozenset(), NOT_ASSERTED),
    )
    if rng.random() < 0.25 and skipped.startswith("did not"):
        base = phrase.split(" ", 1)
        bare = {"criticized": "criticize", "condemned": "condemn", "accused": "accuse",
                "rejected": "reject", "urged": "urge"}[base[0]]  # fmt: skip
        text = f"{sc.name(s)} {skipped} or {sc.fill(bare + ' ' + base[1])}{_time(sc)}."
        return _cap(text), (), loose
    text = f"{sc.name(s)} {skipped} and {sc.fill(phrase)}{_time(sc)}."
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), loose


_FIRST_ACTS = (
    ("condemned {T}", "11"), ("imposed sanctions on {T}", "16"), ("criticized {T}", "11"),
    ("expelled two diplomats from {T}", "16"),
)  # fmt: skip
_SECOND_ACTS = (
    ("praised {T}", "05"), ("blamed {T} for the crisis", "11"), ("condemned {T}", "11"),
    ("rejected {Tposs} demands", "12"), ("accused {T} of provocation", "11"),
)  # fmt: skip


def p19_contrast_clause(sc: Scene) -> Built:
    """ "S condemned T, while Z praised T": a finite "while" / "whereas" clause with its own
    subject after the main clause is news of its own, not a time clause."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    first, r1 = rng.choice(_FIRST_ACTS)
    second, r2 = rng.choice(_SECOND_ACTS)
    mark = rng.choice(("while", "while", "whereas"))
    text = f"{sc.name(s)} {sc.fill(first)}{_time(sc)}, {mark} {sc.name(z)} {sc.fill(second)}."
    want = (_one(s, t.iso3, r1, ASSERTED), _one(z, t.iso3, r2, ASSERTED))
    return _cap(text), want, ()


_LIST_ACTS = (
    ("imposed {n}% tariffs on imports from {A} and {B}", "16"),
    ("ordered {n}% tariffs on goods from {A} and {B}", "16"),
    ("announced a ban on imports from {A} and {B}", "16"),
    ("sent {n} tonnes of grain to farmers in {A} and {B}", "07"),
)


def p20_phrase_list(sc: Scene, others: list[State]) -> Built:
    """ "S imposed 25% tariffs on imports from A and B": every state of a list deep in the
    act's phrase is a target, not only the first."""
    rng, s = sc.rng, sc.s
    a, b = others[0], others[1]
    phrase, root = rng.choice(_LIST_ACTS)
    what = phrase.format(n=rng.choice((10, 25, 50)), A=sc.name(a, 0.0), B=sc.name(b, 0.0))
    text = f"{sc.name(s)} {what}{_time(sc)}."
    want = tuple(_one(s, x.iso3, root, ASSERTED) for x in (a, b))
    return _cap(text), want, (Expect(s.iso3, "*", frozenset({"03"}), ANY),)


_BOMBS = (
    ("in a bomb attack", "18"), ("in a car bomb attack", "18"), ("with a roadside bomb", "18"),
    ("in a suicide bombing", "18"), ("in a bomb blast", "18"), ("in a car bomb explosion", "18"),
    ("in an air strike", "19"), ("in a drone strike", "19"), ("with artillery fire", "19"),
)  # fmt: skip
_DOERS = ("militants", "rebels", "guerrillas", "insurgents")


def p21_bombing_means(sc: Scene) -> Built:
    """ "S militants killed 12 T soldiers in a car bomb attack": a killing by a non-military
    bomb is unconventional violence (18); by aircraft or artillery it stays 19."""
    rng, s, t = sc.rng, sc.s, sc.t
    means, root = rng.choice(_BOMBS)
    doer = f"{s.demonym} {rng.choice(_DOERS)}"
    if root == "19":
        doer = f"{s.demonym} forces"
    verb = rng.choice(("killed", "wounded", "attacked"))
    victims = rng.choice(
        (f"12 {t.demonym} soldiers", f"{_article(t.demonym)} patrol", f"three {t.demonym} police")
    )
    text = f"{doer} {verb} {victims} {means}{_time(sc)}."
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), ()


_HOSTS = (("met", "040"), ("hosted", "043"), ("received", "043"), ("welcomed", "*"))
_GUESTS = ("Foreign Minister", "Defence Minister", "Prime Minister", "President", "Trade Minister")


def p22_visiting_guest(sc: Scene) -> Built:
    """ "S's leader met visiting T Foreign Minister": a meeting with (or hosting of) T; the host
    never visits its guest (no S -> T visit, 042)."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb, code = rng.choice(_HOSTS)
    host = sc.leader(s) if rng.random() < 0.5 else f"{s.demonym} President"
    where = rng.choice(("", f" in {s.capital}", " at the presidential palace"))
    tail = rng.choice(("", f" and called for closer cooperation against {_poss(sc.z.name)} threats",
                       f" amid tensions with {sc.z.name}"))  # fmt: skip
    text = f"{host} {verb} visiting {t.demonym} {rng.choice(_GUESTS)}{where}{_time(sc)}{tail}."
    roots = frozenset({"04"}) if code != "*" else frozenset({"04", "05"})
    want = (Expect(s.iso3, t.iso3, roots, ASSERTED),)
    allowed = (
        Expect(t.iso3, s.iso3, frozenset({"04"}), ANY),  # the guest's visit, 042
        Expect(s.iso3, "*", frozenset({"02"}), ANY),  # the call, aimed at the guest or the threat
    )
    return _cap(text), want, allowed


_ONGOING = (
    ("buys {Tdem} wheat", "06"), ("recognizes {T}", "05"), ("supplies arms to {T}", "07"),
    ("cooperates with {T} on security", "06"), ("hosts {Tdem} troops", "06"),
)  # fmt: skip


def p23_no_longer(sc: Scene) -> Built:
    """ "S no longer buys T wheat": the act is denied, never asserted."""
    rng, s = sc.rng, sc.s
    phrase, _ = rng.choice(_ONGOING)
    when = rng.choice(("", "Since March, ", "This year, "))
    text = f"{when}{sc.name(s)} no longer {sc.fill(phrase)}."
    return _cap(text), (), (Expect(s.iso3, "*", frozenset(), NOT_ASSERTED),)


_SENT = (("sent troops", "07"), ("sent drones", "07"), ("deployed soldiers", "15"),
         ("sent military advisers", "07"), ("shipped artillery shells", "07"))  # fmt: skip
_AIMS = ("recapture the border region", "defend its airspace", "retake the city",
         "rebuild its army", "secure its ports")  # fmt: skip


def p24_help_purpose(sc: Scene) -> Built:
    """ "S sent troops to help T recapture the border region": what is sent goes to T (the
    parser reads T as the subject of "recapture", not the object of "help")."""
    rng, s, t = sc.rng, sc.s, sc.t
    sent, root = rng.choice(_SENT)
    text = f"{sc.name(s)} {sent} to help {sc.name(t)} {rng.choice(_AIMS)}{_time(sc)}."
    want = (Expect(s.iso3, t.iso3, frozenset({root, "07"}), ASSERTED),)
    return _cap(text), want, ()


WIRE6_CONSTRUCTIONS = {
    "p17_speaker_act": p17_speaker_second_act,
    "p18_negation_clause": p18_negation_own_clause,
    "p19_contrast_clause": p19_contrast_clause,
    "p21_bombing_means": p21_bombing_means,
    "p22_visiting_guest": p22_visiting_guest,
    "p23_no_longer": p23_no_longer,
    "p24_help_purpose": p24_help_purpose,
}
WIRE6_WITH_OTHERS = {"p20_phrase_list": p20_phrase_list}
