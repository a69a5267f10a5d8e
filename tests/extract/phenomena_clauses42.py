"""clauses42's classes (issue 9, fresh29_classes.md E and F: the gaps clauses41 left) as suite
constructions crossed with the suite's states named by name, capital, leader or demonym, each
with several phrasings and a near miss:

- ``c42_called_gerund`` (E): "A Y court jailed X-ian fishermen. X's embassy called the ruling
  'harsh'": the "-ing" noun with its article, which the tagger reads as a participle modifying
  the verdict, is the judged object: 111 at Y; a praising verdict ("'fair'") is no criticism;
- ``c42_handover_verb`` (F): "Y asked X to extradite the banker. X handed (will hand) the
  banker over": the hand-over asked for by another verb, aimed at the asker (063), `possible`
  when it waits on a condition ("once the court approves", hung on "over");
- ``c42_owed_approval`` (F): "... X's courts would have to (will need to) approve any
  extradition": a step owed, 063 `possible` at the asker, never a promise (031);
- ``c42_quoted_verb`` (E): "X's minister said Y's new law 'shields criminals'", "... Y's arms
  sales' reward impunity": the quoted verb (read as a noun) is the speaker's judgement (111) of
  Y; a quoted praise is nothing;
- ``c42_asylum_claims`` (G): "Y-ian citizens file more asylum claims in X": people's
  applications, no lawsuit (115) at X; a state's case at a court stays one;
- ``c42_body_complaint`` (E): "Y imposed duties on X-ian steel. X filed a complaint at the
  WTO": the complaint (114) at Y, never the body.

Before the fix, on h-clauses41 (77375974): "called the ruling 'harsh'" no 111; the hand-over by
"hand ... over" no target or no event; "would have to approve" 031 or nothing; the quoted
verb read as a noun no event, or Y's sale (062) `reported`; the asylum claims Y's people
-> X 115; the complaint "at" the WTO aimed at the body.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_DEEDS = ("jailed two {Sdem} fishermen", "ordered the deportation of a {Sdem} student",
          "sentenced a {Sdem} journalist to prison", "fined a {Sdem} shipping firm")  # fmt: skip
_JUDGES = ("{Sposs} embassy", "{Sposs} foreign ministry", "{Sc}", "{Slead}")
_GERUNDS = ("the ruling", "the sentencing", "{Tposs} ruling", "this ruling")
_HARSH = ("'harsh'", "'draconian'", "'shameful'", "'cruel'", "'outrageous'")


def c42_called_gerund(sc: Scene) -> Built:
    """ "A Peruvian court jailed two Chilean fishermen. Chile's embassy called the ruling
    'harsh'": 111 at Y; "called the ruling 'fair'" near miss: no criticism."""
    w = scene_words(sc)
    fair = sc.rng.random() < 0.2
    verdict = sc.rng.choice(("'fair'", "'balanced'")) if fair else sc.rng.choice(_HARSH)
    text = (
        f"A {w['Tdem']} court {sc.rng.choice(_DEEDS).format(**w)}. "
        f"{sc.rng.choice(_JUDGES).format(**w)} called "
        f"{sc.rng.choice(_GERUNDS).format(**w)} {verdict}."
    )
    allowed = (Expect("*", "*", _r("17", "16"), ASSERTED),)
    if fair:
        return _cap(text), (), (*allowed, _e(sc.s, sc.t, _r("05", "01"), ANY))
    return _cap(text), (_e(sc.s, sc.t, _r("11"), ASSERTED),), allowed


_WANTED = ("the banker", "the two men", "the former minister", "the two suspects")


def c42_handover_verb(sc: Scene) -> Built:
    """ "Peru asked Chile to extradite the banker. Chile handed the banker over on Friday":
    063 at the asker; "will hand ... over once the court approves": `possible`."""
    w = scene_words(sc)
    who = sc.rng.choice(_WANTED)
    done = sc.rng.random() < 0.4
    if done:
        verb = sc.rng.choice(("handed {who} over on Friday", "handed over {who} on Friday"))
    else:
        verb = sc.rng.choice(("will hand {who} over once the court approves",
                              "would hand {who} over once a judge approves",
                              "would hand {who} over if its courts agree"))  # fmt: skip
    text = f"{w['T']} asked {w['S']} to extradite {who}. {w['S']} {verb.format(who=who)}."
    fact = ASSERTED if done else POSSIBLE
    expected = (_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("06"), fact))
    return _cap(text), expected, ()


_APPROVERS = ("{Sposs} Supreme Court", "{Sposs} courts", "{Sc}", "{Sposs} judges")


