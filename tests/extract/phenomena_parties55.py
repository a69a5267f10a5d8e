"""Round 35's party kinds of the fresh29 review (issue 9; classes C, D, A and B of
bench/gold/reviews/fresh29_classes.md) as suite constructions crossed with the suite's states
named by name, capital, demonym or leader, and several phrasings each:

- ``p55_lifted_them``: "S banned imports of T-ian beef. Z1 and Z2, which imposed similar bans
  last week, have since lifted them": Z1 -> T and Z2 -> T 08, never Z1 <-> Z2 ("them" is the
  bans, and an object pronoun is never its own verb's subject);
- ``p55_lifted_it``: the same with one lifter and "it": Z -> T 08, never Z -> Z;
- ``p55_scrapped_those``: "Z, which had banned T-ian beef in March, has since scrapped those
  bans": Z -> T 08, the target of the relative clause's measure;
- ``p55_lifted_story``: the similar bans lifted three sentences after the ban they resemble,
  past its answer and "the suspension would stay": Z1 -> T and Z2 -> T 08;
- ``p55_own_measure`` (near miss): "Z, which imposed a curfew in its capital last week, has
  since lifted it": the lifted measure is Z's own, aimed at no one (never at T);
- ``p55_lifted_other_on`` (near miss): "Z, which imposed tariffs on W-ian steel, has since
  lifted them": Z -> W, the measure's own target, never the story's T;
- ``p55_passive_reaction``: "S offered to sell T four patrol boats. The offer was welcomed by
  TLEAD": T -> S 05 (12 for "rejected"), the passive subject naming the act answered;
- ``p55_asked_extradition``: "S recalled its ambassador from TCAP after T granted asylum to a
  former S-ian minister. SCAP has asked for the man's extradition": S -> T 02, the holder;
- ``p55_planned_site_visit``: "S offered to sell T four patrol boats. A T-ian delegation is
  expected to visit a shipyard in TOWN": T -> S 04 `possible` (a site in an unknown town);
- ``p55_signed_to_buy``: "S-ian police arrested a T-ian smuggler at T's request. T's defence
  ministry also signed a letter of intent to buy 12 Gripen jets": T -> S 05, the seller;
- ``p55_signed_from_named`` (near miss): "... to buy 12 jets from Z": never T -> S;
- ``p55_two_navies_accused``: "S-ian and T-ian warships held a joint patrol, and a Z-ian patrol
  boat followed them. ZCAP accused the two navies of trespassing": Z -> S and Z -> T 11;
- ``p55_their_together``: "S and T make an unlikely pair. Yet their armies have trained
  together twice since 2023": S <-> T 06;
- ``p55_together_at_third`` (near miss): "Their navies together seized a Z-ian trawler": never
  S <-> T 06;
- ``p55_replied_refusal``: "S's prime minister urged T to cut its purchases of Z-ian oil. TLEAD
  replied that T would not give up its stake in the Z-ian oil project": T -> S 12, never T -> Z;
- ``p55_replied_unasked`` (near miss): the request made of another state W: no T -> S.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
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
_GOODS = ("beef", "poultry", "wine", "rice", "timber", "pork")
_BANS = ("{S} banned imports of {Tdem} {goods}{time}.",
         "{S} suspended imports of {Tdem} {goods}{time}.",
         "{S} imposed a ban on {Tdem} {goods}{time}.")  # fmt: skip
_SIMILAR_PL = ("which imposed similar bans last month", "which had imposed similar bans in March",
               "which introduced similar restrictions last year",
               "which imposed similar curbs in April")  # fmt: skip
_LIFTED_PL = ("have since lifted them", "have since scrapped them", "lifted them last week",
              "have since eased them")  # fmt: skip
_SIMILAR_SG = ("which imposed a similar ban last month", "which had imposed a similar ban in May",
               "which introduced a similar ban last year")  # fmt: skip
_LIFTED_SG = ("has since lifted it", "has since scrapped it", "lifted it last week")


def _ban(sc: Scene, goods: str) -> str:
    return sc.rng.choice(_BANS).format(
        S=sc.name(sc.s, 0.2), Tdem=sc.t.demonym, goods=goods, time=sc.rng.choice(_TIMES)
    )


def _relative_acts(doers: list[State], t: State) -> tuple[Expect, ...]:
    """The relative clause's own measure (a background act) may be read at T, any factuality."""
    return tuple(Expect(z.iso3, t.iso3, _r("16", "17"), ANY) for z in doers)


