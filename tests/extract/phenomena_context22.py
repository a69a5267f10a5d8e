"""Attribution and coordination across a sentence's clauses, and compass words in place names
(issue 9, context22: fresh11's TA, FS, V and P classes), crossed with states, capitals,
demonyms and phrasings.

c22t: "S condemned the raid, recalled its ambassador and suspended trade with T, according to a
statement from S's foreign ministry": every conjunct before the trailing "according to" is
reported (``_trailing_attribution``).
c22f: "S's president accuses T's president of arming rebels; T's president says S is hiding its
own failures": the accusation before the semicolon is the writer's, asserted
(``_clause_bounds``).
c22v: "S's foreign ministry said it had protested to T and had recalled its ambassador from T":
the second conjunct with its own "had" is an act of its own, reported (``_clause_repairs``).
c22a: "SCAPITAL, March 3 (Reuters) - S ordered T traders to close their shops. Trade Minister Ama
Boateng said the government would review every permit. T's ambassador met Boateng on Tuesday and
asked her to spare the traders": the bare surname is the dateline state's minister, and so is
"her" (``_filed_people``).
c22x: "S's government ordered a T construction firm to stop work. S's ... demanded that the
company / the firm / the plant's owners pay compensation": the demand is aimed at T's business
(``_named_firms``).
c22y: "S returned the remains of nine T people to T. S also pledged 50 million euros for the
affected regions / offered aid / said it remained open to talks": the untargeted commitment is
made to T, the story's other state (``parties.story_commitments``); talks also after a hostile
act ("S summoned T's ambassador"), a thing given not.
c22p: "S deported 11 T nationals convicted of illegal mining in North-Western province and
barred them from re-entering the country": the ban is aimed at T, not at the West
(``_compass_places``).
"""

from __future__ import annotations

from phenomena_context16 import REPORTED
from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _article, _cap, _poss, _time


def _e(a: State, b: State | str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset({root}), facts)


# -- c22t -----------------------------------------------------------------------------------
# (phrase, root): acts done to T, each phrase naming T once.
_DONE_TO_T = (
    ("condemned the raid on {T}", "11"), ("recalled its ambassador from {T}", "16"),
    ("suspended trade with {T}", "16"), ("closed its border with {T}", "19"),
    ("expelled two {Tdem} diplomats", "16"), ("criticised {T}", "11"),
    ("summoned {Tposs} ambassador", "11"),
)  # fmt: skip
_ACCORDING = (
    "according to a statement from {Sposs} foreign ministry",
    "according to a government statement", "according to the {Sdem} foreign ministry",
    "according to officials in {Scap}", "according to a statement from the presidency",
)  # fmt: skip


def c22t_trailing_according_to(sc: Scene) -> Built:
    """ "Kenya condemned the raid, recalled its ambassador and suspended trade with Uganda,
    according to a government statement": all three acts reported, none asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    picked = rng.sample(_DONE_TO_T, rng.choice((2, 3)))
    roots = {root for _, root in picked}
    phrases = [
        p.format(T=sc.name(t, capital=0.0), Tdem=t.demonym, Tposs=_poss(t.name)) for p, _ in picked
    ]
    acts = f"{', '.join(phrases[:-1])} and {phrases[-1]}"
    according = rng.choice(_ACCORDING).format(Sposs=_poss(s.name), Sdem=s.demonym, Scap=s.capital)
    text = f"{_cap(sc.name(s, capital=0.2))} {acts}{_time(sc)}, {according}."
    return text, tuple(_e(s, t, root, REPORTED) for root in sorted(roots)), ()


# -- c22f -----------------------------------------------------------------------------------
_ACCUSES = (
    "accuses {T} of arming rebels", "accuses {T} of protecting smugglers",
    "accuses {T} of sheltering militants", "accuses {T} of backing the rebels",
)  # fmt: skip
_SAYS_BACK = (
    "says {Scap} is hiding its own failures", "says {Scap} is covering up its own mistakes",
    "says the charge is a distraction", "says the claims are baseless",
)  # fmt: skip


def c22f_semicolon_reply(sc: Scene) -> Built:
    """ "Ruto accuses Museveni of arming rebels; Museveni says Nairobi is hiding its own
    failures": the accusation is asserted (the op-ed's own), not reported by the reply."""
    rng, s, t = sc.rng, sc.s, sc.t
    accuser = rng.choice((f"{_poss(s.name)} president", s.name, f"the {s.demonym} government"))
    accused = rng.choice((f"{_poss(t.name)} president", t.name, f"the {t.demonym} government"))
    reply = rng.choice((accused, f"{_poss(t.name)} government", t.capital))
    accusation = rng.choice(_ACCUSES).format(T=accused)
    answer = rng.choice(_SAYS_BACK).format(Scap=s.capital)
    mark = rng.choice(("; ", "; ", ": ", " - "))
    text = f"{_cap(accuser)} {accusation}{mark}{_cap(reply)} {answer}."
    return text, (_e(s, t, "11"),), (Expect(t.iso3, s.iso3, frozenset({"11", "01"}), ANY),)


