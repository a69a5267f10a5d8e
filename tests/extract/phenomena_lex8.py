"""The CAMEO codebook's roots and common sub-codes as a coverage suite (issue 9 section 2,
"lexicon gaps in the core of interstate news"): one construction per root, ``lex8_r01`` ..
``lex8_r20``, each sentence one sub-code's phrasing in one form, with states drawn as in the
suite and named by name, capital, leader or demonym with a sector.

The phrasings are the project's own, written from each code's definition in the CAMEO codebook
(3-6 per code, target inside) in the past, perfect, progressive, passive with a by-phrase and
nominal ("X's <noun> of Y", "the <noun> by X"). ``CODES``: what the extractor codes; ``GAPS``:
what it misses or files under another root (both printed by ``bench/lex8_coverage.py``). The
row type is ``phenomena_codebook.Code``, the rows of roots 01-08 ``phenomena_lex8_cooperation``
and of roots 09-20 ``phenomena_lex8_conflict`` (``Code`` and ``CODES`` are read from here)."""

from __future__ import annotations

from collections.abc import Callable

from phenomena_codebook import Code
from phenomena_lex8_conflict import CONFLICT
from phenomena_lex8_cooperation import COOPERATION
from phenomena_tables import SECTORS
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _one, _time, conjugate

# Every code the suite crosses, roots 01-20 in order.
CODES = COOPERATION + CONFLICT

# Phrasings the extractor still misses or files under another root: printed by
# bench/lex8_coverage.py with the rest, kept out of the suite's rows.
GAPS = (
    # the host is the by-phrase's party; no row reads a person received as a hosted visit
    Code("043", "dip", (), passive=("{Tlead} was received by {S}",)),
    # the target stands inside the passive subject ("sanctions on X") or a possessive
    # ("on X's border"): the act is coded without it
    Code("085", "dip", (), passive=("sanctions on {T} were lifted by {S}",)),
    Code("161", "dip", (), passive=("diplomatic ties with {T} were cut by {S}",),
         nominal=("{Sposs} break with {T}",)),
    Code("154", "mil", ("mass troops on {Tposs} border",)),
    Code("150", "mil", ("hold naval drills off {Tposs} coast",)),
    Code("093", "dip", ("open an inquiry into {Tposs} ceasefire violations",)),
    # "X's aid cuts to Y": the tagger reads "cuts" as a verb now and then, and "aid" as the act
    Code("162", "dip", (), nominal=("{Sposs} aid cuts to {T}",)),
    # "Iraq's agreement with Poland": the noun alone is read as no act
    Code("057", "dip", (), nominal=("{Sposs} agreement with {T}", "{Sposs} treaty with {T}")),
    # rows measured and dropped: each added only spurious keys on the news gold (a plane flying
    # near a place, intercepting aircraft, ships carrying another state's soldiers)
    Code("150", "mil", ("fly bombers near {Tposs} airspace",
                        "intercept {Tdem} bombers near its airspace",
                        "scramble jets to intercept {a_Tdem} reconnaissance plane")),
    Code("074", "mil", ("carry troops to {T}",)),
    # (lex10: "invite {T} to mediate in the dispute" was listed here as 028; the codebook codes a
    # party inviting a mediator 038, a third party's proposal 028; both are coded now and cross
    # the suite as phenomena_lex10's f3lex_mediation)
    Code("043", "dip", (), nominal=("{Sposs} hosting of {Tposs} foreign minister",)),
    Code("201", "mil", ("drive thousands of {Tdem} civilians from their homes",)),
    # "hit back at X" is criticism as often as force in wire copy: no row
    Code("1384", "dip", ("vow to hit back at {T}",)),
)  # fmt: skip

_BE = {"past": "was", "now": "is"}
# a crowd's acts of force are a violent protest (145) by the codebook's convention
_CROWD = ("{} protesters", "thousands of {} protesters", "{} demonstrators", "a {} mob")
_PLURAL_HEADS = ("troops", "forces", "officials", "authorities", "warplanes", "students",
                 "activists", "protesters", "demonstrators")  # fmt: skip


