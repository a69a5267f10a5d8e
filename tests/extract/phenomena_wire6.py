"""Clause joins of wire prose that the parser gets wrong (issue 9, wire6's error analysis of the
tune halves), as templates with other states and phrasings: the speaker's second act after a
reported clause (p17), a negated clause whose auxiliary a finite conjunct does not share (p18),
news set against news by "while" / "whereas" (p19), a list of states deep in the act's phrase
(p20), killing by a non-military bomb, CAMEO 18 not 19 (p21), and a visiting guest without an
article, "met visiting X" (p22), "no longer" (p23) and what is sent "to help X do Y" (p24).

Round 32's practice set of 1999-2008 wire copy (practice19, classes EP, GR and EC of
``bench/gold/reviews/practice19_classes.md``), crossed with the suite's states by name, capital
or demonym, the document dated in the era (the tables date the offices):

- ``w6_era_people``: office-holders of 1999-2008 whom no row named or named under another
  state ("Robin Cook", "Habibie", "Jamali", "Wickremesinghe" in 2002, Milosevic as Yugoslavia's
  president), person's state -> T;
- ``w6_era_groups``: the decade's armed groups ("KLA rebels", "the Northern Alliance", "RCD
  rebels", "the Free Aceh Movement", "RUF rebels", "MILF guerrillas"), the state they fought in
  -> T;
- ``w6_ended_capitals``: a capital of a state that ended, as a metonym in its years ("Belgrade
  condemned T" in 1999 is Yugoslavia's, in 2004 Serbia and Montenegro's; "Moscow" in 1988 the
  Soviet Union's);
- ``w6_summit_ended`` ("A and B ended a summit in Z", "A wrapped up talks with B": a meeting, 04
  both ways), ``w6_cut_contacts`` ("A cut all contacts with B": 16) and ``w6_delisted`` ("A
  removed B from its list of state sponsors of terrorism": 08): ordinary wire verbs with no row
  (classes SM, CC, DL)."""

from __future__ import annotations

from phenomena_tables import State
from phenomena_wire3 import era_group_sentence, era_person_sentence
from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _one,
    _poss,
    _r,
    _time,
)

# Reported clauses whose subject is a thing, not a party ("the plan was illegal").
_VERDICTS = (
    "the plan was illegal", "the decision was taken without consultation",
    "the vote was unfair", "the measure was unjustified", "the talks had failed",
    "the dam was dangerous", "the launch was a provocation", "the deal was a mistake",
    "the move would harm the region", "the election was rigged",
)  # fmt: skip
# The speaker's own speech acts after the clause: (phrase with {T}, CAMEO root).
_SPEECH_ACTS = (
    ("urged {T} to drop it", "02"), ("called on {T} to reverse course", "02"),
    ("rejected {Tposs} proposal", "12"), ("accused {T} of bad faith", "11"),
    ("condemned {T}", "11"), ("criticized {T}", "11"), ("demanded that {T} withdraw", "10"),
    ("warned {T} of consequences", "13"), ("summoned {Tposs} ambassador", "11"),
)  # fmt: skip


def p17_speaker_second_act(sc: Scene) -> Built:
    """ "S said the plan was illegal and urged T to drop it": a plan urges no one; the appeal
    is the speaker's own, asserted (the verdict itself may be coded as S's criticism)."""
    rng, s, t = sc.rng, sc.s, sc.t
    verdict = rng.choice(_VERDICTS)
    phrase, root = rng.choice(_SPEECH_ACTS)
    said = rng.choice(("said", "said on Tuesday", "told reporters"))
    text = f"{sc.name(s)} {said} {verdict} and {sc.fill(phrase)}."
    allowed = (
        Expect(s.iso3, t.iso3, frozenset({"01", "11"}), ANY),  # the verdict as S's criticism
        Expect(s.iso3, "", frozenset({"01", "11"}), ANY),
    )
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), allowed


_SKIPPED = (
    "did not attend the summit", "will not join the talks", "could not reach a deal",
    "was not seeking a confrontation", "did not sign the declaration",
    "would not comment on the report",
)  # fmt: skip
_FINITE_ACTS = (
    ("criticized {T}", "11"), ("condemned {T}", "11"), ("accused {T} of stalling", "11"),
    ("rejected {Tposs} offer", "12"), ("urged {T} to show restraint", "02"),
)  # fmt: skip


