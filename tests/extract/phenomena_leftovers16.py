"""Open classes left by earlier rounds (issue 9, round 16, leftovers16) as suite constructions,
each crossed with the suite's states named by name, capital, demonym + sector or leader.

(a) Lemma misreads: the model's lemmatiser reads "hopes / hoped / hoping" as "hop", "fined"
as "fin", "waged" as "wag", "staged" as "stag", "deregistered" as "deregistere"; one repair
(``_verb_lemmas``) gives each inflected form the lexicon verb it stands for.

- ``lo16_hoped_clause``: "X hopes / said it hoped (that) Y would <act>": a wish, no appeal
  (020) asserted now that "hoped" reads as "hope", and the wished act at most possible;
- ``lo16_inflected_trigger``: "X fined Y's state airline", "X has deregistered 12 Y-flagged
  tankers", "X waged a campaign of strikes on Y": the trigger row of the verb's lemma codes
  the inflected form (172, 172, 19x), asserted;
- ``lo16_staged_by``: "X's police broke up a rally staged by Y students": the group that
  staged it is the target (its state), as for "held by";
- ``lo16_home_group``: "X's police detained students at Z University in W" (W unknown to the
  registry): the police's own state is the target (parties.home_groups).

(e) ``lo16_denied_charge_earlier``: "A accused B of shelling a border town. B's defence ministry
called the charges baseless / described the accusation as absurd / rejected the accusation":
the accused's denial of the charge, 016 aimed at the accuser named only in the sentence before.

(c) ``lo16_offered_aid``: "X offered / pledged / promised loans / weapons / food aid to Y": an
intent to provide aid (033x), no appeal, no aid given (the sub-code: ``test_leftovers16``).

(b) ``lo16_undelivered``: "X has yet to deliver the weapons it promised to Y", "X has yet to
deliver on its promise of aid to Y": the delivery to Y negated, the promise not asserted again
(``parties.promised_recipients``).

(d) ``lo16_repeated_prep``: "X imposed sanctions on Y and on Z", "expelled diplomats from Y and
from Z": one act per state, as for "on Y and Z" (``_repeated_preps``).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

_HOPERS = ("{S}", "{Sposs} foreign ministry", "{Sposs} government", "{Slead}")
_HOPES = (
    "hopes", "hoped", "is hoping", "was hoping", "said it hoped", "said it was hoping",
    "has said it hopes",
)  # fmt: skip
_WISHED = (
    "{T} would release the detained fishermen",
    "{T} will reopen the border crossing soon",
    "{Tposs} government would return the seized boat",
    "talks with {T} would resume before the end of the year",
    "{T} would lift its ban on {Sdem} imports",
)


def lo16_hoped_clause(sc: Scene) -> Built:
    """ "Chile said it hoped that Peru would release the fishermen": a wish, no appeal (020)
    and no act asserted."""
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    fill = {"S": sname, "Sposs": _poss(sname), "Slead": sc.leader(sc.s), "Sdem": sc.s.demonym,
            "T": tname, "Tposs": _poss(tname)}  # fmt: skip
    who = sc.rng.choice(_HOPERS).format(**fill)
    that = sc.rng.choice(("", "that "))
    text = (
        f"{who} {sc.rng.choice(_HOPES)}{_time(sc)} {that}{sc.rng.choice(_WISHED).format(**fill)}."
    )
    return _cap(text), (), NOTHING_ASSERTED


# (phrase, CAMEO roots): inflected forms the lemmatiser misread, of the lexicon's own verbs
_INFLECTED = (
    ("fined {Tposs} state airline for breaching its airspace", "17"),
    ("has fined {Tposs} national shipping company", "17"),
    ("fined {a_Tdem} state-owned carrier over an unauthorised flight", "17"),
    ("deregistered 12 {Tdem}-flagged tankers", "17"),
    ("has deregistered dozens of vessels flagged in {T}", "17"),
    ("waged a campaign of air strikes against {T}", "19"),
    ("has waged a drone war on {T}", "19"),
    ("is waging a campaign of drone strikes against {T}", "19"),
)


def lo16_inflected_trigger(sc: Scene) -> Built:
    """ "Panama has deregistered 12 Iranian-flagged tankers": the verb's own trigger row codes
    its inflected form."""
    tname = sc.name(sc.t)
    a_tdem = ("an " if sc.t.demonym[0] in "AEIOU" else "a ") + sc.t.demonym
    fill = {"T": tname, "Tposs": _poss(tname), "Tdem": sc.t.demonym, "a_Tdem": a_tdem}
    phrase, root = sc.rng.choice(_INFLECTED)
    text = f"{sc.name(sc.s)}{_time(sc)} {phrase.format(**fill)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


_BREAKERS = ("{Sdem} police", "{Sdem} riot police", "police in {S}")
_BROKE = ("broke up", "banned", "broke up")
_RALLIES = ("a rally", "a protest", "a demonstration", "a march")
_STAGED = ("staged", "held", "organised")
_GROUPS = ("{Sdem} students", "{Sdem} farmers", "{Sdem} opposition supporters")


def lo16_staged_by(sc: Scene) -> Built:
    """ "Kenyan police broke up a protest staged by Kenyan students": the police's own state
    (or its people) is the target, asserted; no event between the states of the sentence."""
    sname = sc.name(sc.s, capital=0.0)
    fill = {"S": sname, "Sdem": sc.s.demonym}
    who = sc.rng.choice(_BREAKERS).format(**fill)
    rally = f"{sc.rng.choice(_RALLIES)} {sc.rng.choice(_STAGED)} by "
    rally += sc.rng.choice(_GROUPS).format(**fill)
    text = f"{who}{_time(sc)} {sc.rng.choice(_BROKE)} {rally}."
    home = Expect(sc.s.iso3, sc.s.iso3, frozenset({"17", "14"}), ASSERTED)
    protest = Expect(sc.s.iso3, sc.s.iso3, frozenset({"14"}), frozenset({"asserted"}))
    return _cap(text), (home,), (protest,)


_HOME_ACTS = (
    ("broke up a rally staged by", "17"),
    ("prevented a march staged by", "17"),
    ("detained", "17"),
    ("arrested dozens of", "17"),
)
_HOME_DOERS = ("{Sdem} police", "the {Sdem} police", "{Sdem} police officers")
_HOME_COURTS = ("{a_Sdem} court", "{a_Sdem} district court")
_PLACED_GROUPS = (
    "students at Riverside University in Eastbrook",
    "workers at the Marden cement plant in Holloway",
    "farmers at the Greenvale cooperative in Ashford",
    "students at the Northern Polytechnic in Westfield",
)


def lo16_home_group(sc: Scene) -> Built:
    """ "Kenyan police broke up a rally staged by students at X University in Y": a group
    placed in a place the registry does not know is, for its own state's police or courts,
    that state's people (S -> S, the GUIDE's own-state convention)."""
    sname = sc.name(sc.s, capital=0.0)
    a_sdem = ("an " if sc.s.demonym[0] in "AEIOU" else "a ") + sc.s.demonym
    fill = {"S": sname, "Sposs": _poss(sname), "Sdem": sc.s.demonym, "a_Sdem": a_sdem}
    group = sc.rng.choice(_PLACED_GROUPS)
    if sc.rng.random() < 0.25:
        who = sc.rng.choice(_HOME_COURTS).format(**fill)
        act, root = sc.rng.choice((("jailed", "17"), ("fined", "17")))
    else:
        who = sc.rng.choice(_HOME_DOERS).format(**fill)
        act, root = sc.rng.choice(_HOME_ACTS)
    text = f"{who} {act} {group}{_time(sc)}."  # (a time before "jailed" hides the verb)
    return _cap(text), (Expect(sc.s.iso3, sc.s.iso3, frozenset({root}), ASSERTED),), ()


_CHARGED = (
    "shelling a border town", "detaining {Sdem} fishermen", "violating its airspace",
    "arming rebels in the north", "seizing {Sdem} trucks at the border",
)  # fmt: skip
_ANSWERERS = ("{T}", "{Tposs} foreign ministry", "{Tposs} defence ministry", "{Tposs} president")
_DENIALS = (
    "denied the charge", "rejected the accusation", "dismissed the claims as baseless",
    "called the charges baseless", "described the accusation as absurd",
    "termed the allegations unfounded", "brushed off the accusations",
    "called the accusation a lie", "rejected the allegations as groundless",
)  # fmt: skip


def lo16_denied_charge_earlier(sc: Scene) -> Built:
    """ "Chile accused Peru of violating its airspace. Peru's defence ministry called the
    charges baseless": the accused's denial of the charge (016) aimed at the accuser named only
    in the sentence before, besides the accusation (112)."""
    sname, tname = sc.name(sc.s), sc.name(sc.t, capital=0.0)
    fill = {"T": tname, "Tposs": _poss(tname), "Sdem": sc.s.demonym}
    first = f"{sname} accused {tname}{_time(sc)} of {sc.rng.choice(_CHARGED).format(**fill)}"
    who = sc.rng.choice(_ANSWERERS).format(**fill)
    second = f"{who}{_time(sc)} {sc.rng.choice(_DENIALS)}"
    accusation = Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), ASSERTED)
    denial = Expect(sc.t.iso3, sc.s.iso3, frozenset({"01"}), ASSERTED)
    accused = Expect(sc.t.iso3, sc.s.iso3, frozenset(), frozenset({"reported", "negated"}))
    return f"{_cap(first)}. {_cap(second)}.", (accusation, denial), (accused,)


_OFFERING = ("offered", "has offered", "pledged", "promised", "offered")
_AID_GIVEN = (
    "loans", "weapons", "humanitarian assistance", "military aid", "food aid", "help",
    "emergency aid", "a loan of $200 million", "air defence missiles", "medicine and tents",
)  # fmt: skip


def lo16_offered_aid(sc: Scene) -> Built:
    """ "Japan offered loans / weapons / humanitarian assistance to Sri Lanka": an intent to
    provide aid (CAMEO 033x), no appeal (02) and no aid given (07)."""
    tname = sc.name(sc.t)
    aid = sc.rng.choice(_AID_GIVEN)
    if sc.rng.random() < 0.3:
        text = f"{sc.name(sc.s)}{_time(sc)} {sc.rng.choice(_OFFERING)} {tname} {aid}."
    else:
        text = f"{sc.name(sc.s)}{_time(sc)} {sc.rng.choice(_OFFERING)} {aid} to {tname}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED),), ()


# (verb phrase before the first target, the preposition, the act's root)
_AIMED = (
    ("imposed tariffs", "on", "16"), ("imposed new sanctions", "against", "16"),
    ("slapped duties on steel", "from", "16"), ("banned imports", "from", "16"),
    ("expelled diplomats", "from", "16"), ("recalled its ambassadors", "from", "16"),
    ("announced sanctions", "on", "16"),
)  # fmt: skip


def lo16_repeated_prep(sc: Scene) -> Built:
    """ "Mali imposed sanctions on Senegal and on Guinea", "... from Peru, from Bolivia and from
    Ecuador": the preposition said again before each state; one act per state."""
    phrase, prep, root = sc.rng.choice(_AIMED)
    t, z = sc.name(sc.t), sc.name(sc.z)
    targets = f"{prep} {t} and {prep} {z}"
    text = f"{sc.name(sc.s)}{_time(sc)} {phrase} {targets}."
    roots = frozenset({root})
    want = (
        Expect(sc.s.iso3, sc.t.iso3, roots, ASSERTED),
        Expect(sc.s.iso3, sc.z.iso3, roots, ASSERTED),
    )
    return _cap(text), want, ()


