"""Round 22 party classes of parties31 (issue 9; fresh16_classes.md X, PL, TB, AP) as suite
constructions, crossed with the suite's states named by name, capital, demonym or leader:

- ``p31_facility_request`` (PL): "X's leader hosted Y's leader in X-capital. Y's leader asked
  for the Y-capital Bridge post (crossing, airport road) to open around the clock": the capital
  in the facility's name is a place; the request is aimed at the host (Y -> X 02);
- ``p31_forum_threat`` (TB): "X accused Y of ... and threatened to take the matter (the case,
  the dispute) to the International Court of Justice (a regional court)": the threat is aimed
  at Y (X -> Y 13), never at the court;
- ``p31_harm_two_back`` (AP): "X police deported (detained) 80 Y men. X's interior minister
  said the deportations would go on. Several of the men said they had been beaten in custody":
  the harm is the police's, two sentences on (X -> Y 18 reported);
- ``p31_story_denial`` (X): "X closed the northern crossing. X's foreign ministry denied that
  the closure was meant to pressure Y-capital": the denial answers Y (X -> Y 01);
- ``p31_courts_refuse`` (X): "Y has asked X to extradite a former minister. X has never
  extradited anyone to Y, and its courts may yet refuse": the refusal is aimed at the asker
  (X -> Y 12 possible), never at X itself;
- ``p31_promise_withheld`` (X): "Y asked X for more flights. But X made no promise": the
  promise not made is withheld from the asker (X -> Y 03 negated);
- ``p31_judged_threat`` (X): "X lifted its ban on Y cheese. Y was wrong to threaten a court
  case, but X was wrong to keep the ban": the op-ed's judged acts are between the two (Y -> X
  13, X -> Y 16), never aimed at no one;
- ``p31_wanted_freeze`` (X): "Y has asked X to extradite a businessman. X froze the
  businessman's bank accounts": the wanted man is Y's national (X -> Y 16);
- ``p31_redress_promise`` (X): "X's navy fired on a Y fishing boat. X's defence minister
  promised an inquiry": redress is owed to the harmed state (X -> Y 03).

Scores on main (c22ed05) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _r,
)

ANY = ASSERTED | NOT_ASSERTED


_FACILITIES = ("Bridge post", "Bridge crossing", "Bridge border post", "airport road",
               "river crossing")  # fmt: skip
_OPEN = ("to open around the clock", "to open at night", "to stay open longer",
         "to reopen at weekends")  # fmt: skip


def p31_facility_request(sc: Scene) -> Built:
    """ "President Boric hosted Milei in Santiago. Milei asked for the Buenos Aires Bridge post
    to open at night": ARG -> CHL 02, never ARG -> ARG."""
    host, guest = sc.leader(sc.s), sc.leader(sc.t)
    first = f"{host} hosted {guest} in {sc.s.capital}."
    place = f"the {sc.t.capital} {sc.rng.choice(_FACILITIES)}"
    text = f"{first} {guest} asked for {place} {sc.rng.choice(_OPEN)}."
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10"), ASSERTED),)
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("04"), ASSERTED),
               Expect(sc.t.iso3, sc.s.iso3, _r("04"), ASSERTED))  # fmt: skip
    return _cap(text), want, allowed


_CHARGES = ("dumping cheap cement", "breaking the trade deal", "cheating on the quotas",
            "harassing its fishermen")  # fmt: skip
_TAKE = ("threatened to take the matter to", "threatened to take the case to",
         "threatened to take the dispute to", "threatened to bring the dispute before")  # fmt: skip
_COURTS = ("the International Court of Justice", "a regional court",
           "the regional Court of Justice", "an international tribunal")  # fmt: skip


def p31_forum_threat(sc: Scene) -> Built:
    """ "Togo accused Benin of dumping cement and threatened to take the matter to the ECOWAS
    Court of Justice": TGO -> BEN 13 (and 11), never TGO -> the court."""
    who = sc.name(sc.s)
    take = sc.rng.choice(_TAKE)
    text = (f"{who} accused {sc.name(sc.t, 0.0)} of {sc.rng.choice(_CHARGES)} and {take} "
            f"{sc.rng.choice(_COURTS)}.")  # fmt: skip
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("11"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("13"), ASSERTED))  # fmt: skip
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("11"), POSSIBLE),)
    return _cap(text), want, allowed


