"""How factuality layers when a hedge, a negation or an evidential sits inside reported speech or
under an attribution (issue 9, section 4; GUIDE rules 3-5 and the fact24 settlement), crossed
with the suite's states named by name, capital or demonym, each with several phrasings:

- ``f24_evidential``: "S is reported / said / believed / understood / thought / rumoured to have
  V-ed T", "S appears / seems to have V-ed T": S's act told in no one's voice that vouches for
  it, `reported` (as "reportedly", "apparently"), S its doer (not the speaker of "said");
- ``f24_held_back``: "S stopped / fell short of V-ing T", "S refrained / abstained from V-ing
  T": the act is not done, `negated`, with S its doer;
- ``f24_refusal_voice``: "Z officials said S would not V T", "according to Z officials, S will
  not V T": S's refusal (12) told by another state, `reported`; "S said it would not V T", "S's
  foreign ministry said the country would not V T": S's own refusal, made by saying it,
  `asserted` (rule 2);
- ``f24_said_ready``: "S said it was ready / willing / prepared to V T": a stated intent (03) or
  threat (13) the speaker makes by saying it, `asserted`, never `reported`;
- ``f24_unsaid_whether``: "S did not say / would not say / declined to say / gave no indication
  whether it would V T": no intent or threat is stated; the act is open (`possible`), nothing
  asserted (no 13x threat, no 12x refusal of a comment, no aid "given");
- ``f24_adding_that``: "S recalled its envoy from T / said it had ..., adding that it could V
  T": the participle continues the report; its act is news with its own hedge (`possible`, or
  the speaker's held-out threat), never dropped as a scene nor asserted;
- ``f24_gave_none``: "S sent no troops / gave no aid / offered no support to T": `negated`;
- ``f24_own_craft``: "S('s defence ministry) said its jets / drones had bombed T's positions":
  S's act, `reported`; "its" names the speaker's state for a weapon word as for "its troops";
- ``f24_intent_noun``: "S said it had no intention of V-ing T" (`negated`), "S's army claimed
  responsibility for shelling T's border posts": the gerund's doer is the holder of the intention
  or the claimant, never the phrase's other state.

Scores on main (dbd9764) before the fix are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NOTHING_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

REPORTED = frozenset({"reported"})
NEGATED = frozenset({"negated"})
NOT_ASSERTED = frozenset({"possible", "reported", "negated"})


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


def _fill(template: str, sc: Scene) -> str:
    tname = sc.name(sc.t, capital=0.2)
    return template.format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)


# (past participle phrase, root): acts whose doer and target the phrase names plainly.
_DONE = (("sent weapons to {T}", "07"), ("imposed sanctions on {T}", "16"),
         ("expelled {Tposs} diplomats", "16"), ("shelled {Tdem} border posts", "19"),
         ("recalled its ambassador from {T}", "16"), ("seized a {Tdem} tanker", "17"),
         ("cut its aid to {T}", "16"), ("fired missiles at {T}", "19"))  # fmt: skip
_EVIDENTIAL = ("is reported to have", "was reported to have", "is said to have",
               "is believed to have", "is understood to have", "is thought to have",
               "was rumoured to have", "appears to have", "seems to have",
               "is widely believed to have")  # fmt: skip


def f24_evidential(sc: Scene) -> Built:
    """ "China is said to have sent weapons to Iran": CHN -> IRN 07, reported."""
    act, root = sc.rng.choice(_DONE)
    how = sc.rng.choice(_EVIDENTIAL)
    text = f"{sc.name(sc.s)} {how} {_fill(act, sc)}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r(root), REPORTED),), ()


# (gerund phrase, roots): what is held back.
_GERUNDS = (("imposing sanctions on {T}", _r("16")), ("recalling its ambassador from {T}", _r("16")),
            ("condemning {T}", _r("11")), ("expelling {Tposs} diplomats", _r("16")),
            ("cutting aid to {T}", _r("16")), ("recognising {T}", _r("05")),
            ("accusing {T} of genocide", _r("11")), ("severing ties with {T}", _r("16")))  # fmt: skip
_HELD_BACK = ("stopped short of", "fell short of", "refrained from", "abstained from",
              "has stopped short of", "has so far refrained from")  # fmt: skip


def f24_held_back(sc: Scene) -> Built:
    """ "Brazil stopped short of recalling its ambassador from Israel": BRA -> ISR 16, negated."""
    act, roots = sc.rng.choice(_GERUNDS)
    text = f"{sc.name(sc.s)} {sc.rng.choice(_HELD_BACK)} {_fill(act, sc)}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, roots, NEGATED),), NOTHING_ASSERTED


# Cooperative acts a state can refuse ("would not send aid": 12x).
_COOP = ("send aid to {T}", "hold talks with {T}", "lift its sanctions on {T}",
         "release the {Tdem} sailors", "reopen its embassy in {T}", "restore ties with {T}",
         "extradite the {Tdem} businessman")  # fmt: skip


def f24_refusal_voice(sc: Scene) -> Built:
    """ "Kenyan officials said Uganda would not send aid to Somalia": UGA -> SOM 12, reported;
    "Uganda said it would not send aid to Somalia": asserted."""
    act = _fill(sc.rng.choice(_COOP), sc)
    sname = sc.name(sc.s, capital=0.2)
    shape = sc.rng.randrange(4)
    facts = REPORTED
    if shape == 0:
        text = f"{sc.z.demonym} officials said{_time(sc)} that {sname} would not {act}."
    elif shape == 1:
        text = f"According to {sc.z.demonym} officials, {sname} would not {act}."
    elif shape == 2:
        text, facts = f"{sname} said{_time(sc)} it would not {act}.", ASSERTED
    else:
        text = f"{_poss(sname)} foreign ministry said the country would not {act}."
        facts = ASSERTED
    allowed = (_e(sc.t, sc.s, frozenset(), NOT_ASSERTED), _e(sc.s, sc.t, frozenset(), NOT_ASSERTED))
    return _cap(text), (_e(sc.s, sc.t, _r("12"), facts),), allowed


_READY = ("was ready to", "was willing to", "was prepared to", "stood ready to",
          "remained ready to", "was open to")  # fmt: skip
# (act, root of the stated act): an intent (03) or a threat (13).
_READY_ACTS = (("hold talks with {T}", "03"), ("send aid to {T}", "03"),
               ("restore ties with {T}", "03"), ("impose sanctions on {T}", "13"),
               ("expel {Tposs} diplomats", "13"), ("cut trade with {T}", "13"))  # fmt: skip


def f24_said_ready(sc: Scene) -> Built:
    """ "Iran said it was ready to hold talks with Oman": IRN -> OMN 03, asserted."""
    ready = sc.rng.choice(_READY)
    act, root = sc.rng.choice(_READY_ACTS)
    if ready == "was open to":  # (a noun: "open to talks with T")
        act, root = (
            sc.rng.choice(("talks with {T}", "dialogue with {T}", "a meeting with {T}")),
            "03",
        )
    sname = sc.name(sc.s, capital=0.2)
    who = sc.rng.choice(("{S} said{when} it", "{Sposs} foreign ministry said{when} the country",
                         "{S} signalled{when} that it"))  # fmt: skip
    text = f"{who.format(S=sname, Sposs=_poss(sname), when=_time(sc))} {ready} {_fill(act, sc)}."
    allowed = (_e(sc.t, sc.s, frozenset(), NOT_ASSERTED),)
    return _cap(text), (_e(sc.s, sc.t, _r(root), ASSERTED),), allowed


_UNSAID = ("did not say", "would not say", "declined to say", "refused to say",
           "gave no indication", "did not say publicly", "has not said")  # fmt: skip
# (act, roots of the act or its future reading)
_OPEN_ACTS = (("expel {Tposs} diplomats", _r("16", "13")), ("impose sanctions on {T}", _r("16", "13")),
              ("send troops to {T}", _r("07", "15", "03", "13")),
              ("recognise {T}", _r("05", "03")), ("recall its ambassador from {T}", _r("16", "13")),
              ("leave the talks with {T}", _r("16", "13", "04", "03")))  # fmt: skip


def f24_unsaid_whether(sc: Scene) -> Built:
    """ "Kenya did not say whether it would expel Uganda's diplomats": KEN -> UGA 16, possible;
    no threat made, no comment refused, nothing given."""
    act, roots = sc.rng.choice(_OPEN_ACTS)
    sname = sc.name(sc.s, capital=0.2)
    text = f"{sname} {sc.rng.choice(_UNSAID)} whether it would {_fill(act, sc)}."
    return _cap(text), (_e(sc.s, sc.t, roots, POSSIBLE),), NOTHING_ASSERTED


_FIRST = (("recalled its ambassador from {T}", "16", ASSERTED),
          ("said it had recalled its ambassador from {T}", "16", REPORTED),
          ("condemned {T}", "11", ASSERTED), ("summoned {Tposs} ambassador", "11", ASSERTED),
          ("expelled two {Tdem} diplomats", "16", ASSERTED))  # fmt: skip
_ADDING = ("adding that it", "noting that it", "stressing that it", "adding that the government")
_MODAL = ("could", "might", "may", "could also")
# (second act, roots of the act or its future reading)
_SECOND = (("cut trade with {T}", _r("16", "13")), ("send aid to {T}", _r("07", "03")),
           ("hold talks with {T}", _r("04", "03")), ("close its border with {T}", _r("19", "17", "13")),
           ("expel {Tposs} diplomats", _r("16", "13")))  # fmt: skip


def f24_adding_that(sc: Scene) -> Built:
    """ "Serbia recalled its ambassador from Croatia, adding that it could cut trade with
    Croatia": SRB -> HRV 16 asserted, and the trade cut possible (or the held-out threat)."""
    first, root, facts = sc.rng.choice(_FIRST)
    second, roots = sc.rng.choice(_SECOND)
    sname = sc.name(sc.s, capital=0.2)
    adding = sc.rng.choice(_ADDING)
    text = f"{sname} {_fill(first, sc)}{_time(sc)}, {adding} {sc.rng.choice(_MODAL)} {_fill(second, sc)}."
    want = (_e(sc.s, sc.t, _r(root), facts), _e(sc.s, sc.t, roots, POSSIBLE))
    allowed = (_e(sc.s, sc.t, _r("13"), ASSERTED), _e(sc.t, sc.s, frozenset(), NOT_ASSERTED),
               _e(sc.s, sc.t, frozenset(), NOT_ASSERTED))  # fmt: skip
    return _cap(text), want, allowed


