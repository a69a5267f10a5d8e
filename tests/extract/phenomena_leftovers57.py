"""Round 33's codebook conventions (issue 9, stop 46: leftovers57) as suite constructions
crossed with the suite's states named by name, capital or demonym, and several phrasings each:

- ``lo57_signed_truce``: "S and T signed a ceasefire (truce, armistice)" is the ceasefire,
  S <-> T 0871 (GUIDE rule 7's *Signed truces*; the CAMEO codebook's 0871 takes "agreements to
  commence a cease-fire", PETRARCH2's SIGN &CEASEFIRE row codes 0871), 057 accepted;
- ``lo57_agreed_steps``: "S and T agreed on steps to V", "S agreed a bail-out for T" is an
  intent, 030 (057 is kept for texts signed or finalised), 057 accepted;
- ``lo57_told_refusal``: "S refused to V T ..., officials said / its ministry said" is the
  refuser's act, S -> T 12 `asserted` (GUIDE rule 4's refusal note), for every refusal verb;
- ``lo57_trained_troops``: "S trained T's troops (pilots, police)" stays military cooperation,
  S -> T 062 (GUIDE rule 7's ruling), 072 accepted; training together 062 both ways;
- ``lo57_vowed_strikes``: "S vowed to keep up (continue) its strikes on T" is a threat of
  force, S -> T 13 (rule 2, 138), never an intent to cooperate (030).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _e, _poss, _r, scene_words

_TRUCES = ("signed a ceasefire", "signed a truce", "signed an armistice",
           "signed a ceasefire agreement", "signed a truce agreement", "signed a ceasefire deal")  # fmt: skip
_TIMES = ("", " on Monday", " on Thursday", " last week", " after weeks of talks", " in Geneva")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def lo57_signed_truce(sc: Scene) -> Built:
    """ "Kenya and Uganda signed a truce on Monday": KEN <-> UGA 08 (05 accepted)."""
    s, t = sc.s, sc.t
    w = scene_words(sc)
    pair = sc.rng.choice(("{S} and {T}", "{Tposs} government and {Sposs} government",
                          "{S} and neighbouring {T}")).format(**w)  # fmt: skip
    text = _cap(f"{pair} {sc.rng.choice(_TRUCES)}{sc.rng.choice(_TIMES)}.")
    want = (_e(s, t, _r("08"), ASSERTED), _e(t, s, _r("08"), ASSERTED))
    allowed = (
        Expect(s.iso3, t.iso3, _r("05", "08"), ANY),
        Expect(t.iso3, s.iso3, _r("05", "08"), ANY),
    )
    return text, want, allowed


_STEPS = ("agreed on steps to ease tensions", "agreed on measures to boost trade",
          "agreed on steps to reopen the border", "agreed on a plan to cut tariffs",
          "agreed on steps to restore flights")  # fmt: skip


def lo57_agreed_steps(sc: Scene) -> Built:
    """ "Kenya and Uganda agreed on steps to ease tensions": KEN <-> UGA 03 (05 accepted)."""
    s, t = sc.s, sc.t
    w = scene_words(sc)
    text = _cap(f"{w['S']} and {w['T']} {sc.rng.choice(_STEPS)}{sc.rng.choice(_TIMES)}.")
    want = (_e(s, t, _r("03"), ASSERTED), _e(t, s, _r("03"), ASSERTED))
    allowed = (
        Expect(s.iso3, t.iso3, _r("03", "05"), ANY),
        Expect(t.iso3, s.iso3, _r("03", "05"), ANY),
    )
    return text, want, allowed


_REFUSALS = ("refused to release the {Tdem} sailors", "declined to extradite the suspects to {T}",
             "rejected {Tposs} demand for compensation", "turned down {Tposs} request for troops",
             "rebuffed {Tposs} offer of talks", "refused to hand over the suspects to {T}",
             "rejected {Tposs} proposal for talks", "refused to free the {Tdem} fishermen")  # fmt: skip
_VOICES = ("officials said", "the foreign ministry said", "{Sposs} foreign ministry said",
           "a government spokesman said", "its foreign ministry said on Tuesday",
           "the ministry said in a statement")  # fmt: skip


def lo57_told_refusal(sc: Scene) -> Built:
    """ "Kenya refused to release the Ugandan sailors, officials said": KEN -> UGA 12 asserted
    (the refuser's own side or an unplaced speaker tells it: GUIDE rule 4)."""
    s, t = sc.s, sc.t
    w = scene_words(sc)
    name = sc.name(s, 0.0)
    act = sc.rng.choice(_REFUSALS).format(**w)
    voice = sc.rng.choice(_VOICES).format(Sposs=_poss(name))
    if sc.rng.random() < 0.2:
        text = f"According to officials, {name} {act}."
    else:
        text = f"{name} {act}, {voice}."
    return _cap(text), (_e(s, t, _r("12"), ASSERTED),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


_KEEP = ("vowed to keep up", "vowed to continue", "pledged to keep up", "promised to keep up",
         "vowed to keep up")  # fmt: skip
_FORCE = ("its strikes on {T}", "the strikes on {T}", "its raids on {Tdem} towns",
          "its attacks on {T}", "its air raids on {T}", "its shelling of {Tdem} positions")  # fmt: skip


def lo57_vowed_strikes(sc: Scene) -> Built:
    """ "Kenya vowed to keep up its strikes on Uganda": KEN -> UGA 13 asserted, never 03."""
    s, t = sc.s, sc.t
    w = scene_words(sc)
    force = sc.rng.choice(_FORCE).format(**w)
    text = _cap(f"{w['S']} {sc.rng.choice(_KEEP)} {force}{sc.rng.choice(_TIMES[:4])}.")
    allowed = (Expect(s.iso3, t.iso3, _r("13", "19"), ANY),)
    return text, (_e(s, t, _r("13"), ASSERTED),), allowed


_TRAINED = ("trained {Tposs} troops", "is training {Tdem} soldiers", "trained {Tdem} pilots",
            "has trained {Tposs} coastguard", "trained {Tdem} police officers",
            "is training {Tposs} special forces")  # fmt: skip


def lo57_trained_troops(sc: Scene) -> Built:
    """ "Kenya trained Uganda's troops": KEN -> UGA 06 (072 accepted); "Kenya and Uganda trained
    together" 06 both ways."""
    s, t = sc.s, sc.t
    w = scene_words(sc)
    if sc.rng.random() < 0.25:
        text = _cap(f"{w['S']} and {w['T']} trained together{sc.rng.choice(_TIMES)}.")
        return text, (_e(s, t, _r("06"), ASSERTED), _e(t, s, _r("06"), ASSERTED)), ()
    text = _cap(f"{w['S']} {sc.rng.choice(_TRAINED).format(**w)}{sc.rng.choice(_TIMES)}.")
    return text, (_e(s, t, _r("06"), ASSERTED),), (Expect(s.iso3, t.iso3, _r("07"), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo57_signed_truce": lo57_signed_truce,
    "lo57_agreed_steps": lo57_agreed_steps,
    "lo57_told_refusal": lo57_told_refusal,
    "lo57_vowed_strikes": lo57_vowed_strikes,
    "lo57_trained_troops": lo57_trained_troops,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