def p18_negation_own_clause(sc: Scene) -> Built:
    """ "S did not attend the summit and criticized T": the finite conjunct does not share the
    negated auxiliary, so its act is asserted; "... or criticize T" shares it (not asserted)."""
    rng, s, t = sc.rng, sc.s, sc.t
    skipped = rng.choice(_SKIPPED)
    phrase, root = rng.choice(_FINITE_ACTS)
    # the skipped act is coded or not, never asserted ("was not seeking" may read as a request)
    loose = (
        Expect(s.iso3, "*", frozenset({"04", "05", "01", "03"}), ANY),
        Expect(s.iso3, "*", frozenset(), NOT_ASSERTED),
    )
    if rng.random() < 0.25 and skipped.startswith("did not"):
        base = phrase.split(" ", 1)
        bare = {"criticized": "criticize", "condemned": "condemn", "accused": "accuse",
                "rejected": "reject", "urged": "urge"}[base[0]]  # fmt: skip
        text = f"{sc.name(s)} {skipped} or {sc.fill(bare + ' ' + base[1])}{_time(sc)}."
        return _cap(text), (), loose
    text = f"{sc.name(s)} {skipped} and {sc.fill(phrase)}{_time(sc)}."
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), loose


_FIRST_ACTS = (
    ("condemned {T}", "11"), ("imposed sanctions on {T}", "16"), ("criticized {T}", "11"),
    ("expelled two diplomats from {T}", "16"),
)  # fmt: skip
_SECOND_ACTS = (
    ("praised {T}", "05"), ("blamed {T} for the crisis", "11"), ("condemned {T}", "11"),
    ("rejected {Tposs} demands", "12"), ("accused {T} of provocation", "11"),
)  # fmt: skip


def p19_contrast_clause(sc: Scene) -> Built:
    """ "S condemned T, while Z praised T": a finite "while" / "whereas" clause with its own
    subject after the main clause is news of its own, not a time clause."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    first, r1 = rng.choice(_FIRST_ACTS)
    second, r2 = rng.choice(_SECOND_ACTS)
    mark = rng.choice(("while", "while", "whereas"))
    text = f"{sc.name(s)} {sc.fill(first)}{_time(sc)}, {mark} {sc.name(z)} {sc.fill(second)}."
    want = (_one(s, t.iso3, r1, ASSERTED), _one(z, t.iso3, r2, ASSERTED))
    return _cap(text), want, ()


_LIST_ACTS = (
    ("imposed {n}% tariffs on imports from {A} and {B}", "16"),
    ("ordered {n}% tariffs on goods from {A} and {B}", "16"),
    ("announced a ban on imports from {A} and {B}", "16"),
    ("sent {n} tonnes of grain to farmers in {A} and {B}", "07"),
)


def p20_phrase_list(sc: Scene, others: list[State]) -> Built:
    """ "S imposed 25% tariffs on imports from A and B": every state of a list deep in the
    act's phrase is a target, not only the first."""
    rng, s = sc.rng, sc.s
    a, b = others[0], others[1]
    phrase, root = rng.choice(_LIST_ACTS)
    what = phrase.format(n=rng.choice((10, 25, 50)), A=sc.name(a, 0.0), B=sc.name(b, 0.0))
    text = f"{sc.name(s)} {what}{_time(sc)}."
    want = tuple(_one(s, x.iso3, root, ASSERTED) for x in (a, b))
    return _cap(text), want, (Expect(s.iso3, "*", frozenset({"03"}), ANY),)


_BOMBS = (
    ("in a bomb attack", "18"), ("in a car bomb attack", "18"), ("with a roadside bomb", "18"),
    ("in a suicide bombing", "18"), ("in a bomb blast", "18"), ("in a car bomb explosion", "18"),
    ("in an air strike", "19"), ("in a drone strike", "19"), ("with artillery fire", "19"),
)  # fmt: skip
_DOERS = ("militants", "rebels", "guerrillas", "insurgents")


