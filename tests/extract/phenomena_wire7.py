"""Reactions that an act draws (issue 9, wire7's loss table: reactions whose doer is named only
by a "from/by" phrase were lost with no parties or as background), as templates with other
states and phrasings: "T's move drew condemnation from S" and "T faced criticism from S" (p25),
and the same reaction after the act, "T expelled Z's envoys, drawing condemnation from S" or
"..., a move that drew criticism from S" (p26). The reacting side is the doer, the side that
drew the reaction its target; the reaction is news, not scene.

Round 33's practice set of 2009-2016 wire copy (practice21, classes of
``bench/gold/reviews/practice21_classes.md``), crossed with the suite's states, the document
dated in the era (the tables date the offices and the groups' years of arms):

- ``w7_era_people``: office-holders of 2009-2016 whom no row named or named under another
  office ("Turchynov", "Mekdad", "Dioncounda Traore", "Issoufou", "Dlamini-Zuma" at the AU,
  "Shekau", "Zakharchenko"), person's state (or body) -> T (class EP);
- ``w7_era_groups``: the era's armed groups ("pro-Russian separatists" in 2014-2022, "the
  National Transitional Council" in 2011, "Tuareg rebels", "the MNLA"), their state -> T (GR);
- ``w7_voted_deployment``: "the Security Council (parliament) voted to send peacekeepers
  (troops) to T" decides a deployment still ahead, `possible`; "voted to impose sanctions on T"
  is the measure (class VD);
- ``w7_the_rebels``: "S's jets struck the Houthis and S said it would hit the rebels again":
  a bare "the rebels" ("the militants", "the insurgents") is the armed group named before, not
  rebels of the striking state's own; a group that is one of the doers ("S's troops and
  Hezbollah fighters seized the town from the rebels") is not it (class RB);
- ``w7_agreed_measure``: "S's ministers agreed an embargo on Tdem oil", "S agreed new sanctions
  on T": the measure imposed (16), not an intent (class AG)."""

from __future__ import annotations

from phenomena_wire3 import era_group_sentence, era_person_sentence
from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _one,
    _poss,
    _r,
    _time,
)

# The reaction nouns: (noun phrase, CAMEO root).
_REACTIONS = (
    ("condemnation", "11"), ("sharp criticism", "11"), ("criticism", "11"),
    ("a rebuke", "11"), ("strong condemnation", "11"), ("praise", "05"),
    ("sanctions", "16"), ("a formal complaint", "11"), ("an angry rebuke", "11"),
    ("a protest", "11"), ("protests", "11"),  # a state's protest is diplomatic: 114
)  # fmt: skip
# What the target did, named as the verb's subject: (phrase with {T}/{Tposs}, CAMEO root or "").
_DRAWERS = (
    ("{Tposs} decision", ""), ("{Tposs} move", ""), ("{Tposs} missile test", "15"),
    ("the decision by {T}", ""), ("{Tposs} announcement", ""), ("{Tposs} new policy", ""),
    ("{T}", ""),
)  # fmt: skip
_DRAW_VERBS = (
    "drew", "sparked", "prompted", "triggered", "provoked", "attracted", "was met with",
    "was greeted with",
)  # fmt: skip
_PARTY_VERBS = ("faced", "drew", "received", "attracted")
_OVER = ("", " over the plan", " over its border policy", "")


def p25_drew_reaction(sc: Scene) -> Built:
    """ "T's decision drew condemnation from S", "T faced criticism from S over the plan", "T's
    move was met with protests from S": the "from" phrase names the doer, the subject (or its
    act's doer) is the target; a passive "met with" is no meeting."""
    rng, s, t = sc.rng, sc.s, sc.t
    reaction, root = rng.choice(_REACTIONS)
    drawer, own = rng.choice(_DRAWERS)
    verbs = _PARTY_VERBS if drawer == "{T}" else _DRAW_VERBS
    subject = sc.fill(drawer)
    src = sc.name(s)
    over = rng.choice(_OVER) if drawer == "{T}" else ""
    text = f"{subject} {rng.choice(verbs)} {reaction} from {src}{over}{_time(sc)}."
    allowed = (Expect(t.iso3, "*", frozenset({own}), ANY),) if own else ()
    return _cap(text), (_one(s, t.iso3, root, ASSERTED),), allowed


# What T did to Z before the reaction: (phrase with {Z}/{Zposs}/{Zdem}, CAMEO root).
_ACTS = (
    ("expelled two {Zdem} diplomats", "16"), ("recalled its ambassador from {Z}", "16"),
    ("imposed tariffs on {Zdem} steel", "16"), ("launched air strikes on {Z}", "19"),
    ("held military drills near {Z}", "15"), ("cut diplomatic ties with {Z}", "16"),
)  # fmt: skip
_TRAILING = (
    ", drawing {R} from {S}", ", prompting {R} from {S}", ", sparking {R} from {S}",
    ", a move that drew {R} from {S}", ", a step that drew {R} from {S}",
)  # fmt: skip


