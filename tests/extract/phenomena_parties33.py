"""Round 23 party classes of parties33 (issue 9; fresh17_classes.md HG, TP, X, SR, OP, RH, PT
and TT's party part) as suite constructions, crossed with the suite's states named by name,
capital, demonym or leader:

- ``p33_handover_refused`` (HG): "X police arrested five Y smugglers. Y-capital asked for the
  men to be handed over to Y courts, but X refused": the request is made to the holder (Y -> X
  02), the refusal answers the requester (X -> Y 12), never Y -> Y's courts;
- ``p33_handover_story`` (HG): the same request with no refusal after the holder's arrest (Y ->
  X 02, the story's other state);
- ``p33_knowledge_topic`` (TP): "X offered to share intelligence on Z's ships with Y": the
  offer is to Y (X -> Y 03), never to Z, the subject matter;
- ``p33_loans_story`` (X): "When Y cancelled the contract, X froze new loans to Y-capital. X is
  unlikely to lend again": the hedged lending is to Y (X -> Y 07 possible), never to no one;
- ``p33_denied_capital`` (X): "X's minister denied that X-capital had breached the zone. Y's
  minister demanded that X-capital stop the returns": the denial answers Y (X -> Y 01);
- ``p33_returned_region`` (SR): "Y complained about migrants crossing from X. X police returned
  30 asylum seekers to REGION": the return is to Y (X -> Y 17), never X's own state;
- ``p33_home_critics`` (OP): "X and Y signed nine accords. X's opposition parties criticised the
  accords": no criticism of Y (no X -> Y 11 / 12);
- ``p33_embassy_request`` (RH): "Y police detained 60 X migrants. X's embassy in Y-capital said
  it had asked for the migrants to be treated humanely": X -> Y 02, never X -> X;
- ``p33_boat_crew`` (PT): "The X navy detained a Y fishing boat and its 12 crew, accusing them of
  ...": the accusation is aimed at Y (X -> Y 11);
- ``p33_signing_venue`` (TT): "X's speaker NAME and Native-title NAME signed a joint declaration
  in Z-capital": the place of signing (Z) is no party.

Scores on main (d8c3e4c) before the fix are beside FLOORS. Phrasings left out on purpose: a
denial of a breached "agreement" / "protocol" or of "sent migrants" folds into a negated act
(a fold, not a party question); "Storting", "Althing", "Sejm" and "Riigikogu" titles parse
or place differently (the Sejm is Poland's: a right reading; title tables are lex30's).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
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
DONE = ASSERTED | REPORTED


_ARRESTERS = ("{Sdem} police", "{Sdem} border guards", "{Sdem} customs officers")
_ARRESTED = ("arrested five {Tdem} smugglers near the border",
             "detained six {Tdem} fuel smugglers on Monday",
             "arrested four {Tdem} men at a border post")  # fmt: skip
_HANDED = ("to be handed over to {Tdem} courts", "to be handed over to {Tdem} police",
           "to be handed over to {Tdem} prosecutors", "to be returned to {Tdem} authorities",
           "to be extradited to {T}")  # fmt: skip
_REFUSED = ("but {S} refused, saying they would be tried locally", "but {S} refused",
            "but {S} declined, saying they would face trial at home")  # fmt: skip


def _arrest(sc: Scene) -> str:
    who = sc.rng.choice(_ARRESTERS).format(Sdem=sc.s.demonym)
    return f"{who} {sc.rng.choice(_ARRESTED).format(Tdem=sc.t.demonym)}."


def p33_handover_refused(sc: Scene) -> Built:
    """ "Togolese police arrested five Ghanaian smugglers. Accra asked for the men to be handed
    over to Ghanaian courts, but Togo refused": GHA -> TGO 02, TGO -> GHA 12."""
    t_name, s_name = sc.name(sc.t, capital=0.5), sc.name(sc.s, capital=0.0)
    handed = sc.rng.choice(_HANDED).format(Tdem=sc.t.demonym, T=sc.t.name)
    refused = sc.rng.choice(_REFUSED).format(S=s_name)
    text = f"{_arrest(sc)} {t_name} asked for the men {handed}, {refused}."
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("12"), ASSERTED))  # fmt: skip
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),)
    return _cap(text), want, allowed


