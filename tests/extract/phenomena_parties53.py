"""Round 33's party, reference and story kinds of the fresh27 review (issue 9; classes D, E,
F, H and I of bench/gold/reviews/fresh27_classes.md) as suite constructions crossed with the
suite's states named by name, capital or demonym, and several phrasings each:

- ``p53_freed_people``: "T-ian police detained S-ian drivers. S's minister phoned his T-ian
  counterpart and asked that the men be released": the request is aimed at T (whom it is made
  to, who holds the men), never at S, whose nationals the men are;
- ``p53_deported_people``: "... detained S-ian workers. The T-ian immigration service deported
  the workers. T's ministry denied that they had been mistreated": T -> S 17 (never T -> T);
- ``p53_joined_sanctions``: "S buys its fertiliser from Z. S will not join the Western
  sanctions": S -> Z 16 `negated`, never at the West;
- ``p53_refused_way``: "S has refused to lower its tariffs on T-ian cars the way Z asked":
  S -> Z 12, the requester, never the goods' state;
- ``p53_kept_contract``: "S and T signed a contract. The Z-ian embassy criticised the deal. S
  said it would not cancel the contract": S -> T 16 `negated`, never at the critic Z;
- ``p53_two_navies``: "An S-ian frigate will join T-ian patrol boats, as attacks near the
  Z-ian border rose. The two navies held a joint exercise": S <-> T 06, never T <-> Z;
- ``p53_over_the_raid``: "T-ian border guards detained S-ian workers. S's foreign ministry
  expressed regret over the raid": S -> T 11 (or 01 for concern), and no act of S's own;
- ``p53_late_release``: a detention, a request, a meeting and a refusal to apologise, then
  "The five engineers were released on bail, according to the embassy": T -> S 08 `reported`.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NEGATED, REPORTED, Built, Expect, Scene, _e, _poss, _r

_TIMES = ("", " on Monday", " on Thursday", " late on Sunday")
_PEOPLE = ("truck drivers", "workers", "students", "fishermen", "engineers")
_HOLDERS = ("police", "border guards", "immigration officers")
_COUNTS = ("14", "eight", "six", "12", "nine")


def _held(sc: Scene, people: str) -> str:
    """ "Polish police detained 14 Ghanaian truck drivers on Monday." (T holds S's people)"""
    return (
        f"{sc.t.demonym} {sc.rng.choice(_HOLDERS)} detained {sc.rng.choice(_COUNTS)} "
        f"{sc.s.demonym} {people}{sc.rng.choice(_TIMES)}."
    )


_CALLS = ("phoned his {Tdem} counterpart", "called her {Tdem} counterpart",
          "met the {Tdem} ambassador", "spoke to {Tposs} foreign minister")  # fmt: skip
_ASKS = ("asked that {who} be released", "urged that {who} be freed",
         "demanded that {who} be released", "asked that {who} be freed")  # fmt: skip
_AGAIN = ("the men", "they", "the {people}")


def p53_freed_people(sc: Scene) -> Built:
    """ "Polish police detained 14 Ghanaian truck drivers. Ghana's foreign minister phoned his
    Polish counterpart and asked that the men be released": GHA -> POL 02."""
    s, t = sc.s, sc.t
    people = sc.rng.choice(_PEOPLE)
    tname = sc.name(t, 0.0)
    call = sc.rng.choice(_CALLS).format(Tdem=t.demonym, Tposs=_poss(tname))
    who = sc.rng.choice(_AGAIN).format(people=people)
    ask = sc.rng.choice(_ASKS).format(who=who)
    speaker = f"{_poss(sc.name(s, 0.3))} foreign minister"
    text = f"{_held(sc, people)} {speaker} {call} and {ask}."
    want = (_e(s, t, _r("02", "10"), ASSERTED),)
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY), Expect(s.iso3, t.iso3, frozenset(), ANY))
    return text, want, allowed


_DEPORTERS = ("The {Tdem} immigration service", "The {Tdem} border service", "{T}",
              "The {Tdem} interior ministry")  # fmt: skip
_DEPORTS = ("deported the {people}", "expelled the {people}", "deported them",
            "deported the men")  # fmt: skip
_DENIALS = ("", " {Tposs} interior ministry denied that they had been mistreated.",
            " {T} denied that the men had been beaten.")  # fmt: skip


def p53_deported_people(sc: Scene) -> Built:
    """ "... detained nine Ghanaian workers. The Polish immigration service deported the
    workers. Poland's ministry denied that they had been mistreated": POL -> GHA 17."""
    s, t = sc.s, sc.t
    people = sc.rng.choice(_PEOPLE)
    tname = sc.name(t, 0.0)
    who = sc.rng.choice(_DEPORTERS).format(Tdem=t.demonym, T=tname)
    act = sc.rng.choice(_DEPORTS).format(people=people)
    denial = sc.rng.choice(_DENIALS).format(Tposs=_poss(tname), T=tname)
    text = f"{_held(sc, people)} {who} {act}{sc.rng.choice(_TIMES)}.{denial}"
    want = (_e(t, s, _r("17"), ASSERTED),)
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY),)
    return text, want, allowed


