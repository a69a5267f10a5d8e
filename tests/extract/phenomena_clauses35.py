"""Round 29's factuality, denial and lexicon classes of fresh23 (issue 9, clauses35;
fresh23_classes.md C, E, F, H, I) as suite constructions crossed with the suite's states
named by name, capital, leader or demonym, each with several acts and phrasings:

- ``c35_rejected_involvement`` (C): "Y accused X of V-ing. X rejected any suggestion of X-ian
  involvement / dismissed claims of its involvement": the denial X -> Y (016), never a
  refusal (120), and never aimed at X itself;
- ``c35_rejected_proposal`` (C, the other side): "X rejected Y's suggestion that talks be
  held": a refusal (12), never a denial;
- ``c35_said_then_denied`` (C): "X's minister said the activists had joined an illegal march
  and denied that they had been beaten": the denial is the speaker's, X -> Y (016);
- ``c35_stopped_gerund`` (F): "X has quietly stopped / ceased / given up / quit V-ing Y":
  the act negated, never asserted (and no aid from "gave up");
- ``c35_judged_noun`` (F, E): "X's pledges to Y have been generous on paper", "X-ian funding
  for N was not affected": no pledge, aid or cooperation;
- ``c35_aid_suspended`` (E): "X suspended / froze N million dollars in budget support to Y",
  "X suspended its grants to Y": reduced aid (16);
- ``c35_gave_no_date`` (F): "X could also send engineers to Y, but gave no date": the hedged
  aid only, no aid negated;
- ``c35_once_condition`` (F): "... said the grants would be restored once Y opened an inquiry":
  the condition not done (never asserted);
- ``c35_route_recipient`` (H): "X will send N in food aid for Y through Z's crossing": the aid
  to Y, never to the route's Z;
- ``c35_reason_incursion`` (H): "X criticised Z for sending drones into Y-ian airspace": the
  criticism X -> Z and the reason act Z -> Y (15) both;
- ``c35_invited_to_attend`` (H): "X's leader invited Y's leader to attend a trade fair in
  CAPITAL, and Y's leader accepted": the invitation (036) and the acceptance, no appeal (021);
- ``c35_generic_when`` (I): "X cuts its grants to Y when journalists are arrested": the
  when-clause of a habitual present is no arrest.

Before the fix, on main (787e2e74): C a refusal (120) aimed at X itself and the denial given to
the reported subject; F the gerund asserted, "gave up" aid, the judged noun a pledge or aid, "gave
no date" aid negated and the condition asserted; E no suspension; H the aid to the route's state
and the incursion read as military aid (072); I an arrest with made-up parties.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    NOTHING_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

NEGATED = frozenset({"negated"})
DONE = frozenset({"asserted", "reported"})


_CHARGES = (
    "{T} accused {S} of threatening a journalist.",
    "{Tdem} police said a reporter had been threatened by {Sdem} agents.",
    "{Tposs} foreign ministry accused {S} of sending spies across the border.",
    "{Tdem} officials said {Sdem} agents had kidnapped a dissident.",
)
_DENIERS = ("{S}", "{Sposs} foreign minister", "{Sposs} government", "{Slead}")
_DENIALS = (
    "rejected any suggestion of {Sdem} involvement",
    "dismissed claims of {Sdem} involvement",
    "rejected allegations of its involvement",
    "dismissed any suggestion that it was involved",
    "rejected reports of any {Sdem} role in the affair",
    "brushed aside suggestions of {Sdem} involvement",
    "rebuffed the insinuations",
    "dismissed the notion that it had played any role",
    "rejected the suggestion that its agents had been involved",
    "dismissed the notion that its agents were behind the affair",
)


def c35_rejected_involvement(sc: Scene) -> Built:
    """ "Ugandan police said a reporter had been threatened by Tanzanian agents. Tanzania's
    minister rejected any suggestion of Tanzanian involvement": the denial X -> Y (016)."""
    w = scene_words(sc)
    text = (
        _cap(sc.rng.choice(_CHARGES).format(**w))
        + " "
        + _cap(f"{sc.rng.choice(_DENIERS).format(**w)} {sc.rng.choice(_DENIALS).format(**w)}.")
    )
    allowed = (
        Expect("*", "*", frozenset(), NOT_ASSERTED),
        _e(sc.t, sc.s, _r("11"), ANY),  # the accusation
    )
    return text, (_e(sc.s, sc.t, _r("01"), ASSERTED),), allowed