# -- c22v -----------------------------------------------------------------------------------
_FIRST_ACT = (
    ("protested to {T}", "11"), ("lodged a protest with {T}", "11"),
    ("summoned {Tposs} ambassador", "11"), ("condemned the raid by {Tdem} police", "11"),
)  # fmt: skip
_SECOND_ACT = (
    ("recalled its ambassador from {T}", "16"), ("suspended trade with {T}", "16"),
    ("closed its border with {T}", "19"), ("expelled two {Tdem} diplomats", "16"),
    ("recalled its envoy from {Tcap}", "16"),
)  # fmt: skip
_SPEAKERS = ("{Sposs} foreign ministry", "the {Sdem} government", "{S}", "{Sposs} embassy")


def c22v_said_had_and_had(sc: Scene) -> Built:
    """ "Ghana's foreign ministry said it had protested to Togo and had recalled its
    ambassador from Togo": both acts reported, the second not lost to the repair that reads
    "had recalled its ambassador" as "had" + a modified object."""
    rng, s, t = sc.rng, sc.s, sc.t
    names = {"T": sc.name(t, capital=0.0), "Tposs": _poss(t.name), "Tdem": t.demonym}
    first, r1 = rng.choice(_FIRST_ACT)
    second, r2 = rng.choice(_SECOND_ACT)
    speaker = rng.choice(_SPEAKERS).format(S=s.name, Sposs=_poss(s.name), Sdem=s.demonym)
    text = (
        f"{_cap(speaker)} said{_time(sc)} it had {first.format(**names)} and had "
        f"{second.format(**names, Tcap=t.capital)}."
    )
    expected = tuple(_e(s, t, r, REPORTED) for r in sorted({r1, r2}))
    return text, expected, ()


# -- c22a -----------------------------------------------------------------------------------
# Names the actor tables do not hold, with the pronoun that stands for each.
_PEOPLE = (
    ("Ama Boateng", "her"), ("John Mwangi", "him"), ("Rosa Quispe", "her"),
    ("Kofi Mensah", "him"), ("Lina Haddad", "her"), ("Tomas Okafor", "him"),
    ("Petra Lindqvist", "her"), ("Omar Rahimi", "him"),
)  # fmt: skip
_TITLES = ("Trade Minister", "Interior Minister", "Mines Minister", "Labour Minister")
_FIRST_NEWS = (
    ("ordered {Tdem} traders to close their shops", "10"),
    ("deported 30 {Tdem} miners", "17"),
    ("closed its border with {T}", "19"),
)  # fmt: skip
_SAID = (
    "said the government would review every permit", "said more raids would follow",
    "told reporters the measure would stay in place", "said the decision was final",
)  # fmt: skip
_VISITOR = ("{Tposs} ambassador", "The {Tdem} ambassador", "{Tposs} envoy")
_ASKED = (
    ("asked {pron} to reconsider", "02"), ("urged {pron} to lift the measure", "02"),
    ("asked {pron} to spare the traders", "02"),
)  # fmt: skip
_WIRES = ("Reuters", "AP", "AFP")