_HOLDING = (("deported", "the deportations"), ("expelled", "the expulsions"),
            ("detained", "the checks"), ("arrested", "the arrests"))  # fmt: skip
_MEN = ("men", "workers", "miners", "traders")
_SAID_HURT = ("Several of the {p} said they had been beaten in custody",
              "Some of the {p} said they had been beaten in custody",
              "Several of the {p} later said they had been beaten in custody")  # fmt: skip


def p31_harm_two_back(sc: Scene) -> Built:
    """ "Estonian police deported 80 Latvian men on Monday. Estonia's interior minister said
    the deportations would go on. Several of the men said they had been beaten in custody":
    ESTCOP -> LVA 18 reported (two sentences on)."""
    verb, noun = sc.rng.choice(_HOLDING)
    p = sc.rng.choice(_MEN)
    first = f"{sc.s.demonym} police {verb} 80 {sc.t.demonym} {p} on Monday."
    middle = f"{_poss(sc.s.name)} interior minister said {noun} would go on."
    hurt = sc.rng.choice(_SAID_HURT).format(p=p)
    text = f"{first} {middle} {hurt}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("18"), REPORTED))  # fmt: skip
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), NOT_ASSERTED),
               Expect(sc.s.iso3, "", _r("17"), NOT_ASSERTED))  # fmt: skip
    return _cap(text), want, allowed


_CLOSED = ("closed the northern crossing last week", "shut the river crossing on Monday",
           "closed its main border post last week")  # fmt: skip
_DENIED = ("denied that the closure was meant to pressure {Tcap}",
           "denied that the closure was aimed at {Tcap}",
           "denied that the move was meant to punish {Tcap}")  # fmt: skip
_DENIERS = ("{Sposs} foreign ministry", "{Sposs} government", "{Slead}")


def p31_story_denial(sc: Scene) -> Built:
    """ "Benin closed the Hillacondji crossing last week. Benin's foreign ministry denied that
    the closure was meant to pressure Lome": BEN -> TGO 01 (and 19), never BEN -> none."""
    name = sc.name(sc.s, capital=0.0)
    first = f"{name} {sc.rng.choice(_CLOSED)}."
    who = sc.rng.choice(_DENIERS).format(Sposs=_poss(name), Slead=sc.leader(sc.s))
    text = f"{first} {who} {sc.rng.choice(_DENIED).format(Tcap=sc.t.capital)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("01"), ASSERTED),)
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("19", "16"), ANY),
               Expect(sc.s.iso3, "", _r("19"), ASSERTED),
               Expect("*", sc.t.iso3, _r("17"), NOT_ASSERTED))  # fmt: skip
    return _cap(text), want, allowed


_WANTED = ("a former minister", "a businessman who fled last year", "a former army chief",
           "two former officials")  # fmt: skip
_REFUSE = ("and its courts may yet refuse", "and its courts could still refuse",
           "and its judges may yet refuse")  # fmt: skip


