"""fresh9's lexicon and factuality classes (issue 9, round 15b, lex19: fresh9_classes.md AC,
L, NE, CN, PB and S) as suite constructions. Each phrasing is the project's own, written from
the phenomenon, the GUIDE and the CAMEO codebook, crossed with the suite's states named by
name, capital, demonym + sector or leader.

- ``l19_accused_act``: "X accused Y's police of detaining 12 X fishermen": the accusation
  (112) and the accused act, reported, with the accused as its doer and the accuser's state as
  its victim where the act names none ("of moving troops to the border");
- ``l19_police_pledge``: "X pledged to deploy more police at the border with Y": a pledge
  (03), no threat (13);
- ``l19_consular_handover``: "X released 19 Y traders and handed them to Y consular staff":
  the release (08), no aid (07), no judicial cooperation (06);
- ``l19_closed_crossings``: "X closed three of its border crossings with Y": as "closed its
  border with Y", a restriction of movement (19);
- ``l19_not_in_kind``: "X said it would not respond in kind": no act, no negated force;
- ``l19_neither``: "Neither government has criticised Z": negated (or none), never asserted;
- ``l19_promised_not``: "X promised Y that Y lorries would not be stopped again": the promise
  stands (03, asserted); the "not" is the complement's;
- ``l19_welcomed_host``: "X's president arrived in Y's capital and was welcomed at State
  House by Y's president": the visit (042) and the hosting (043), no praise (051);
- ``l19_no_comment``: "..., Y made no comment": no statement, no negated one;
- ``l19_denied_standing_by``: "Y denied that its soldiers had stood by": a denial of the
  accuser's charge (016), no negated support (051).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_REPORTED = frozenset({"reported"})
_NEGATED = frozenset({"negated"})
_NOT_ASSERTED = frozenset({"possible", "reported", "negated"})
_ACCUSATION = frozenset({"11"})

_ACCUSERS = ("{S}", "{Sposs} foreign ministry", "{Sdem} lawmakers", "{Sposs} government")
_ACCUSED = ("{T}", "{Tdem} police", "{Tdem} soldiers", "{Tposs} coast guard")
# (the accused act, its roots): each names the accuser's people, or (last) no victim at all
_ACCUSED_ACTS = (
    ("detaining 12 {Sdem} fishermen", "17"),
    ("seizing {a_Sdem} fishing boat", "17"),
    ("holding 14 {Sdem} traders without charge", "17"),
    ("arresting three {Sdem} nationals", "17"),
    ("grabbing {Sdem} land", "19"),
    ("shelling {Sdem} border villages", "19"),
    ("moving troops to the border", "15"),
)


def l19_accused_act(sc: Scene) -> Built:
    """ "Benin accused Nigerien soldiers of holding 12 Beninese traders without charge": the
    accusation, and the detention reported with the soldiers' state as its doer."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    a_sdem = ("an " if sc.s.demonym[0] in "AEIOU" else "a ") + sc.s.demonym
    fill = {"S": sname, "Sposs": _poss(sname), "Sdem": sc.s.demonym, "a_Sdem": a_sdem,
            "T": tname, "Tposs": _poss(tname), "Tdem": sc.t.demonym}  # fmt: skip
    who = sc.rng.choice(_ACCUSERS).format(**fill)
    whom = sc.rng.choice(_ACCUSED).format(**fill)
    act, root = sc.rng.choice(_ACCUSED_ACTS)
    verb = sc.rng.choice(("accused", "has accused", "accused"))
    text = f"{who} {verb} {whom}{_time(sc)} of {act.format(**fill)}."
    accusation = Expect(sc.s.iso3, sc.t.iso3, _ACCUSATION, ASSERTED)
    accused = Expect(sc.t.iso3, sc.s.iso3, frozenset({root}), _REPORTED)
    return _cap(text), (accusation, accused), ()