def p33_handover_story(sc: Scene) -> Built:
    """ "Togolese police arrested five Ghanaian smugglers. Accra asked for the men to be handed
    over to Ghanaian police": GHA -> TGO 02, never GHA -> GHA."""
    t_name = sc.name(sc.t, capital=0.5)
    handed = sc.rng.choice(_HANDED).format(Tdem=sc.t.demonym, T=sc.t.name)
    text = f"{_arrest(sc)} {t_name} asked for the men {handed}."
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10"), ASSERTED),)
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),)
    return _cap(text), want, allowed


_KNOWLEDGE = ("intelligence on {Zdem} ships", "information about {Zdem} trawlers",
              "data on {Zdem} submarines", "intelligence about {Zdem} spy ships",
              "radar data on {Zdem} aircraft")  # fmt: skip
_SHARE = ("offered to share {k} with {T}", "offered {T} to share {k}",
          "has offered to share {k} with {T}")  # fmt: skip


def p33_knowledge_topic(sc: Scene) -> Built:
    """ "Estonia offered to share intelligence on Russian ships with Latvia": EST -> LVA 03,
    never EST -> RUS."""
    k = sc.rng.choice(_KNOWLEDGE).format(Zdem=sc.z.demonym)
    share = sc.rng.choice(_SHARE[:1] + _SHARE[2:]).format(k=k, T=sc.name(sc.t))
    text = f"{sc.name(sc.s)} {share}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("03"), ASSERTED),)
    allowed = (Expect(sc.s.iso3, sc.t.iso3, _r("03", "06", "07"), ANY),)
    return _cap(text), want, allowed


_CANCELLED = ("cancelled the rail contract", "scrapped the port project",
              "cancelled the dam contract")  # fmt: skip
_FROZE = ("froze new loans to {Tcap}", "froze new credit to {Tcap}",
          "suspended new loans to {Tcap}")  # fmt: skip
_LEND = ("is unlikely to lend again on the old terms", "may not lend again soon",
         "is unlikely to lend again")  # fmt: skip


def p33_loans_story(sc: Scene) -> Built:
    """ "When Ghana cancelled the contract in 2020, Togo froze new loans to Accra. Togo is
    unlikely to lend again": TGO -> GHA 16 and 07 possible, never TGO -> none."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    froze = sc.rng.choice(_FROZE).format(Tcap=sc.t.capital)
    first = f"When {t_name} {sc.rng.choice(_CANCELLED)} in 2020, {s_name} {froze}."
    text = f"{first} {s_name} {sc.rng.choice(_LEND)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("16"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("07"), POSSIBLE))  # fmt: skip
    allowed = (Expect(sc.t.iso3, "", _r("16", "12"), ANY),
               Expect(sc.t.iso3, sc.s.iso3, _r("16", "12"), ANY))  # fmt: skip
    return _cap(text), want, allowed


# (a breach of an "agreement" or "protocol" folds the denial into a negated act: a fold, not
# a party question, left to the factuality classes)
_DENIED = ("had breached the common travel zone", "had let smugglers cross",
           "had ignored the travel zone", "had waved smugglers through")  # fmt: skip
_STOP = ("stop the returns", "stop the expulsions", "halt the deportations")


def p33_denied_capital(sc: Scene) -> Built:
    """ "Latvia's interior minister denied that Riga had breached the travel zone. Estonia's
    interior minister demanded that Riga stop the returns": LVA -> EST 01, EST -> LVA 10."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    first = (f"{_poss(s_name)} interior minister denied that {sc.s.capital} "
             f"{sc.rng.choice(_DENIED)}.")  # fmt: skip
    text = (f"{first} {_poss(t_name)} interior minister demanded that {sc.s.capital} "
            f"{sc.rng.choice(_STOP)}.")  # fmt: skip
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("01"), ASSERTED),
            Expect(sc.t.iso3, sc.s.iso3, _r("10"), ASSERTED))  # fmt: skip
    return _cap(text), want, ()


# Region names no table knows (invented: a region the gazetteer lacks).
_REGIONS = ("Kalvara", "Ostrelia", "Tarnak", "Belvoria", "Miradel", "the Varnos highlands")
_COMPLAINED = ("{T} has complained about migrants crossing from {S}",
               "{T} has protested about asylum seekers crossing from {S}",
               "{Tposs} interior minister complained about migrants crossing from {S}")  # fmt: skip