def p55_lifted_them(sc: Scene, others: list[State]) -> Built:
    """ "Indonesia banned imports of Australian beef. Malaysia and Thailand, which imposed
    similar bans last week, have since lifted them": MYS -> AUS and THA -> AUS 08."""
    s, t = sc.s, sc.t
    z1, z2 = sc.z, others[0]
    goods = sc.rng.choice(_GOODS)
    rel, lifted = sc.rng.choice(_SIMILAR_PL), sc.rng.choice(_LIFTED_PL)
    text = f"{_ban(sc, goods)} {z1.name} and {z2.name}, {rel}, {lifted}."
    want = (_e(s, t, _r("16"), ASSERTED), _e(z1, t, _r("08"), ASSERTED),
            _e(z2, t, _r("08"), ASSERTED))  # fmt: skip
    return text, want, _relative_acts([z1, z2], t)


def p55_lifted_it(sc: Scene) -> Built:
    """ "Indonesia banned imports of Australian beef. Malaysia, which imposed a similar ban
    last month, has since lifted it": MYS -> AUS 08."""
    s, t, z = sc.s, sc.t, sc.z
    goods = sc.rng.choice(_GOODS)
    rel, lifted = sc.rng.choice(_SIMILAR_SG), sc.rng.choice(_LIFTED_SG)
    text = f"{_ban(sc, goods)} {sc.name(z, 0.0)}, {rel}, {lifted}."
    want = (_e(s, t, _r("16"), ASSERTED), _e(z, t, _r("08"), ASSERTED))
    return text, want, _relative_acts([z], t)


_BANNED_TOO = ("which had banned imports of {Tdem} {goods} in March",
               "which suspended imports of {Tdem} {goods} last year",
               "which had also banned imports of {Tdem} {goods}")  # fmt: skip
_SCRAPPED = ("has since scrapped those bans", "has since lifted those restrictions",
             "lifted those curbs last week", "has since lifted those bans")  # fmt: skip


def p55_scrapped_those(sc: Scene) -> Built:
    """ "Uganda banned imports of Kenyan milk. Rwanda, which had banned imports of Kenyan
    pork in March, has since scrapped those bans": RWA -> KEN 08."""
    s, t, z = sc.s, sc.t, sc.z
    goods, other = sc.rng.sample(_GOODS, 2)
    rel = sc.rng.choice(_BANNED_TOO).format(Tdem=t.demonym, goods=other)
    text = f"{_ban(sc, goods)} {sc.name(z, 0.0)}, {rel}, {sc.rng.choice(_SCRAPPED)}."
    want = (_e(s, t, _r("16"), ASSERTED), _e(z, t, _r("08"), ASSERTED))
    return text, want, _relative_acts([z], t)


_OWN = ("which imposed a curfew in its capital last week",
        "which had imposed a curfew on its northern provinces in May",
        "which introduced a curfew after the riots")  # fmt: skip


def p55_own_measure(sc: Scene) -> Built:
    """ "Indonesia banned imports of Australian beef. Malaysia, which imposed a curfew in its
    capital last week, has since lifted it": Malaysia's own curfew, no act at Australia."""
    s, t, z = sc.s, sc.t, sc.z
    goods = sc.rng.choice(_GOODS)
    rel, lifted = sc.rng.choice(_OWN), sc.rng.choice(_LIFTED_SG)
    text = f"{_ban(sc, goods)} {sc.name(z, 0.0)}, {rel}, {lifted}."
    want = (_e(s, t, _r("16"), ASSERTED),)
    allowed = (Expect(z.iso3, "", frozenset(), ANY),)
    return text, want, allowed


_OTHER_ON = ("which imposed tariffs on {Wdem} steel last year",
             "which had imposed duties on {Wdem} steel in March",
             "which imposed sanctions on {W} in 2023")  # fmt: skip


