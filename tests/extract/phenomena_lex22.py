"""Round 17 lexicon and coding classes (issue 9, lex22; fresh11_classes.md L, WN, IS, NA, AT,
AO) as suite constructions, written from the GUIDE and the CAMEO codebook, crossed with the
suite's states named by name, capital, demonym + sector or leader:

- ``l22_price_charged``: "X charges Y a higher price", "the fee X charges Y": no accusation (11);
- ``l22_fought_criminals``: "lost soldiers fighting smugglers", "battled wildfires": no force;
- ``l22_delivered_none``: "promised talks with Y and delivered none": the promise (03), no aid;
- ``l22_returned``: remains, skulls, bronzes handed / given / sent back or repatriated: 08;
- ``l22_judged_measure``: "called / labelled / termed Y's measure disproportionate", "described
  it as unfair": 11;
- ``l22_visa_threat``: "would stop issuing visas to Y's officials if Y kept ...": a threat (13);
- ``l22_landing_rights``: "suspended landing / overflight rights for Y's aircraft": 19;
- ``l22_scheduled_tariff``: "will impose a 30 percent tariff on Y from March 1": 16 possible;
- ``l22_state_protest``: "it did not protest the arrests": a diplomatic protest (11) negated;
- ``l22_warned_verdict``: "warned that any attempt ... would be treated as aggression": no threat;
- ``l22_planned_noun``: "X's aid to Y is to double", "talks are to resume": `possible`;
- ``l22_aside_noun``: "X's objection ... will change nothing", "..., the first X visit since":
  no act of its own;
- ``l22_statement_said``: "an X embassy statement said ...": no statement act (01);
- ``l22_apology``: "returned statues taken from Y and apologised for the crimes of X's troops":
  the apology aimed at Y, not at X's own troops.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    NOTHING_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

NEGATED = frozenset({"negated"})


def _one(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


_PRICES = (
    "{S} charges {T} a higher price for gas than any other buyer",
    "{S} raised the fee it charges {T} to move oil through its pipeline",
    "{Sdem} officials said {S} charges {T} 30 dollars a tonne for transit",
    "the price {S} charges {T} for electricity doubled",
    "{S} has long charged {T} a premium for its wheat",
)


def l22_price_charged(sc: Scene) -> Built:
    """ "Kazakhstan raised the fee it charges Uzbekistan": a price asked, no accusation (112);
    raising a fee may be read as a measure (16) and is accepted."""
    text = sc.rng.choice(_PRICES).format(S=sc.name(sc.s), T=sc.name(sc.t), Sdem=sc.s.demonym)
    allowed = (Expect(sc.s.iso3, "*", frozenset({"16"}), ANY), *NOTHING_ASSERTED)
    return _cap(text + _time(sc) + "."), (), allowed


_FOES = ("smugglers", "drug gangs", "poachers", "wildfires", "traffickers", "armed gangs",
         "cholera", "bandits")  # fmt: skip
_FOUGHT = (
    "{Sposs} president said {S} had lost more soldiers fighting {foe} than any other nation",
    "{Sdem} police are fighting {foe} near the border",
    "{Sdem} troops have been fighting {foe} for a decade, the minister said",
    "{Sdem} soldiers battled {foe} in the north",
    "{S} deployed its army to combat {foe}",
)


def l22_fought_criminals(sc: Scene) -> Built:
    """ "lost soldiers fighting smugglers", "battled wildfires": force against criminals or a
    calamity names no party and no act between states (no 19); a deployment (15) is allowed."""
    frame = sc.rng.choice(_FOUGHT)
    name = sc.name(sc.s)
    text = frame.format(S=name, Sposs=_poss(name), Sdem=sc.s.demonym, foe=sc.rng.choice(_FOES))
    allowed = (Expect(sc.s.iso3, "*", frozenset({"15"}), ANY), *NOTHING_ASSERTED)
    return _cap(text + "."), (), allowed


_DELIVERED = (
    ("{S} has promised talks with {T} after every incident and delivered none", "03"),
    ("{S} promised aid to {T} and delivered nothing", "03"),
    ("{S} pledged loans to {T} but has given none", "03"),
)


def l22_delivered_none(sc: Scene) -> Built:
    """ "promised talks and delivered none": the promise (03) only, nothing given (no 07)."""
    frame, root = sc.rng.choice(_DELIVERED)
    text = frame.format(S=sc.name(sc.s), T=sc.name(sc.t))
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, root),), ()


_RETURNED_THINGS = ("the remains of 20 {Tdem} fighters", "the skulls of 24 {Tdem} resistance fighters",
                    "20 bronzes looted from {T}", "119 artefacts", "a royal throne",
                    "the bodies of two {Tdem} fishermen", "12 statues")  # fmt: skip
_RETURN_VERBS = ("handed back {thing} to {T}", "gave back {thing} to {T}",
                 "sent back {thing} to {T}", "repatriated {thing} to {T}",
                 "returned {thing} to {T}", "has handed back {thing} to {T}")  # fmt: skip


def l22_returned(sc: Scene) -> Built:
    """ "Germany handed back the remains of 20 Namibian fighters to Namibia": a return (084,
    GUIDE rule 7), never aid (07)."""
    tname = sc.name(sc.t)
    thing = sc.rng.choice(_RETURNED_THINGS).format(Tdem=sc.t.demonym, T=tname)
    verb = sc.rng.choice(_RETURN_VERBS).format(thing=thing, T=tname)
    text = f"{sc.name(sc.s)} {verb}{_time(sc)}."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "08"),), ()


_JUDGING = ("disproportionate", "excessive", "unfair", "discriminatory", "arbitrary",
            "unjustified and excessive", "unreasonable", "punitive")  # fmt: skip
_MEASURES = ("{Tposs} measure", "{Tposs} decision", "{Tposs} new tariffs", "{Tposs} visa ban",
             "the {Tdem} ban", "{Tposs} move")  # fmt: skip


def l22_judged_measure(sc: Scene) -> Built:
    """ "Benin's foreign ministry called Niger's measure disproportionate": criticism (111) of
    the state judged, no phone call."""
    tname = sc.name(sc.t)
    judged = sc.rng.choice(_MEASURES).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    who = sc.rng.choice((sc.name(sc.s), f"{_poss(sc.name(sc.s))} foreign ministry"))
    verdict = sc.rng.choice(_JUDGING)
    if sc.rng.random() < 0.25:
        text = f"{who} described {judged} as {verdict}{_time(sc)}."
    else:
        verb = sc.rng.choice(("called", "called", "labelled", "termed"))
        text = f"{who} {verb} {judged} {verdict}{_time(sc)}."
    judged_act = Expect(sc.t.iso3, "*", frozenset(), ANY)
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "11"),), (judged_act,)


_KEPT_DOING = ("blocking the trucks", "holding our lorries", "turning back our traders",
               "detaining our fishermen")  # fmt: skip


def l22_visa_threat(sc: Scene) -> Built:
    """ "Chile's finance minister said Chile would stop issuing visas to Bolivian officials if La
    Paz kept blocking the trucks": a retaliation held out on the other's condition, a threat
    (13) asserted (GUIDE rule 7); the condition's act is hypothetical."""
    sname = sc.name(sc.s, capital=0.0)
    verb = sc.rng.choice(("stop issuing visas to", "halt issuing visas to", "suspend visas for"))
    text = (
        f"{_poss(sname)} {sc.rng.choice(('foreign', 'finance', 'interior'))} minister said"
        f" {sname} would {verb} {sc.t.demonym} officials if {sc.t.capital} kept"
        f" {sc.rng.choice(_KEPT_DOING)}."
    )
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (_one(sc.s.iso3, sc.t.iso3, "13"),), allowed