_PLEDGES = ("pledged", "promised", "vowed", "has pledged")
_POSTED = (
    "to deploy more police at the border with {T}",
    "to station more police at the border crossings with {T}",
    "to deploy 200 border guards along the frontier with {T}",
    "to send more police officers to the border with {T}",
)


def l19_police_pledge(sc: Scene) -> Built:
    """ "Namibia pledged to deploy more police at the border post with Botswana": a pledge
    (03) aimed at the neighbour, no threat of force (13)."""
    tname = sc.name(sc.t)
    who = sc.rng.choice((sc.name(sc.s), f"{_poss(sc.s.name)} government"))
    vp = sc.rng.choice(_POSTED).format(T=tname)
    if sc.rng.random() < 0.3:
        text = f"{who} thanked {tname} for its help and {sc.rng.choice(_PLEDGES)} {vp}"
        thanks = Expect(sc.s.iso3, sc.t.iso3, frozenset({"05"}), ASSERTED)
        pledge = Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED)
        return _cap(text + "."), (thanks, pledge), ()
    pledge = Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED)
    return _cap(f"{who} {sc.rng.choice(_PLEDGES)}{_time(sc)} {vp}."), (pledge,), ()


_RELEASED = ("19 {Tdem} traders", "seven {Tdem} fishermen", "12 {Tdem} workers")
_CONSULAR = ("consular staff", "consular officials", "consular officers", "embassy officials")


def l19_consular_handover(sc: Scene) -> Built:
    """ "Togo released 19 Ghanaian traders and handed them to Ghanaian consular staff": the
    release (08), asserted or reported in the government's voice; no aid, no cooperation."""
    who = sc.name(sc.s)
    freed = sc.rng.choice(_RELEASED).format(Tdem=sc.t.demonym)
    to = f"{sc.t.demonym} {sc.rng.choice(_CONSULAR)}"
    if sc.rng.random() < 0.4:
        text = (f"{_poss(sc.s.name)} government said it had released {freed} and handed them "
                f"to {to} at the border")  # fmt: skip
        facts = _REPORTED
    else:
        text = f"{who} released {freed}{_time(sc)} and handed them to {to}"
        facts = ASSERTED
    release = Expect(sc.s.iso3, sc.t.iso3, frozenset({"08"}), facts)
    return _cap(text + "."), (release,), ()


_SOME = ("three of its border crossings", "two of its border posts", "several of its crossings",
         "all of its border crossings", "one of its border crossings")  # fmt: skip


def l19_closed_crossings(sc: Scene) -> Built:
    """ "Senegal closed three of its border crossings with Mali": a restriction of movement
    (191), as "closed its border with Mali"."""
    verb = sc.rng.choice(("closed", "has closed", "closed"))
    text = f"{sc.name(sc.s)} {verb} {sc.rng.choice(_SOME)} with {sc.name(sc.t)}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({"19"}), ASSERTED),), ()


_IN_KIND = (
    "{S} said it would not respond in kind",
    "{Sposs} president said {S} would not respond in kind",
    "{S} will not respond in kind, its foreign minister said",
    "{Sposs} government has said it would not respond in kind",
)


def l19_not_in_kind(sc: Scene) -> Built:
    """ "President NAME said Chad would not respond in kind": no act, no negated force."""
    sname = sc.name(sc.s, capital=0.0)
    text = sc.rng.choice(_IN_KIND).format(S=sname, Sposs=_poss(sname))
    return _cap(text + "."), (), ()


_NEITHER_SUBJECTS = ("Neither government", "Neither side", "Neither country", "Neither capital")
_NEITHER_ACTS = (
    "has criticised {Z}",
    "has imposed sanctions on {Z}",
    "has expelled {Zdem} diplomats",
    "has recognised {Zposs} new government",
    "has asked {Z} to mediate",
    "has asked {Z} to mediate, and neither wants to",
)