_BOUGHT = ("buys most of its fertiliser from {Z}", "still buys gas from {Z}",
           "gets much of its wheat from {Z}", "has traded with {Z} for decades")  # fmt: skip
_JOINS = ("will not join the Western sanctions", "will not join the EU's sanctions",
          "will not join the sanctions on {Z}", "would not join the Western sanctions",
          "will not join the Western sanctions against {Z}", "did not join the US sanctions")  # fmt: skip
_SAYS = ("", ", its foreign minister said", ", officials said")


def p53_joined_sanctions(sc: Scene) -> Built:
    """ "Tanzania buys its fertiliser from Russia. Tanzania will not join the Western
    sanctions": TZA -> RUS 16 `negated`."""
    s, z = sc.s, sc.z
    zname = sc.name(z, 0.2)
    first = f"{sc.name(s, 0.0)} {sc.rng.choice(_BOUGHT).format(Z=zname)}."
    join = sc.rng.choice(_JOINS).format(Z=zname)
    text = f"{first} {sc.name(s, 0.0)} {join}{sc.rng.choice(_SAYS)}."
    facts = frozenset({"negated"})
    want = (_e(s, z, _r("16"), facts),)
    allowed = (Expect(s.iso3, z.iso3, frozenset(), ANY), Expect(s.iso3, z.iso3, _r("12"), ANY))
    return text, want, allowed


_REFUSED = ("has refused to lower its tariffs on {Tdem} cars",
            "has refused to ease its rules on {Tdem} investment",
            "declined to expel the {Tdem} diplomats",
            "has refused to raise its duties on {Tdem} steel")  # fmt: skip
_WAY = (" the way {Z} asked", ", as {Z} had demanded", " the way {Z} had asked",
        ", as {Z} requested")  # fmt: skip


def p53_refused_way(sc: Scene) -> Built:
    """ "Uruguay has refused to lower its tariffs on Paraguayan cars the way Brazil asked":
    URY -> BRA 12."""
    s, t, z = sc.s, sc.t, sc.z
    refused = sc.rng.choice(_REFUSED).format(Tdem=t.demonym)
    way = sc.rng.choice(_WAY).format(Z=sc.name(z, 0.3))
    text = f"{sc.name(s, 0.0)} {refused}{way}."
    want = (_e(s, z, _r("12"), ASSERTED),)
    allowed = (
        Expect(z.iso3, s.iso3, _r("02", "10"), ANY),
        Expect(t.iso3, "", frozenset(), frozenset({"negated", "possible"})),
    )
    return text, want, allowed


_SHIPS = (("A {Sdem} frigate will join", "navies"), ("{Sdem} warships will join", "navies"),
          ("A {Sdem} frigate joined", "navies"), ("{Sdem} navy ships will join", "navies"),
          ("{Sdem} coast guard ships will join", "coast guards"))  # fmt: skip
_SCENES = ("as attacks near the {Zdem} border rose", "as smuggling near the {Zdem} border grew",
           "as raids off the {Zdem} coast rose", "after piracy near the {Zdem} border rose")  # fmt: skip
_EXERCISES = ("The two {body} held their first joint exercise",
              "The two {body} held a joint exercise", "The two {body} held joint drills")  # fmt: skip


def p53_two_navies(sc: Scene) -> Built:
    """ "A Dutch frigate will join Kenyan patrol boats, as attacks near the Somali border
    rose. The two navies held their first joint exercise": NLD <-> KEN 06."""
    s, t, z = sc.s, sc.t, sc.z
    ships, body = sc.rng.choice(_SHIPS)
    ships = ships.format(Sdem=s.demonym)
    scene = sc.rng.choice(_SCENES).format(Zdem=z.demonym)
    exercise = sc.rng.choice(_EXERCISES).format(body=body)
    text = f"{ships} {t.demonym} patrol boats, {scene}. {exercise}{sc.rng.choice(_TIMES)}."
    want = (_e(s, t, _r("06"), ASSERTED), _e(t, s, _r("06"), ASSERTED))
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(t.iso3, s.iso3, frozenset(), ANY))
    return text, want, allowed


_REACTS = (("expressed 'deep regret' over the {noun}", "11"),
           ("expressed regret over the {noun}", "11"),
           ("voiced concern over the {noun}", "01"),
           ("expressed concern about the {noun}", "01"))  # fmt: skip
_NOUNS = ("raid", "detentions", "arrests")
_REACTORS = ("{Sposs} foreign ministry", "{Sposs} government", "{S}")