_RETURNED = ("returned 30 asylum seekers to {R} last week", "sent 40 migrants back to {R}",
             "deported 25 migrants to {R} on Friday", "returned 50 migrants to {R}")  # fmt: skip


def p33_returned_region(sc: Scene) -> Built:
    """ "Argentina has complained about migrants crossing from Uruguay. Uruguayan police
    returned 30 asylum seekers to Patagonia": URY -> ARG 17, never URY -> URY."""
    s_name, t_name = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    first = sc.rng.choice(_COMPLAINED).format(T=t_name, Tposs=_poss(t_name), S=s_name)
    region = sc.rng.choice(_REGIONS)
    who = sc.rng.choice(("{d} police", "{d} border guards", "{d} immigration officers"))
    ret = sc.rng.choice(_RETURNED).format(R=region)
    text = f"{first}. {who.format(d=sc.s.demonym)} {ret}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),)
    allowed = (Expect(sc.t.iso3, sc.s.iso3, _r("11", "14", "01"), ANY),
               Expect(sc.t.iso3, "", _r("11", "14", "01"), ANY))  # fmt: skip
    return _cap(text), want, allowed


_SIGNED = ("signed nine accords on Monday", "signed a gas deal", "signed twelve agreements",
           "signed a border pact on Tuesday")  # fmt: skip
_CRITICS = ("{d} opposition parties", "{d} opposition leaders", "{d} unions",
            "the {d} opposition")  # fmt: skip
_CRITICISED = ("criticised {the}, saying {it} made the country dependent on {Tcap}",
               "condemned {the}", "denounced {the} as a sell-out", "rejected {the}")  # fmt: skip
_THE = {"signed nine accords on Monday": ("the accords", "they"),
        "signed a gas deal": ("the deal", "it"),
        "signed twelve agreements": ("the agreements", "they"),
        "signed a border pact on Tuesday": ("the pact", "it")}  # fmt: skip


def p33_home_critics(sc: Scene) -> Built:
    """ "Kenya and Uganda signed nine accords. Kenyan opposition parties criticised the
    accords, saying they made the country dependent on Kampala": the signing both ways, no
    criticism of Uganda."""
    signed = sc.rng.choice(_SIGNED)
    the, it = _THE[signed]
    first = f"{sc.name(sc.s)} and {sc.name(sc.t)} {signed}."
    who = sc.rng.choice(_CRITICS).format(d=sc.s.demonym)
    crit = sc.rng.choice(_CRITICISED).format(the=the, it=it, Tcap=sc.t.capital)
    text = f"{first} {who} {crit}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("05", "06"), ASSERTED),
            Expect(sc.t.iso3, sc.s.iso3, _r("05", "06"), ASSERTED))  # fmt: skip
    allowed = (Expect(sc.s.iso3, sc.s.iso3, _r("11", "12"), ANY),
               Expect(sc.s.iso3, "", _r("11", "12"), ANY))  # fmt: skip
    return _cap(text), want, allowed


_DETAINED = ("detained 60 {d} migrants", "arrested 40 {d} traders on Monday",
             "detained 25 {d} fishermen")  # fmt: skip
_MISSIONS = ("{Sposs} embassy in {Tcap}", "the {Sdem} embassy in {Tcap}",
             "{Sposs} consulate in {Tcap}")  # fmt: skip
_TREATED = ("asked for the {p} to be treated humanely", "asked for the {p} to be given lawyers",
            "requested that the {p} be treated fairly")  # fmt: skip


