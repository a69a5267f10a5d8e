"""The suite's own constructions over acts: each crosses an act of phenomena_tables.ACTS with one
way news states it (active, passive, nominal, reported, hedged, negated, refused, demonym with a
sector, analytic). ``OVER_ACTS`` is also the draw of the CAMEO root rows (phenomena_codes)."""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import Act
from phenomena_words import (
    _FUTURE,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _hedged,
    _one,
    _poss,
    _time,
    conjugate,
    withheld,
)


def active(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    if act.pair and rng.random() < 0.2:
        vp = conjugate(rng.choice(act.pair), "past")
        text = f"{sc.name(sc.s)} and {sc.name(sc.t)} {vp}{_time(sc)}."
        pair = (
            _one(sc.s, sc.t.iso3, act.root, ASSERTED),
            _one(sc.t, sc.s.iso3, act.root, ASSERTED),
        )
        return _cap(text), pair, ()
    phrase = rng.choice(act.base)
    if rng.random() < 0.8:
        vp = conjugate(phrase, "past") + _time(sc)
    else:
        vp = "has " + conjugate(phrase, "pp")
    text = f"{sc.source(act, phrase)} {sc.fill(vp)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def passive(sc: Scene, act: Act) -> Built:
    clause = sc.fill(sc.rng.choice(act.passive), sc.source(act))
    return _cap(clause + _time(sc) + "."), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


_PRED = (
    "came after months of tension", "marked a turning point in the dispute",
    "surprised many observers",
    "dominated the headlines on Wednesday", "caught many diplomats off guard",
)  # fmt: skip


def _nominal(sc: Scene, act: Act, np: str) -> Built:
    src = sc.source(act)
    text = f"{sc.fill(np, src)} {sc.rng.choice(_PRED)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def nominal_poss(sc: Scene, act: Act) -> Built:
    return _nominal(sc, act, sc.rng.choice(act.nominal)[0])


def nominal_by(sc: Scene, act: Act) -> Built:
    return _nominal(sc, act, sc.rng.choice([b for _, b in act.nominal if b]))


def nominal_of(sc: Scene, act: Act) -> Built:
    return _nominal(sc, act, sc.rng.choice(act.of))


_SAID = (
    "officials said", "a senior official said", "the foreign ministry said in a statement",
    "state media reported", "diplomats said", "two people familiar with the matter said",
)  # fmt: skip


def reported_trailing(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    vp = sc.fill(conjugate(phrase, "past"))
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.25:
        text = f"According to {_poss(sc.z.name)} state news agency, {src} {vp}{_time(sc)}."
    elif r < 0.4:
        text = f"{src} reportedly {vp}{_time(sc)}."
    else:
        text = f"{src} {vp}{_time(sc)}, {rng.choice(_SAID)}."
        if act.root == "12":  # a refusal told by an unplaced speaker: the refuser's (GUIDE 4)
            told = frozenset({"asserted", "reported"})
            return _cap(text), (_one(sc.s, sc.t.iso3, act.root, told),), ()
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, frozenset({"reported"})),), ()


def _speaker(sc: Scene) -> str:
    z = sc.z
    return sc.rng.choice(
        (
            f"{_poss(z.name)} foreign ministry",
            f"Officials in {z.capital}",
            f"{_poss(z.name)} intelligence agency",
            f"A spokesman for the {z.demonym} government",
            sc.leader(z),
        )
    )