_NOT_YET = ("has yet to deliver", "has not delivered", "has still not sent", "has yet to send",
            "has not yet delivered")  # fmt: skip
_PROMISED_AID = ("weapons", "tanks", "loans", "food aid", "air defence systems", "aid")
_PROMISED = ("it promised to {T}", "it pledged to {T}", "it promised {T}", "it had pledged to {T}")
_UNKEPT = ("has yet to deliver on its promise of {aid} to {T}",
           "has yet to deliver on its pledge of {aid} to {T}")  # fmt: skip


def lo16_undelivered(sc: Scene) -> Built:
    """ "The United States has yet to deliver the weapons it promised to Taiwan", "X has yet to
    deliver on its promise of aid to Y": the delivery to the promised state is not asserted
    (negated), and the earlier promise is no news (not re-asserted)."""
    tname = sc.name(sc.t)
    aid = sc.rng.choice(_PROMISED_AID)
    if sc.rng.random() < 0.3:
        rest = sc.rng.choice(_UNKEPT).format(aid=aid, T=tname)
    else:
        rest = f"{sc.rng.choice(_NOT_YET)} the {aid} {sc.rng.choice(_PROMISED).format(T=tname)}"
    text = f"{sc.name(sc.s)} {rest}."
    not_given = Expect(sc.s.iso3, sc.t.iso3, frozenset({"07"}), frozenset({"negated", "possible"}))
    return _cap(text), (not_given,), NOTHING_ASSERTED


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo16_hoped_clause": lo16_hoped_clause,
    "lo16_inflected_trigger": lo16_inflected_trigger,
    "lo16_staged_by": lo16_staged_by,
    "lo16_home_group": lo16_home_group,
    "lo16_denied_charge_earlier": lo16_denied_charge_earlier,
    "lo16_offered_aid": lo16_offered_aid,
    "lo16_repeated_prep": lo16_repeated_prep,
    "lo16_undelivered": lo16_undelivered,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before leftovers16 (5c6c0bc) the same 24 scored (right, false assertions):