def p33_embassy_request(sc: Scene) -> Built:
    """ "Chilean police detained 60 Argentine migrants. Argentina's embassy in Santiago said it
    had asked for the migrants to be treated humanely": ARG -> CHL 02, never ARG -> ARG."""
    det = sc.rng.choice(_DETAINED)
    people = det.split("{d} ")[1].split(" ")[0]
    first = f"{sc.t.demonym} police {det.format(d=sc.s.demonym)}."
    s_name = sc.name(sc.s, capital=0.0)
    mission = sc.rng.choice(_MISSIONS).format(
        Sposs=_poss(s_name), Sdem=sc.s.demonym, Tcap=sc.t.capital
    )
    asked = sc.rng.choice(_TREATED).format(p=people)
    text = f"{first} {mission} said it had {asked}."
    want = (Expect(sc.t.iso3, sc.s.iso3, _r("17"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("02"), DONE))  # fmt: skip
    return _cap(text), want, ()


_CRAFT = ("fishing boat", "trawler", "cargo ship", "lorry")
_CREW = {"fishing boat": "crew", "trawler": "crew", "cargo ship": "crew", "lorry": "drivers"}
_HOLDERS = ("The {d} navy", "The {d} coast guard", "{d} border guards")
_ACCUSING = ("accusing them of fishing without a licence", "accusing them of smuggling",
             "accusing them of poaching")  # fmt: skip


def p33_boat_crew(sc: Scene) -> Built:
    """ "The Chilean navy detained an Argentine fishing boat and its 12 crew, accusing them of
    fishing without a licence": CHL -> ARG 17 and 11."""
    craft = sc.rng.choice(_CRAFT)
    n = sc.rng.choice(("12", "nine", "two", "six"))
    who = sc.rng.choice(_HOLDERS).format(d=sc.s.demonym)
    art = "an" if sc.t.demonym[:1] in "AEIOU" else "a"
    text = (f"{who} detained {art} {sc.t.demonym} {craft} and its {n} {_CREW[craft]} on Sunday, "
            f"{sc.rng.choice(_ACCUSING)}.")  # fmt: skip
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("11"), DONE))  # fmt: skip
    return _cap(text), want, ()


# Chambers no table knows (lex30's seats.tsv resolves the real ones, Saeima, Seimas, Riksdag):
# the unknown co-signer is the point.
_NATIVE = ("Tarvola President Ona Vaitkute", "Kessum President Daiga Mierina",
           "Ordavin President Lena Berg")  # fmt: skip
_OWN_TITLES = ("{d} Foreign Minister Ana Perez", "{d} Trade Minister Tomas Berg",
               "{d} Foreign Minister Carlos Ruiz")  # fmt: skip
_DECLARED = ("signed a joint declaration on rail in {Z}", "signed a memorandum on energy in {Z}",
             "signed a joint statement in {Z} on Wednesday")  # fmt: skip


def p33_signing_venue(sc: Scene) -> Built:
    """ "Estonian Speaker NAME and Saeima President NAME signed a joint declaration in
    Brussels": the place of signing (Z) is no party, neither as the target nor as the
    unknown doer's state; the known doer's act has no target (or none is read)."""
    known = sc.rng.choice(_OWN_TITLES).format(d=sc.s.demonym)
    native = sc.rng.choice(_NATIVE)
    pair = (known, native) if sc.rng.random() < 0.5 else (native, known)
    text = f"{pair[0]} and {pair[1]} {sc.rng.choice(_DECLARED).format(Z=sc.z.capital)}."
    allowed = (Expect(sc.s.iso3, "", _r("05"), ASSERTED),
               Expect(sc.s.iso3, "---", _r("05"), ASSERTED),
               Expect("---", sc.s.iso3, _r("05"), ASSERTED))  # fmt: skip
    return _cap(text), (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p33_handover_refused": p33_handover_refused,
    "p33_handover_story": p33_handover_story,
    "p33_knowledge_topic": p33_knowledge_topic,
    "p33_loans_story": p33_loans_story,
    "p33_denied_capital": p33_denied_capital,
    "p33_returned_region": p33_returned_region,
    "p33_home_critics": p33_home_critics,
    "p33_embassy_request": p33_embassy_request,
    "p33_boat_crew": p33_boat_crew,
    "p33_signing_venue": p33_signing_venue,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before parties33 (d8c3e4c) the same 24 scored (right/false): p33_handover_refused 0/8
# and p33_handover_story 0/16 (the requester's own courts), p33_knowledge_topic 13/11 (the
# topic's state), p33_loans_story 0/0 and p33_denied_capital 0/0 (no target),
# p33_returned_region 0/24 (the returner's own state), p33_home_critics 0/24 (the partner),
# p33_embassy_request 0/0 (the asker's own state), p33_boat_crew 0/0 (no accusation),
# p33_signing_venue 1/38 (the place of signing as target or as the unknown doer's state).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