_PROPOSALS = (
    "rejected {Tposs} suggestion that talks be held in {Sc}",
    "rejected the idea of a joint force with {T}",
    "dismissed {Tposs} suggestion that the two navies hold joint drills",
    "rejected {Tposs} idea that {S} should pay for the bridge",
)


def c35_rejected_proposal(sc: Scene) -> Built:
    """ "Chile rejected Peru's suggestion that talks be held in Santiago": a proposal refused
    (12), never a denial (016): the charge rows need a deed told as done."""
    w = scene_words(sc)
    who = sc.rng.choice(_DENIERS).format(**w)
    text = _cap(f"{who} {sc.rng.choice(_PROPOSALS).format(**w)}.")
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("12"), ASSERTED),), allowed


_ARRESTED = (
    "{Sdem} police arrested five {Tdem} activists in {Sc} on Sunday.",
    "{Sdem} police detained six {Tdem} students at a rally in {Sc}.",
)
_SAID_DENIED = (
    "{Sposs} interior minister said the activists had joined an illegal march and denied that "
    "they had been beaten in custody.",
    "The {Sdem} interior minister said the students had blocked a road and denied that they "
    "had been mistreated.",
    "{Sposs} police chief said the men had attacked officers and denied that they had been beaten.",
)


def c35_said_then_denied(sc: Scene) -> Built:
    """ "Home Affairs Minister NAME said the Ugandans had joined an illegal march and denied
    that they had been beaten in custody": the denial X -> Y (016) is the speaker's."""
    w = scene_words(sc)
    text = (
        _cap(sc.rng.choice(_ARRESTED).format(**w))
        + " "
        + _cap(sc.rng.choice(_SAID_DENIED).format(**w))
    )
    expected = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.s, sc.t, _r("01"), ASSERTED))
    allowed = (
        Expect("*", "*", frozenset(), NOT_ASSERTED),
        Expect(sc.s.iso3, "*", _r("17"), ANY),  # (the arrest of a role noun's state)
    )
    return text, expected, allowed


_STOPPERS = ("has quietly stopped", "has stopped", "stopped", "has ceased", "has given up",
             "gave up", "quit")  # fmt: skip
_STOPPED = (
    ("accusing {Tdem} officers by name", "11"),
    ("criticising {T} in public", "11"),
    ("praising {Tposs} government", "05"),
    ("threatening {T} with sanctions", "13"),
    ("inviting {Tdem} officials to its drills", "03"),
    ("deporting {Tdem} migrants", "17"),
)


def c35_stopped_gerund(sc: Scene) -> Built:
    """ "Chile has quietly stopped accusing Peruvian officers by name": the act negated."""
    w = scene_words(sc)
    act, root = sc.rng.choice(_STOPPED)
    verb = sc.rng.choice(_STOPPERS)
    text = _cap(f"{sc.name(sc.s)} {verb} {act.format(**w)}.")
    roots = _r("03", "04") if root == "03" else _r(root)
    return text, (_e(sc.s, sc.t, roots, NEGATED),), ()


_JUDGED = (
    "{Sposs} pledges to {T} this year have been generous on paper.",
    "{Sposs} aid to {T} has been modest.",
    "{Sdem} funding for the clinics in {Tc} was not affected.",
    "{Sposs} grants to {T} remained unaffected.",
    "{Sposs} promises to {T} have proved hollow.",
    "{Sdem} aid to {T} was spared.",
)


