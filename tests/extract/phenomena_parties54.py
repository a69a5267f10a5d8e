"""Round 34's party, reference and story kinds of the fresh28 review (issue 9; classes E, C, D,
A and H of bench/gold/reviews/fresh28_classes.md) as suite constructions crossed with the
suite's states named by name, capital, demonym or leader, and several phrasings each:

- ``p54_whose_clause``: "S banned imports of T-ian beef. Z, whose beef is also under S-ian
  restrictions, has not protested": Z -> S 11 `negated`, never Z -> none;
- ``p54_same_treatment``: "S expelled 200 T-ian workers, and Z's government complains of the
  same treatment": Z -> S 11 (the earlier act's doer);
- ``p54_two_navies_aside``: "SLEAD and TLEAD rarely speak of an alliance, yet their two navies
  train together more often than either trains with anyone but Z. If ZCAP pulled back, the two
  capitals would probably sign a treaty, but neither government has proposed one": S <-> T 06,
  and no act of Z's;
- ``p54_freed_two``: "T-ian police detained two S-ian journalists. S summoned T's ambassador
  and demanded that the two be released": S -> T 10 (or 02), never S -> S;
- ``p54_seized_crew``: "The T-ian navy seized an S-flagged trawler and detained its crew": T ->
  S 17, never T -> T;
- ``p54_joined_protest``: "S condemned T for raising its quota. Z joined the protest in a
  separate statement": Z -> T 11, no Z -> Z 14 and no statement act;
- ``p54_bureau_spokesman``: "..., and T's immigration office ordered him deported. The S-ian
  embassy objected ..., but a spokesman for the office rejected the complaint": T -> S 01/12;
- ``p54_sent_elsewhere``: "S froze new hiring from T. T could threaten to send its workers to Z
  instead": T -> S 13, never at the workers or at Z;
- ``p54_joined_forces``: "S announced that an S-ian frigate would join T-ian ships in
  exercises": S -> T 06, never S -> none;
- ``p54_supposed_pair``: "Z offered to mediate. If S and T fail to agree, the two countries
  will take the dispute to court": S <-> T 11 `possible`, a pair named in the "if" clause.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NEGATED, Built, Expect, Scene, _e, _poss, _r

_TIMES = ("", " on Monday", " on Thursday", " last week")


_GOODS = ("beef", "poultry", "wine", "rice", "timber")
_BANS = ("{S} banned imports of {Tdem} {goods}{time}.",
         "{S} suspended imports of {Tdem} {goods}{time}.",
         "{S} imposed a ban on {Tdem} {goods}{time}.")  # fmt: skip
_WHOSE = ("whose {goods} is also under {Sdem} restrictions",
          "whose exporters face similar {Sdem} curbs",
          "whose {goods} is also covered by {Sdem} restrictions")  # fmt: skip
_QUIET = ("has not protested", "has not complained", "has not objected")


def p54_whose_clause(sc: Scene) -> Built:
    """ "Brazil banned imports of Uruguayan beef. Paraguay, whose beef is also under Brazilian
    restrictions, has not protested": PRY -> BRA 11 `negated`."""
    s, t, z = sc.s, sc.t, sc.z
    goods = sc.rng.choice(_GOODS)
    ban = sc.rng.choice(_BANS).format(
        S=sc.name(s, 0.2), Tdem=t.demonym, goods=goods, time=sc.rng.choice(_TIMES)
    )
    whose = sc.rng.choice(_WHOSE).format(goods=goods, Sdem=s.demonym)
    text = f"{ban} {z.name}, {whose}, {sc.rng.choice(_QUIET)}."
    want = (_e(z, s, _r("11", "14"), NEGATED),)
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    return text, want, allowed


_TREATED = ("{S} expelled 200 {Tdem} workers{time}",
            "{S} deported 40 {Tdem} fishermen{time}",
            "{S} banned imports of {Tdem} rice{time}",
            "{S} imposed sanctions on {T}{time}")  # fmt: skip
_LINKS = (", and ", ". ")
_COMPLAINERS = ("{Z}", "{Zposs} government", "{Zposs} foreign ministry")
_COMPLAINS = ("complains of the same treatment", "has complained of the same treatment",
              "complains of similar treatment", "has protested against the same measures")  # fmt: skip