def p21_bombing_means(sc: Scene) -> Built:
    """ "S militants killed 12 T soldiers in a car bomb attack": a killing by a non-military
    bomb is unconventional violence (18); by aircraft or artillery it stays 19."""
    rng, s, t = sc.rng, sc.s, sc.t
    means, root = rng.choice(_BOMBS)
    doer = f"{s.demonym} {rng.choice(_DOERS)}"
    if root == "19":
        doer = f"{s.demonym} forces"
    verb = rng.choice(("killed", "wounded", "attacked"))
    victims = rng.choice(
        (f"12 {t.demonym} soldiers", f"{_article(t.demonym)} patrol", f"three {t.demonym} police")
    )
    text = f"{doer} {verb} {victims} {means}{_time(sc)}."
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), ()


_HOSTS = (("met", "040"), ("hosted", "043"), ("received", "043"), ("welcomed", "*"))
_GUESTS = ("Foreign Minister", "Defence Minister", "Prime Minister", "President", "Trade Minister")


def p22_visiting_guest(sc: Scene) -> Built:
    """ "S's leader met visiting T Foreign Minister": a meeting with (or hosting of) T; the host
    never visits its guest (no S -> T visit, 042)."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb, code = rng.choice(_HOSTS)
    host = sc.leader(s) if rng.random() < 0.5 else f"{s.demonym} President"
    where = rng.choice(("", f" in {s.capital}", " at the presidential palace"))
    tail = rng.choice(("", f" and called for closer cooperation against {_poss(sc.z.name)} threats",
                       f" amid tensions with {sc.z.name}"))  # fmt: skip
    text = f"{host} {verb} visiting {t.demonym} {rng.choice(_GUESTS)}{where}{_time(sc)}{tail}."
    roots = frozenset({"04"}) if code != "*" else frozenset({"04", "05"})
    want = (Expect(s.iso3, t.iso3, roots, ASSERTED),)
    allowed = (
        Expect(t.iso3, s.iso3, frozenset({"04"}), ANY),  # the guest's visit, 042
        Expect(s.iso3, "*", frozenset({"02"}), ANY),  # the call, aimed at the guest or the threat
    )
    return _cap(text), want, allowed


_ONGOING = (
    ("buys {Tdem} wheat", "06"), ("recognizes {T}", "05"), ("supplies arms to {T}", "07"),
    ("cooperates with {T} on security", "06"), ("hosts {Tdem} troops", "06"),
)  # fmt: skip


def p23_no_longer(sc: Scene) -> Built:
    """ "S no longer buys T wheat": the act is denied, never asserted."""
    rng, s = sc.rng, sc.s
    phrase, _ = rng.choice(_ONGOING)
    when = rng.choice(("", "Since March, ", "This year, "))
    text = f"{when}{sc.name(s)} no longer {sc.fill(phrase)}."
    return _cap(text), (), (Expect(s.iso3, "*", frozenset(), NOT_ASSERTED),)


_SENT = (("sent troops", "07"), ("sent drones", "07"), ("deployed soldiers", "15"),
         ("sent military advisers", "07"), ("shipped artillery shells", "07"))  # fmt: skip
_AIMS = ("recapture the border region", "defend its airspace", "retake the city",
         "rebuild its army", "secure its ports")  # fmt: skip


def p24_help_purpose(sc: Scene) -> Built:
    """ "S sent troops to help T recapture the border region": what is sent goes to T (the
    parser reads T as the subject of "recapture", not the object of "help")."""
    rng, s, t = sc.rng, sc.s, sc.t
    sent, root = rng.choice(_SENT)
    text = f"{sc.name(s)} {sent} to help {sc.name(t)} {rng.choice(_AIMS)}{_time(sc)}."
    want = (Expect(s.iso3, t.iso3, frozenset({root, "07"}), ASSERTED),)
    return _cap(text), want, ()


WIRE6_CONSTRUCTIONS = {
    "p17_speaker_act": p17_speaker_second_act,
    "p18_negation_clause": p18_negation_own_clause,
    "p19_contrast_clause": p19_contrast_clause,
    "p21_bombing_means": p21_bombing_means,
    "p22_visiting_guest": p22_visiting_guest,
    "p23_no_longer": p23_no_longer,
    "p24_help_purpose": p24_help_purpose,
}
WIRE6_WITH_OTHERS = {"p20_phrase_list": p20_phrase_list}


# (name as written, state, a date in the office)
_ERA_PEOPLE = (("Robin Cook", "GBR", "1999-04-21"), ("Foreign Secretary Robin Cook", "GBR", "2000-05-03"),
               ("B.J. Habibie", "IDN", "1999-09-12"), ("Habibie", "IDN", "1999-06-07"),
               ("Ali Alatas", "IDN", "1999-09-16"), ("Alatas", "IDN", "1998-11-02"),
               ("Zafarullah Khan Jamali", "PAK", "2003-11-26"), ("Jamali", "PAK", "2003-06-27"),
               ("Ranil Wickremesinghe", "LKA", "2002-02-22"), ("Slobodan Milosevic", "YUG", "1999-03-24"),
               ("Milosevic", "YUG", "1998-10-13"), ("Kostunica", "YUG", "2001-04-02"),
               ("Abdul Salam Zaeef", "AFG", "2001-09-21"), ("Moqtada al-Sadr", "IRQ", "2004-08-13"),
               ("Abdel Rahman Shalgham", "LBY", "2004-03-25"), ("Shalgham", "LBY", "2006-05-15"),
               ("Seyoum Mesfin", "ETH", "2000-05-13"), ("Viktor Chernomyrdin", "RUS", "1999-06-02"))  # fmt: skip
_ERA_ACTS = (("condemned {T}", "11"), ("accused {T} of arming rebels", "11"),
             ("held talks with {Tdem} officials", "04"), ("signed a border accord with {T}", "05"),
             ("strongly criticised {T}", "11"), ("praised {T}", "05"))  # fmt: skip


def w6_era_people(sc: Scene) -> Built:
    """ "Jamali accused India of arming rebels" (2003): PAK -> IND 11 (the office dated)."""
    return era_person_sentence(sc, _ERA_PEOPLE, _ERA_ACTS)


# (phrase, state it fights in, a date of its years of arms)
_GROUPS = (("KLA rebels", "YUG", "1999-04-12"), ("the Kosovo Liberation Army", "YUG", "1998-07-20"),
           ("the Northern Alliance", "AFG", "2001-11-09"), ("Northern Alliance fighters", "AFG", "2000-09-05"),
           ("RCD rebels", "COD", "2000-06-10"), ("the Rally for Congolese Democracy", "COD", "1999-08-16"),
           ("the Free Aceh Movement", "IDN", "2003-05-19"), ("GAM rebels", "IDN", "2002-12-09"),
           ("RUF rebels", "SLE", "2000-05-08"), ("the Revolutionary United Front", "SLE", "1999-07-07"),
           ("MILF guerrillas", "PHL", "2003-02-11"), ("the Moro Islamic Liberation Front", "PHL", "2008-08-18"))  # fmt: skip
_GROUP_ACTS = (("attacked {a_Tdem} border post", "19"), ("accused {T} of arming its enemies", "11"),
               ("condemned {T}", "11"), ("shelled {a_Tdem} army base", "19"))  # fmt: skip


def w6_era_groups(sc: Scene) -> Built:
    """ "RUF rebels attacked a Guinean border post": SLE -> GIN 19 (the group's own state)."""
    return era_group_sentence(sc, _GROUPS, _GROUP_ACTS)


# (capital, the state it was the capital of, dates in those years)
_ENDED = (("Belgrade", "YUG", ("1999-03-25", "1999-06-03", "2000-11-02", "2002-07-15")),
          ("Belgrade", "SCG", ("2003-06-11", "2004-03-18", "2005-10-04")),
          ("Moscow", "SUN", ("1985-11-20", "1988-05-29", "1990-12-20", "1991-08-22")))  # fmt: skip
_ENDED_ACTS = (("condemned {T}", "11"), ("accused {T} of meddling", "11"),
               ("recalled its ambassador from {T}", "16"), ("protested to {T}", "11"),
               ("strongly criticised {T}", "11"), ("expelled {a_Tdem} diplomat", "16"))  # fmt: skip
_ENDED_SKIP = frozenset({"SRB", "RUS", "MNE", "XKX", "KSV"})


def w6_ended_capitals(sc: Scene) -> Built:
    """ "Belgrade recalled its ambassador from Croatia" (1999): YUG -> HRV 16; "Moscow
    condemned Pakistan" (1988): SUN -> PAK 11 (a capital of a state that ended, in its years)."""
    tgt = sc.t if sc.t.iso3 not in _ENDED_SKIP else sc.z
    city, code, dates = sc.rng.choice(_ENDED)
    sc.date = sc.rng.choice(dates)
    act, root = sc.rng.choice(_ENDED_ACTS)
    act = act.format(T=sc.name(tgt, capital=0.0), a_Tdem=_article(tgt.demonym))
    text = f"{city} {act}{_time(sc)}."
    return text, (Expect(code, tgt.iso3, _r(root), ASSERTED),), ()


_SUMMIT_WHERE = ("", " in {Z}", " in {Z} without a joint statement", " without agreement")
_SUMMIT_VERB = ("ended", "wrapped up", "closed")


def w6_summit_ended(sc: Scene) -> Built:
    """ "A and B ended a summit in Z", "A wrapped up talks with B": the meeting held, 04 both
    ways (class SM; the ending verb had no row)."""
    where = sc.rng.choice(_SUMMIT_WHERE).format(Z=sc.z.capital)
    both = (Expect(sc.s.iso3, sc.t.iso3, _r("04"), ASSERTED),
            Expect(sc.t.iso3, sc.s.iso3, _r("04"), ASSERTED))  # fmt: skip
    r = sc.rng.random()
    if r < 0.4:
        verb = sc.rng.choice(_SUMMIT_VERB)
        text = f"{sc.leader(sc.s)} and {sc.leader(sc.t)} {verb} a summit{where}{_time(sc)}."
        return text, both, ()
    if r < 0.7:
        verb = sc.rng.choice(("ended", "wrapped up"))
        text = f"The leaders of {sc.s.name} and {sc.t.name} {verb} a meeting{where}{_time(sc)}."
        return _cap(text), both, ()
    noun = sc.rng.choice(("a summit", "talks", "a meeting"))
    verb = "wrapped up" if noun == "talks" else sc.rng.choice(("ended", "wrapped up"))
    text = f"{sc.leader(sc.s)} {verb} {noun} with {sc.leader(sc.t)}{where}{_time(sc)}."
    return text, both[:1], both[1:]


def w6_cut_contacts(sc: Scene) -> Built:
    """ "A cut all contacts with B('s government)": relations broken off, A -> B 16 (class CC)."""
    obj = sc.rng.choice(("{T}", "{Tposs} government", "{Tposs} leaders", "{Tposs} embassy"))
    obj = obj.format(T=sc.name(sc.t, capital=0.0), Tposs=_poss(sc.name(sc.t, capital=0.0)))
    what = sc.rng.choice(("all contacts", "contacts", "all official contacts"))
    text = f"{sc.name(sc.s, capital=0.0)} cut {what} with {obj}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, _r("16"), ASSERTED),), ()


_LISTS = ("its list of state sponsors of terrorism", "its terrorism blacklist", "its blacklist",
          "its sanctions list", "its terror watchlist", "a U.S. list of state sponsors of terrorism")  # fmt: skip


def w6_delisted(sc: Scene) -> Built:
    """ "A removed B from its list of state sponsors of terrorism", "took B off its blacklist":
    an administrative sanction eased, A -> B 08 (class DL)."""
    lst = sc.rng.choice(_LISTS)
    tgt = sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.6:
        text = f"{sc.name(sc.s, capital=0.0)} removed {tgt} from {lst}{_time(sc)}."
    else:
        text = f"{sc.name(sc.s, capital=0.0)} took {tgt} off {lst}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, _r("08"), ASSERTED),), ()


W6_ERA_CONSTRUCTIONS = {
    "w6_era_people": w6_era_people,
    "w6_era_groups": w6_era_groups,
    "w6_ended_capitals": w6_ended_capitals,
    "w6_summit_ended": w6_summit_ended,
    "w6_cut_contacts": w6_cut_contacts,
    "w6_delisted": w6_delisted,
}
# Floors (fewest right of 24, most false assertions).
W6_ERA_FLOORS = {name: (22, 0) for name in W6_ERA_CONSTRUCTIONS}