def l19_neither(sc: Scene) -> Built:
    """ "{S} and {T} have quarrelled over the river for years. Neither government has asked
    the AU to mediate": no act asserted (negated, or none)."""
    zname = sc.name(sc.z, capital=0.0)
    vp = sc.rng.choice(_NEITHER_ACTS).format(Z=zname, Zposs=_poss(zname), Zdem=sc.z.demonym)
    first = f"{sc.name(sc.s, capital=0.0)} and {sc.name(sc.t, capital=0.0)} have quarrelled"
    text = f"{first} over the river for years. {sc.rng.choice(_NEITHER_SUBJECTS)} {vp}."
    return text, (), (Expect("*", "*", frozenset(), _NEGATED),)


_PROMISES = ("promised", "assured", "pledged to")
_NOT_AGAIN = (
    "{Tdem} lorries would not be stopped again",
    "fuel deliveries to {T} would not be disrupted again",
    "{Tdem} traders would not be turned back at the border",
    "the crossing would not be closed again",
)


_THROUGH = (
    "fuel deliveries through {Scap} would not be disrupted again",
    "fuel shipments through {Scap} would not be halted again",
    "cargo through {Scap} would not be blocked again",
)


def l19_promised_not(sc: Scene) -> Built:
    """ "Chapo promised Malawi that fuel deliveries would not be disrupted again": the promise
    (03) asserted; the negation is the complement's."""
    tname = sc.name(sc.t, capital=0.0)
    who = sc.rng.choice((sc.name(sc.s), f"{_poss(sc.s.name)} president"))
    verb = sc.rng.choice(_PROMISES)
    content = sc.rng.choice(_NOT_AGAIN).format(T=tname, Tdem=sc.t.demonym)
    if sc.rng.random() < 0.4:  # after a joint act, the promise's own clause coordinated
        first = f"{_poss(sc.s.name)} president met {_poss(tname)} president in {sc.s.capital}"
        content = sc.rng.choice(_THROUGH).format(Scap=sc.s.capital)
        who = sc.leader(sc.s).split()[-1]  # (the bare surname, as a story's later mention)
        later = (
            f"The two leaders agreed to build a bridge by 2027, and {who} promised that {content}"
        )
        joint = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED),
                 Expect(sc.t.iso3, sc.s.iso3, frozenset({"03"}), ASSERTED))  # fmt: skip
        met = Expect(sc.s.iso3, sc.t.iso3, frozenset({"04"}), ASSERTED)
        promise = Expect(sc.s.iso3, "", frozenset({"03"}), ASSERTED)  # (no target of its own)
        allowed = (promise, Expect("*", "*", frozenset(), _NOT_ASSERTED))
        return f"{_cap(first)}{_time(sc)}. {later}.", (*joint, met), allowed
    text = f"{who} {verb} {tname} that {content}."
    if verb == "pledged to":
        text = f"{who} pledged to {tname} that {content}."
    promise = Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED)
    inner = Expect("*", "*", frozenset(), _NOT_ASSERTED)  # the act promised not to happen
    return _cap(text), (promise,), (inner,)


_WELCOMES = (
    "was welcomed at State House by {Tposs} president",
    "was welcomed at the airport by {Tposs} president",
    "was welcomed by {Tposs} president",
    "was welcomed at the presidential palace by {Tposs} prime minister",
)


def l19_welcomed_host(sc: Scene) -> Built:
    """ "Kenya's president arrived in Kampala on Monday and was welcomed at State House by
    Uganda's president": the visit (042) and its hosting (043), no praise."""
    tname = sc.t.name
    when = sc.rng.choice((" on Monday", " late on Sunday", ""))
    welcome = sc.rng.choice(_WELCOMES).format(Tposs=_poss(tname))
    text = f"{_poss(sc.s.name)} president arrived in {sc.t.capital}{when} and {welcome}."
    visit = Expect(sc.s.iso3, sc.t.iso3, frozenset({"04"}), ASSERTED)
    host = Expect(sc.t.iso3, sc.s.iso3, frozenset({"04"}), ASSERTED)
    return text, (visit, host), ()


