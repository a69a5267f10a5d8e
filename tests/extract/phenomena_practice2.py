"""Classes found on practice2's practice set (issue 9, round 16: security copy from the Sahel,
Sudan and the Horn; bench/gold/reviews/practice2_classes.md) as suite constructions. Each
phrasing is the project's own, written from the phenomenon, crossed with the suite's states
named by name, capital, demonym + sector or leader.

- ``p2_counted_list``: "A, B and C walked out of the summit. The three governments accused the
  European Union of ...": a counted phrase above two is the list of that many states named
  before it (each member's own act), not the last two states named;
- ``p2_portfolio_envoy``: "Washington's Africa envoy visited Y": a region's noun on an office
  is the office's remit; the office is its owner's, the region no party;
- ``p2_warned_and_called``: "X warned that the plan was dangerous and called on Y to ...": the
  appeal joined to the complement's copula is the speaker's own second act (02 at Y);
- ``p2_called_baseless``: "Y accused X of ... X called the accusation a fabrication / described
  the charges as baseless": a denial of the charge (016 at the accuser), as "dismissed the charge";
- ``p2_backed_proposal``: "X rejected a Y-backed proposal for a truce": the backer, drafter or
  sponsor of a proposal is the party it is rejected from (or accepted, welcomed), as "a
  proposal by Y"; a maker of a thing ("Y-made drones") stays no party.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

_ACCUSATION = frozenset({"11"})
_APPEAL = frozenset({"02"})

# (the opening act of the three, a gathering or walk-out that may code anything among them)
_OPENINGS = (
    "{A}, {B} and {C} walked out of the summit{time}",
    "{A}, {B} and {C} recalled their envoys to the African Union{time}",
    "Leaders of {A}, {B} and {C} met in {Acap}{time}",
    "{Adem}, {Bdem} and {Cdem} officials held talks in {Acap}{time}",
)
_COUNTED = (
    "the three governments", "the three countries", "the three juntas",
    "the three military governments", "the three regimes", "the three states",
)  # fmt: skip
_BODIES = ("the European Union", "the United Nations", "the African Union")
_CHARGES = (
    "accused {body} of bias",
    "accused {body} of meddling in their affairs",
    "condemned {body} for its silence",
    "criticised {body} over the sanctions",
)


def p2_counted_list(sc: Scene) -> Built:
    """ "Mali, Chad and Niger walked out of the summit. The three juntas accused the European
    Union of bias": the accusation is each of the three's, aimed at the body."""
    members = (sc.s, sc.t, sc.z)
    fill = {
        "A": sc.s.name, "B": sc.t.name, "C": sc.z.name, "Acap": sc.s.capital,
        "Adem": sc.s.demonym, "Bdem": sc.t.demonym, "Cdem": sc.z.demonym, "time": _time(sc),
    }  # fmt: skip
    first = sc.rng.choice(_OPENINGS).format(**fill)
    who = sc.rng.choice(_COUNTED)
    act = sc.rng.choice(_CHARGES).format(body=sc.rng.choice(_BODIES))
    text = f"{_cap(first)}. {_cap(who)} {act}."
    want = tuple(Expect(m.iso3, "IGO", _ACCUSATION, ASSERTED) for m in members)
    allowed = tuple(
        Expect(a.iso3, b.iso3, frozenset(), ANY) for a in members for b in members if a != b
    )
    allowed += tuple(Expect(m.iso3, t, frozenset(), ANY) for m in members for t in ("IGO", ""))
    allowed += (Expect("IGO", "*", frozenset(), ANY),)  # (the sanctions)
    return text, want, allowed


_REGIONS = ("Africa", "Middle East", "Asia", "Europe", "Latin America", "Central Asia")
_OFFICES = ("envoy", "adviser", "director", "envoy", "coordinator")
# (the act at the other state, its roots)
_ENVOY_ACTS = (
    ("visited {T}{time}", "04"),
    ("met {Tposs} foreign minister{time}", "04"),
    ("criticised {T}{time} over the arrests", "11"),
    ("urged {T}{time} to release the detained journalists", "02"),
    ("accused {T}{time} of arming the rebels", "11"),
)