def _source(sc: Scene, code: Code, phrase: str = "") -> tuple[str, bool]:
    """The source as a name, capital, leader (governments) or demonym with a sector; whether
    it is plural."""
    rng, s = sc.rng, sc.s
    r = rng.random()
    if " its " in f" {phrase} ":  # "withdraw its troops": a state, not its forces
        return sc.name(s), False
    if code.domain in ("civ", "crowd") or r < 0.25:
        who = rng.choice(_CROWD if code.domain == "crowd" else SECTORS[code.domain])
        who = who.format(s.demonym)
        return who, who.endswith(_PLURAL_HEADS)
    if code.domain == "dip" and r < 0.45 and s.leader(sc.date):
        return sc.leader(s), False
    return sc.name(s), False


# Codes whose phrasing also states its own act unasserted: "declined to comment" (the comment,
# negated), "tried to assassinate" (the killing, possible).
_ALSO_NOT_ASSERTED = {
    "011": (frozenset({"01"}), frozenset({"negated"})),
    "185": (frozenset({"18", "19"}), frozenset({"possible"})),  # "tried to kill": 19 (190)
}


def _expect(sc: Scene, code: Code) -> Built:
    return "", (_one(sc.s, sc.t.iso3, code.root, ASSERTED),), _allowed(sc, code)


def _allowed(sc: Scene, code: Code) -> tuple[Expect, ...]:
    """The target's answering act, and an act of the target's own named inside the phrase
    ("T's proposal", "T's accusations") with no target."""
    out = (Expect(sc.t.iso3, "", frozenset(), ANY),)
    if code.code in _ALSO_NOT_ASSERTED:  # "declined to comment": the comment not made
        roots, facts = _ALSO_NOT_ASSERTED[code.code]
        out += (Expect(sc.s.iso3, sc.t.iso3, roots, facts),)
    if code.answer:
        out += (Expect(sc.t.iso3, sc.s.iso3, frozenset({code.answer}), ANY),)
    if code.code[:3] in _ACCUSING:  # "charge Y with violating the truce": Y's accused act,
        out += (Expect(sc.t.iso3, sc.s.iso3, frozenset(), _REPORTED),)  # reported (rule 2; c38)
    return out


_ACCUSING = frozenset({"112"})
_REPORTED = frozenset({"reported"})


def build(sc: Scene, code: Code, form: str, phrase: str) -> Built:
    """One sentence of ``code`` in ``form`` (past, perfect, progressive, passive, nominal)."""
    rng = sc.rng
    if form == "passive":
        who, _ = _source(sc, code)
        text = sc.fill(phrase, who) + _time(sc) + "."
    elif form == "nominal":
        who, _ = _source(sc, code)
        pred = rng.choice(("drew sharp reactions", "came after weeks of tension",
                           "surprised many diplomats", "was widely reported on Tuesday"
                           ))  # fmt: skip
        text = f"{sc.fill(phrase, who)} {pred}."
    else:
        who, plural = _source(sc, code, phrase)
        if form == "past":
            vp = conjugate(phrase, "past") + _time(sc)
        elif form == "perfect":
            vp = ("have " if plural else "has ") + conjugate(phrase, "pp")
        else:
            be = rng.choice(("past", "now"))
            aux = {"was": "were", "is": "are"}[_BE[be]] if plural else _BE[be]
            vp = f"{aux} {conjugate(phrase, 'ing')}"
        text = f"{who} {sc.fill(vp, who)}."
    _, expected, allowed = _expect(sc, code)
    return _cap(text), expected, allowed


FORMS = ("past", "perfect", "progressive", "passive", "nominal")


def forms_of(code: Code) -> list[tuple[str, str]]:
    """Every (form, phrasing) of a code."""
    out = [(f, p) for f in ("past", "perfect", "progressive") for p in code.base]
    out += [("passive", p) for p in code.passive] + [("nominal", p) for p in code.nominal]
    return out


def _root_builder(root: str) -> Callable[[Scene], Built]:
    codes = [c for c in CODES if c.root == root]

    def one(sc: Scene) -> Built:
        code = sc.rng.choice(codes)
        form, phrase = sc.rng.choice(forms_of(code))
        return build(sc, code, form, phrase)

    one.__doc__ = f"A phrasing of one of CAMEO root {root}'s codes in one form."
    return one


ROOTS = tuple(f"{r:02d}" for r in range(1, 21))
SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    f"lex8_r{r}": _root_builder(r) for r in ROOTS
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
# a demonym + ministry doer with no target read ("The Ethiopian foreign ministry extradited
# suspects to Israel")
FLOORS |= {"lex8_r06": (23, 0)}
