"""Round 27's practice set (issue 9, practice7) as suite constructions crossed with the suite's
states named by name, capital or demonym, leaders, and several phrasings each:

- ``p7_perfect_conjunct``: "X will expel two Y-ian diplomats and has recalled its ambassador from
  Y-capital", "X did not expel Y's envoy but has summoned him": a conjunct with a perfect
  auxiliary of its own states its own time, so the first clause's future, modal or negation
  does not reach it (class CF): the second act X -> Y asserted (reported where a speaker
  trails), the first never asserted;
- ``p7_and_clause``: "X has never criticised Z, and Y has turned down every Z-ian invitation;
  neither has ...": the clause after ", and" with a subject of its own is the first verb's
  conjunct, not its complement (class CF): Y -> Z 12 asserted, never negated;
- ``p7_object_infinitive_conjunct``: "X urged Y to protect its citizens and asked Z to act":
  the past verb after "and" is the urger's, not the infinitive's (class IC): X -> Z 02
  asserted, never Y -> Z;
- ``p7_told_ready``: "X told Y-ian officials (that) it was ready to hold talks", "X said it had
  told Y's foreign minister it was willing to ...": a readiness told to someone is aimed at whom
  it is told to (class TO): X -> Y 03;
- ``p7_returned_minors``: "X's police returned 42 Y-ian teenagers (minors, children) to Y": people
  sent home named by age or kin are deported (class RP): X -> Y 17, never a return (084);
- ``p7_money_from``: "X took (received, got) 105 million euros from Y": money from Y is Y's
  economic aid (class MF): Y -> X 07 ("accepted" a loan stays GUIDE rule 7's yield, 080);
- ``p7_speaker_pronoun``: "NAME, who met Y's ambassador on Monday, said he had asked Y to V":
  "he" is the speaker, never the relative clause's ambassador (class PR; practice7 fixed its
  instance by adding the office-holders no table had): X -> Y 02;
- ``p7_parenthetical_aside``: "X rejected the claim, accusing Y of V-ing (Y has denied backing
  armed groups)": a clause in parentheses is an aside, never the root over the main clause
  (class PA): X -> Y asserted, never negated.

Scores on main (76d2a5cf) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice7_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
)

_FIRSTS = (
    "will expel two {Tdem} diplomats",
    "will expel {Tposs} military attache",
    "may expel three {Tdem} diplomats",
    "could soon expel {Tposs} envoy",
    "did not expel any {Tdem} diplomats",
    "will not expel {Tposs} ambassador",
)
# (second act with its own perfect auxiliary, CAMEO root)
_SECONDS = (
    ("has recalled its ambassador from {Tcap}", "16"),
    ("has summoned {Tposs} ambassador", "11"),
    ("has already summoned the {Tdem} envoy", "11"),
    ("has suspended its flights to {T}", "16"),
    ("has condemned {Tposs} decision", "11"),
    ("had recalled its envoy from {Tcap} for consultations", "16"),
)
_TRAILS = ("", ", the foreign ministry said", ", officials said on Tuesday")


def p7_perfect_conjunct(sc: Scene) -> Built:
    """ "France will expel twelve Algerian diplomats and has recalled its ambassador": the
    recall FRA -> DZA 16 stated, the expulsion held out."""
    s, t = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    fill = {"Tdem": sc.t.demonym, "Tposs": _poss(t), "Tcap": sc.t.capital, "T": t}
    first = sc.rng.choice(_FIRSTS).format(**fill)
    second, root = sc.rng.choice(_SECONDS)
    trail = sc.rng.choice(_TRAILS)
    join = " but " if " not " in f" {first} " else " and "
    text = f"{_cap(s)} {first}{join}{second.format(**fill)}{trail}."
    facts = frozenset({"reported"}) if trail else ASSERTED
    want = (_e(sc.s, sc.t, frozenset({root}), facts | ASSERTED),)
    # (a reply in kind held out, "will expel", is a threat: 13 asserted, GUIDE rule 7)
    allowed = (_e(sc.s, sc.t, frozenset({"13"}), ANY), _e(sc.s, sc.t, frozenset(), NOT_ASSERTED))
    return text, want, allowed


_NEVERS = (
    "{S} has never criticised {Z}",
    "{Sl} has never condemned {Z}",
    "{S} has never openly criticised {Zposs} war",
    "{Sl} has not once criticised {Z}",
)
_REFUSED = (
    "{Y} has turned down every {Zdem} invitation to join the union",
    "{Yl} has rejected every {Zdem} offer of a loan",
    "{Y} has turned down {Zposs} requests for a base",
    "{Yl} has refused every {Zdem} proposal for joint drills",
)
_TAILS = (
    "; neither has expelled a single {Zdem} diplomat",
    "; neither has joined the sanctions",
    "",
)


def p7_and_clause(sc: Scene) -> Built:
    """ "Tokayev has never criticised Russia, and Mirziyoyev has turned down every Russian
    invitation; neither has ...": UZB -> RUS 12 asserted."""
    s, y, z = sc.s, sc.t, sc.z
    fill = {
        "S": sc.name(s, capital=0.0),
        "Sl": sc.leader(s),
        "Y": sc.name(y, capital=0.0),
        "Yl": sc.leader(y),
        "Z": sc.name(z, capital=0.0),
        "Zposs": _poss(z.name),
        "Zdem": z.demonym,
    }
    first = sc.rng.choice(_NEVERS).format(**fill)
    second = sc.rng.choice(_REFUSED).format(**fill)
    tail = sc.rng.choice(_TAILS).format(**fill)
    text = f"{_cap(first)}, and {second}{tail}."
    want = (_e(y, z, frozenset({"12"}), ASSERTED),)
    allowed = (_e(s, z, frozenset(), NOT_ASSERTED), _e(y, z, frozenset(), NOT_ASSERTED))
    return text, want, allowed + (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_URGED = ("urged", "called on", "pressed")
_FIRST_ACTS = ("to protect its citizens", "to release the detained traders",
               "to reopen the border", "to protect foreign workers")  # fmt: skip
_ASKS = (("asked {Z} to take effective measures", "02"),
         ("asked {Z} to hand over the suspects", "02"),
         ("urged {Z} to disarm the groups", "02"),
         ("demanded that {Z} close the camps", "10"),
         ("asked {Zposs} government to investigate", "02"))  # fmt: skip


def p7_object_infinitive_conjunct(sc: Scene) -> Built:
    """ "China urged Tajikistan to protect its citizens and asked Afghanistan to act": CHN ->
    AFG 02, never TJK -> AFG."""
    s, y, z = sc.s, sc.t, sc.z
    sname = sc.name(s, capital=0.4)
    yname, zname = sc.name(y, capital=0.3), sc.name(z, capital=0.2)
    urged = sc.rng.choice(_URGED)
    ask, root = sc.rng.choice(_ASKS)
    ask = ask.format(Z=zname, Zposs=_poss(zname))
    trail = sc.rng.choice(("", ", a spokesman said", ", the foreign ministry said"))
    text = f"{_cap(sname)} {urged} {yname} {sc.rng.choice(_FIRST_ACTS)} and {ask}{trail}."
    facts = frozenset({"reported", "asserted"})
    want = (_e(s, y, frozenset({"02", "10"}), facts), _e(s, z, frozenset({root}), facts))
    allowed = (_e(s, z, frozenset(), ANY), _e(s, y, frozenset(), ANY))
    return text, want, allowed


_TOLD = ("told {Tdem} officials", "told {Tposs} foreign minister", "told the {Tdem} delegation",
         "had told {Tdem} officials", "told {Tdem} diplomats")  # fmt: skip
_READY_TO = ("ready to hold a joint investigation", "willing to hold talks",
             "prepared to reopen the border", "ready to resume talks",
             "willing to hold joint patrols")  # fmt: skip


def p7_told_ready(sc: Scene) -> Built:
    """ "The Taliban told Tajik officials that they were ready to hold a joint investigation":
    AFG -> TJK 03 asserted, the readiness aimed at whom it is told to (class TO)."""
    s, t = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.0)
    told = sc.rng.choice(_TOLD).format(Tdem=sc.t.demonym, Tposs=_poss(t))
    that = sc.rng.choice((" that", ""))
    ready = sc.rng.choice(_READY_TO)
    lead = sc.rng.choice(("", "{S} said it ", "{S} said on Monday that it "))
    if lead:
        text = lead.format(S=_cap(s)) + f"{told}{that} it was {ready}."
    else:
        text = f"{_cap(s)} {told}{that} it was {ready}."
    facts = frozenset({"asserted", "reported"})
    return text, (_e(sc.s, sc.t, frozenset({"03"}), facts),), ()