def p2_portfolio_envoy(sc: Scene) -> Built:
    """ "Paris's Africa adviser visited Chad": the adviser is the owner's (the possessive, a
    demonym), never the region of the office."""
    sname = sc.name(sc.s)
    tname = sc.name(sc.t, capital=0.0)
    owner = sc.rng.choice((_poss(sname), f"the {sc.s.demonym}", _poss(sc.s.capital)))
    office = f"{owner} {sc.rng.choice(_REGIONS)} {sc.rng.choice(_OFFICES)}"
    act, root = sc.rng.choice(_ENVOY_ACTS)
    fill = {"T": tname, "Tposs": _poss(tname), "time": _time(sc)}
    text = f"{_cap(office)} {act.format(**fill)}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


_WARNED = ("warned", "said", "argued", "complained")
_SUBJECTS = ("the plan", "the deployment", "the arms shipments", "the new base")
_PREDICATES = ("was dangerous", "was reckless", "were premature", "was a provocation")
_APPEALS = (
    "called on {T} to reconsider",
    "urged {T} to halt the deliveries",
    "called on {Tposs} government to open talks",
    "urged {T} to withdraw its troops",
)


def p2_warned_and_called(sc: Scene) -> Built:
    """ "Ethiopia warned that the shipments were dangerous and called on Egypt to reconsider":
    the appeal is Ethiopia's own (02 at Egypt), not a part of what was said."""
    tname = sc.name(sc.t)
    subject = sc.rng.choice(_SUBJECTS)
    pred = sc.rng.choice(_PREDICATES)
    plural = subject.endswith("s")
    pred = pred.replace(*(("was ", "were ") if plural else ("were ", "was ")))
    appeal = sc.rng.choice(_APPEALS).format(T=tname, Tposs=_poss(tname))
    verb = sc.rng.choice(_WARNED)
    text = f"{sc.name(sc.s)} {verb}{_time(sc)} that {subject} {pred} and {appeal}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _APPEAL, ASSERTED),)
    # a warning that names no consequence (PETRARCH2 codes WARN 130) or a complaint (111) about
    # the plan: acceptable readings of the first verb, not required
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"13", "11"}), ANY),)
    return _cap(text), want, allowed


_CHARGED = (
    "massing troops on the border", "arming the rebels", "shelling border villages",
    "sheltering the militants", "detaining its fishermen",
)  # fmt: skip
_DENIERS = ("{S}", "{Scap}", "{Sposs} foreign ministry", "{Sdem} officials")
_DISMISSALS = (
    'called the accusation "a fabrication"',
    "called the charges baseless",
    "called the claims false",
    "described the allegations as groundless",
    "described the accusation as absurd",
    "labelled the report a fabrication",
)


def p2_called_baseless(sc: Scene) -> Built:
    """ "Ethiopia accused Eritrea of massing troops. Asmara called the charges baseless": the
    denial of the charge, aimed at the accuser (016), beside the accusation (112)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    fill = {"S": sname, "Scap": sc.s.capital, "Sposs": _poss(sname), "Sdem": sc.s.demonym}
    first = f"{tname} accused {sname}{_time(sc)} of {sc.rng.choice(_CHARGED)}"
    who = sc.rng.choice(_DENIERS).format(**fill)
    text = f"{_cap(first)}. {_cap(who)} {sc.rng.choice(_DISMISSALS)}."
    accusation = Expect(sc.t.iso3, sc.s.iso3, _ACCUSATION, ASSERTED)
    denial = Expect(sc.s.iso3, sc.t.iso3, frozenset({"01"}), ASSERTED)
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset(), NOT_ASSERTED),)  # the accused act
    allowed += (Expect(sc.s.iso3, "", frozenset(), NOT_ASSERTED),)
    return text, (accusation, denial), allowed


_AUTHORED = ("backed", "drafted", "sponsored", "proposed")
_PROPOSALS = (
    "proposal for a truce", "peace plan", "resolution on the border dispute",
    "plan for a ceasefire", "initiative on the prisoners", "draft resolution",
)  # fmt: skip
# (the answer, its roots)
_ANSWERS = (
    ("rejected", "12"), ("has rejected", "12"), ("turned down", "12"),
    ("welcomed", "05"), ("praised", "05"), ("condemned", "11"), ("criticised", "11"),
)  # fmt: skip


def p2_backed_proposal(sc: Scene) -> Built:
    """ "Sudan rejected a U.S.-backed proposal for a truce": the rejection is aimed at the
    proposal's backer (as at "a U.S. proposal", "a proposal by the United States")."""
    sname = sc.name(sc.s)
    backer = sc.rng.choice((sc.t.name, sc.t.demonym))
    answer, root = sc.rng.choice(_ANSWERS)
    what = f"{backer}-{sc.rng.choice(_AUTHORED)} {sc.rng.choice(_PROPOSALS)}"
    article = "an" if what[:1] in "AEIOU" else "a"
    text = f"{sname} {answer} {article} {what}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


