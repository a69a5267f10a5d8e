"""Parties of acts named by a noun (issue 9 sections 1 and 7, args9's tune classes "no
parties" and "wrong parties"), as templates with the suite's states and several phrasings:

- ``k1_decided_act``: "T's decision to expel Z's diplomats", "the move by T to cut ties with
  Z": the infinitive of a decision noun is its owner's act (T -> Z); a decision reversed,
  postponed or only weighed names no act done;
- ``k2_answered_act``: "S vowed that the attack by T would not go unpunished", "T struck Z's
  ports. S warned that the strikes would not go unanswered": a threat about an act named as
  its clause's subject is aimed at that act's doer, named in the phrase or an earlier sentence;
- ``k3_drawn_earlier``: "T fired a missile. The launch prompted a protest from S": a reaction
  drawn by an act whose doer an earlier sentence names is aimed at that doer; with no earlier
  sentence it keeps no target, never the reacting side's own state;
- ``k4_response_threat``: "T shelled S's border towns. S vowed to retaliate", "S's army chief
  said it would respond firmly", "S's minister warned that S would strike back": a threat to
  respond is aimed at the doer of the act it answers; with none named, no target, never S;
- ``k5_rejected_act``: "S's foreign ministry rejected the sanctions", after "T imposed
  sanctions on S" or alone: a rejection of an act is aimed at its doer or at no one, never at
  the rejecting government's own state;
- ``k6_both_sides``: "S and T agreed to a ceasefire after talks mediated by Z and W. Hours
  later, both sides accused each other of violating it": "both sides" are S and T (the pair of
  the earlier act), not the mediators named last;
- ``k7_restraint``: "T shelled Z's border towns. S called for restraint": an appeal for
  restraint with no addressee is aimed at both sides of the latest fighting (S -> T, S -> Z).
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _one, _poss

_BREAKS = (" ", " ", "\n\n")

# Decision nouns and how their owner is named: (template with {T}/{Tposs}).
_OWNERS = (
    "{Tposs} decision", "{Tposs} move", "the decision by {T}", "the move by {T}",
    "{Tposs} step", "{Tposs} surprise decision",
)  # fmt: skip
# Infinitives with their target {Z}/{Zposs}/{Zdem}: (phrase, CAMEO roots accepted).
_DECIDED = (
    ("expel two {Zdem} diplomats", frozenset({"16", "17"})),
    ("cut diplomatic ties with {Z}", frozenset({"16"})),
    ("recall its ambassador from {Z}", frozenset({"16"})),
    ("impose tariffs on {Zdem} steel", frozenset({"16", "17"})),
    ("send tanks to {Z}", frozenset({"07"})),
    ("close its border with {Z}", frozenset({"16", "19"})),
    ("suspend trade with {Z}", frozenset({"16"})),
    ("ban imports from {Z}", frozenset({"16", "17"})),
)  # fmt: skip
# What follows the decision in its sentence (the decision is the subject).
_AFTER = (
    " came after months of tension", " followed weeks of tension",
    " was announced{W}", " took effect{W}", " surprised diplomats",
)  # fmt: skip
_UNDONE = ("reversed its decision", "postponed its decision", "suspended its decision",
           "reconsidered its decision", "shelved its decision", "is weighing a move")  # fmt: skip
_WHEN = ("", " on Tuesday", " on Monday", " this week")


def k1_decided_act(sc: Scene) -> Built:
    """ "T's decision to expel two Z diplomats came after months of tension", "the move by T
    to cut ties with Z was announced on Monday": T -> Z; "T reversed its decision to ..." is
    no act done."""
    rng, t, z = sc.rng, sc.t, sc.z
    phrase, roots = rng.choice(_DECIDED)
    zname = sc.name(z, 0.2)
    act = phrase.format(Z=zname, Zposs=_poss(zname), Zdem=z.demonym)
    tname = sc.name(t)
    if rng.random() < 0.2:
        text = f"{tname} {rng.choice(_UNDONE)} to {act}{rng.choice(_WHEN)}."
        return _cap(text), (), (Expect(t.iso3, "*", frozenset(), NOT_ASSERTED),)
    owner = rng.choice(_OWNERS).format(T=tname, Tposs=_poss(tname))
    after = rng.choice(_AFTER).format(W=rng.choice(_WHEN))
    text = f"{owner} to {act}{after}."
    return _cap(text), (Expect(t.iso3, z.iso3, roots, ASSERTED),), ()


# The act of T that S answers: (clause with {T}/{Z}/{Zdem}, the noun that names it again).
_FIRST_ACTS = (
    ("{T} launched air strikes on {Z}", "the strikes"),
    ("{T} shelled {Zposs} border towns", "the shelling"),
    ("{T} carried out a drone attack on {Z}", "the attack"),
    ("{Tdem} forces raided a {Zdem} border post", "the raid"),
)  # fmt: skip
# The act named in the threat's own clause, with its doer: (phrase with {T}).
_NAMED_ACTS = (
    "the attack by {T}", "{Tposs} attack", "the strikes by {T}", "{Tposs} air strikes",
    "the {Tdem} attack", "the raid by {T}",
)  # fmt: skip
# (a bare "vowed the raid will not go unanswered" is parsed with the raid as the verb's object
# and read as the vower's own act: a parse matter left out here)
_THREATS = ("vowed that", "warned that", "warned on Monday that", "vowed on Monday that")
_ANSWERS = ("would not go unpunished", "will not go unpunished", "would not go unanswered",
            "will not go unanswered")  # fmt: skip


def k2_answered_act(sc: Scene) -> Built:
    """ "S vowed that the attack by T would not go unpunished": S -> T (13); after "T launched
    air strikes on S. ...", "S warned that the strikes would not go unanswered" is aimed at T
    too (never S's own state)."""
    rng, s, t = sc.rng, sc.s, sc.t
    tname = sc.name(t, 0.2)
    who = rng.choice((sc.name(s), sc.leader(s), f"the {s.demonym} defence ministry"))
    threat = f"{rng.choice(_THREATS)} {{A}} {rng.choice(_ANSWERS)}"
    allowed: tuple[Expect, ...] = (Expect(t.iso3, "*", frozenset(), ANY),)
    if rng.random() < 0.5:
        named = rng.choice(_NAMED_ACTS).format(T=tname, Tposs=_poss(tname), Tdem=t.demonym)
        text = _cap(f"{who} {threat.format(A=named)}.")
    else:
        first, noun = rng.choice(_FIRST_ACTS)
        sname = sc.name(s, 0.0)
        first = first.format(T=tname, Tdem=t.demonym, Z=sname, Zposs=_poss(sname),
                             Zdem=s.demonym)  # fmt: skip
        text = f"{_cap(first)} on Monday.{rng.choice(_BREAKS)}{_cap(who)} {threat.format(A=noun)}."
    return text, (_one(s, t.iso3, "13", ASSERTED),), allowed


# Acts of T with no target, then the noun that names them again.
_LAUNCHES = (
    ("{T} fired a ballistic missile", "The launch"), ("{T} test-fired a missile", "The test"),
    ("{T} launched a missile", "The launch"), ("{T} held military drills", "The drills"),
    ("{T} conducted a nuclear test", "The test"),
)  # fmt: skip
_DRAWN = (("prompted a protest from", "11|14"), ("drew condemnation from", "11"),
          ("sparked criticism from", "11"), ("drew a sharp rebuke from", "11"),
          ("triggered protests from", "11|14"))  # fmt: skip


def k3_drawn_earlier(sc: Scene) -> Built:
    """ "T fired a missile on Monday. The launch prompted a protest from S": S -> T (11, a
    state's protest 114); "The launch drew condemnation from S" alone has no target, and
    never S's own state."""
    rng, s, t = sc.rng, sc.s, sc.t
    first, noun = rng.choice(_LAUNCHES)
    drawn, roots = rng.choice(_DRAWN)
    root = frozenset(roots.split("|"))  # "protests from the X government": 11 or 14
    src = rng.choice((sc.name(s), s.capital, f"the {s.demonym} government"))
    second = f"{noun} {drawn} {src}."
    allowed = (Expect(t.iso3, "*", frozenset(), ANY), Expect(t.iso3, "", frozenset(), ANY))
    if rng.random() < 0.25:
        return second, (Expect(s.iso3, "", root, ASSERTED),), allowed
    text = f"{_cap(first.format(T=sc.name(t)))} on Monday.{rng.choice(_BREAKS)}{second}"
    return text, (Expect(s.iso3, t.iso3, root, ASSERTED),), allowed


# Threats to respond, with {S} the threatener's own name. (A bare "vowed to respond" is coded
# an intent, 03, and "warned it would strike back" gives no event: lexicon matters left out.)
_RESPONSES = (
    "vowed to retaliate", "vowed to strike back", "threatened to retaliate",
    "said it would respond firmly", "said it would retaliate", "said it would strike back",
    "warned that {S} would respond firmly", "warned that {S} would retaliate",
)  # fmt: skip
_SPEAKERS = ("{S}", "{Sposs} defence minister", "{Sposs} army chief", "the {Sdem} military")


def k4_response_threat(sc: Scene) -> Built:
    """ "T shelled S's border towns on Monday. S vowed to retaliate": S -> T (13); with no
    earlier act, "S's army chief said it would respond firmly" keeps no target, never S."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname = sc.name(s, 0.0)
    who = rng.choice(_SPEAKERS).format(S=sname, Sposs=_poss(sname), Sdem=s.demonym)
    said = rng.choice(_RESPONSES).format(S=sc.name(s))
    second = f"{_cap(who)} {said}."
    facts = frozenset({"asserted", "possible"})  # "said it would": a stated or hedged threat
    if rng.random() < 0.25:
        return second, (Expect(s.iso3, "", frozenset({"13"}), facts),), ()
    first, _ = rng.choice(_FIRST_ACTS)
    tname = sc.name(t, 0.2)
    first = first.format(T=tname, Tdem=t.demonym, Z=sname, Zposs=_poss(sname), Zdem=s.demonym)
    text = f"{_cap(first)} on Monday.{rng.choice(_BREAKS)}{second}"
    allowed = (Expect(t.iso3, "*", frozenset(), ANY),)
    return text, (Expect(s.iso3, t.iso3, frozenset({"13"}), facts),), allowed


# T's act on S, and the noun S's government names it by: (clause with {T}/{S}/{Sdem}, noun).
_MEASURES = (
    ("{T} imposed sanctions on {S}", "the sanctions"),
    ("{T} seized a {Sdem} tanker", "the seizure"),
    ("{T} expelled two {Sdem} diplomats", "the expulsion"),
    ("{T} imposed a ban on {Sdem} imports", "the ban"),
    ("{T} raided a {Sdem} border post", "the raid"),
    ("{T} imposed tariffs on {Sdem} steel", "the tariffs"),
)  # fmt: skip
_BODIES = ("{Sposs} foreign ministry", "the {Sdem} government", "the {Sdem} foreign ministry",
           "{Slead}")  # fmt: skip
_REJECTIONS = ("rejected", "dismissed", "rejected on Tuesday")
_AS = ("", "", " as illegal", " as unjustified")


def k5_rejected_act(sc: Scene) -> Built:
    """ "T imposed sanctions on S. S's foreign ministry rejected the sanctions": S -> T (12);
    alone, "the S government rejected the sanctions" keeps no target, never S's own state."""
    rng, s, t = sc.rng, sc.s, sc.t
    clause, noun = rng.choice(_MEASURES)
    sname = sc.name(s, 0.0)
    body = rng.choice(_BODIES).format(Sposs=_poss(sname), Sdem=s.demonym, Slead=sc.leader(s))
    second = f"{_cap(body)} {rng.choice(_REJECTIONS)} {noun}{rng.choice(_AS)}."
    allowed = (Expect(s.iso3, "", frozenset({"11"}), ANY),)  # "as illegal": a criticism too
    if rng.random() < 0.3:
        return second, (Expect(s.iso3, "", frozenset({"12"}), ASSERTED),), allowed
    first = clause.format(T=sc.name(t, 0.2), S=sc.name(s, 0.2), Sdem=s.demonym)
    text = f"{_cap(first)} on Monday.{rng.choice(_BREAKS)}{second}"
    allowed += (
        Expect(t.iso3, "*", frozenset(), ANY),
        Expect(s.iso3, t.iso3, frozenset({"11"}), ANY),
    )
    return text, (Expect(s.iso3, t.iso3, frozenset({"12"}), ASSERTED),), allowed


# A bilateral act of {S} and {T}, brokered by {Z} and {W}: (sentence).
_TRUCES = (
    "{S} and {T} agreed to a ceasefire on Saturday after talks mediated by {Z} and {W}.",
    "{S} and {T} signed a truce on Monday in talks brokered by {Z} and {W}.",
    "{S} and {T} agreed to a truce after talks hosted by {Z} and {W}.",
)  # fmt: skip
_LATER = ("Hours later, ", "Within hours, ", "On Sunday, ", "")
_SIDES = ("both sides", "the two sides", "the two countries")
# (a "traded accusations" is coded as trade, 06: a lexicon matter left out here)
_MUTUAL = ("accused each other of violating it", "accused each other of breaking the truce",
           "accused one another of violating the truce")  # fmt: skip


def k6_both_sides(sc: Scene, others: list[State]) -> Built:
    """ "S and T agreed to a ceasefire after talks mediated by Z and W. Hours later, both sides
    accused each other of violating it": S <-> T (11/12), never the mediators Z and W."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    w = others[0]
    first = rng.choice(_TRUCES).format(S=sc.name(s, 0.0), T=sc.name(t, 0.0),
                                       Z=sc.name(z, 0.0), W=sc.name(w, 0.0))  # fmt: skip
    sides = rng.choice(_SIDES)
    later = rng.choice(_LATER)
    second = f"{later}{sides if later else _cap(sides)} {rng.choice(_MUTUAL)}."
    text = f"{_cap(first)}{rng.choice(_BREAKS)}{second}"
    roots = frozenset({"11", "12"})
    want = (Expect(s.iso3, t.iso3, roots, ASSERTED), Expect(t.iso3, s.iso3, roots, ASSERTED))
    # the truce itself (03 / 08, talks 04) and what the mediators did are other readings
    allowed = (
        Expect(z.iso3, "*", frozenset({"03", "04"}), ANY),  # hosting, mediating (043, 045)
        Expect(w.iso3, "*", frozenset({"03", "04"}), ANY),
        Expect(s.iso3, "*", frozenset({"03", "04", "08"}), ANY),
        Expect(t.iso3, "*", frozenset({"03", "04", "08"}), ANY),
    )
    return text, want, allowed


_RESTRAINT = ("called for restraint", "urged restraint", "called for calm", "urged calm",
              "appealed for restraint", "called for de-escalation")  # fmt: skip


def k7_restraint(sc: Scene) -> Built:
    """ "T shelled Z's border towns on Monday. S called for restraint": S -> T and S -> Z (02);
    alone, "S urged restraint" has no addressee (or, as a call for calm at home, S)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    who = rng.choice((sc.name(s), sc.leader(s), f"the {s.demonym} foreign ministry"))
    second = f"{_cap(who)} {rng.choice(_RESTRAINT)}."
    if rng.random() < 0.25:  # no addressee, or (a call for calm at home) the same state
        allowed = (
            Expect(s.iso3, "", frozenset({"02"}), ANY),
            Expect(s.iso3, s.iso3, frozenset({"02"}), ANY),
        )
        return second, (), allowed
    first, _ = rng.choice(_FIRST_ACTS)
    zname = sc.name(z, 0.2)
    first = first.format(T=sc.name(t, 0.2), Tdem=t.demonym, Z=zname, Zposs=_poss(zname),
                         Zdem=z.demonym)  # fmt: skip
    text = f"{_cap(first)} on Monday.{rng.choice(_BREAKS)}{second}"
    roots = frozenset({"02"})
    want = (Expect(s.iso3, t.iso3, roots, ASSERTED), Expect(s.iso3, z.iso3, roots, ASSERTED))
    return text, want, (Expect(t.iso3, "*", frozenset(), ANY),)


ARGS9_CONSTRUCTIONS = {
    "k1_decided_act": k1_decided_act,
    "k2_answered_act": k2_answered_act,
    "k3_drawn_earlier": k3_drawn_earlier,
    "k4_response_threat": k4_response_threat,
    "k5_rejected_act": k5_rejected_act,
    "k7_restraint": k7_restraint,
}
ARGS9_WITH_OTHERS = {"k6_both_sides": k6_both_sides}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), test_phenomena's floors;
# main before args9, right of 200 (false): k1 66 (3), k2 45 (96), k3 24 (116), k4 15 (92),
# k5 139 (61), k6 0 (400), k7 45 (94)
FLOORS = {name: (24, 0) for name in (*ARGS9_CONSTRUCTIONS, *ARGS9_WITH_OTHERS)}