_NONE_GIVEN = (("sent no troops to {T}", _r("07", "15")), ("gave no aid to {T}", _r("07")),
               ("offered no support to {T}", _r("03", "07", "05")),
               ("has sent no weapons to {T}", _r("07")), ("provided no aid to {T}", _r("07")),
               ("delivered no arms to {T}", _r("07")))  # fmt: skip


def f24_gave_none(sc: Scene) -> Built:
    """ "Kenya sent no troops to Somalia": KEN -> SOM 07, negated."""
    act, roots = sc.rng.choice(_NONE_GIVEN)
    text = f"{sc.name(sc.s)} {_fill(act, sc)}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, roots, NEGATED),), NOTHING_ASSERTED


_CRAFT = ("jets", "warplanes", "drones", "helicopters", "fighter jets", "gunboats", "bombers")
_STRUCK = ("had bombed {Tdem} positions", "had struck {Tdem} border posts",
           "had fired on {Tdem} positions", "had attacked {Tdem} outposts",
           "had bombed rebel bases inside {T}")  # fmt: skip


def f24_own_craft(sc: Scene) -> Built:
    """ "Uganda said its jets had bombed Somali positions": UGA -> SOM 19, reported; the
    weapon's "its" is the speaker's state, never left unplaced (and then put in the target's)."""
    sname = sc.name(sc.s, capital=0.2)
    who = sc.rng.choice(("{S} said", "{Sposs} defence ministry said", "{Sposs} army confirmed",
                         "{S} said on Monday that"))  # fmt: skip
    text = (f"{who.format(S=sname, Sposs=_poss(sname))} its {sc.rng.choice(_CRAFT)} "
            f"{_fill(sc.rng.choice(_STRUCK), sc)}.")  # fmt: skip
    return _cap(text), (_e(sc.s, sc.t, _r("19"), REPORTED),), ()