def c22a_titled_surname_later(sc: Scene) -> Built:
    """ "ACCRA, March 3 (Reuters) - Ghana ordered Togolese traders to close their shops. Trade
    Minister Ama Boateng said ... Togo's ambassador met Boateng and asked her to ...": T meets
    and asks S (the surname and the pronoun are S's minister), never no one."""
    rng, s, t = sc.rng, sc.s, sc.t
    name, pron = rng.choice(_PEOPLE)
    surname = name.split()[-1]
    news, r0 = rng.choice(_FIRST_NEWS)
    visitor = rng.choice(_VISITOR).format(Tposs=_poss(t.name), Tdem=t.demonym)
    asked, r2 = rng.choice(_ASKED)
    text = (
        f"{s.capital.upper()}, March {rng.randint(2, 27)} ({rng.choice(_WIRES)}) - "
        f"{_cap(s.name)} {news.format(Tdem=t.demonym, T=t.name)}. {rng.choice(_TITLES)} "
        f"{name} {rng.choice(_SAID)}. {_cap(visitor)} met {surname}{_time(sc)} and "
        f"{asked.format(pron=pron)}."
    )
    expected = (_e(s, t, r0), _e(t, s, "04"), _e(t, s, r2))
    return text, expected, (Expect(s.iso3, t.iso3, frozenset({r0}), ANY),)


# -- c22x -----------------------------------------------------------------------------------
_FIRM_INTRO = (
    "{a_Tdem} construction firm", "{a_Tdem}-owned mining company", "the {Tdem}-run plant",
    "{a_Tdem} mining company", "the {Tdem}-owned factory",
)  # fmt: skip
_FIRST_ORDER = (
    "ordered {F} to stop work", "suspended the licence of {F}", "fined {F} for polluting a river",
    "ordered {F} to halt operations",
)  # fmt: skip
_FIRM_AGAIN = ("the company", "the firm", "the plant's owners", "the company's owners")
_DEMANDED = (
    "demanded that {X} pay compensation", "demanded that {X} compensate the farmers",
    "criticised {X} for the spill", "accused {X} of hiding the damage",
)  # fmt: skip