def c35_judged_noun(sc: Scene) -> Built:
    """ "Austria's pledges to Slovenia this year have been generous on paper", "Norwegian
    funding for the clinics was not affected": no act."""
    return _cap(sc.rng.choice(_JUDGED).format(**scene_words(sc))), (), NOTHING_ASSERTED


_SUSPENDERS = ("{S}", "{Sposs} government", "{Sposs} development ministry")
_SUSPENSIONS = (
    "suspended 20 million dollars in budget support to {T} on Tuesday",
    "froze 30 million euros in development aid to {T}",
    "suspended its grants to {T}",
    "halted the payment of 10 million euros of aid to {T}",
    "withheld 5 million dollars in budget aid from {T}",
    "suspended budget support to {T}",
)
_AFTER = ("", " {Sdem} funding for the clinics in {Tc} was not affected.",
          " {Sposs} pledges to {T} have been generous on paper.")  # fmt: skip


def c35_aid_suspended(sc: Scene) -> Built:
    """ "Norway suspended 20 million dollars in budget aid to Malawi", "Finland suspended its
    grants to Latvia": reduced aid (16); a judged aid noun after it is no act."""
    w = scene_words(sc)
    who = sc.rng.choice(_SUSPENDERS).format(**w)
    text = _cap(f"{who} {sc.rng.choice(_SUSPENSIONS).format(**w)}.")
    text += sc.rng.choice(_AFTER).format(**w)
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_NO_DATES = ("but gave no date", "but gave no details", "but gave no timetable",
             "but gave no indication of the cost")  # fmt: skip


def c35_gave_no_date(sc: Scene) -> Built:
    """ "Austria could also send engineers to Slovenia next year, but gave no date": the hedged
    aid only, never aid negated."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} defence minister", "{Slead}")).format(**w)
    thing = sc.rng.choice(("engineers", "a field hospital", "medical teams"))
    text = _cap(
        f"{who} said {sc.name(sc.s)} could also send {thing} to {w['T']} next year, "
        f"{sc.rng.choice(_NO_DATES)}."
    )
    # ("gave no details" may read as a statement withheld, 010: no aid all the same)
    return text, (_e(sc.s, sc.t, _r("07", "03"), POSSIBLE),), (_e(sc.s, None, _r("01"), NEGATED),)


_SUSPENDED = "{S} suspended its grants to {T} on Monday. "
_CONDITIONS = (
    "The {Sdem} minister said the grants would be restored once {Tc} opened an independent "
    "inquiry.",
    "{Sposs} foreign minister said aid would resume as soon as {T} released the protesters.",
    "The {Sdem} minister said the grants would stay frozen until {T} freed the journalists.",
    "{Slead} said the money would flow again once {Tposs} police released the students.",
)


def c35_once_condition(sc: Scene) -> Built:
    """ "... said the grants would be restored once Riga opened an independent inquiry": the
    condition is not done (never asserted)."""
    w = scene_words(sc)
    text = _cap(_SUSPENDED.format(**w)) + _cap(sc.rng.choice(_CONDITIONS).format(**w))
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), allowed


_ROUTES = (
    ("{S} will send 10 million dollars in food aid for {T} through {Zposs} border crossing.",
     _r("07", "03"), POSSIBLE),
    ("{S} sent medicine for {T} via {Z}.", _r("07"), ASSERTED),
    ("{S} delivered tents to {T} through {Z}.", _r("07"), ASSERTED),
    ("{S} will ship wheat for {T} through {Zposs} ports.", _r("07", "03"), POSSIBLE),
)  # fmt: skip


def c35_route_recipient(sc: Scene) -> Built:
    """ "Norway will send 10 million dollars in food aid for Sudan through Chad's Adre
    crossing": the aid X -> Y, never to the route's Z."""
    template, roots, facts = sc.rng.choice(_ROUTES)
    text = _cap(template.format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, roots, facts),), ()


