"""Round 36's party kinds of the fresh30 review (issue 9; classes B and D of
bench/gold/reviews/fresh30_classes.md) as suite constructions crossed with the suite's states
named by name, capital, demonym or leader, and several phrasings each:

- ``p56_released_after_held``: "S summoned T's ambassador after T-ian police detained three
  S-ian traders. The traders were (questioned for a day and) released without charge,
  according to the ministry": T -> S 08, the holder of a holding told as background;
- ``p56_released_others`` (near miss): the released are a third state's people: never T -> S;
- ``p56_stopped_by_organ``: "... said the traders had been stopped by border police": a state's
  police or forces named without their state in a story of one holding are the holder's (T ->
  S 17);
- ``p56_beaten_by_gunmen`` (near miss): "had been beaten by unknown gunmen": no state organ, never
  T -> S;
- ``p56_at_request``: "S asked T to extradite a Z-ian banker. The man had been arrested in TCAP
  at SCAP's request": no arrest at S (the requester);
- ``p56_arrested_at_request``: "T-ian police arrested a Z-ian smuggler at S's request": T -> Z,
  never T -> S;
- ``p56_protested_at_demand`` (near miss): "S protested at T's demand for ...": a reaction's "at"
  still names what it answers (S -> T 11/14);
- ``p56_minister_signed_with``: "SLEAD met TLEAD in SCAP. Z criticised the visit. Trade Minister
  A signed a memorandum on lithium with Foreign Minister B of T": S <-> T 05 (an office-holder
  the tables lack is the state the story's cooperative acts pair with T, never Z);
- ``p56_first_visit_met``: "S and T signed an accord, during the first visit to TCAP by an S-ian
  trade minister. Trade Minister A met Foreign Minister B": S -> T 04;
- ``p56_declined_to_respond`` (near miss on the party): "Z criticised S ..., but the S-ian leader
  declined to respond": never S -> S.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _e,
    _poss,
    _r,
)

_TIMES = ("", " on Monday", " on Thursday", " last week")
_PEOPLE = ("traders", "fishermen", "students")
_COUNTS = ("two", "three", "four", "five")
_HELD = (
    "{Sposs} foreign ministry summoned {Tposs} ambassador after {Tdem} police detained {n} "
    "{Sdem} {people} in {Tc}.",
    "{S} protested to {T} after {Tdem} police arrested {n} {Sdem} {people}{time}.",
    "{Sposs} foreign ministry summoned {Tposs} envoy{time} after {Tdem} officers detained {n} "
    "{Sdem} {people} near the border.",
)  # fmt: skip
_RELEASED = (
    ("The {people} were released without charge, according to the ministry.", REPORTED),
    ("The {people} were questioned for a day and released without charge, according to the "
     "ministry.", REPORTED),
    ("The {people} were held overnight and freed on Tuesday, the ministry said.", REPORTED),
    ("The {people} were released on Friday.", ASSERTED),
    ("The {people} were questioned and freed without charge on Sunday.", ASSERTED),
)  # fmt: skip


def _held(sc: Scene, people: str) -> str:
    s, t = sc.s, sc.t
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    return sc.rng.choice(_HELD).format(
        S=sname, Sposs=_poss(sname), T=tname, Tposs=_poss(tname), Tdem=t.demonym,
        Sdem=s.demonym, Tc=t.capital, n=sc.rng.choice(_COUNTS), people=people,
        time=sc.rng.choice(_TIMES),
    )  # fmt: skip


def _answer(s: State, t: State) -> Expect:
    """The summons or protest that opens the story (S -> T 11)."""
    return _e(s, t, _r("11"), ASSERTED)


def p56_released_after_held(sc: Scene) -> Built:
    """ "Nigeria's foreign ministry summoned Ghana's ambassador after Ghanaian police detained
    three Nigerian traders in Accra. The traders were questioned for a day and released without
    charge, according to the ministry": GHA -> NGA 08 `reported` (the background holding names
    the holder)."""
    s, t = sc.s, sc.t
    people = sc.rng.choice(_PEOPLE)
    release, fact = sc.rng.choice(_RELEASED)
    text = f"{_held(sc, people)} {release.format(people=people)}"
    want = (_answer(s, t), _e(t, s, _r("08"), fact))
    allowed = (Expect(t.iso3, s.iso3, _r("17", "09"), ANY), Expect("---", "*", frozenset(), ANY))
    return text, want, allowed


_OTHERS_RELEASED = ("Two {Zdem} sailors were released on Friday, the ministry said.",
                    "Three {Zdem} tourists held in {Zc} were freed on Sunday.")  # fmt: skip


def p56_released_others(sc: Scene) -> Built:
    """Near miss: "... detained three Nigerian traders. Two Togolese sailors were released on
    Friday": the released are a third state's people, never GHA -> NGA 08."""
    s, t, z = sc.s, sc.t, sc.z
    people = sc.rng.choice(_PEOPLE)
    other = sc.rng.choice(_OTHERS_RELEASED).format(Zdem=z.demonym, Zc=z.capital)
    text = f"{_held(sc, people)} {other}"
    allowed = (Expect(t.iso3, s.iso3, _r("17"), ANY), Expect("*", z.iso3, frozenset(), ANY),
               Expect("---", "*", frozenset(), ANY))  # fmt: skip
    return text, (_answer(s, t),), allowed


