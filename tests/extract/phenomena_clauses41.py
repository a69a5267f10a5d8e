"""Round 35's speech-act, lexicon and scene classes of fresh29 (issue 9, clauses41;
fresh29_classes.md E, F, G) as suite constructions crossed with the suite's states named by
name, capital, leader or demonym, each with several phrasings and a near miss:

- ``c41_dismissed_remark`` (F): "Y's embassy criticised X's new law. X's minister dismissed the
  statement": a discarded charge (016) at its maker; after a statement that charges no one
  ("Y announced drills. X rejected the statement") the rejection stays 12x;
- ``c41_conditional_handover`` (F): "Y asked X to extradite the two men. X will hand the two
  men over if the court approves": the hand-over (063) `possible`, never aid (033);
- ``c41_approved_extradition`` (F): "... X's Supreme Court must approve any extradition": 063
  `possible` at the asker, never a yield (080) to the person;
- ``c41_pending_acceptance`` (F): "X invited Y's president ..., but NAME has not yet accepted":
  the acceptance (036) `negated`, no refusal; "did not accept" stays a refusal (12);
- ``c41_sent_tips`` (F): "X keeps sending tips to Y's police": shared information (064);
- ``c41_returned_visit`` (F): "Y's president visited X-CAPITAL. X's president returned the
  visit": a visit (042) at the first visitor's state, never a return (084);
- ``c41_quoted_judgement`` (E): "X's ministry said Y's arms sales 'threaten regional peace'":
  X's criticism (111) of Y, never Y's threat (130); a quoted praise is nothing;
- ``c41_bare_regret`` (E): "Y imposed duties on X-ian steel. X's ministry expressed 'deep
  regret'": 111 at Y; after X's own deed the regret is an apology (055);
- ``c41_called_ruling`` (E): "A Y court ordered the deportation of an X-ian student. X's
  embassy called the ruling 'harsh'": 111 at Y;
- ``c41_same_buyers`` (G): "X and Y sell (supply) much the same (very similar) drones to much
  the same buyers": no sale; "sold the same drones to Z last year" stays the sales.

Before the fix, on main (383eb1dc): "dismissed the statement" 120; the conditional hand-over
033 `possible`; the approved extradition 080; "has not yet accepted" 120 `asserted`; the tips
070; the returned visit 084 or no target; the quoted predicate Y -> none 130 `reported`; the
bare regret no event; "called the ruling 'harsh'" no event; the rival sellers 062 `asserted`.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_CRITICS = ("{Tposs} embassy", "{Tposs} foreign ministry", "{T}", "{Tposs} ambassador")
_CRITICISED = ("criticised {Sposs} new fishing law", "condemned {Sposs} new trade law",
               "criticised {Sposs} visa rules")  # fmt: skip
_DISMISSED = ("dismissed the statement", "rejected the remarks", "brushed off the comments",
              "dismissed the remarks", "rejected the statement")  # fmt: skip
_ANSWERERS = ("{Sposs} trade minister", "{Sposs} foreign ministry", "{Sc}", "{Slead}")


def c41_dismissed_remark(sc: Scene) -> Built:
    """ "Chile's embassy criticised Peru's new fishing law. Peru's minister dismissed the
    statement": 111 and the denial 016 (root 01) at the critic; a statement of no charge near
    miss keeps 12."""
    w = scene_words(sc)
    who = sc.rng.choice(_ANSWERERS).format(**w)
    if sc.rng.random() < 0.25:  # near miss: the statement charges no one
        text = f"{w['T']} announced new naval drills. {who} rejected the statement."
        allowed = (_e(sc.t, None, _r("15", "06", "01"), ANY), Expect("*", "*", _r("15"), ANY))
        return _cap(text), (_e(sc.s, sc.t, _r("12"), ASSERTED),), allowed
    text = (
        f"{sc.rng.choice(_CRITICS).format(**w)} {sc.rng.choice(_CRITICISED).format(**w)}. "
        f"{who} {sc.rng.choice(_DISMISSED)}."
    )
    expected = (_e(sc.t, sc.s, _r("11"), ASSERTED), _e(sc.s, sc.t, _r("01"), ASSERTED))
    return _cap(text), expected, ()


_WANTED = ("the two men", "the banker", "the former minister", "the two suspects")
_CONDITIONS = ("if the court approves", "if its courts agree", "once the court approves",
               "if a judge approves")  # fmt: skip


def c41_conditional_handover(sc: Scene) -> Built:
    """ "Peru asked Chile to extradite the two men. Chile will hand the two men over if the court
    approves": 063 `possible` at the asker."""
    w = scene_words(sc)
    who = sc.rng.choice(_WANTED)
    verb = sc.rng.choice(("will hand {who} over", "would hand {who} over",
                          "will extradite {who}", "would extradite {who}"))  # fmt: skip
    text = (
        f"{w['T']} asked {w['S']} to extradite {who}. {w['S']} {verb.format(who=who)} "
        f"{sc.rng.choice(_CONDITIONS)}."
    )
    expected = (_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("06"), POSSIBLE))
    return _cap(text), expected, ()