_INTENT = ("said it had no intention of", "has no intention of", "insisted it had no intention of",
           "says it has no intention of")  # fmt: skip
_CLAIMED = (("shelling {Tdem} border posts", "19"), ("shooting down a {Tdem} drone", "19"),
            ("firing rockets at {Tdem} positions", "19"))  # fmt: skip


def f24_intent_noun(sc: Scene) -> Built:
    """ "Kenya said it had no intention of invading Somalia": KEN -> SOM, negated (the doer the
    holder of the intention, never the phrase's other state); "Kenya's army claimed
    responsibility for shelling Somali border posts": KEN -> SOM 19 (reported), its claim 015."""
    sname = sc.name(sc.s, capital=0.2)
    if sc.rng.random() < 0.6:
        act, roots = sc.rng.choice(_GERUNDS)
        text = f"{sname} {sc.rng.choice(_INTENT)} {_fill(act, sc)}."
        return _cap(text), (_e(sc.s, sc.t, roots, NEGATED),), NOTHING_ASSERTED
    act, root = sc.rng.choice(_CLAIMED)
    who = sc.rng.choice(("{Sposs} army", "{Sposs} military", "{S}"))
    text = f"{who.format(S=sname, Sposs=_poss(sname))} claimed responsibility for {_fill(act, sc)}."
    allowed = (_e(sc.s, sc.t, _r("01"), ASSERTED), Expect(sc.s.iso3, "", _r("01"), ASSERTED))
    return _cap(text), (_e(sc.s, sc.t, _r(root), frozenset({"reported", "asserted"})),), allowed


FACT24_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "f24_evidential": f24_evidential,
    "f24_held_back": f24_held_back,
    "f24_refusal_voice": f24_refusal_voice,
    "f24_said_ready": f24_said_ready,
    "f24_unsaid_whether": f24_unsaid_whether,
    "f24_adding_that": f24_adding_that,
    "f24_gave_none": f24_gave_none,
    "f24_own_craft": f24_own_craft,
    "f24_intent_noun": f24_intent_noun,
}
# Floors (fewest right of 24, most false assertions). On main (dbd9764) before the fix, 50
# sentences each (seed 0): evidential 0.00 (28 false: "is thought / alleged to have" asserted,
# "is said / reported to have" lost), held_back 0.00 (lost or asserted), refusal_voice 0.60 (20
# false: "would not hold talks" in another's voice asserted), said_ready 0.32 (reported),
# unsaid_whether 0.32 (34 false: a threat or aid asserted), adding_that 0.00 (the added act
# dropped as a scene), gave_none 0.00 (50 false: "sent no troops" asserted), own_craft 0.30
# (the craft unplaced, then put in T's state), intent_noun 0.00 (the phrase's other state as
# doer; the claimed act dropped as an argument); after: 1.000 each, 0 false.
FLOORS = {name: (23, 0) for name in FACT24_CONSTRUCTIONS}