def p55_lifted_other_on(sc: Scene, others: list[State]) -> Built:
    """ "Indonesia banned imports of Australian beef. Malaysia, which imposed tariffs on
    Chinese steel last year, has since lifted them": MYS -> CHN 08, never MYS -> AUS."""
    s, t, z, w = sc.s, sc.t, sc.z, others[0]
    goods = sc.rng.choice(_GOODS)
    rel = sc.rng.choice(_OTHER_ON).format(Wdem=w.demonym, W=w.name)
    lifted = sc.rng.choice(_LIFTED_PL).replace("have", "has")
    text = f"{_ban(sc, goods)} {sc.name(z, 0.0)}, {rel}, {lifted}."
    want = (_e(s, t, _r("16"), ASSERTED), _e(z, w, _r("08"), ASSERTED))
    return text, want, (Expect(z.iso3, w.iso3, _r("16", "17"), ANY),)


_TOLD_BANS = ("{Sposs} agriculture ministry said on Monday it had banned imports of {Tdem} "
              "{goods} over a disease outbreak.",
              "{Sposs} trade ministry said it had suspended imports of {Tdem} {goods}.")  # fmt: skip
_ANSWERS = ("{T} called the ban unjustified and asked {Sc} to limit it.",
            "{Tposs} farm minister called the ban excessive.")  # fmt: skip
_STAYS = ("{S} said the suspension would stay until the outbreak was contained. ",
          "{S} said the ban would remain in force for now. ", "")  # fmt: skip


def p55_lifted_story(sc: Scene, others: list[State]) -> Built:
    """ "Indonesia's agriculture ministry said it had banned imports of Australian beef.
    Canberra called the ban unjustified ... Indonesia said the suspension would stay ... .
    Malaysia and Thailand, which imposed similar bans last month, have since lifted them": the
    similar bans are on Australia, three sentences back (MYS -> AUS, THA -> AUS 08)."""
    s, t = sc.s, sc.t
    z1, z2 = sc.z, others[0]
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.3)
    goods = sc.rng.choice(_GOODS)
    told = sc.rng.choice(_TOLD_BANS).format(Sposs=_poss(sname), Tdem=t.demonym, goods=goods)
    answer = sc.rng.choice(_ANSWERS).format(T=tname, Tposs=_poss(tname), Sc=s.capital)
    stay = sc.rng.choice(_STAYS).format(S=sname)
    rel, lifted = sc.rng.choice(_SIMILAR_PL), sc.rng.choice(_LIFTED_PL)
    text = f"{told} {answer} {stay}{z1.name} and {z2.name}, {rel}, {lifted}."
    want = (_e(z1, t, _r("08"), ASSERTED), _e(z2, t, _r("08"), ASSERTED))
    story = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(t.iso3, s.iso3, frozenset(), ANY))
    return text, want, story + _relative_acts([z1, z2], t)


_OFFERS = ("{S} offered to sell {T} four patrol boats{time}.",
           "{S} offered {T} a loan of $200 million{time}.",
           "{S} proposed joint naval patrols to {T}{time}.")  # fmt: skip
_WELCOMED = ("The offer was welcomed by {Tlead}.", "The proposal was praised by {Tlead}.",
             "The offer was welcomed by {Tposs} foreign ministry.",
             "The offer was rejected by {Tlead}.")  # fmt: skip


def p55_passive_reaction(sc: Scene) -> Built:
    """ "Kenya offered to sell Ghana four patrol boats. The offer was welcomed by President
    Mahama": GHA -> KEN 05 (a reaction's passive subject names the act it answers)."""
    s, t = sc.s, sc.t
    tname = sc.name(t, 0.0)
    offer = sc.rng.choice(_OFFERS)
    if "proposed" in offer:
        welcomed = "The proposal was praised by {Tlead}."
    else:
        welcomed = sc.rng.choice(_WELCOMED)
    first = offer.format(S=sc.name(s, 0.2), T=tname, time=sc.rng.choice(_TIMES))
    second = welcomed.format(Tlead=sc.leader(t), Tposs=tname + "'s")
    root = "12" if "rejected" in second else "05"
    want = (_e(s, t, _r("03"), ASSERTED), _e(t, s, _r(root), ASSERTED))
    return f"{first} {second}", want, ()


_ASYLUM = ("{S} recalled its ambassador from {Tc} after {T} granted asylum to a former {Sdem} "
           "minister.", "{T} granted asylum to a former {Sdem} minister{time}.",
           "{S} recalled its ambassador from {Tc} after {T} gave refuge to a former {Sdem} "
           "governor.")  # fmt: skip