_APPROVERS = ("{Sposs} Supreme Court", "{Sposs} courts", "A court in {Sc}", "{Sposs} judges")


def c41_approved_extradition(sc: Scene) -> Built:
    """ "Peru asked Chile to extradite the former minister. Chile's Supreme Court must approve
    any extradition": 063 `possible` at the asker, no yield."""
    w = scene_words(sc)
    obj = sc.rng.choice(("any extradition", "the extradition", "his extradition"))
    modal = sc.rng.choice(("must approve", "must first approve", "would have to approve"))
    text = (
        f"{w['T']} asked {w['S']} to extradite {sc.rng.choice(_WANTED)}. "
        f"{sc.rng.choice(_APPROVERS).format(**w)} {modal} {obj}."
    )
    expected = (_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("06"), POSSIBLE))
    return _cap(text), expected, ()


def c41_pending_acceptance(sc: Scene) -> Built:
    """ "Kenya invited Ghana's president to visit Nairobi, but Mahama has not yet accepted": the
    invitation (036), the visit `possible`, the acceptance (036) `negated`; "did not accept"
    is a refusal (12)."""
    w = scene_words(sc)
    pending = sc.rng.random() < 0.75
    answer = sc.rng.choice(("has not yet accepted", "has not accepted yet", "did not yet accept"))
    if not pending:
        answer = sc.rng.choice(("did not accept", "would not accept"))
    text = (
        f"{w['S']} invited {w['Tposs']} president to visit {w['Sc']} in the autumn, but "
        f"{w['Tlead']} {answer}."
    )
    allowed = (_e(sc.t, sc.s, _r("04"), POSSIBLE),)
    last = _e(sc.t, sc.s, _r("03"), NEGATED) if pending else _e(sc.t, sc.s, _r("12"), ANY)
    return _cap(text), (_e(sc.s, sc.t, _r("03"), ASSERTED), last), allowed


_TIPS = ("keeps sending tips to {Tposs} police", "sent intelligence to {Tposs} navy",
         "passed tips to {Tposs} police", "sends {Tposs} coast guard tips",
         "passed intelligence to {Tposs} police")  # fmt: skip


def c41_sent_tips(sc: Scene) -> Built:
    """ "Chile keeps sending tips to Peru's police about cocaine shipments": 064; "sent aid to
    Y" near miss stays 07."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} sent food aid to {w['T']} after the floods."
        return _cap(text), (_e(sc.s, sc.t, _r("07"), ASSERTED),), ()
    text = f"{w['S']} {sc.rng.choice(_TIPS).format(**w)} about the smugglers."
    return _cap(text), (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()


def c41_returned_visit(sc: Scene) -> Built:
    """ "Ghana's president toured Nairobi in January. Kenya's president returned the visit in
    April": both visits (042)."""
    w = scene_words(sc)
    first = sc.rng.choice(("{Tposs} president visited {Sc} in January",
                           "{Tposs} foreign minister toured {Sc} in March"))  # fmt: skip
    back = sc.rng.choice(("{Sposs} president returned the visit in April",
                          "{Slead} returned the visit a few months later"))  # fmt: skip
    joined = sc.rng.random() < 0.5
    text = first.format(**w) + (", and " if joined else ". ") + _cap(back.format(**w)) + "."
    if joined:
        text = first.format(**w) + ", and " + back.format(**w) + "."
    expected = (_e(sc.t, sc.s, _r("04"), ASSERTED), _e(sc.s, sc.t, _r("04"), ASSERTED))
    return _cap(text), expected, ()


_QUOTED = ("'threaten regional peace'", "'undermine the truce'", "'reward impunity'",
           "'violate the treaty'", "'endanger our fishermen'")  # fmt: skip
_JUDGED = ("arms sales", "new fishing law", "decision", "refusal")
_PRAISE = ("'opens a new chapter'", "'opens a new era'")