def p53_over_the_raid(sc: Scene) -> Built:
    """ "Polish border guards detained eight Ghanaian workers at a farm. Accra's foreign
    ministry expressed 'deep regret' over the raid": GHA -> POL 11, no GHA -> GHA act."""
    s, t = sc.s, sc.t
    people = sc.rng.choice(_PEOPLE)
    sname = sc.name(s, 0.3)
    who = sc.rng.choice(_REACTORS).format(Sposs=_poss(sname), S=sname)
    react, root = sc.rng.choice(_REACTS)
    text = f"{_held(sc, people)} {who} {react.format(noun=sc.rng.choice(_NOUNS))}."
    want = (_e(t, s, _r("17"), ASSERTED), _e(s, t, _r(root), ASSERTED))
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY),)
    return text, want, allowed


_MIDDLES = ("{S} asked {T} to treat the remaining {people} fairly.",
            "{Sposs} ambassador met {Tposs} deputy foreign minister{time}.",
            "{T} did not apologise.", "{S} summoned {Tposs} ambassador.",
            "{T} has not commented.")  # fmt: skip
_FREED = ("The {people} were released on bail later that day",
          "The five {people} were released on bail{time}", "The {people} were freed{time}")  # fmt: skip
_ACCORDING = (", according to the embassy", ", according to the {Sdem} embassy",
              ", the embassy said")  # fmt: skip


def p53_late_release(sc: Scene) -> Built:
    """ "Ugandan police detained 12 Kenyan engineers. [three sentences] The five engineers
    were released on bail later that day, according to the embassy": UGA -> KEN 08."""
    s, t = sc.s, sc.t
    people = sc.rng.choice(("engineers", "workers", "students", "traders"))
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    middles = sc.rng.sample(_MIDDLES, 3)
    middle = " ".join(
        m.format(S=sname, T=tname, Sposs=_poss(sname), Tposs=_poss(tname), people=people,
                 time=sc.rng.choice(_TIMES))
        for m in middles
    )  # fmt: skip
    freed = sc.rng.choice(_FREED).format(people=people, time=sc.rng.choice(_TIMES))
    said = sc.rng.choice(_ACCORDING).format(Sdem=s.demonym)
    text = f"{_held(sc, people)} {middle} {freed}{said}."
    want = (_e(t, s, _r("08"), REPORTED | ASSERTED),)
    allowed = (
        Expect(t.iso3, s.iso3, frozenset(), ANY),
        Expect(s.iso3, t.iso3, frozenset(), ANY),
        Expect(t.iso3, s.iso3, _r("05"), NEGATED),
    )
    return text, want, allowed


_SIGNINGS = ("{S} and {T} signed a contract for a {Tdem} firm to build a power plant{time}.",
             "{Sposs} finance minister and {Tposs} ambassador signed a loan agreement{time}.",
             "{S} signed a deal with {T} to buy six patrol ships{time}.")  # fmt: skip
_CRITICS = ("The {Zdem} embassy criticised the deal.", "{Z} criticised the agreement.",
            "The {Zdem} embassy in {Scap} criticised the deal.")  # fmt: skip
_KEPT = ("{Sposs} foreign minister dismissed the criticism and said {S} would not cancel the "
         "contract.", "{S} said it would not cancel the contract.",
         "{Sposs} president said {Scap} would not cancel the deal.")  # fmt: skip


def p53_kept_contract(sc: Scene) -> Built:
    """ "Japan and Ghana signed a contract. The French embassy criticised the deal. Ghana
    said it would not cancel the contract": GHA -> JPN 16 `negated`, never at France."""
    s, t, z = sc.s, sc.t, sc.z
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    names = {"S": sname, "T": tname, "Sposs": _poss(sname), "Tposs": _poss(tname),
             "Tdem": t.demonym, "Zdem": z.demonym, "Z": z.name, "Scap": s.capital}  # fmt: skip
    signed = sc.rng.choice(_SIGNINGS).format(time=sc.rng.choice(_TIMES), **names)
    text = (
        f"{signed} {sc.rng.choice(_CRITICS).format(**names)} {sc.rng.choice(_KEPT).format(**names)}"
    )
    want = (_e(s, t, _r("16"), NEGATED),)
    allowed = (
        Expect(s.iso3, t.iso3, frozenset(), ANY),
        Expect(t.iso3, s.iso3, frozenset(), ANY),
        Expect(z.iso3, "*", _r("11"), ANY),
        Expect(s.iso3, z.iso3, _r("01", "12"), ANY),
    )
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p53_freed_people": p53_freed_people,
    "p53_deported_people": p53_deported_people,
    "p53_joined_sanctions": p53_joined_sanctions,
    "p53_refused_way": p53_refused_way,
    "p53_kept_contract": p53_kept_contract,
    "p53_two_navies": p53_two_navies,
    "p53_over_the_raid": p53_over_the_raid,
    "p53_late_release": p53_late_release,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