_EXTRADITION = ("{Sc} has asked for the man's extradition twice.",
                "The foreign minister said {Sc} had asked for the man's extradition twice.",
                "{Sc} has demanded his extradition.",
                "{S} has asked for the extradition of the former official.")  # fmt: skip


def p55_asked_extradition(sc: Scene) -> Built:
    """ "Peru recalled its ambassador from Santiago after Chile granted asylum to a former
    Peruvian minister. Lima had asked for the man's extradition": PER -> CHL 02 (or 10), the
    state holding him."""
    s, t = sc.s, sc.t
    first = sc.rng.choice(_ASYLUM).format(
        S=sc.name(s, 0.0), T=sc.name(t, 0.0), Tc=t.capital, Sdem=s.demonym,
        time=sc.rng.choice(_TIMES),
    )  # fmt: skip
    second = sc.rng.choice(_EXTRADITION).format(Sc=s.capital, S=sc.name(s, 0.0))
    fact = frozenset({"reported"}) if "said" in second else ASSERTED
    want = (_e(s, t, _r("02", "10"), fact),)
    allowed = (Expect(s.iso3, t.iso3, _r("16"), ANY), Expect(t.iso3, s.iso3, _r("07"), ANY),
               Expect(t.iso3, s.iso3, frozenset(), ANY))  # fmt: skip
    return f"{_cap(first)} {_cap(second)}", want, allowed


_PLANNED_VISITS = ("A {Tdem} delegation is expected to visit a shipyard in {town} next month.",
                   "{Tposs} defence minister may visit the naval base in {town} in May.",
                   "A {Tdem} delegation will tour a factory in {town} next month.")  # fmt: skip
_TOWNS = ("Itajai", "Ulsan", "Gdynia", "Lorient", "Kure", "Changwon")


def p55_planned_site_visit(sc: Scene) -> Built:
    """ "Brazil offered to sell Vietnam four patrol ships. A Vietnamese delegation is expected
    to visit a shipyard in Itajai": VNM -> BRA 04 `possible` (a site in a town no table
    knows, in a story of two states)."""
    s, t = sc.s, sc.t
    offer = sc.rng.choice(_OFFERS[:2]).format(
        S=sc.name(s, 0.2), T=sc.name(t, 0.0), time=sc.rng.choice(_TIMES)
    )
    tname = sc.name(t, 0.0)
    visit = sc.rng.choice(_PLANNED_VISITS).format(
        Tdem=t.demonym, Tposs=tname + "'s", town=sc.rng.choice(_TOWNS)
    )
    want = (_e(s, t, _r("03"), ASSERTED), _e(t, s, _r("04"), frozenset({"possible"})))
    return f"{offer} {_cap(visit)}", want, ()


_HELPED = ("{Sdem} police arrested a {Tdem} drug smuggler at {Tposs} request{time}.",
           "{Sdem} police seized a tonne of cocaine bound for {T}{time}.")  # fmt: skip
_LETTERS = ("{Tposs} defence ministry also signed a letter of intent to buy 12 Gripen jets.",
            "{Tposs} navy also signed a memorandum to purchase four Gotland-class submarines.",
            "{Tposs} air force also signed a letter of intent to acquire six transport "
            "aircraft.")  # fmt: skip


def p55_signed_to_buy(sc: Scene) -> Built:
    """ "Swedish police arrested a Moroccan smuggler at Rabat's request. Morocco's defence
    ministry also signed a letter of intent to buy 12 Gripen jets": MAR -> SWE 05 (the
    signing, with the story's other state, the seller)."""
    s, t = sc.s, sc.t
    tname = sc.name(t, 0.0)
    first = sc.rng.choice(_HELPED).format(
        Sdem=s.demonym, Tdem=t.demonym, T=tname, Tposs=tname + "'s", time=sc.rng.choice(_TIMES)
    )
    second = sc.rng.choice(_LETTERS).format(Tposs=tname + "'s")
    want = (_e(t, s, _r("05"), ASSERTED),)
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(t.iso3, s.iso3, _r("06"), ANY))
    return f"{first} {second}", want, allowed


_UNNAMED_BUY = ("{Tposs} defence ministry signed a letter of intent to buy 12 jets from {Z}.",
                "{Tposs} navy signed a memorandum to purchase four submarines from {Z}.")  # fmt: skip