_RIGHTS = ("suspended landing rights for {Tdem} military aircraft",
           "revoked the landing rights of {Tdem} airlines",
           "suspended overflight rights for {Tdem} carriers",
           "withdrew the docking permits of {Tdem} ships",
           "cancelled the landing permits of {Tdem} airlines")  # fmt: skip


def l22_landing_rights(sc: Scene) -> Built:
    """ "suspended landing rights for Peruvian military aircraft": the aircraft barred, a
    restriction of movement (191), as "barred X's aircraft"."""
    rights = sc.rng.choice(_RIGHTS).format(Tdem=sc.t.demonym)
    text = f"{sc.name(sc.s)} {rights}{_time(sc)}."
    return _cap(text), (_one(sc.s.iso3, sc.t.iso3, "19"),), ()


_TARIFFS = ("a 30 percent tariff on all imports from {T}", "a 25 percent tariff on {Tdem} steel",
            "tariffs on {Tdem} goods", "a 10 percent duty on imports from {T}")  # fmt: skip
_STARTS = (" from March 1", " starting next month", " from January 1", " on Monday")


def l22_scheduled_tariff(sc: Scene) -> Built:
    """ "Ecuador will impose a 30 percent tariff on all imports from Colombia from March 1": the
    measure scheduled, 163 `possible` (GUIDE rule 4), no threat (13) asserted."""
    what = sc.rng.choice(_TARIFFS).format(T=sc.name(sc.t), Tdem=sc.t.demonym)
    frame = sc.rng.choice(("{S} will impose {w}{d}", "{S} said it would impose {w}{d}",
                           "{S} is to impose {w}{d}", "{S} will levy {w}{d}",
                           "{S} said it would raise tariffs on {Tdem} goods to 30 percent{d}"))  # fmt: skip
    text = frame.format(S=sc.name(sc.s), w=what, d=sc.rng.choice(_STARTS), Tdem=sc.t.demonym)
    return _cap(text + "."), (_one(sc.s.iso3, sc.t.iso3, "16", POSSIBLE),), ()