def c42_owed_approval(sc: Scene) -> Built:
    """ "Peru asked Chile to extradite the banker. Chile's courts would have to approve any
    extradition": 063 `possible` at the asker, no promise (03)."""
    w = scene_words(sc)
    modal = sc.rng.choice(("would have to approve", "will have to approve",
                           "will need to approve", "would need to approve"))  # fmt: skip
    obj = sc.rng.choice(("any extradition", "the extradition", "his extradition"))
    text = (
        f"{w['T']} asked {w['S']} to extradite {sc.rng.choice(_WANTED)}. "
        f"{sc.rng.choice(_APPROVERS).format(**w)} {modal} {obj}."
    )
    expected = (_e(sc.t, sc.s, _r("02"), ASSERTED), _e(sc.s, sc.t, _r("06"), POSSIBLE))
    return _cap(text), expected, ()


_SINGULAR = ("decision", "new law", "refusal", "ruling")
_QUOTED = ("'rewards impunity'", "'shields criminals'", "'protects smugglers'",
           "'emboldens the rebels'", "'threatens regional peace'")  # fmt: skip
_PLURAL_QUOTED = ("'reward impunity'", "'endanger our fishermen'", "'undermine the truce'",
                  "'threaten regional peace'")  # fmt: skip


def c42_quoted_verb(sc: Scene) -> Built:
    """ "Ghana's foreign minister said Togo's new law 'shields criminals'": 111 at Y; a quoted
    praise near miss ("'opens a new chapter'") gives nothing."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} foreign minister", "{Sposs} foreign ministry", "{Slead}",
                         "{Sposs} president"))  # fmt: skip
    if sc.rng.random() < 0.2:
        text = f"{who.format(**w)} said {w['Tposs']} decision 'opens a new chapter'."
        return _cap(text), (), (Expect("*", "*", _r("05", "01"), ANY),)
    if sc.rng.random() < 0.35:
        judged, verdict = "arms sales", sc.rng.choice(_PLURAL_QUOTED)
    else:
        judged, verdict = sc.rng.choice(_SINGULAR), sc.rng.choice(_QUOTED)
    text = f"{who.format(**w)} said {w['Tposs']} {judged} {verdict}."
    return _cap(text), (_e(sc.s, sc.t, _r("11"), ASSERTED),), ()


_CLAIMS = ("asylum claims", "asylum applications", "asylum requests", "visa applications")


def c42_asylum_claims(sc: Scene) -> Built:
    """ "Venezuelan citizens file more asylum claims in Colombia than anywhere else": people's
    applications, no lawsuit (115) at the host; "X filed a case against Y at the ICJ" near
    miss stays the lawsuit."""
    w = scene_words(sc)
    if sc.rng.random() < 0.25:
        text = f"{w['S']} filed a case against {w['T']} at the International Court of Justice."
        return _cap(text), (_e(sc.s, sc.t, _r("11"), ASSERTED),), ()
    who = sc.rng.choice(("{Sdem} citizens", "Thousands of {Sdem} nationals", "{Sdem} migrants"))
    verb = sc.rng.choice(("file", "filed", "lodged"))
    text = f"{who.format(**w)} {verb} more {sc.rng.choice(_CLAIMS)} in {w['T']} than anywhere else."
    return _cap(text), (), (Expect("*", "*", _r("02", "07"), ANY),)


_BODIES = ("the World Trade Organization", "the WTO", "the United Nations")


def c42_body_complaint(sc: Scene) -> Built:
    """ "Indonesia imposed duties on Egyptian steel. Egypt filed a complaint at the WTO": the
    complaint (114) at the state complained of, never the body; with no act before, the body
    may stay."""
    w = scene_words(sc)
    who = sc.rng.choice(("{Sposs} trade ministry", "{S}", "{Sposs} government"))
    verb = sc.rng.choice(
        ("filed a complaint at", "lodged a complaint at", "filed a complaint with")
    )
    tail = f"{who.format(**w)} {verb} {sc.rng.choice(_BODIES)}."
    if sc.rng.random() < 0.2:
        return _cap(tail), (), (Expect("*", "*", _r("11"), ANY),)
    text = f"{w['T']} {sc.rng.choice(_DUTIES).format(**w)}. {_cap(tail)}"
    expected = (_e(sc.t, sc.s, _r("16"), ASSERTED), _e(sc.s, sc.t, _r("11"), ASSERTED))
    return _cap(text), expected, ()


_DUTIES = ("imposed anti-dumping duties on {Sdem} steel", "raised tariffs on {Sdem} cars",
           "banned imports of {Sdem} beef")  # fmt: skip


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c42_called_gerund": c42_called_gerund,
    "c42_handover_verb": c42_handover_verb,
    "c42_owed_approval": c42_owed_approval,
    "c42_quoted_verb": c42_quoted_verb,
    "c42_asylum_claims": c42_asylum_claims,
    "c42_body_complaint": c42_body_complaint,
}

FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