_SPOKESMEN = ("A spokesman for {Tposs} interior ministry said",
              "A {Tdem} police spokesman said", "{Sposs} foreign ministry said",
              "A spokesman for the {Sdem} embassy said")  # fmt: skip
_ORGANS = ("border police", "federal police", "border guards", "the police", "security forces")
_WHERE = ("near the border", "at a checkpoint", "on a motorway", "outside the port")


def p56_stopped_by_organ(sc: Scene) -> Built:
    """ "Kenya protested to Uganda after Ugandan officers detained two Kenyan students. A
    spokesman for Uganda's interior ministry said the students had been stopped by border police
    near Busia": UGA -> KEN 17 `reported` (the unplaced police are the holder's)."""
    s, t = sc.s, sc.t
    people = sc.rng.choice(("traders", "fishermen", "students"))
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    who = sc.rng.choice(_SPOKESMEN).format(
        Tposs=_poss(tname), Tdem=t.demonym, Sposs=_poss(sname), Sdem=s.demonym
    )
    organ, where = sc.rng.choice(_ORGANS), sc.rng.choice(_WHERE)
    text = f"{_held(sc, people)} {who} the {people} had been stopped by {organ} {where}."
    want = (_answer(s, t), _e(t, s, _r("17"), REPORTED))
    return text, want, (Expect("---", "*", frozenset(), ANY),)


_HARMED = ("the {people} had been beaten by unknown gunmen before their arrest",
           "the {people} had been robbed by a gang on the way",
           "the {people} had been attacked by smugglers near the border")  # fmt: skip


def p56_beaten_by_gunmen(sc: Scene) -> Built:
    """Near miss: "... said the traders had been beaten by unknown gunmen before their arrest":
    no state's organ does the harm, never GHA -> NGA 18."""
    s, t = sc.s, sc.t
    people = sc.rng.choice(_PEOPLE)
    sname = sc.name(s, 0.0)
    who = sc.rng.choice(_SPOKESMEN[2:]).format(Sposs=_poss(sname), Sdem=s.demonym)
    harm = sc.rng.choice(_HARMED).format(people=people)
    text = f"{_held(sc, people)} {who} {harm}."
    allowed = (Expect(t.iso3, s.iso3, _r("17"), ANY), Expect(s.iso3, t.iso3, frozenset(), ANY),
               Expect("---", "*", frozenset(), ANY), Expect("*", "---", frozenset(), ANY))  # fmt: skip
    return text, (_answer(s, t),), allowed


_ASKED = ("{S} asked {T} to extradite a {Zdem} banker{time}.",
          "{S} has requested the extradition of a businessman from {T}.",
          "{Sposs} justice ministry asked {T} to hand over a {Zdem} businessman{time}.")  # fmt: skip
_AT_REQUEST = ("The man had been arrested in {Tc} in May at {Scposs} request.",
               "He was detained in {Tc} last month at the request of {Sc}.",
               "The man was arrested in {Tc} in March at the request of the {Sdem} "
               "authorities.")  # fmt: skip