def p54_same_treatment(sc: Scene) -> Built:
    """ "Oman expelled 200 Nepalese workers last year, and Sri Lanka's government complains of
    the same treatment": LKA -> OMN 11."""
    s, t, z = sc.s, sc.t, sc.z
    zname = sc.name(z, 0.0)
    first = sc.rng.choice(_TREATED).format(
        S=sc.name(s, 0.2), T=sc.name(t, 0.0), Tdem=t.demonym, time=sc.rng.choice(_TIMES)
    )
    link = sc.rng.choice(_LINKS)
    who = sc.rng.choice(_COMPLAINERS).format(Z=zname, Zposs=_poss(zname))
    if link == ". ":
        who = who[0].upper() + who[1:]
    text = f"{first}{link}{who} {sc.rng.choice(_COMPLAINS)}."
    want = (_e(z, s, _r("11"), ASSERTED),)
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    return text, want, allowed


_BODIES = ("navies", "armies", "coast guards")
_TOGETHER = ("now train together more often than either trains with anyone but {Z}",
             "now train together more often than either does with anyone but {Z}",
             "hold more joint drills than either holds with anyone except {Z}")  # fmt: skip
_IFS = ("If {Zc} pulled back from the region", "If {Z} withdrew its ships",
        "Should {Z} pull back")  # fmt: skip
_THEN = ("the two capitals would probably sign a defence treaty, but neither government has "
         "proposed one", "the two governments might sign a defence pact, but neither has "
         "proposed one")  # fmt: skip


def p54_two_navies_aside(sc: Scene) -> Built:
    """ "Ruto and Samia rarely speak of an alliance, yet their two armies now train together
    more often than either trains with anyone but Britain. If London pulled back, the two
    capitals would probably sign a treaty": KEN <-> TZA 06, nothing of Britain's."""
    s, t, z = sc.s, sc.t, sc.z
    body = sc.rng.choice(_BODIES)
    together = sc.rng.choice(_TOGETHER).format(Z=z.name)
    cond = sc.rng.choice(_IFS).format(Z=z.name, Zc=z.capital)
    first = f"{sc.leader(s)} and {sc.leader(t)} rarely speak of an alliance"
    text = f"{first}, yet their two {body} {together}. {cond}, {sc.rng.choice(_THEN)}."
    want = (_e(s, t, _r("06"), ASSERTED), _e(t, s, _r("06"), ASSERTED))
    not_done = frozenset({"possible", "negated"})
    allowed = (
        Expect(s.iso3, t.iso3, frozenset(), not_done),
        Expect(t.iso3, s.iso3, frozenset(), not_done),
    )
    return text, want, allowed


_HELD = ("{Tdem} police detained two {Sdem} journalists{time}.",
         "{Tdem} border guards arrested two {Sdem} engineers{time}.",
         "{Tdem} security forces detained three {Sdem} aid workers{time}.")  # fmt: skip
_SUMMONS = ("{S} summoned {Tposs} ambassador and demanded that the {n} be released at once.",
            "{Sposs} foreign ministry summoned the {Tdem} envoy and demanded that the {n} be "
            "freed.", "{S} summoned {Tposs} ambassador and asked that the {n} be released.")  # fmt: skip


def p54_freed_two(sc: Scene) -> Built:
    """ "Algerian police detained two French journalists. France summoned Algeria's ambassador
    and demanded that the two be released": FRA -> DZA 10, never FRA -> FRA."""
    s, t = sc.s, sc.t
    held = sc.rng.choice(_HELD)
    n = "three" if "three" in held else "two"
    sname, tname = sc.name(s, 0.2), sc.name(t, 0.0)
    first = held.format(Tdem=t.demonym, Sdem=s.demonym, time=sc.rng.choice(_TIMES))
    ask = sc.rng.choice(_SUMMONS).format(
        S=sname, Sposs=_poss(sname), Tposs=_poss(tname), Tdem=t.demonym, n=n
    )
    text = f"{first} {ask}"
    want = (_e(t, s, _r("17"), ASSERTED), _e(s, t, _r("10", "02"), ASSERTED))
    allowed = (Expect(s.iso3, t.iso3, _r("11"), ANY),)
    return text, want, allowed