_RETURNERS = ("{S}", "{Sdem} authorities", "{Sdem} police", "{Sposs} interior ministry")
_AGED = ("42 {Tdem} teenagers", "twelve {Tdem} minors", "30 unaccompanied {Tdem} minors",
         "{Tdem} children", "19 {Tdem} youths", "60 {Tdem} women and children")  # fmt: skip
_RETURNED = ("returned", "repatriated")


def p7_returned_minors(sc: Scene) -> Built:
    """ "Spanish authorities returned 42 Moroccan teenagers to Morocco": ESP -> MAR 174, people
    sent home named by age or kin (class RP), never a return of things (084)."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    who = sc.rng.choice(_RETURNERS).format(S=s, Sdem=sc.s.demonym, Sposs=_poss(s))
    people = sc.rng.choice(_AGED).format(Tdem=sc.t.demonym)
    goal = sc.rng.choice((f" to {t}", f" to {t} on Wednesday", " home"))
    text = f"{_cap(who)} {sc.rng.choice(_RETURNED)} {people}{goal}."
    return text, (_e(sc.s, sc.t, frozenset({"17"}), ASSERTED),), ()


_MONEY_VERBS = ("took", "received", "got", "has received", "took in")
_SUMS = ("105 million euros", "2 billion dollars", "a loan of 300 million dollars",
         "40 million euros in 2023", "500 million yuan")  # fmt: skip


def p7_money_from(sc: Scene) -> Built:
    """ "Tunisia took 105 million euros from the EU": EU -> TUN 071 (class MF), never the
    taker's aid to the giver."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.2)
    verb = sc.rng.choice(_MONEY_VERBS)
    text = f"{_cap(s)} {verb} {sc.rng.choice(_SUMS)} from {t}."
    want = (_e(sc.t, sc.s, frozenset({"07"}), ASSERTED),)
    return text, want, (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_MET = ("who met {Tposs} ambassador on Monday", "who met the {Tdem} envoy in {Scap}",
        "who received {Tposs} ambassador on Monday")  # fmt: skip
_ASKED_T = ("had asked {T} to let consular staff visit the detainees",
            "had asked {T} to release the traders", "had urged {T} to reopen the crossing")  # fmt: skip


def p7_speaker_pronoun(sc: Scene) -> Built:
    """ "Foreign Minister Kulubaev, who met Russia's ambassador on Monday, said he had asked
    Moscow to ...": "he" is the speaker, never the relative clause's ambassador (class PR):
    KGZ -> RUS 02."""
    s, t = sc.s, sc.t
    if not s.leader(sc.date):
        return (
            f"{_cap(s.name)} asked {t.name} to release the traders.",
            (_e(s, t, frozenset({"02"}), ASSERTED),),
            (),
        )
    tname = sc.name(t, capital=0.3)
    met = sc.rng.choice(_MET).format(Tposs=_poss(t.name), Tdem=t.demonym, Scap=s.capital)
    asked = sc.rng.choice(_ASKED_T).format(T=tname)
    text = f"{sc.leader(s)}, {met}, said he {asked}."
    facts = frozenset({"asserted", "reported"})
    return text, (_e(s, t, frozenset({"02"}), facts),), ((_e(s, t, frozenset(), ANY)),)


_MAINS = (("expelled two {Tdem} diplomats on Monday", "16"),
          ("summoned {Tposs} ambassador", "11"),
          ("rejected the claim, accusing {T} of sponsoring terrorism", "11"),
          ("accused {T} of arming rebels", "11"),
          ("closed its border with {T}", "19"))  # fmt: skip
_ASIDES = ("({T} has denied backing armed groups in {S})", "({T} has denied the charge)",
           "({T} denies any role)", "({T} has not commented)")  # fmt: skip


def p7_parenthetical_aside(sc: Scene) -> Built:
    """ "Mali rejected the claim (Algeria has denied backing armed groups)": the aside is no
    root over the main clause (class PA): the main act X -> Y asserted, never negated."""
    s, t = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    main, root = sc.rng.choice(_MAINS)
    main = main.format(Tdem=sc.t.demonym, Tposs=_poss(t), T=t)
    aside = sc.rng.choice(_ASIDES).format(T=t, S=s)
    text = f"{_cap(s)} {main} {aside}."
    want = (_e(sc.s, sc.t, frozenset({root, "11"}), ASSERTED),)
    return text, want, (_e(sc.t, sc.s, frozenset(), ANY), _e(sc.s, sc.t, frozenset(), ANY))


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p7_perfect_conjunct": p7_perfect_conjunct,
    "p7_and_clause": p7_and_clause,
    "p7_object_infinitive_conjunct": p7_object_infinitive_conjunct,
    "p7_told_ready": p7_told_ready,
    "p7_returned_minors": p7_returned_minors,
    "p7_money_from": p7_money_from,
    "p7_speaker_pronoun": p7_speaker_pronoun,
    "p7_parenthetical_aside": p7_parenthetical_aside,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
