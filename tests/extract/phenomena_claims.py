"""Issue 9, phenomenon 5: quantitative claims, crossed with the suite's states and name forms.

The holder of a share is the phrase's own subject, never the nearest state elsewhere in the
sentence ("Beijing holds sway over Vientiane, holding 70 percent of its debt"); every claim
keeps the qualifier as written ("more than", "about", "up to") and a stated precision; a vague
quantity ("several", "thousands of") or a number inside a model name ("KN-23") is never an
exact count. A case is right when every expected claim is found; an exact claim the sentence
does not state (another holder, a model number, a vague amount) is a false assertion. Events in
these sentences are not scored here (the act constructions score them).
"""

from __future__ import annotations

from dataclasses import dataclass

from phenomena_words import ANY, Built, Expect, Scene, _cap, _poss

from realpolitik.models import Extraction


@dataclass(frozen=True)
class ClaimWant:
    """A claim the sentence states: holder and whole (ISO3), measure, value, qualifier as
    written ("" for none) and whether it is an exact figure."""

    subject: str
    object: str
    measure: str
    value: float
    qualifier: str = ""
    exact: bool = True


GotClaim = tuple[str, str, str, float, str, bool]


def got_claims(ex: Extraction) -> list[GotClaim]:
    return [
        (
            (c.subject.country or "") if c.subject else "",
            (c.object.country or "") if c.object else "",
            c.measure,
            round(c.value, 4),
            c.qualifier or "",
            c.exact,
        )
        for c in ex.claims
    ]


def score_claims(want: tuple[ClaimWant, ...], ex: Extraction) -> tuple[bool, int, str]:
    """(right, false assertions, what was found): every wanted claim found, exact ones with a
    stated precision; an exact claim not wanted is false."""
    got = got_claims(ex)
    keys = {(w.subject, w.object, w.measure, round(w.value, 4), w.qualifier, w.exact) for w in want}
    precise = all(c.precision is not None for c in ex.claims if c.exact)
    missing = keys - set(got)
    false = sum(1 for g in got if g[5] and g not in keys)
    right = not missing and precise and not false
    return right, false, f"claims {sorted(got)}"


_ANY_EVENT = (Expect("*", "*", frozenset(), ANY),)
_MEASURES = (("trade", "trade_share"), ("imports", "import_share"), ("exports", "export_share"),
             ("debt", "debt_share"), ("arms imports", "arms_share"))  # fmt: skip
_PERCENTS = (15, 20, 25, 30, 35, 40, 45, 55, 60, 65, 70, 75, 80, 85, 90)


def claim_holder(sc: Scene) -> Built:
    """Whose share it is: the phrase's own subject, with a third state elsewhere."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    m, measure = rng.choice(_MEASURES)
    n = rng.choice(_PERCENTS)
    a, b = sc.name(s), sc.name(t)
    text = rng.choice(
        (
            f"{a} holds sway over {b}, holding {n} percent of its {m}.",
            f"{a} dominates {b}, accounting for {n} percent of its {m}.",
            f"Unlike {z.name}, {a} accounts for {n} percent of {_poss(b)} {m}.",
            f"{a} accounts for {n} percent of {_poss(b)} {m}, far more than {z.name}.",
            f"According to officials in {z.capital}, {a} accounts for {n} percent of {_poss(b)} {m}.",
            f"{b} depends on {a}, which holds {n} percent of its {m}.",
            f"{_poss(a)} share of {_poss(b)} {m} reached {n} percent, while {z.name} lagged behind.",
        )
    )
    sc.claims = (ClaimWant(s.iso3, t.iso3, measure, n / 100),)
    return _cap(text), (), _ANY_EVENT


_QUALIFIERS = ("more than", "about", "up to", "nearly", "almost", "over", "around", "at least",
               "less than", "roughly")  # fmt: skip
_COUNTS = (("troops", "troops"), ("soldiers", "troops"), ("drones", "drones"),
           ("missiles", "missiles"), ("tanks", "tanks"), ("artillery shells", "shells"))  # fmt: skip
_NUMBERS = ((300, "300"), (1_200, "1,200"), (3_000, "3,000"), (11_000, "11,000"),
            (40, "40"), (12_000, "12,000"), (500, "500"), (2_500, "2,500"))  # fmt: skip


def claim_qualifier(sc: Scene) -> Built:
    """The qualifier as written and a stated precision, on counts and shares."""
    rng, s, t = sc.rng, sc.s, sc.t
    q = rng.choice(_QUALIFIERS)
    a, b = sc.name(s), sc.name(t)
    if rng.random() < 0.5:
        m, measure = rng.choice(_MEASURES)
        n = rng.choice(_PERCENTS)
        text = f"{a} accounts for {q} {n} percent of {_poss(b)} {m}."
        sc.claims = (ClaimWant(s.iso3, t.iso3, measure, n / 100, q),)
        return _cap(text), (), _ANY_EVENT
    noun, measure = rng.choice(_COUNTS)
    value, written = rng.choice(_NUMBERS)
    verb = rng.choice(("sent", "has sent", "deployed", "has delivered", "supplied"))
    text = f"{a} {verb} {q} {written} {noun} to {b}."
    sc.claims = (ClaimWant(s.iso3, t.iso3, measure, float(value), q),)
    return _cap(text), (), _ANY_EVENT


_VAGUE = (("several", 3.0), ("thousands of", 2_000.0), ("dozens of", 24.0),
          ("hundreds of", 200.0), ("a few", 3.0))  # fmt: skip
_MODELS = (("KN-23", "missiles"), ("Shahed-136", "drones"), ("Su-35", "jets"), ("S-400", "launchers"),
           ("T-90", "tanks"), ("F-16", "jets"), ("Iskander-M", "missiles"), ("Bayraktar TB2", "drones"))  # fmt: skip
_MODEL_MEASURE = {"missiles": "missiles", "drones": "drones", "jets": "aircraft",
                  "launchers": "launchers", "tanks": "tanks"}  # fmt: skip


def claim_vague(sc: Scene) -> Built:
    """A vague quantity is a lower bound, not an exact count; a model name's number counts
    nothing ("several KN-23 missiles", "40 Shahed-136 drones")."""
    rng, s, t = sc.rng, sc.s, sc.t
    a, b = sc.name(s), sc.name(t)
    verb = rng.choice(("sent", "has sent", "has delivered", "supplied"))
    r = rng.random()
    if r < 0.4:
        word, low = rng.choice(_VAGUE)
        noun, measure = rng.choice(_COUNTS)
        text = f"{a} {verb} {word} {noun} to {b}."
        sc.claims = (ClaimWant(s.iso3, t.iso3, measure, low, word, exact=False),)
    elif r < 0.7:
        word, low = rng.choice(_VAGUE)
        model, noun = rng.choice(_MODELS)
        text = f"{a} {verb} {word} {model} {noun} to {b}."
        sc.claims = (ClaimWant(s.iso3, t.iso3, _MODEL_MEASURE[noun], low, word, exact=False),)
    else:
        value, written = rng.choice(_NUMBERS[:6])
        model, noun = rng.choice(_MODELS)
        text = f"{a} {verb} {written} {model} {noun} to {b}."
        sc.claims = (ClaimWant(s.iso3, t.iso3, _MODEL_MEASURE[noun], float(value)),)
    return _cap(text), (), _ANY_EVENT


CLAIM_CONSTRUCTIONS = {
    "claim_holder": claim_holder,
    "claim_qualifier": claim_qualifier,
    "claim_vague": claim_vague,
}