_SEIZERS = ("The {Tdem} navy", "{Tdem} coast guards", "The {Tdem} coast guard")
_VESSELS = ("a {Sdem}-flagged trawler", "a {Sdem} fishing boat", "a {Sdem}-flagged tanker",
            "a {Sdem} cargo ship")  # fmt: skip
_CREWS = ("detained its crew", "detained its 14 crew members", "arrested its crew",
          "detained its eight crewmen")  # fmt: skip
_PLACES = ("", " off the coast", " near the strait", " in disputed waters")


def p54_seized_crew(sc: Scene) -> Built:
    """ "The Chilean navy seized a Peruvian-flagged trawler and detained its crew": CHL -> PER
    17, never CHL -> CHL."""
    s, t = sc.s, sc.t
    who = sc.rng.choice(_SEIZERS).format(Tdem=t.demonym)
    ship = sc.rng.choice(_VESSELS).format(Sdem=s.demonym)
    text = (
        f"{who} seized {ship}{sc.rng.choice(_PLACES)}{sc.rng.choice(_TIMES)} and "
        f"{sc.rng.choice(_CREWS)}."
    )
    want = (_e(t, s, _r("17"), ASSERTED),)
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY),)
    return text, want, allowed


_CONDEMNS = ("{S} condemned {T} for raising its fishing quota{time}.",
             "{S} criticised {T} over its new whaling quota{time}.",
             "{S} condemned {T} for expanding its anchovy catch{time}.")  # fmt: skip
_REJECTS = ("", " {Tposs} fisheries ministry rejected the criticism.")
_JOINED = ("{Z} joined the protest in a separate statement.", "{Z} joined the protest.",
           "{Z} joined the criticism in a statement.", "{Z} joined the protest the next day.")  # fmt: skip


def p54_joined_protest(sc: Scene) -> Built:
    """ "Chile condemned Peru for expanding its anchovy catch. Ecuador joined the protest in a
    separate statement": ECU -> PER 11, no ECU -> ECU 14 and no 01 of the statement."""
    s, t, z = sc.s, sc.t, sc.z
    tname = sc.name(t, 0.2)
    first = sc.rng.choice(_CONDEMNS).format(S=sc.name(s, 0.2), T=tname, time=sc.rng.choice(_TIMES))
    reject = sc.rng.choice(_REJECTS).format(Tposs=_poss(tname))
    text = f"{first}{reject} {sc.rng.choice(_JOINED).format(Z=z.name)}"
    want = (_e(s, t, _r("11"), ASSERTED), _e(z, t, _r("11"), ASSERTED))
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY),)
    return text, want, allowed


_ORDERED = ("{Tdem} police detained a {Sdem} student{time}, and {Tposs} immigration {body} "
            "ordered him deported.", "{Tposs} national migration {body} ordered a {Sdem} "
            "student deported{time}.")  # fmt: skip
_OBJECTS = ("The {Sdem} embassy objected that he had been denied a lawyer",
            "{Sposs} embassy protested", "The {Sdem} embassy complained")  # fmt: skip
_SPOKESMEN = ("a spokesman for the {body}", "a spokeswoman for the {body}")
_REJECTIONS = ("rejected the complaint", "rejected the criticism")


def p54_bureau_spokesman(sc: Scene) -> Built:
    """ "..., and Chile's immigration office ordered him deported. The Peruvian embassy
    objected ..., but a spokesman for the office rejected the complaint": CHL -> PER 01/12."""
    s, t = sc.s, sc.t
    body = sc.rng.choice(("office", "bureau", "agency", "service"))
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    names = {"Sdem": s.demonym, "Tdem": t.demonym, "Sposs": _poss(sname), "Tposs": _poss(tname),
             "body": body, "time": sc.rng.choice(_TIMES)}  # fmt: skip
    first = sc.rng.choice(_ORDERED).format(**names)
    objected = sc.rng.choice(_OBJECTS).format(**names)
    spokesman = sc.rng.choice(_SPOKESMEN).format(body=body)
    text = f"{first} {objected}, but {spokesman} {sc.rng.choice(_REJECTIONS)}."
    want = (_e(t, s, _r("01", "12"), ASSERTED),)
    allowed = (
        Expect(t.iso3, s.iso3, frozenset(), ANY),
        Expect(s.iso3, t.iso3, frozenset(), ANY),
        Expect(t.iso3, "", _r("17"), ANY),  # ("ordered him deported": "him" not read back yet)
    )
    return text, want, allowed