# lo16_hoped_clause 24/0 (a guard: "hoped" read as "hop" coded nothing; read as "hope" the 020
# row would have coded an appeal); lo16_inflected_trigger 11/0 ("fined" read as "fin",
# "waged" as "wag": no event); lo16_staged_by 24/0 (a guard: "staged" now a doing participle as
# "held"); lo16_home_group 16/5 (the group placed in an unknown town kept no state: "---EDU");
# lo16_denied_charge_earlier 16/0 ("called the charges baseless / a lie", "termed the
# allegations unfounded": no event; "described the accusation as absurd": criticism, 111).
# After leftovers16: 24/0, 24/0, 24/0, 24/0 (the time phrase after the group: "a court on Friday
# jailed ..." hides the verb from the parser, not this class), 23/0 (one "X's president this week
# termed ...": the parser makes "the allegations" the subject of "unfounded", no object). lo16_offered_aid 24/0 on main and after (the suite
# scores roots: on main its 24 sentences gave 030 x19 and 033 x5, after 033 x6, 0331 x4, 0332 x7,
# 0333 x7, the codebook's intents to give economic, military, humanitarian aid);
# lo16_repeated_prep 0/0 (only the first state of "on T and on Z": the second preposition a
# conjunct of the first, its object read by no step); after: 24/0. lo16_undelivered 8/0 (the
# delivery negated with no target: the state the aid was promised to stands in the promise's
# relative clause); after: 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
FLOORS |= {"lo16_denied_charge_earlier": (23, 0)}