def p31_courts_refuse(sc: Scene) -> Built:
    """ "Togo has asked Benin to extradite a former minister. Benin has never extradited anyone
    to Togo, and its courts may yet refuse": BEN -> TGO 12 possible, never BEN -> BEN."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    first = f"{t_name} has asked {s_name} to extradite {sc.rng.choice(_WANTED)}."
    text = f"{first} {s_name} has never extradited anyone to {t_name}, {sc.rng.choice(_REFUSE)}."
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("12"), POSSIBLE))  # fmt: skip
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("06", "08", "12"), NEGATED),)
    return _cap(text), want, allowed


_ASKS = ("asked {S} for more flights", "asked {S} to reopen the crossing",
         "asked {S} for help with the harvest", "asked {S} to lower its port fees")  # fmt: skip
_NO_PROMISE = ("But {S} made no promise", "{S} made no promise",
               "But {S} made no promises")  # fmt: skip
# ("gave no promise" is read as aid withheld, 07: a lexicon gap left to lex rounds)


def p31_promise_withheld(sc: Scene) -> Built:
    """ "Milei asked Boric for more flights. But Boric made no promise": CHL -> ARG 03 negated,
    never CHL -> none."""
    s_who, t_who = sc.leader(sc.s), sc.leader(sc.t)
    text = (f"{t_who} {sc.rng.choice(_ASKS).format(S=s_who)}. "
            f"{sc.rng.choice(_NO_PROMISE).format(S=s_who)}.")  # fmt: skip
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("03"), NEGATED))  # fmt: skip
    allowed = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10", "06", "07", "08"), NOT_ASSERTED),)
    return _cap(text), want, allowed


_GOODS = ("cheese", "poultry", "beef", "timber", "apples")
_JUDGED = ("was wrong to threaten a court case", "was wrong to threaten legal action",
           "was right to threaten a court case")  # fmt: skip


def p31_judged_threat(sc: Scene) -> Built:
    """ "Estonia lifted its ban on Latvian cheese in June. Latvia was wrong to threaten a court
    case, but Estonia was wrong to keep the ban": LVA -> EST 13, EST -> LVA 16 (never to no
    one)."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    first = f"{s_name} lifted its ban on {sc.t.demonym} {sc.rng.choice(_GOODS)} in June."
    text = f"{first} {t_name} {sc.rng.choice(_JUDGED)}, but {s_name} was wrong to keep the ban."
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("13"), ASSERTED),)
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("08", "16"), ANY),
               Expect(sc.t.iso3, sc.s.iso3, _r("11"), ANY))  # fmt: skip
    return _cap(text), want, allowed


_FLED = (("a businessman who fled last year", "businessman"), ("a former banker", "banker"),
         ("a businessman wanted for fraud", "businessman"), ("a former minister", "minister"))  # fmt: skip
_FROZE = ("froze the {n}'s bank accounts", "froze the {n}'s assets on Tuesday",
          "has frozen the {n}'s accounts")  # fmt: skip


def p31_wanted_freeze(sc: Scene) -> Built:
    """ "Togo has asked Benin to extradite a businessman. Benin froze the businessman's bank
    accounts": BEN -> TGO 16 (the wanted man is the requester's national), never BEN -> none."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    wanted, noun = sc.rng.choice(_FLED)
    first = f"{t_name} has asked {s_name} to extradite {wanted}."
    text = f"{first} {s_name} {sc.rng.choice(_FROZE).format(n=noun)}."
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("16", "17"), ASSERTED))  # fmt: skip
    return _cap(text), want, ()


_FIRED = ("fired on a {Tdem} fishing boat on Monday, wounding one crewman",
          "shot two {Tdem} smugglers near the border", "opened fire on {Tdem} herders")  # fmt: skip
_PROMISED = ("{Sposs} defence minister promised an inquiry",
             "{S} promised an investigation", "{Sposs} government promised a full inquiry")  # fmt: skip


def p31_redress_promise(sc: Scene) -> Built:
    """ "The Chilean navy fired on an Argentine fishing boat. Chile's defence minister promised
    an inquiry": CHL -> ARG 03 (redress owed to the harmed state), never CHL -> none."""
    name = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(("{Sdem} soldiers", "The {Sdem} navy", "{Sdem} border guards"))
    first = f"{who.format(Sdem=sc.s.demonym)} {sc.rng.choice(_FIRED).format(Tdem=sc.t.demonym)}."
    text = f"{first} {sc.rng.choice(_PROMISED).format(Sposs=_poss(name), S=name)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("19", "18"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("03"), ASSERTED))  # fmt: skip
    return _cap(text), want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p31_facility_request": p31_facility_request,
    "p31_forum_threat": p31_forum_threat,
    "p31_harm_two_back": p31_harm_two_back,
    "p31_story_denial": p31_story_denial,
    "p31_courts_refuse": p31_courts_refuse,
    "p31_promise_withheld": p31_promise_withheld,
    "p31_judged_threat": p31_judged_threat,
    "p31_wanted_freeze": p31_wanted_freeze,
    "p31_redress_promise": p31_redress_promise,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before parties31 (c22ed05) the same 24 scored: p31_facility_request 3/0 (the guest's own
# state), p31_forum_threat 8/0 (the court), p31_story_denial 9/0 (no target), the other six
# 0/0 (no target, the refuser's own state, or the speaker's state as the harmed). Seed 5 misses
# one p31_facility_request ("the Brasilia river crossing": dropped, but no host found).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