_SILENT = ("{T} made no comment", "{Tposs} foreign ministry made no comment",
           "{T} made no immediate comment", "{Tposs} government had no comment")  # fmt: skip


def l19_no_comment(sc: Scene) -> Built:
    """ "Ghana summoned Togo's ambassador on Monday. Togo made no comment": the summons; no
    statement, no negated one."""
    tname = sc.name(sc.t, capital=0.0)
    first = f"{sc.name(sc.s)} summoned {_poss(tname)} ambassador{_time(sc)}"
    silent = sc.rng.choice(_SILENT).format(T=tname, Tposs=_poss(tname))
    summons = Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), ASSERTED)
    return f"{_cap(first)}. {_cap(silent)}.", (summons,), ()


_STOOD_ACCUSED = ("{Tdem} soldiers", "{Tdem} police", "{T}", "{Tposs} army")
_STOOD_WHILE = (
    "while {Sdem} lorries were burned",
    "as {Sdem} traders were attacked",
    "while {Sdem} shops were looted",
)
_STOOD_DENIED = (
    "{Tposs} government denied that its soldiers had stood by",
    "{Tposs} interior ministry denied that its police had stood by",
    "{T} denied that its troops had stood by while the shops were looted",
    "{Tposs} army denied that its soldiers stood by",
)


def l19_denied_standing_by(sc: Scene) -> Built:
    """ "Zambia accused Malawian soldiers of standing by while Zambian lorries were burned.
    Malawi's government denied that its soldiers had stood by": the accusation (112) and the
    denial (016) aimed at the accuser; standing by is no support (051) of anyone."""
    tname = sc.name(sc.t, capital=0.0)
    fill = {"T": tname, "Tposs": _poss(tname), "Tdem": sc.t.demonym, "Sdem": sc.s.demonym}
    whom = sc.rng.choice(_STOOD_ACCUSED).format(**fill)
    first = f"{sc.name(sc.s)} accused {whom}{_time(sc)} of standing by "
    first += sc.rng.choice(_STOOD_WHILE).format(**fill)
    second = sc.rng.choice(_STOOD_DENIED).format(**fill)
    accusation = Expect(sc.s.iso3, sc.t.iso3, _ACCUSATION, ASSERTED)
    denial = Expect(sc.t.iso3, sc.s.iso3, frozenset({"01"}), ASSERTED)
    return f"{_cap(first)}. {_cap(second)}.", (accusation, denial), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l19_accused_act": l19_accused_act,
    "l19_police_pledge": l19_police_pledge,
    "l19_consular_handover": l19_consular_handover,
    "l19_closed_crossings": l19_closed_crossings,
    "l19_not_in_kind": l19_not_in_kind,
    "l19_neither": l19_neither,
    "l19_promised_not": l19_promised_not,
    "l19_welcomed_host": l19_welcomed_host,
    "l19_no_comment": l19_no_comment,
    "l19_denied_standing_by": l19_denied_standing_by,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex19 (4da45ea) the same 24 scored (right, false assertions):
# l19_accused_act 0/0 (only the 112: the accused act background or with no doer);
# l19_police_pledge 7/17 (a threat, 138, or the police as target); l19_consular_handover 0/14
# (aid 07 or judicial cooperation 063 beside the release); l19_closed_crossings 11/0 (no event
# for "three of its crossings"); l19_not_in_kind 0/0 (190 negated); l19_neither 21/3 (asserted);
# l19_promised_not 24/0 (CN not reproduced here: a guard); l19_welcomed_host 18/6 (praise, 051);
# l19_no_comment 0/0 (010 negated); l19_denied_standing_by 0/0 (051 negated, no 016).
# After lex19: 24/0 each.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
