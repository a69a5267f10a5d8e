"""Round 21's party leftovers (issue 9, parties28) as suite constructions crossed with the
suite's states named by name, capital or demonym, each with several acts and phrasings:

- ``p28_judged_reason``: "Ghana condemned Somalia for detaining Kenyan fishermen", "Somalia was
  criticised by Ghana for seizing Kenyan boats": the judgement S -> T (11) and the reason act
  the judged party's, T -> Z (17 / 19), never the judge's (S -> Z);
- ``p28_owned_protest``: "Peru's (formal) protest over Chile's seizure of its boats was
  delivered on Monday": a state's own protest is the diplomatic one, S -> T 114 (11), never a
  demonstration (14);
- ``p28_carried_sympathy``: "the ambassador delivered (handed over, passed on) Kenya's
  condolences to Peru": empathy S -> T (018, root 01), never aid (07);
- ``p28_delivered_message``: "the envoy delivered Kenya's message (a letter from Ruto) to Peru":
  a statement S -> T (010, as "sent a message"), never aid;
- ``p28_borne_message``: "the envoy arrived in Lima bearing condolences (a message) from
  Kenya('s president)": the visit S -> T (04) and the condolences S -> T (01) are the sender's;
- ``p28_city_court``: "a magistrate (judge, court) in Nairobi ordered the release of the
  Ugandan traders": the court is the city's state's, Kenya -> Uganda;
- ``p28_lifted_imposed``: "the ban (tariffs, sanctions) that China had imposed on Australia's
  beef was lifted (eased) on Monday": the imposer eases its own measure, S -> T (08).

Scores on main (9068283) before the fix, seed 0, right of 24 (false assertions): judged
reason 9 (15), owned protest 12 (12), carried sympathy 6 (18), delivered message 0 (23), borne
message 8 (7), lifted imposed 0 (0), city court 23 (0: "a magistrate" was no court word); after:
24, 24, 24, 23 ("the special envoy handed over ..." parsed as a noun phrase), 24, 23 (the
parser's contact clause "the tariffs X had imposed on ... were lifted" read as a passive of
"imposed": left), 24, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss, _r, _time


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


ANY_FACT = ASSERTED | NOT_ASSERTED

_JUDGING = ("condemned", "criticised", "denounced", "sharply criticised", "rebuked", "slammed")
_WHEN = ("", "", " on Monday", " this week")
# (gerund phrase with {Zdem}, CAMEO root)
_REASONS = (("detaining {Zdem} fishermen", "17"), ("arresting {Zdem} traders", "17"),
            ("jailing {Zdem} activists", "17"), ("seizing {Zdem} fishing boats", "17"),
            ("detaining two {Zdem} journalists", "17"), ("shelling {Zdem} villages", "19"),
            ("bombing {Zdem} border posts", "19"))  # fmt: skip


def p28_judged_reason(sc: Scene) -> Built:
    """ "Ghana condemned Somalia for detaining Kenyan fishermen": 111 Ghana -> Somalia and the
    detention Somalia -> Kenya; never Ghana -> Kenya."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    reason, root = sc.rng.choice(_REASONS)
    reason = reason.format(Zdem=sc.z.demonym)
    if sc.rng.random() < 0.3:
        verb = sc.rng.choice(("criticised", "condemned", "denounced"))
        text = f"{_cap(tname)} was {verb} by {sname} for {reason}."
    else:
        when = sc.rng.choice(_WHEN)
        text = f"{_cap(sname)} {sc.rng.choice(_JUDGING)} {tname}{when} for {reason}."
    want = (_e(sc.s, sc.t, _r("11")), _e(sc.t, sc.z, _r(root), ANY_FACT))
    allowed = (Expect(sc.t.iso3, "", _r(root), ANY_FACT),)
    return text, want, allowed


_OWNED = ("{Sposs} protest", "{Sposs} formal protest", "{Sposs} strong protest",
          "The protest by {S}")  # fmt: skip
_OVER = ("over {Tposs} seizure of its boats", "over {Tposs} arrest of its nationals",
         "over the detention of its sailors by {T}", "over {Tposs} new border fence",
         "over {Tposs} expulsion of its diplomats")  # fmt: skip
_DELIVERED = ("was delivered on Monday", "was handed to the ambassador", "came late on Sunday",
              "was delivered this week")  # fmt: skip


def p28_owned_protest(sc: Scene) -> Built:
    """ "Peru's protest over Chile's seizure of its boats was delivered on Monday": 114 Peru ->
    Chile, never a demonstration (14)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.3)
    owned = sc.rng.choice(_OWNED).format(S=sname, Sposs=_poss(sname))
    over = sc.rng.choice(_OVER).format(T=tname, Tposs=_poss(tname))
    text = f"{_cap(owned)} {over} {sc.rng.choice(_DELIVERED)}."
    allowed = (
        Expect(sc.s.iso3, "", _r("11"), ASSERTED),
        Expect(sc.t.iso3, "*", _r("17", "16", "12", "15"), ANY_FACT),
    )
    return text, (_e(sc.s, sc.t, _r("11")),), allowed


_BEARERS = ("The ambassador", "The envoy", "The foreign minister", "A senior envoy",
            "The special envoy")  # fmt: skip
_CARRIED = ("delivered", "handed over", "passed on", "conveyed", "delivered")
_SYMPATHY = ("condolences", "sympathy", "deepest condolences", "condolences and solidarity")
_AFTER = ("", " after the floods", " after the earthquake", " after the ferry disaster")


def p28_carried_sympathy(sc: Scene) -> Built:
    """ "The envoy delivered Kenya's condolences to Peru": 018 Kenya -> Peru, never aid."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.3)
    if sc.rng.random() < 0.25:
        owner = f"President {sc.leader(sc.s)}'s" if sc.s.leader(sc.date) else _poss(sname)
    else:
        owner = _poss(sname)
    carried, sympathy = sc.rng.choice(_CARRIED), sc.rng.choice(_SYMPATHY)
    if sc.rng.random() < 0.3:  # "delivered condolences from Kenya to Peru" ("passed on" before a
        # bare noun is parsed as a preposition: "on sympathy")
        carried = sc.rng.choice(("delivered", "conveyed", "handed over"))
        text = f"{sc.rng.choice(_BEARERS)} {carried} {sympathy} from {sname} to {tname}."
    else:
        text = f"{sc.rng.choice(_BEARERS)} {carried} {owner} {sympathy} to {tname}{sc.rng.choice(_AFTER)}."
    return text, (_e(sc.s, sc.t, _r("01")),), ()