def p26_drawing_clause(sc: Scene) -> Built:
    """ "T expelled two Z diplomats, drawing condemnation from S", "..., a move that drew
    criticism from S": the reaction after the act is S's act on T, news beside T's act."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, act_root = rng.choice(_ACTS)
    reaction, root = rng.choice(_REACTIONS[:5])  # the disapprovals
    zname = sc.name(z, 0.0)
    done = act.format(Z=zname, Zposs=_poss(zname), Zdem=z.demonym)
    tail = rng.choice(_TRAILING).format(R=reaction, S=sc.name(s))
    text = f"{sc.name(t)} {done}{_time(sc)}{tail}."
    want = (_one(t, z.iso3, act_root, ASSERTED), _one(s, t.iso3, root, ASSERTED))
    return _cap(text), want, ()


WIRE7_CONSTRUCTIONS = {
    "p25_drew_reaction": p25_drew_reaction,
    "p26_drawing_clause": p26_drawing_clause,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0); main before wire7: 0 right on
# both (0 of 200 each; p25 with 71 false of 200: the subject read as the reaction's doer, a
# state's protest as a demonstration, "was met with" as a meeting)
FLOORS = {name: (24, 0) for name in WIRE7_CONSTRUCTIONS}


# (name as written, state or body, a date in the office)
_ERA_PEOPLE = (("Oleksandr Turchynov", "UKR", "2014-03-01"), ("Turchynov", "UKR", "2014-04-14"),
               ("Andriy Deshchytsia", "UKR", "2014-04-10"), ("Faisal Mekdad", "SYR", "2013-08-31"),
               ("Dioncounda Traore", "MLI", "2013-01-11"), ("Ibrahim Boubacar Keita", "MLI", "2014-05-20"),
               ("Mahamadou Issoufou", "NER", "2015-06-03"), ("Moussa Koussa", "LBY", "2010-05-01"),
               ("Sheikh Hamad bin Jassim", "QAT", "2011-04-13"), ("Khalid al-Attiyah", "QAT", "2014-09-10"),
               ("Nkosazana Dlamini-Zuma", "IGO", "2015-01-30"), ("Tedros Adhanom", "ETH", "2014-01-23"),
               ("Abubakar Shekau", "NGA", "2014-05-12"), ("Alexander Zakharchenko", "UKR", "2015-02-12"),
               ("Mustafa Abdul Jalil", "LBY", "2011-04-13"), ("Yanis Varoufakis", "GRC", "2015-03-01"),
               ("Perfecto Yasay", "PHL", "2016-07-20"), ("Yoon Byung-se", "KOR", "2014-03-01"),
               ("Brigadier General Ahmed Asiri", "SAU", "2015-04-21"), ("Lakhdar Brahimi", "IGO", "2013-05-07"),
               ("Moncef Marzouki", "TUN", "2012-06-01"), ("Ali Karti", "SDN", "2012-04-10"),
               ("Riek Machar", "SSD", "2014-01-23"), ("Hassan Sheikh Mohamud", "SOM", "2014-01-01"))  # fmt: skip
_ERA_ACTS = (("condemned {T}", "11"), ("accused {T} of arming rebels", "11"),
             ("held talks with {Tdem} officials", "04"), ("strongly criticised {T}", "11"),
             ("praised {T}", "05"))  # fmt: skip


def w7_era_people(sc: Scene) -> Built:
    """ "Turchynov accused Russia of arming rebels" (2014): UKR -> RUS 11 (the office dated)."""
    return era_person_sentence(sc, _ERA_PEOPLE, _ERA_ACTS)


# (phrase, state it fights in, a date of its years of arms)
_GROUPS = (("pro-Russian separatists", "UKR", "2014-07-21"), ("pro-Russian rebels", "UKR", "2015-01-22"),
           ("Russian-backed separatists", "UKR", "2016-06-10"), ("the Donetsk People's Republic", "UKR", "2014-11-02"),
           ("the National Transitional Council", "LBY", "2011-06-15"), ("Libyan rebels", "LBY", "2011-04-20"),
           ("Tuareg rebels", "MLI", "2012-04-06"), ("the MNLA", "MLI", "2013-06-18"),
           ("Ansar Dine", "MLI", "2012-07-01"), ("the SPLM-IO", "SSD", "2015-08-17"))  # fmt: skip
_GROUP_ACTS = (("attacked {a_Tdem} border post", "19"), ("accused {T} of arming its enemies", "11"),
               ("condemned {T}", "11"), ("shelled {a_Tdem} army base", "19"))  # fmt: skip


def w7_era_groups(sc: Scene) -> Built:
    """ "Pro-Russian separatists condemned Poland" (2014): UKR -> POL 11 (the group's state)."""
    return era_group_sentence(sc, _GROUPS, _GROUP_ACTS)


_VOTERS = ("The U.N. Security Council", "The Security Council", "{Sposs} parliament",
           "The parliament in {Scap}", "{Sposs} cabinet")  # fmt: skip
_VOTED = (("to send a peacekeeping force to {T}", "07"), ("to send peacekeepers to {T}", "07"),
          ("to deploy troops to {T}", "15"), ("to send troops to {T}", "07"))  # fmt: skip
_VOTE_HOW = ("voted", "voted unanimously", "voted on Thursday", "voted 15-0")
_FROM = ("", " from July", " next month", "")


def w7_voted_deployment(sc: Scene) -> Built:
    """ "The Security Council voted unanimously to send peacekeepers to T from July": the
    deployment is decided, not done (`possible`); "voted to impose sanctions on T" is done."""
    voter = sc.rng.choice(_VOTERS)
    un = voter.endswith("Council")
    src = "IGO" if un else sc.s.iso3
    voter = voter.format(Sposs=_poss(sc.s.name), Scap=sc.s.capital)
    how = sc.rng.choice(_VOTE_HOW)
    tname = sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.25:
        text = f"{voter} {how} to impose sanctions on {tname}."
        return text, (Expect(src, sc.t.iso3, _r("16"), ASSERTED),), ()
    act, root = sc.rng.choice(_VOTED)
    text = f"{voter} {how} {act.format(T=tname)}{sc.rng.choice(_FROM)}."
    possible = frozenset({"possible"})
    also = (Expect(src, sc.t.iso3, _r("07", "15", "03", "19"), possible),)
    return text, (Expect(src, sc.t.iso3, _r(root), possible),), also


# (the group as first named, its state)
_NAMED_GROUPS = (("the Houthis", "YEM"), ("Houthi positions", "YEM"), ("al-Shabaab", "SOM"),
                 ("al-Shabaab camps", "SOM"), ("Boko Haram", "NGA"), ("Boko Haram camps", "NGA"),
                 ("Hezbollah", "LBN"), ("Hezbollah positions", "LBN"), ("the Taliban", "AFG"),
                 ("M23 rebels", "COD"))  # fmt: skip
_BARE = ("the rebels", "the militants", "the insurgents", "the rebels", "the militants")
_AGAIN = (("said it would strike {G} again if they advanced", "13"),
          ("said its jets would hit {G} again if they attacked", "13"),
          ("accused {G} of using civilians as shields", "11"))  # fmt: skip
_FIRST = ("launched air strikes on {N}", "shelled {N}", "bombed {N}", "struck {N}")


def w7_the_rebels(sc: Scene) -> Built:
    """ "S's jets bombed Houthi positions on Monday, and S said it would strike the rebels
    again": the bare "the rebels" is the group named before (YEM), never S's own rebels."""
    gs = [g for g in _NAMED_GROUPS if g[1] not in (sc.s.iso3, sc.t.iso3)]
    named, code = sc.rng.choice(gs)
    sc.date = "2016-03-01"
    doer = sc.rng.choice(("{Sdem} warplanes", "{Sdem} jets", "{Sdem} troops", "{S}"))
    doer = doer.format(Sdem=sc.s.demonym, S=sc.s.name)
    first = sc.rng.choice(_FIRST).format(N=named)
    again, root = sc.rng.choice(_AGAIN)
    again = again.format(G=sc.rng.choice(_BARE))
    text = f"{_cap(doer)} {first}{_time(sc)}, and {sc.s.name} {again}."
    want = (Expect(sc.s.iso3, code, _r("19"), ASSERTED), Expect(sc.s.iso3, code, _r(root), ANY))
    return text, want, ()


_AGREERS = ("{S}", "{Sdem} ministers", "{Sdem} foreign ministers", "The {Sdem} cabinet")
_MEASURES = ("an embargo on {Tdem} oil", "new sanctions on {T}", "sanctions against {T}",
             "tariffs on {Tdem} steel", "an arms embargo on {T}", "a boycott of {Tdem} goods")  # fmt: skip


def w7_agreed_measure(sc: Scene) -> Built:
    """ "Sdem ministers agreed an embargo on Tdem oil": S -> T 16, the measure imposed."""
    who = sc.rng.choice(_AGREERS).format(S=sc.s.name, Sdem=sc.s.demonym)
    tname = sc.name(sc.t, capital=0.0)
    what = sc.rng.choice(_MEASURES).format(T=tname, Tdem=sc.t.demonym)
    text = f"{who} agreed {what}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, _r("16"), ASSERTED),), ()


W7_ERA_CONSTRUCTIONS = {
    "w7_era_people": w7_era_people,
    "w7_era_groups": w7_era_groups,
    "w7_voted_deployment": w7_voted_deployment,
    "w7_the_rebels": w7_the_rebels,
    "w7_agreed_measure": w7_agreed_measure,
}
# Floors (fewest right of 24, most false assertions).
W7_ERA_FLOORS = {name: (22, 0) for name in W7_ERA_CONSTRUCTIONS}