def p55_signed_from_named(sc: Scene) -> Built:
    """Near miss: "... signed a letter of intent to buy 12 jets from Brazil": the seller is
    named (MAR -> BRA), never the story's Sweden."""
    s, t, z = sc.s, sc.t, sc.z
    tname = sc.name(t, 0.0)
    first = sc.rng.choice(_HELPED).format(
        Sdem=s.demonym, Tdem=t.demonym, T=tname, Tposs=tname + "'s", time=sc.rng.choice(_TIMES)
    )
    second = sc.rng.choice(_UNNAMED_BUY).format(Tposs=tname + "'s", Z=z.name)
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(t.iso3, z.iso3, frozenset(), ANY),
               Expect(t.iso3, "", frozenset(), ANY))  # fmt: skip
    return f"{first} {second}", (), allowed


_PATROLS = ("{Sdem} and {Tdem} warships held a joint patrol off the coast{time}",
            "A {Sdem} frigate and two {Tdem} navy ships held a joint patrol{time}",
            "{Sdem} and {Tdem} navy ships carried out joint patrols{time}")  # fmt: skip
_FOLLOWED = (", and a {Zdem} patrol boat followed them for hours.",
             ". A {Zdem} coast guard vessel shadowed them all day.", ".")  # fmt: skip
_ACCUSED = ("{Zc} accused the two navies of trespassing.",
            "{Z} accused the two navies of violating its waters.",
            "{Zposs} foreign ministry accused the two navies of entering its waters.")  # fmt: skip


def p55_two_navies_accused(sc: Scene) -> Built:
    """ "A Chilean frigate and two Peruvian navy ships held a joint patrol, and an Ecuadorian
    patrol boat followed them. Quito accused the two navies of trespassing": ECU -> CHL and
    ECU -> PER 11, never ECU -> ECU's own navy."""
    s, t, z = sc.s, sc.t, sc.z
    patrol = sc.rng.choice(_PATROLS).format(
        Sdem=s.demonym, Tdem=t.demonym, time=sc.rng.choice(_TIMES)
    )
    followed = sc.rng.choice(_FOLLOWED).format(Zdem=z.demonym)
    accused = sc.rng.choice(_ACCUSED).format(Zc=z.capital, Z=z.name, Zposs=_poss(z.name))
    text = f"{_cap(patrol)}{followed} {accused}"
    want = (_e(z, s, _r("11"), ASSERTED), _e(z, t, _r("11"), ASSERTED))
    allowed = (Expect(s.iso3, t.iso3, _r("06", "04"), ANY), Expect(t.iso3, s.iso3, _r("06", "04"), ANY),
               Expect(s.iso3, z.iso3, frozenset(), NOT_ASSERTED),
               Expect(t.iso3, z.iso3, frozenset(), NOT_ASSERTED),
               Expect(z.iso3, s.iso3, _r("15", "19"), ANY), Expect(z.iso3, t.iso3, _r("15", "19"), ANY))  # fmt: skip
    return text, want, allowed


_PAIR_OPENINGS = ("{S} and {T} make an unlikely pair.", "{S} and {T} seldom speak of an alliance.",
                  "{S} and {T} rarely make headlines together.")  # fmt: skip
_TOGETHER_ACTS = ("Yet their armies have trained together twice since 2023.",
                  "Yet their navies have trained together three times since 2022.",
                  "Their coast guards have trained together every year since 2021.")  # fmt: skip


def p55_their_together(sc: Scene) -> Built:
    """ "Egypt and Kenya make an unlikely pair. Yet their armies have trained together twice
    since": EGY <-> KEN 06 ("their" bodies acting together are the pair's)."""
    s, t = sc.s, sc.t
    opening = sc.rng.choice(_PAIR_OPENINGS).format(S=sc.name(s, 0.0), T=sc.name(t, 0.0))
    text = f"{opening} {sc.rng.choice(_TOGETHER_ACTS)}"
    want = (_e(s, t, _r("06"), ASSERTED), _e(t, s, _r("06"), ASSERTED))
    return text, want, ()


_TOGETHER_AT = ("Their navies together seized {a_Zdem} trawler{time}.",
                "Their coast guards together detained {a_Zdem} fishing boat{time}.")  # fmt: skip