def reported_that(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.5:
        text = f"{_speaker(sc)} said that {src} had {sc.fill(conjugate(phrase, 'pp'))}{_time(sc)}."
    elif r < 0.75:
        text = f"{_speaker(sc)} said {src} {sc.fill(conjugate(phrase, 'past'))}{_time(sc)}."
    else:
        vp = sc.fill(conjugate(phrase, "pp"))
        text = f"{_speaker(sc)} told reporters that {src} had {vp}{_time(sc)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, frozenset({"reported"})),), ()


def hedged_modal(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    vp = sc.fill(phrase)
    src = sc.source(act, phrase)
    modal = rng.choice(("could", "may", "might", "could soon"))
    r = rng.random()
    if r < 0.6:
        text = f"{src} {modal} {vp}{rng.choice(_FUTURE)}."
    elif r < 0.8:
        text = f"Experts caution that {src} {modal} {vp}."
    else:
        text = f"Officials in {sc.z.capital} fear that {src} {modal} {vp}."
    return _cap(text), (_hedged(sc, act),), ()


def hedged_expected(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    how = rng.choice(("is expected to", "is set to", "is likely to", "is poised to"))
    src = sc.source(act, phrase)
    if act.domain == "civ":  # plural people
        how = how.replace("is ", "are ", 1)
    text = f"{src} {how} {sc.fill(phrase)}{rng.choice(_FUTURE)}."
    return _cap(text), (_hedged(sc, act),), ()


def hedged_prospect(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    np = sc.fill(rng.choice([p for p, _ in act.nominal] + [b for _, b in act.nominal if b]),
                 sc.source(act))  # fmt: skip
    text = rng.choice(
        (
            f"Prospects of {np} have dimmed.",
            f"Analysts see little chance of {np} this year.",
            f"The possibility of {np} has unsettled markets.",
            f"Diplomats are weighing the prospect of {np}.",
        )
    )
    return text, (_hedged(sc, act),), ()


def hedged_if(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.4:
        text = f"If {src} {sc.fill(conjugate(phrase, 'past'))}, the crisis would deepen sharply."
    elif r < 0.7:
        text = f"Should {src} {sc.fill(phrase)}, oil prices would rise."
    else:
        text = f"{src} would {sc.fill(phrase)} only if the negotiations collapsed."
    return _cap(text), (_hedged(sc, act),), ()


def negated(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    r = rng.random()
    if r < 0.35:
        text = f"{src} did not {sc.fill(phrase)}{_time(sc)}."
    elif r < 0.55:
        text = f"{src} has never {sc.fill(conjugate(phrase, 'pp'))}."
    elif r < 0.8:
        that = "it had" if src in (sc.s.name, sc.s.capital) else "having"
        text = f"{src} denied {'that ' if that == 'it had' else ''}{that} {sc.fill(conjugate(phrase, 'pp'))}."
    else:
        text = f"{src} has not {sc.fill(conjugate(phrase, 'pp'))}."
    # "denied that it had fired on T" also denies the charge: 016 (the GUIDE's rule 2, round 12)
    denial = (Expect(sc.s.iso3, "*", frozenset({"01"}), ASSERTED),) if " denied " in text else ()
    want = _one(sc.s, sc.t.iso3, act.root, frozenset({"negated"}))
    if withheld(phrase) and " denied " not in text:
        # "Morocco has never commented on X": a withheld comment is no statement and no act
        # (the extractor's convention, ``_asides.withheld_comment``); its negated reading is
        # acceptable too
        return _cap(text), (), (want,)
    return _cap(text), (want,), denial


def refused(sc: Scene, act: Act) -> Built:
    """Refusals are REJECT (12), asserted: "refused / declined to", "said it would not",
    "rejected calls to"."""
    rng = sc.rng
    phrase = rng.choice(act.base)
    how = rng.choice(("refused to", "declined to", "has refused to", "flatly refused to",
                      "said it would not", "rejected calls to", "rejected demands to"))  # fmt: skip
    when = "" if how.startswith("has") else _time(sc)
    src = sc.name(sc.s) if "it " in how and act.domain != "civ" else sc.source(act, phrase)
    text = f"{src} {how} {sc.fill(phrase)}{when}."
    facts = frozenset({"asserted", "reported"}) if how.startswith("said") else ASSERTED
    return _cap(text), (_one(sc.s, sc.t.iso3, "12", facts),), ()


def _no_its(act: Act) -> list[str]:
    """Phrasings that do not refer back with "its" (a plural subject has no "its")."""
    return [p for p in act.base if " its " not in f" {p} "] or list(act.base)


def demonym_sector(sc: Scene, act: Act) -> Built:
    vp = sc.fill(conjugate(sc.rng.choice(_no_its(act) + list(act.forces)), "past"))
    text = f"{sc.people(sc.s, act)} {vp}{_time(sc)}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def analytic(sc: Scene, act: Act) -> Built:
    rng = sc.rng
    s, z = sc.s, sc.z
    lead = rng.choice(
        (
            f"Although {z.name} remains {_poss(s.name)} largest trading partner",
            f"While relations between {s.name} and {z.name} have cooled in recent years",
            f"Even though {z.name} has long been {_poss(s.name)} closest partner",
            f"Despite its close economic ties with {z.name}",
            f"Though {z.name} is still {_poss(s.name)} main supplier of gas",
        )
    )
    tail = rng.choice(
        (
            "",
            f", a step that diplomats in {z.capital} described as long overdue",
            f", weeks before a planned summit in {z.capital}",
            f", a move likely to strain its ties with {z.name}",
        )
    )
    phrase = rng.choice(act.base)
    vp = sc.fill(conjugate(phrase, "past"))
    text = f"{lead}, {sc.source(act, phrase)} {vp}{_time(sc)}{tail}."
    return text, (_one(s, sc.t.iso3, act.root, ASSERTED),), ()


ActBuilder = Callable[[Scene, Act], Built]
ActFilter = Callable[[Act], bool]
OVER_ACTS: dict[str, tuple[ActBuilder, ActFilter]] = {
    "active": (active, lambda a: True),
    "passive": (passive, lambda a: bool(a.passive)),
    "nominal_poss": (nominal_poss, lambda a: bool(a.nominal)),
    "nominal_by": (nominal_by, lambda a: any(b for _, b in a.nominal)),
    "nominal_of": (nominal_of, lambda a: bool(a.of)),
    "reported_trailing": (reported_trailing, lambda a: True),
    "reported_that": (reported_that, lambda a: True),
    "hedged_modal": (hedged_modal, lambda a: True),
    "hedged_expected": (hedged_expected, lambda a: True),
    "hedged_prospect": (hedged_prospect, lambda a: bool(a.nominal)),
    "hedged_if": (hedged_if, lambda a: True),
    "negated": (negated, lambda a: True),
    "refused": (refused, lambda a: a.refusable),
    "demonym_sector": (demonym_sector, lambda a: a.domain != "civ"),
    "analytic": (analytic, lambda a: a.domain != "civ"),
}