def p56_at_request(sc: Scene) -> Built:
    """ "Spain asked France to extradite a Chilean banker. The man had been arrested in Paris
    in May at Madrid's request": ESP -> FRA 02; the arrest is never aimed at Spain (the
    requester), whoever the parse gives it to."""
    s, t, z = sc.s, sc.t, sc.z
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    asked = sc.rng.choice(_ASKED).format(
        S=sname, Sposs=_poss(sname), T=tname, Zdem=z.demonym, time=sc.rng.choice(_TIMES)
    )
    arrest = sc.rng.choice(_AT_REQUEST).format(
        Tc=t.capital, Scposs=_poss(s.capital), Sc=s.capital, Sdem=s.demonym
    )
    want = (_e(s, t, _r("02"), ANY),)
    allowed = (Expect(t.iso3, "---", _r("17"), ANY), Expect(t.iso3, z.iso3, _r("17"), ANY),
               Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(s.iso3, z.iso3, frozenset(), ANY))  # fmt: skip
    return f"{_cap(asked)} {arrest}", want, allowed


_ARRESTED_AT = ("{Tdem} police arrested a {Zdem} smuggler at {Sposs} request{time}.",
                "{Tdem} police detained two {Zdem} fishermen at the request of {S}{time}.",
                "{Tdem} authorities arrested a {Zdem} businessman at the behest of {S}{time}.")  # fmt: skip


def p56_arrested_at_request(sc: Scene) -> Built:
    """ "Chilean police arrested a Bolivian smuggler at Peru's request": CHL -> BOL 17, never
    CHL -> PER (the requester)."""
    s, t, z = sc.s, sc.t, sc.z
    sname = sc.name(s, 0.0)
    text = sc.rng.choice(_ARRESTED_AT).format(
        Tdem=t.demonym, Zdem=z.demonym, Sposs=_poss(sname), S=sname, time=sc.rng.choice(_TIMES)
    )
    want = (_e(t, z, _r("17"), ASSERTED),)
    return text, want, (Expect(s.iso3, t.iso3, _r("02"), ANY),)


_PROTESTED_AT = ("{S} protested at {Tposs} demand for compensation{time}.",
                 "{S} expressed anger at {Tposs} request for a new border survey{time}.",
                 "{Sposs} foreign minister bristled at {Tposs} demand for an apology{time}.")  # fmt: skip


def p56_protested_at_demand(sc: Scene) -> Built:
    """Near miss: "Kenya protested at Uganda's demand for compensation": a reaction's "at"
    names the act it answers (KEN -> UGA 11/14), as before."""
    s, t = sc.s, sc.t
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    text = sc.rng.choice(_PROTESTED_AT).format(
        S=sname, Sposs=_poss(sname), Tposs=_poss(tname), time=sc.rng.choice(_TIMES)
    )
    want = (_e(s, t, _r("11", "14", "12"), ASSERTED),)
    return text, want, (Expect(t.iso3, "*", _r("02", "10"), ANY),)


_NAMES = ("Lina Vesk", "Arvo Lindqvist", "Mara Quist", "Tomas Brenner", "Ilse Varga",
          "Kofi Temba", "Rui Alvesson", "Ana Kervik")  # fmt: skip
_PORTFOLIOS = ("Trade", "Economy", "Fisheries", "Energy", "Industry")
_TOPICS = ("lithium", "hydrogen", "fisheries", "port logistics", "renewable energy")
_OPENINGS = ("{Slead} met {Tlead} in {Sc}{time}.", "{Slead} hosted {Tlead} in {Sc}{time}.",
             "{Tlead} held talks with {Slead} in {Sc}{time}.")  # fmt: skip
_THIRD = ("{Zposs} farm minister criticised the talks.", "{Z} criticised the visit.", "")
_SIGNED_WITH = ("{P} Minister {A} signed a memorandum on {topic} with Foreign Minister {B} of {T}.",
                "{P} Minister {A} signed a memorandum of understanding with {Tdem} Foreign "
                "Minister {B}.",
                "{P} Minister {A} signed an agreement on {topic} with {Tposs} foreign minister, "
                "{B}.")  # fmt: skip


def _titled_pair(sc: Scene) -> tuple[str, str, str]:
    a, b = sc.rng.sample(_NAMES, 2)
    return a, b, sc.rng.choice(_PORTFOLIOS)