_CRITICS = ("{S}", "{Sc}", "{Sposs} foreign ministry")
_CRITICISMS = ("criticised", "condemned", "denounced")
_INCURSIONS = (
    "sending drones into {Tdem} airspace",
    "flying military jets into {Tdem} airspace",
    "sending surveillance drones into {Tposs} airspace",
)


def c35_reason_incursion(sc: Scene) -> Built:
    """ "Vienna criticised Serbia for sending drones into Hungarian airspace": the criticism
    X -> Z and the incursion Z -> Y (15)."""
    w = scene_words(sc)
    who = sc.rng.choice(_CRITICS).format(**w)
    text = _cap(
        f"{who} {sc.rng.choice(_CRITICISMS)} {w['Z']} for {sc.rng.choice(_INCURSIONS).format(**w)}."
    )
    expected = (_e(sc.s, sc.z, _r("11"), ASSERTED), _e(sc.z, sc.t, _r("15"), DONE))
    return text, expected, ()


_HABITS = (
    "{S} cuts its grants to {T} when journalists are arrested.",
    "{S} has been blunt with {T}: it freezes cultural grants when journalists are arrested.",
    "{S} usually protests when activists are detained.",
    "{S} recalls its envoy whenever protesters are shot.",
)


def c35_generic_when(sc: Scene) -> Built:
    """ "... freezes cultural grants when journalists are arrested": no arrest."""
    text = _cap(sc.rng.choice(_HABITS).format(**scene_words(sc)))
    allowed = (
        Expect("*", "*", frozenset(), NOT_ASSERTED),
        Expect(sc.s.iso3, "*", _r("16", "14", "11"), ANY),  # the habit itself, if read
        Expect(sc.s.iso3, "", frozenset(), ANY),
    )
    return text, (), allowed


_OCCASIONS = ("a trade fair", "an investment forum", "a regional summit",
              "the independence day parade", "a trade fair and a business forum")  # fmt: skip
_INVITERS = ("{Slead}", "{S}", "{Sposs} president")


def c35_invited_to_attend(sc: Scene) -> Built:
    """ "Mahama invited Ouattara to attend a trade fair in Kumasi in 2026, and Ouattara
    accepted": the invitation X -> Y (036), never an appeal for trade (021); the acceptance
    Y -> X."""
    w = scene_words(sc)
    who = sc.rng.choice(_INVITERS).format(**w)
    occasion = sc.rng.choice(_OCCASIONS)
    guest = sc.rng.choice(("{Tlead}", "{T}")).format(**w)
    text = _cap(f"{who} invited {guest} to attend {occasion} in {w['Sc']} next year")
    expected = [_e(sc.s, sc.t, _r("03"), ASSERTED)]
    if sc.rng.random() < 0.5:
        text += f", and {guest} accepted"
        expected.append(_e(sc.t, sc.s, _r("03"), ASSERTED))
    allowed = (_e(sc.t, sc.s, _r("04"), POSSIBLE), _e(sc.t, None, _r("04"), POSSIBLE))
    return text + ".", tuple(expected), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c35_rejected_involvement": c35_rejected_involvement,
    "c35_rejected_proposal": c35_rejected_proposal,
    "c35_said_then_denied": c35_said_then_denied,
    "c35_stopped_gerund": c35_stopped_gerund,
    "c35_judged_noun": c35_judged_noun,
    "c35_aid_suspended": c35_aid_suspended,
    "c35_gave_no_date": c35_gave_no_date,
    "c35_once_condition": c35_once_condition,
    "c35_route_recipient": c35_route_recipient,
    "c35_reason_incursion": c35_reason_incursion,
    "c35_generic_when": c35_generic_when,
    "c35_invited_to_attend": c35_invited_to_attend,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