def p55_together_at_third(sc: Scene) -> Built:
    """Near miss: "Chile and Peru held talks. Their navies together seized an Ecuadorian
    trawler": an act at a third state, never the pair at each other."""
    s, t, z = sc.s, sc.t, sc.z
    first = f"{sc.name(s, 0.0)} and {sc.name(t, 0.0)} held talks on fishing{sc.rng.choice(_TIMES)}."
    second = sc.rng.choice(_TOGETHER_AT).format(
        a_Zdem=_article(z.demonym), time=sc.rng.choice(_TIMES)
    )
    want = (_e(s, t, _r("04"), ASSERTED), _e(t, s, _r("04"), ASSERTED))
    allowed = (Expect("*", z.iso3, _r("17"), ASSERTED),)
    return f"{first} {second}", want, allowed


_URGED = ("{Sposs} prime minister urged {T} to cut its purchases of {Zdem} oil{time}.",
          "{S} asked {T} to back new sanctions on {Zc}{time}.",
          "{S} called on {T} to reduce its imports of {Zdem} gas{time}.")  # fmt: skip
_REPLIED = ("{Tlead} replied that {T} would not give up its stake in the {Zdem} oil project.",
            "{Tlead} answered that {T} would not give up its share in the {Zdem} gas field.",
            "{Tposs} foreign minister replied that {T} would not sell its stake in the {Zdem} "
            "pipeline.")  # fmt: skip


def _replied(sc: Scene, asked: State) -> tuple[str, str]:
    s, t, z = sc.s, sc.t, sc.z
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    first = sc.rng.choice(_URGED).format(
        S=sname, Sposs=_poss(sname), T=sc.name(asked, 0.0), Zdem=z.demonym, Zc=z.capital,
        time=sc.rng.choice(_TIMES),
    )  # fmt: skip
    reply = sc.rng.choice(_REPLIED).format(
        Tlead=sc.leader(t), T=tname, Tposs=_poss(tname), Zdem=z.demonym
    )
    return _cap(first), reply


def p55_replied_refusal(sc: Scene) -> Built:
    """ "Norway's prime minister urged India to cut its purchases of Russian oil. Modi replied
    that India would not give up its stake in the Sakhalin oil project": IND -> NOR 12, never
    IND -> RUS (the place inside what is kept)."""
    s, t = sc.s, sc.t
    first, reply = _replied(sc, t)
    want = (_e(s, t, _r("02", "10"), ASSERTED), _e(t, s, _r("12"), ASSERTED))
    return f"{first} {reply}", want, ()


def p55_replied_unasked(sc: Scene, others: list[State]) -> Built:
    """Near miss: the request was made of another state W ("urged Greece to cut ... . Modi
    replied that India would not give up its stake"): no refusal at the requester."""
    s, t, w = sc.s, sc.t, others[0]
    first, reply = _replied(sc, w)
    want = (_e(s, w, _r("02", "10"), ASSERTED),)
    allowed = tuple(Expect(t.iso3, x, frozenset(), ANY) for x in ("", w.iso3, sc.z.iso3))
    return f"{first} {reply}", want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p55_lifted_it": p55_lifted_it,
    "p55_scrapped_those": p55_scrapped_those,
    "p55_own_measure": p55_own_measure,
    "p55_passive_reaction": p55_passive_reaction,
    "p55_asked_extradition": p55_asked_extradition,
    "p55_planned_site_visit": p55_planned_site_visit,
    "p55_signed_to_buy": p55_signed_to_buy,
    "p55_signed_from_named": p55_signed_from_named,
    "p55_two_navies_accused": p55_two_navies_accused,
    "p55_their_together": p55_their_together,
    "p55_together_at_third": p55_together_at_third,
    "p55_replied_refusal": p55_replied_refusal,
}
OTHERS_CONSTRUCTIONS: dict[str, Callable[[Scene, list[State]], Built]] = {
    "p55_lifted_them": p55_lifted_them,
    "p55_lifted_other_on": p55_lifted_other_on,
    "p55_lifted_story": p55_lifted_story,
    "p55_replied_unasked": p55_replied_unasked,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in (*SCENE_CONSTRUCTIONS, *OTHERS_CONSTRUCTIONS)}