def p56_minister_signed_with(sc: Scene) -> Built:
    """ "Merz hosted Milei in Berlin. France's farm minister criticised the talks. Economy
    Minister A signed a memorandum on lithium with Foreign Minister B of Argentina": DEU <-> ARG
    05 (the title-named minister the tables lack is the one state the story pairs with ARG)."""
    s, t, z = sc.s, sc.t, sc.z
    a, b, port = _titled_pair(sc)
    opening = sc.rng.choice(_OPENINGS).format(
        Slead=sc.leader(s), Tlead=sc.leader(t), Sc=s.capital, time=sc.rng.choice(_TIMES)
    )
    third = sc.rng.choice(_THIRD).format(Zposs=_poss(z.name), Z=z.name)
    tname = sc.name(t, 0.0)
    signed = sc.rng.choice(_SIGNED_WITH).format(
        P=port, A=a, B=b, topic=sc.rng.choice(_TOPICS), T=tname, Tdem=t.demonym,
        Tposs=_poss(tname),
    )  # fmt: skip
    text = " ".join(x for x in (opening, third, signed) if x)
    want = (_e(s, t, _r("05"), ASSERTED), _e(t, s, _r("05"), ASSERTED))
    allowed = (Expect(s.iso3, t.iso3, _r("04"), ANY), Expect(t.iso3, s.iso3, _r("04"), ANY),
               Expect(z.iso3, "*", _r("11"), ANY))  # fmt: skip
    return text, want, allowed


_FIRST_VISITS = ("{S} and {T} signed a {topic} accord{time}, during the first visit to {Tc} by "
                 "{a_Sdem} {port} minister.",
                 "{Sposs} {port} minister arrived in {Tc}{time} on the first such visit in a "
                 "decade.")  # fmt: skip
_MET = ("{P} Minister {A} met Foreign Minister {B}.",
        "{P} Minister {A} met Foreign Minister {B} on Tuesday.",
        "{P} Minister {A} also met Interior Minister {B}.")  # fmt: skip


def p56_first_visit_met(sc: Scene) -> Built:
    """ "Norway and Chile signed a fisheries accord, during the first visit to Santiago by a
    Norwegian fisheries minister. Fisheries Minister A met Foreign Minister B": NOR -> CHL 04
    (the title told before with its state; the other office-holder the story's other state)."""
    s, t = sc.s, sc.t
    a, b, port = _titled_pair(sc)
    sname = sc.name(s, 0.0)
    visit = sc.rng.choice(_FIRST_VISITS).format(
        S=sname, Sposs=_poss(sname), T=sc.name(t, 0.0), Tc=t.capital,
        a_Sdem=_article(s.demonym), port=port.lower(), topic=sc.rng.choice(_TOPICS),
        time=sc.rng.choice(_TIMES),
    )  # fmt: skip
    met = sc.rng.choice(_MET).format(P=port, A=a, B=b)
    want = (_e(s, t, _r("04"), ASSERTED),)
    allowed = (
        Expect(s.iso3, t.iso3, _r("05", "04"), ANY),
        Expect(t.iso3, s.iso3, _r("05", "04"), ANY),
    )
    return f"{visit} {met}", want, allowed


_DECLINED = ("{Zposs} foreign ministry criticised {Sposs} support for the {Tdem} bid, but the "
             "{Sdem} leader declined to respond.",
             "{Z} criticised {S} over the deal, and {Sposs} government refused to comment.",
             "{Zposs} president criticised {S} over the deal, but {Sposs} foreign ministry "
             "declined to comment.")  # fmt: skip


def p56_declined_to_respond(sc: Scene) -> Built:
    """ "Pakistan criticised Spain's support for the Indian bid, but the Spanish leader declined
    to respond": no refusal aimed at Spain itself (never ESP -> ESP)."""
    s, t, z = sc.s, sc.t, sc.z
    sname = sc.name(s, 0.0)
    text = sc.rng.choice(_DECLINED).format(
        Z=z.name, Zposs=_poss(z.name), S=sname, Sposs=_poss(sname), Sdem=s.demonym,
        Tdem=t.demonym,
    )  # fmt: skip
    want = (_e(z, s, _r("11"), ASSERTED),)
    allowed = (Expect(s.iso3, "", frozenset(), ANY), Expect(s.iso3, z.iso3, _r("12"), ANY),
               Expect(z.iso3, t.iso3, _r("11"), ANY))  # fmt: skip
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p56_released_after_held": p56_released_after_held,
    "p56_released_others": p56_released_others,
    "p56_stopped_by_organ": p56_stopped_by_organ,
    "p56_beaten_by_gunmen": p56_beaten_by_gunmen,
    "p56_at_request": p56_at_request,
    "p56_arrested_at_request": p56_arrested_at_request,
    "p56_protested_at_demand": p56_protested_at_demand,
    "p56_minister_signed_with": p56_minister_signed_with,
    "p56_first_visit_met": p56_first_visit_met,
    "p56_declined_to_respond": p56_declined_to_respond,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