def c22x_firm_named_again(sc: Scene) -> Built:
    """ "Kenya's government ordered a Ugandan construction firm to stop work. Kenya's environment
    minister demanded that the company pay compensation": S -> T (its business), never no one."""
    rng, s, t = sc.rng, sc.s, sc.t
    firm = rng.choice(_FIRM_INTRO).format(Tdem=t.demonym, a_Tdem=_article(t.demonym))
    first = rng.choice(_FIRST_ORDER).format(F=firm)
    again = rng.choice(_FIRM_AGAIN)
    who = rng.choice(
        (f"{_poss(s.name)} environment minister", f"{_poss(s.name)} government", s.name)
    )
    act = rng.choice(_DEMANDED)
    root = "11" if act.startswith(("criticised", "accused")) else "10"
    text = (
        f"{_cap(sc.name(s, capital=0.2))} {first}{_time(sc)}. {_cap(who)} later "
        f"{act.format(X=again)}."
    )
    return text, (_e(s, t, root),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


# -- c22y -----------------------------------------------------------------------------------
_STORY_ACT = (
    "returned the remains of nine {Tdem} people to {T}", "met {Tposs} foreign minister",
    "rejected {Tposs} claim to the pass", "signed a trade deal with {T}",
)  # fmt: skip
# A hostile act before: talks are still offered to T, a thing given is not (xsent8's "Chile
# criticized Peru. Santiago pledged further aid": no recipient).
_HOSTILE_STORY_ACT = ("summoned {Tposs} ambassador", "criticised {T}")
_COMMITMENT = (
    ("also pledged 50 million euros for land reform in the affected regions", "03"),
    ("later offered aid in place of reparations", "03"),
    ("said it remained open to talks", "03"),
    ("also pledged to send two engineers to help with the repairs", "03"),
)  # fmt: skip


def c22y_untargeted_commitment(sc: Scene) -> Built:
    """ "Belgium returned the remains of nine Congolese people to Congo. Belgium also pledged 50
    million euros for land reform in the affected regions": the pledge is made to T."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = rng.choice(_COMMITMENT)
    stories = _STORY_ACT + (_HOSTILE_STORY_ACT if "talks" in act else ())
    story = rng.choice(stories).format(Tdem=t.demonym, T=t.name, Tposs=_poss(t.name))
    # ("said it remained open to talks": the speaker's own stated intent, made by saying it,
    # asserted as GUIDE rules 2-3 code a speech act; was `reported` before fact24)
    facts = ASSERTED
    text = (
        f"{_cap(sc.name(s, capital=0.0))} {story}{_time(sc)}. "
        f"{_cap(sc.name(s, capital=0.4))} {act}."
    )
    return text, (_e(s, t, root, facts),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


# -- c22p -----------------------------------------------------------------------------------
STATE_PART_SHARE = 0.3  # how often the place is a part of the deporting state ("Western Kenya")
_COMPASS = ("North-Western", "South-Eastern", "Western", "Eastern", "Northern", "North-Eastern")
_PARTS = ("province", "Province", "Region", "region", "district")
_CONVICTED = (
    "convicted of illegal mining", "arrested for smuggling", "detained for illegal fishing",
    "caught working without permits",
)  # fmt: skip
_DEPORTED = ("deported", "expelled")
_BARRED = (
    "barred them from re-entering the country", "banned them from returning",
    "barred them from entering the country again",
)  # fmt: skip


def c22p_compass_province(sc: Scene) -> Built:
    """ "Zambia deported 11 Chinese nationals convicted of illegal mining in North-Western
    province and barred them from re-entering the country": both acts aimed at T (never WST)."""
    rng, s, t = sc.rng, sc.s, sc.t
    place = f"{rng.choice(_COMPASS)} {rng.choice(_PARTS)}"
    if rng.random() < STATE_PART_SHARE and not s.name.startswith("the "):
        place = f"{rng.choice(('Western', 'Eastern', 'Northern'))} {s.name}"  # "Western Kenya"
    text = (
        f"{_cap(sc.name(s, capital=0.2))} {rng.choice(_DEPORTED)} {rng.choice((9, 11, 14))} "
        f"{t.demonym} nationals {rng.choice(_CONVICTED)} in {place}{_time(sc)} and "
        f"{rng.choice(_BARRED)}."
    )
    return text, (_e(s, t, "17"),), ()


CONTEXT22_CONSTRUCTIONS = {
    "c22t_trailing_according_to": c22t_trailing_according_to,
    "c22f_semicolon_reply": c22f_semicolon_reply,
    "c22v_said_had_and_had": c22v_said_had_and_had,
    "c22p_compass_province": c22p_compass_province,
    "c22a_titled_surname_later": c22a_titled_surname_later,
    "c22x_firm_named_again": c22x_firm_named_again,
    "c22y_untargeted_commitment": c22y_untargeted_commitment,
}
FLOORS = {name: (23, 0) for name in CONTEXT22_CONSTRUCTIONS}
# Main before context22 (dbcd7a7; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): c22t 13/9 (the conjuncts before the attribution asserted; the middle and last
# verbs of a three-act list dropped as background), c22f 1/0 (the accusation reported), c22v
# 0/0 (the second "had V-ed" read as "had" + a modified object: no act), c22p 15/9 (the ban
# aimed at the West), c22a 0/0 (the meeting with the bare surname not emitted, "him"/"her"
# given to the story's state, not its minister), c22x 1/24 (the demand aimed at the doer's own
# state or at a business of no state), c22y 5/0 (the pledge, offer or talks with no target).
# After: 23/0, 24/0, 24/0, 24/0, 24/0, 24/0, 24/0.