_MESSAGES = ("{Sposs} message", "a letter from {S}", "a message from {S}", "{Slead}'s letter",
             "a letter from President {Slead}", "a written message from {S}")  # fmt: skip


def p28_delivered_message(sc: Scene) -> Built:
    """ "The envoy delivered Kenya's message (a letter from Ruto) to Peru": a statement Kenya ->
    Peru (010, as "sent a message"), never aid (07)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.3)
    lead = sc.s.leader(sc.date) or sname
    message = sc.rng.choice(_MESSAGES).format(S=sname, Sposs=_poss(sname), Slead=lead)
    verb = sc.rng.choice(("delivered", "handed over", "delivered"))
    text = f"{sc.rng.choice(_BEARERS)} {verb} {message} to {tname}{_time(sc)}."
    return text, (_e(sc.s, sc.t, _r("01")),), ()


_ARRIVED = ("arrived in {Tcap}", "arrived in {Tcap} on Tuesday", "arrived in {Tcap} late on Sunday")
_BORNE = (("bearing condolences from {S}", True), ("carrying condolences from {S}", True),
          ("bearing a message from {S}", False), ("bearing a letter from {Sposs} president", False),
          ("carrying a message from {Sposs} president", False))  # fmt: skip


def p28_borne_message(sc: Scene) -> Built:
    """ "The envoy arrived in Lima bearing condolences from Kenya": the visit (042) and the
    condolences (018) Kenya -> Peru."""
    sname = sc.name(sc.s, capital=0.0)
    arrived = sc.rng.choice(_ARRIVED).format(Tcap=sc.t.capital)
    borne, sympathy = sc.rng.choice(_BORNE)
    text = f"{sc.rng.choice(_BEARERS)} {arrived} {borne.format(S=sname, Sposs=_poss(sname))}."
    want = (_e(sc.s, sc.t, _r("04")),) + ((_e(sc.s, sc.t, _r("01")),) if sympathy else ())
    allowed = (_e(sc.s, sc.t, _r("01", "04")),)
    return text, want, allowed


_MEASURES = (("ban", "was"), ("import ban", "was"), ("tariffs", "were"), ("sanctions", "were"),
             ("restrictions", "were"), ("duties", "were"))  # fmt: skip
_GOODS = ("{Tposs} beef", "{Tdem} wine", "{Tdem} steel", "{Tposs} exports", "{T}")
_IMPOSED = ("had imposed on", "imposed on", "that {S} had imposed on", "that {S} imposed on")
_LIFTED = ("lifted", "eased", "finally lifted", "quietly eased")


def p28_lifted_imposed(sc: Scene) -> Built:
    """ "The ban China had imposed on Australia's beef was lifted on Monday": 08 China ->
    Australia (the imposer eases its own measure)."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    measure, be = sc.rng.choice(_MEASURES)
    goods = sc.rng.choice(_GOODS).format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    imposed = sc.rng.choice(_IMPOSED)
    clause = imposed.format(S=sname) if "{S}" in imposed else f"{sname} {imposed}"
    text = f"The {measure} {clause} {goods} {be} {sc.rng.choice(_LIFTED)}{_time(sc)}."
    return text, (_e(sc.s, sc.t, _r("08")),), ()


_COURTS = ("A magistrate in {Tcap}", "A judge in {Tcap}", "A magistrate's court in {Tcap}",
           "The high court in {Tcap}", "A court in {Tcap}")  # fmt: skip
# (ordered act with {Sdem}, CAMEO root)
_ORDERED = (("the release of the {Sdem} traders", "08"), ("the release of five {Sdem} fishermen", "08"),
            ("the deportation of 12 {Sdem} nationals", "17"),
            ("the deportation of the {Sdem} workers", "17"))  # fmt: skip


def p28_city_court(sc: Scene) -> Built:
    """ "A magistrate in Nairobi ordered the release of the Ugandan traders": the court is the
    city's state's (Kenya -> Uganda, 0841 / 174), a magistrate as much as a judge."""
    court = sc.rng.choice(_COURTS).format(Tcap=sc.t.capital)
    act, root = sc.rng.choice(_ORDERED)
    text = f"{court} ordered {act.format(Sdem=sc.s.demonym)}{_time(sc)}."
    return text, (_e(sc.t, sc.s, _r(root)),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p28_judged_reason": p28_judged_reason,
    "p28_owned_protest": p28_owned_protest,
    "p28_carried_sympathy": p28_carried_sympathy,
    "p28_delivered_message": p28_delivered_message,
    "p28_borne_message": p28_borne_message,
    "p28_lifted_imposed": p28_lifted_imposed,
    "p28_city_court": p28_city_court,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