def l22_state_protest(sc: Scene) -> Built:
    """ "Zambian police arrested two Chinese managers. Beijing said it did not protest the
    arrests": a state's protest is diplomatic (11), here negated; never dissent (14)."""
    first = f"{sc.t.demonym} police arrested two {sc.s.demonym} managers{_time(sc)}."
    second = sc.rng.choice(("{S} said it did not protest the arrests.",
                            "{S} did not protest the arrests.",
                            "{Sposs} embassy did not protest the arrests."))  # fmt: skip
    name = sc.name(sc.s, capital=0.5)
    text = first + " " + second.format(S=name, Sposs=_poss(name))
    arrest = _one(sc.t.iso3, sc.s.iso3, "17")
    return text, (arrest, _one(sc.s.iso3, sc.t.iso3, "11", NEGATED)), ()


_VERDICTS = ("would be treated as aggression", "would be regarded as interference",
             "would be considered an act of war", "would undermine the talks",
             "would cross a red line", "would be seen as a hostile act")  # fmt: skip
_ATTEMPTS = ("any attempt to bring the former president back", "any incursion",
             "such a move", "any attempt to intervene", "the deployment")  # fmt: skip


def l22_warned_verdict(sc: Scene) -> Built:
    """ "Paris warned that any attempt to bring the former president back would be treated as
    interference": no consequence the speaker imposes, no threat (GUIDE rule 2)."""
    who = sc.rng.choice((sc.name(sc.s), sc.leader(sc.s), f"the {sc.s.demonym} foreign ministry"))
    told = sc.rng.choice(("", f" {sc.name(sc.t)}"))
    text = f"{who} warned{told} that {sc.rng.choice(_ATTEMPTS)} {sc.rng.choice(_VERDICTS)}."
    return _cap(text), (), NOTHING_ASSERTED


def l22_planned_noun(sc: Scene) -> Built:
    """ "Japanese development aid to Laos is to double", "talks between X and Y are to resume
    next week": the subject's act is planned, `possible`."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.5:
        verb = sc.rng.choice(("is to double", "is set to double", "is due to rise", "is to triple"))
        text = f"{sc.s.demonym} development aid to {tname} {verb} over five years."
        return text, (_one(sc.s.iso3, sc.t.iso3, "07", POSSIBLE),), ()
    verb = sc.rng.choice(
        ("are to resume", "are set to resume", "are due to begin", "are to be held")
    )
    text = f"Talks between {sname} and {tname} {verb} next week."
    return (
        text,
        (_one(sc.s.iso3, sc.t.iso3, "04", POSSIBLE),),
        (_one(sc.t.iso3, sc.s.iso3, "04", POSSIBLE),),
    )


def l22_aside_noun(sc: Scene) -> Built:
    """ "Nepal's objection to India's plan will change nothing", "..., the first senior X visit
    since 2019": an event noun that comments on or restates an act is no act of its own."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.5:
        noun = sc.rng.choice(("objection", "protest", "criticism", "complaint"))
        verb = sc.rng.choice(("will change nothing", "will not change the outcome",
                              "could not stop the project"))  # fmt: skip
        text = f"{_poss(sname)} {noun} to {_poss(tname)} plan {verb}."
        return text, (), NOTHING_ASSERTED
    minister = sc.rng.choice(("foreign secretary", "foreign minister", "defence minister"))
    text = (
        f"{_poss(sname)} {minister} arrived in {sc.t.capital} on Wednesday for talks, the first"
        f" senior {sc.s.demonym} visit since 2019."
    )
    return text, (_one(sc.s.iso3, sc.t.iso3, "04"),), ()