def c41_quoted_judgement(sc: Scene) -> Built:
    """ "Egypt's foreign ministry said Kenya's arms sales 'threaten regional peace'": 111 at
    Y, no 130; a quoted praise near miss gives nothing."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} foreign ministry", "{Sposs} foreign minister", "{Slead}"))
    noun = sc.rng.choice(_JUDGED)
    verdict = sc.rng.choice(_QUOTED)
    if noun in ("decision", "refusal", "new fishing law"):  # (singular subjects)
        verdict = verdict.replace("threaten", "threatens").replace("undermine ", "undermines ")
        verdict = verdict.replace("reward ", "rewards ").replace("violate ", "violates ")
        verdict = verdict.replace("endanger ", "endangers ")
    if sc.rng.random() < 0.2:
        text = f"{who.format(**w)} said {w['Tposs']} decision {sc.rng.choice(_PRAISE)}."
        return _cap(text), (), (Expect("*", "*", _r("05", "01"), ANY),)
    text = f"{who.format(**w)} said {w['Tposs']} {noun} {verdict}."
    return _cap(text), (_e(sc.s, sc.t, _r("11"), ASSERTED),), ()


_DUTIES = ("imposed anti-dumping duties on {Sdem} steel", "raised tariffs on {Sdem} cars",
           "banned imports of {Sdem} beef")  # fmt: skip
_REGRET = ("expressed 'deep regret'", "expressed deep regret", "voiced regret")


def c41_bare_regret(sc: Scene) -> Built:
    """ "Indonesia imposed duties on Egyptian steel. Egypt's trade ministry expressed 'deep
    regret'": 111 at Y; after its own shooting the regret is an apology (055)."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} trade ministry", "{Sposs} foreign ministry", "{Sc}"))
    if sc.rng.random() < 0.25:  # near miss: the regretting state did the deed
        text = (
            f"{w['Tposs']} police shot dead a {w['Sdem']} fisherman. "
            f"{sc.rng.choice(('{Tposs} foreign ministry', '{Tc}')).format(**w)} "
            f"{sc.rng.choice(_REGRET)}."
        )
        expected = (_e(sc.t, sc.s, _r("18", "19"), ASSERTED), _e(sc.t, sc.s, _r("05"), ASSERTED))
        return _cap(text), expected, ()
    text = f"{w['T']} {sc.rng.choice(_DUTIES).format(**w)}. {who.format(**w)} {sc.rng.choice(_REGRET)}."
    expected = (_e(sc.t, sc.s, _r("16"), ASSERTED), _e(sc.s, sc.t, _r("11"), ASSERTED))
    return _cap(text), expected, ()


_HARSH = ("'harsh'", "'draconian'", "'cruel'", "'shameful'", "'outrageous'")


def c41_called_ruling(sc: Scene) -> Built:
    """ "A Chilean court ordered the deportation of an Argentine student. The Argentine embassy
    called the ruling 'harsh'": the deportation (17) and 111 at Y."""
    w = scene_words(sc)
    who = sc.rng.choice(("The {Sdem} embassy", "{Sposs} embassy", "{Sposs} foreign ministry"))
    noun = sc.rng.choice(("the ruling", "the verdict", "the decision"))
    text = (
        f"A {w['Tdem']} court ordered the deportation of a {w['Sdem']} student. "
        f"{who.format(**w)} called {noun} {sc.rng.choice(_HARSH)}."
    )
    expected = (_e(sc.t, sc.s, _r("17"), ASSERTED), _e(sc.s, sc.t, _r("11"), ASSERTED))
    return _cap(text), expected, ()


_GOODS = ("drones", "frigates", "patrol boats", "armoured vehicles")


def c41_same_buyers(sc: Scene) -> Built:
    """ "Israel and France sell much the same drones to much the same buyers": no sale; a past
    sale to a named buyer near miss stays the sales (06)."""
    w = scene_words(sc)
    goods = sc.rng.choice(_GOODS)
    if sc.rng.random() < 0.25:
        text = f"{w['S']} and {w['Z']} sold the same {goods} to {w['T']} last year."
        expected = (
            _e(sc.s, sc.t, _r("06", "07"), ASSERTED),
            _e(sc.z, sc.t, _r("06", "07"), ASSERTED),
        )
        return _cap(text), expected, ()
    same = sc.rng.choice(("much the same", "the same", "similar", "very similar"))
    buyers = sc.rng.choice(("buyers", "customers", "navies", "armies"))
    verb = sc.rng.choice(("sell", "export", "supply"))
    text = f"{w['S']} and {w['T']} {verb} {same} {goods} to {same} {buyers}."
    return _cap(text), (), (Expect("*", "*", _r("04", "03"), NOT_ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c41_dismissed_remark": c41_dismissed_remark,
    "c41_conditional_handover": c41_conditional_handover,
    "c41_approved_extradition": c41_approved_extradition,
    "c41_pending_acceptance": c41_pending_acceptance,
    "c41_sent_tips": c41_sent_tips,
    "c41_returned_visit": c41_returned_visit,
    "c41_quoted_judgement": c41_quoted_judgement,
    "c41_bare_regret": c41_bare_regret,
    "c41_called_ruling": c41_called_ruling,
    "c41_same_buyers": c41_same_buyers,
}

# Floors (fewest right of 24, most false assertions): the suite's usual floor. clauses41 left
# four lower (conditional hand-overs, approved extraditions, quoted verdicts, "called the
# ruling"); clauses42 closed those gaps (24 of 24 each at seed 0).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