# (the participle's phrase, its root)
_SINCE_ACTS = (
    ("shipped weapons to {T}", "07"), ("sent arms to {T}", "07"),
    ("delivered drones to {T}", "07"), ("supplied artillery to {T}", "07"),
    ("shipped ammunition to {T}", "07"), ("expelled {Tposs} ambassador", "16"),
    ("withdrawn its troops from {T}", "08"), ("sent troops to {T}", "07"),
)  # fmt: skip
_SINCE_SECONDS = (
    "", " and pledged troops to the African Union force there", " and promised more help",
    " and signed a defence pact with {Z}", " and opened an embassy in {Zcap}",
)  # fmt: skip


def p2_has_since(sc: Scene) -> Built:
    """ "Egypt has since shipped weapons to Somalia and pledged troops to the African Union
    force there": the shipment is Egypt's act toward Somalia."""
    tname = sc.name(sc.t)
    fill = {"T": tname, "Tposs": _poss(tname), "Z": sc.z.name, "Zcap": sc.z.capital}
    act, root = sc.rng.choice(_SINCE_ACTS)
    second = sc.rng.choice(_SINCE_SECONDS).format(**fill)
    aux = "have" if sc.s.name.startswith("The ") and sc.s.name.endswith("s") else "has"
    text = f"{sc.name(sc.s)} {aux} since {act.format(**fill)}{second}."
    want = (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),)
    allowed = tuple(Expect(sc.s.iso3, t, frozenset(), ANY) for t in ("IGO", sc.z.iso3, ""))
    allowed += (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ANY),)  # "promised more help"
    return _cap(text), want, allowed


# Family names the tables hold for no one, for the unlisted people of p2_given_surname.
_INVENTED = ("Ibrahim", "Okonkwo", "Haddad", "Mensah", "Lindqvist", "Barros", "Tanaka")
# (the phrase with the person, the act, its root)
_TITLED = (
    ("{Sposs} defence minister, {P},", "accused {T} of arming the rebels", "11"),
    ("{Sdem} Foreign Minister {P}", "met {Tposs} ambassador{time}", "04"),
    ("{Sposs} envoy {P}", "criticised {T}{time} over the arrests", "11"),
    ("{Sdem} Interior Minister {P}", "urged {T} to reopen the border", "02"),
)


def p2_given_surname(sc: Scene) -> Built:
    """ "Sudan's defence minister, Yassin Ibrahim, accused Chad of ...": the word a table holds
    as a surname (a third state's leader's) is an unlisted person's given name here."""
    names = [n for n, _, _ in sc.z.leaders if " " in n and n.split()[-1].isalpha()]
    given = sc.rng.choice(names).split()[-1] if names else "Yassin"
    person = f"{given} {sc.rng.choice(_INVENTED)}"
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t)
    who, act, root = sc.rng.choice(_TITLED)
    fill = {"Sposs": _poss(sname), "Sdem": sc.s.demonym, "P": person, "T": tname,
            "Tposs": _poss(tname), "time": _time(sc)}  # fmt: skip
    text = f"{who.format(**fill)} {act.format(**fill)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


PRACTICE2_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p2_counted_list": p2_counted_list,
    "p2_portfolio_envoy": p2_portfolio_envoy,
    "p2_warned_and_called": p2_warned_and_called,
    "p2_called_baseless": p2_called_baseless,
    "p2_backed_proposal": p2_backed_proposal,
    "p2_has_since": p2_has_since,
    "p2_given_surname": p2_given_surname,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before practice2 (5c6c0bc) the same 24 scored (right, false assertions):
# p2_counted_list 0/5 (the last two states named, not the three; "juntas" no state word);
# p2_portfolio_envoy 0/24 (the region, AFR / MEA / EUR / ASA, as the acting party);
# p2_warned_and_called 14/10 (the appeal read as part of what was said, or with no subject);
# p2_called_baseless 0/3 (no denial; the accused act at times asserted);
# p2_backed_proposal 1/0 (the backer a modifier, no target);
# p2_has_since 16/0 ("since" read as the clause's head or the participle as its object's
# modifier, the act lost);
# p2_given_surname 14/10 (the listed person, another state's leader, as the doer).
# After practice2: 24/0 each.
FLOORS = {name: (24, 0) for name in PRACTICE2_CONSTRUCTIONS}