_CUTS = ("{S} froze new hiring from {T}{time}.", "{S} cut the wages of {Tdem} workers{time}.",
         "{S} stopped issuing work visas to {Tdem} nationals{time}.")  # fmt: skip
_THREATS = ("{T} could threaten to send its workers to {Z} instead",
            "{T} threatened to send its workers to {Z} instead",
            "{T} may threaten to send its nurses to {Z} instead")  # fmt: skip


def p54_sent_elsewhere(sc: Scene) -> Built:
    """ "Oman froze new hiring from Nepal. Nepal could threaten to send its workers to Qatar
    instead": NPL -> OMN 13, never at the workers or at Qatar."""
    s, t, z = sc.s, sc.t, sc.z
    names = {"S": sc.name(s, 0.2), "T": t.name, "Tdem": t.demonym, "Z": z.name,
             "time": sc.rng.choice(_TIMES)}  # fmt: skip
    text = f"{sc.rng.choice(_CUTS).format(**names)} {sc.rng.choice(_THREATS).format(**names)}."
    want = (_e(t, s, _r("13"), ANY),)
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    return text, want, allowed


_ANNOUNCERS = ("{Sposs} defence ministry announced that", "{S} said that", "{S} announced that")
_JOINERS = ("a {Sdem} frigate would join {Tdem} ships in exercises{when}",
            "two {Sdem} warships would join the {Tdem} navy in joint patrols{when}",
            "{Sdem} jets would join {Tdem} aircraft in drills{when}")  # fmt: skip
_WHEN = (" next month", " in June", "")


def p54_joined_forces(sc: Scene) -> Built:
    """ "Kenya's defence ministry announced that a Kenyan frigate would join Tanzanian ships in
    exercises next month": KEN -> TZA 06 (any factuality), never KEN -> none."""
    s, t = sc.s, sc.t
    sname = sc.name(s, 0.0)
    who = sc.rng.choice(_ANNOUNCERS).format(S=sname, Sposs=_poss(sname))
    joins = sc.rng.choice(_JOINERS).format(
        Sdem=s.demonym, Tdem=t.demonym, when=sc.rng.choice(_WHEN)
    )
    text = f"{who} {joins}."
    want = (_e(s, t, _r("06"), ANY),)
    allowed = (Expect(t.iso3, s.iso3, _r("06"), ANY),)
    return text, want, allowed


_MEDIATES = ("{Z} offered to mediate{time}.", "{Z} has offered to host talks{time}.")
_SUPPOSED = ("If {S} and {T} fail to agree, the two countries will take the dispute to court",
             "Unless {S} and {T} settle, the two governments will take the case to court")  # fmt: skip


def p54_supposed_pair(sc: Scene) -> Built:
    """ "Tanzania offered to mediate. If Kenya and Uganda fail to agree, the two countries will
    take the dispute to court": a pair named inside the "if" clause is still "the two" (KEN <->
    UGA, possible), never Tanzania."""
    s, t, z = sc.s, sc.t, sc.z
    first = sc.rng.choice(_MEDIATES).format(Z=z.name, time=sc.rng.choice(_TIMES))
    then = sc.rng.choice(_SUPPOSED).format(S=s.name, T=t.name)
    text = f"{first} {then}."
    maybe = frozenset({"possible"})
    want = (_e(s, t, _r("11"), maybe), _e(t, s, _r("11"), maybe))
    allowed = (Expect(z.iso3, "*", frozenset(), ANY), Expect(z.iso3, "", frozenset(), ANY))
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p54_whose_clause": p54_whose_clause,
    "p54_same_treatment": p54_same_treatment,
    "p54_two_navies_aside": p54_two_navies_aside,
    "p54_freed_two": p54_freed_two,
    "p54_seized_crew": p54_seized_crew,
    "p54_joined_protest": p54_joined_protest,
    "p54_bureau_spokesman": p54_bureau_spokesman,
    "p54_sent_elsewhere": p54_sent_elsewhere,
    "p54_joined_forces": p54_joined_forces,
    "p54_supposed_pair": p54_supposed_pair,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