def l22_statement_said(sc: Scene) -> Built:
    """ "A Togolese embassy statement said Lome respected Ghana's laws": the statement only
    names who says a plain thing, no statement act (01) (GUIDE rule 2)."""
    noun = sc.rng.choice(
        ("embassy statement", "foreign ministry statement", "government statement")
    )
    said = sc.rng.choice(("{S} respected {Tposs} laws", "{S} valued its ties with {T}",
                          "the talks had been long"))  # fmt: skip
    sname, tname = sc.s.capital, sc.name(sc.t)
    body = said.format(S=sname, T=tname, Tposs=_poss(tname))
    text = f"{_cap(_article_of(sc.s.demonym))} {sc.s.demonym} {noun} said {body}."
    return text, (), ()


def _article_of(word: str) -> str:
    return "an" if word[:1] in "AEIOU" else "a"


def l22_apology(sc: Scene) -> Built:
    """ "Belgium's foreign minister returned 12 statues taken from Congo and apologised for the
    crimes committed by Belgian troops": the return (08) and the apology (05) aimed at Congo."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    thing = sc.rng.choice(("12 statues taken from {T}", "the remains of 20 people to {T}"))
    crimes = sc.rng.choice(("the crimes committed by {Sdem} troops",
                            "the killings by {Sdem} soldiers", "abuses by {Sdem} colonial troops"))  # fmt: skip
    verb = sc.rng.choice(("returned", "handed back"))
    text = (
        f"{_poss(sname)} foreign minister {verb} {thing.format(T=tname)} and apologised for"
        f" {crimes.format(Sdem=sc.s.demonym)}."
    )
    want = (_one(sc.s.iso3, sc.t.iso3, "08"), _one(sc.s.iso3, sc.t.iso3, "05"))
    return text, want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l22_price_charged": l22_price_charged,
    "l22_fought_criminals": l22_fought_criminals,
    "l22_delivered_none": l22_delivered_none,
    "l22_returned": l22_returned,
    "l22_judged_measure": l22_judged_measure,
    "l22_visa_threat": l22_visa_threat,
    "l22_landing_rights": l22_landing_rights,
    "l22_scheduled_tariff": l22_scheduled_tariff,
    "l22_state_protest": l22_state_protest,
    "l22_warned_verdict": l22_warned_verdict,
    "l22_planned_noun": l22_planned_noun,
    "l22_aside_noun": l22_aside_noun,
    "l22_statement_said": l22_statement_said,
    "l22_apology": l22_apology,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex22 (dbcd7a7, the extraction code of a3dabef) the same 24 scored (right,
# false assertions): l22_price_charged 1/23 (an accusation, 112); l22_fought_criminals 12/12
# (force, 190, against the own state); l22_delivered_none 0/24 (aid, 070); l22_returned 4/16
# (aid, 070); l22_judged_measure 3/0 (no event); l22_visa_threat 6/0 (no threat); l22_landing
# _rights 0/8 (no event, or a treaty suspended, 160); l22_scheduled_tariff 3/12 (a threat,
# 131, asserted); l22_state_protest 16/0 (dissent, 140); l22_warned_verdict 1/23 (a threat,
# 130); l22_planned_noun 0/39 (asserted); l22_aside_noun 14/0 (an objection `possible`, a
# second visit); l22_statement_said 0/24 (a statement, 010); l22_apology 0/27 (aimed at the
# apologiser's own troops). After: 24/0 each. "called Iraq's visa ban heavy-handed" is left
# out: spaCy parses "ban" as a verb there (a parse class of its own, no lexicon matter).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
