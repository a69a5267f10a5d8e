"""fresh15's classes FT, NC, PA, RD and NB (issue 9, fact27) as suite constructions
crossed with the suite's states named by name, capital, demonym or leader, each with several
acts and phrasings:

- ``f27_shifted_perfect``: "X's president said the border would reopen once the two
  governments had agreed on joint patrols": reported speech shifts "will reopen once they have
  agreed" back one tense; the agreement is still ahead, `possible` both ways, never asserted
  (GUIDE rule 4, round 19; fresh13's FT in the past perfect);
- ``f27_never_carried``: "X's threat to retaliate against Y, never carried out, soured
  relations": the threatened act `negated` (the threat noun is background, allowed);
- ``f27_pledged_supply``: "X pledged to keep supplying electricity to Y": the pledge (03,
  asserted) and the act under it `possible`; supplying power or fuel is trade, never aid
  asserted;
- ``f27_ready_unplaced``: "The defence minister said X was ready to hold talks with Y": a home
  office with no state of its own states its state's readiness, made by saying it (03,
  asserted; GUIDE rule 4, round 19).
- ``f27_raised_with``: "Y's coast guards detained X's fishermen. X's leader said he would raise
  the detentions with NAME": the raised act noun is background, never a second act with no
  doer (GUIDE rule 1, fresh15's NB); the consultation itself is allowed, not required (a
  "raise ... with" row cost four older fresh sets spurious keys, see the commit);
- ``f27_characterised``: "X's ban on Y beef was never really about beef", "X's trade with Y
  crawled through a corridor", "Y took X's ban as an insult": an act noun a clause only
  characterises is background, nothing asserted (NB);
- ``f27_told_participle``: "X's ministry said it had delivered a protest note to Y, accusing Y's
  guards of ...": the trailing participle shares the reported clause's report (FA).

Scores on main (0631f34) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _r,
)


def _e(src: State, tgt: State | str, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt if isinstance(tgt, str) else tgt.iso3, roots, facts)


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


# (opening sentence naming both states and no act, with {S} and {T})
_SETTINGS = ("{S} and {T} share a long and busy border.", "Ties between {S} and {T} are strained.",
             "Relations between {T} and {S} have cooled since the spring.")  # fmt: skip
# (main clause with a past modal; the time clause's agreement with its roots)
_REOPENS = ("the border would reopen", "the crossing would be reopened",
            "lorries could cross again", "the border post would open to traffic",
            "trade would resume")  # fmt: skip
_MARKS = ("once", "after", "when", "as soon as")
_AGREED = (("the two governments had agreed on joint patrols", "03", "06", "04"),
           ("the two governments had settled on joint customs checks", "03", "06", "04"),
           ("the two governments had signed a transit accord", "05", "03", "06"),
           ("the two sides had agreed on new fees", "03", "06", "04"))  # fmt: skip


def f27_shifted_perfect(sc: Scene) -> Built:
    """ "Trade between Togo and Benin has slowed. Togo's president said the border would reopen
    once the two governments had agreed on joint patrols": possible both ways."""
    setting = sc.rng.choice(_SETTINGS).format(S=sc.s.name, T=sc.name(sc.t, capital=0.2))
    agreed, *roots = sc.rng.choice(_AGREED)
    speaker = sc.rng.choice((f"{_poss(sc.s.name)} president", sc.leader(sc.s),
                             f"the {sc.s.demonym} foreign ministry", sc.s.capital))  # fmt: skip
    said = f"{_cap(speaker)} said {sc.rng.choice(_REOPENS)} {sc.rng.choice(_MARKS)} {agreed}."
    want = (_e(sc.s, sc.t, _r(*roots), POSSIBLE), _e(sc.t, sc.s, _r(*roots), POSSIBLE))
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return f"{setting} {said}", want, allowed


# (threatened act with {T} / {Tdem}; its roots)
_THREATENED = (("retaliate against {Tdem} goods", "19", "16", "13"),
               ("retaliate against {T}", "19", "16", "13"),
               ("close the border with {T}", "19", "16"),
               ("expel {Tdem} diplomats", "16", "17"),
               ("cut off gas supplies to {T}", "16", "19"))  # fmt: skip
_NEVER = (", never carried out,", ", which was never carried out,", ", never enforced,",
          ", which it never acted on,", ", never acted on,")  # fmt: skip
_AFTER = ("soured relations for a decade", "did more harm than good",
          "still shapes talks between the two", "was soon forgotten")  # fmt: skip


def f27_never_carried(sc: Scene) -> Built:
    """ "Lome's threat to retaliate against Beninese goods, never carried out, soured relations":
    the retaliation negated, the threat noun background."""
    act, *roots = sc.rng.choice(_THREATENED)
    owner = sc.rng.choice((_poss(sc.s.name), _poss(sc.s.capital), f"{_poss(sc.leader(sc.s))}"))
    tname = sc.name(sc.t, capital=0.2)
    text = (f"{_cap(owner)} threat to {act.format(T=tname, Tdem=sc.t.demonym)}"
            f"{sc.rng.choice(_NEVER)} {sc.rng.choice(_AFTER)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r(*roots), NEGATED),)
    # (the threat noun is background: asserted, with or without its target; a parse that
    # loses the infinitive, "threat to expel X diplomats, never acted on", loses the target)
    allowed = (_e(sc.s, sc.t, _r("13"), ASSERTED | NOT_ASSERTED),
               _e(sc.s, "", _r("13"), ASSERTED), _e(sc.s, sc.t, frozenset(), NOT_ASSERTED))  # fmt: skip
    return text, want, allowed


_PLEDGES = ("pledged", "promised", "vowed", "has pledged", "promised on Monday")
_KEEPS = ("keep supplying", "continue supplying", "keep selling", "continue selling",
          "keep exporting")  # fmt: skip
_GOODS = ("electricity", "gas", "fuel", "power", "diesel")
_UNTIL = ("through the winter", "until the new line is built", "for another year", "")


def f27_pledged_supply(sc: Scene) -> Built:
    """ "Estonia pledged to keep supplying electricity to Latvia": the pledge asserted, the
    supplying possible (trade, not aid)."""
    sname = sc.rng.choice((sc.name(sc.s, capital=0.3), sc.leader(sc.s),
                           f"the {sc.s.demonym} government"))  # fmt: skip
    tname = sc.name(sc.t, capital=0.2)
    until = sc.rng.choice(_UNTIL)
    text = (f"{_cap(sname)} {sc.rng.choice(_PLEDGES)} to {sc.rng.choice(_KEEPS)} "
            f"{sc.rng.choice(_GOODS)} to {tname}{' ' + until if until else ''}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("03"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, want, allowed


_OFFICES = ("the defence minister", "the foreign minister", "the president",
            "a government spokesman", "the prime minister", "the foreign ministry")  # fmt: skip
_READY = ("ready", "willing", "prepared")
_READY_ACTS = (("hold joint patrols with {T}", "03"), ("hold talks with {T}", "03"),
               ("hold a joint inspection with {T}", "03"), ("resume talks with {T}", "03"),
               ("meet {Tlead}", "03"))  # fmt: skip
# (what Y did first, with {Sdem}; roots)
_FIRST = (("{Tdem} soldiers shot two {Sdem} traders on Monday.", "TS", "18", "19"),
          ("{Tdem} police detained three {Sdem} drivers last week.", "TS", "17"),
          ("", ""))  # fmt: skip


def f27_ready_unplaced(sc: Scene) -> Built:
    """ "Beninese soldiers shot two Togolese traders. The defence minister said Togo was ready to
    hold joint patrols with Benin": Togo's readiness, asserted."""
    first, order, *first_roots = sc.rng.choice(_FIRST)
    act, root = sc.rng.choice(_READY_ACTS)
    tname = sc.name(sc.t, capital=0.2)
    clause = act.format(T=tname, Tlead=sc.leader(sc.t))
    said = (f"{_cap(sc.rng.choice(_OFFICES))} said {sc.name(sc.s, capital=0.2)} was "
            f"{sc.rng.choice(_READY)} to {clause}.")  # fmt: skip
    want = [_e(sc.s, sc.t, _r(root), ASSERTED)]
    allowed = [_e(sc.s, sc.t, frozenset(), NOT_ASSERTED)]
    if first:
        first = first.format(Tdem=sc.t.demonym, Sdem=sc.s.demonym)
        want.append(_e(sc.t, sc.s, _r(*first_roots), ASSERTED))
        allowed.append(_e(sc.t, sc.s, frozenset(), ASSERTED | NOT_ASSERTED))
        said = f"{first} {said}"
    return said, tuple(want), tuple(allowed)


# (what Y did to X's people, with {Tdem} / {Sdem}; the act noun that names it)
_HELD = (("{Tdem} coast guards detained 12 {Sdem} fishermen{W}.", "the detentions"),
         ("{Tdem} police arrested five {Sdem} lorry drivers{W}.", "the arrests"),
         ("{Tdem} border guards detained three {Sdem} traders{W}.", "the case"),
         ("{Tdem} police arrested two {Sdem} reporters{W}.", "the arrests"))  # fmt: skip
_RAISES = ("would raise {N} with {L}", "would bring up {N} with {L}",
           "planned to raise {N} with {L}", "will raise {N} with {L}")  # fmt: skip
_WHEN = (" when the two meet", " at their next meeting", " next week", "")


def f27_raised_with(sc: Scene) -> Built:
    """ "Chilean coast guards detained 12 Argentine fishermen. Milei said he would raise the
    detentions with Boric when the two meet": the consultation (possible); the detentions noun
    is background, never a second act with no doer."""
    held, noun = sc.rng.choice(_HELD)
    when = sc.rng.choice(("", " on Monday", " last week"))
    first = held.format(Tdem=sc.t.demonym, Sdem=sc.s.demonym, W=when)
    tlead = sc.leader(sc.t)
    if tlead == sc.t.name:
        tlead = f"{_poss(sc.t.name)} president"
    speaker = sc.rng.choice(((sc.leader(sc.s), "he"), (f"{_poss(sc.s.name)} foreign minister",
                             "she"), (sc.s.name, "it")))  # fmt: skip
    raise_ = sc.rng.choice(_RAISES).format(N=noun, L=tlead)
    said = f"{_cap(speaker[0])} said {speaker[1]} {raise_}{sc.rng.choice(_WHEN)}."
    want = (_e(sc.t, sc.s, _r("17"), ASSERTED),)
    allowed = [_e(sc.s, sc.t, _r("03", "04"), NOT_ASSERTED),
               _e(sc.t, sc.s, _r("03", "04"), NOT_ASSERTED)]  # fmt: skip
    if "planned" in raise_:  # a stated plan is an intent made by saying it (03, asserted)
        allowed.append(_e(sc.s, sc.t, _r("03"), ASSERTED))
    return _cap(f"{first} {said}"), want, tuple(allowed)


# (a sentence that characterises an act noun of X toward Y, with {S}/{Sposs}/{T}/{Tdem})
_CHARACTERISED = ("{Sposs} ban on {Tdem} beef was never really about beef.",
                  "{Sposs} ban on {Tdem} eggs was about politics, not health.",
                  "{Sposs} trade with {T} crawled through a narrow corridor for years.",
                  "Trade between {S} and {T} stalled last year.",
                  "{T} took {Sposs} ban on its apples as an insult.",
                  "{T} saw {Sposs} import ban as an affront.")  # fmt: skip


def f27_characterised(sc: Scene) -> Built:
    """ "Chile's ban on Argentine beef was never really about beef", "their trade crawled
    through a corridor", "Argentina took Chile's ban as an insult": background, no new event,
    never the clause's subject as doer."""
    text = sc.rng.choice(_CHARACTERISED).format(
        S=sc.s.name, Sposs=_poss(sc.s.name), T=sc.name(sc.t, capital=0.2), Tdem=sc.t.demonym
    )
    return _cap(text), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_NOTES = ("had delivered a protest note to {T}", "had sent a note of protest to {T}",
          "had handed a protest note to {Tposs} ambassador", "had lodged a formal protest with {T}")  # fmt: skip
_ACCUSING = ("accusing {Tdem} border guards of beating a {Sdem} driver",
             "accusing {Tdem} police of mistreating {Sdem} traders",
             "accusing {Tdem} soldiers of firing on {Sdem} fishermen")  # fmt: skip
_MINISTRIES = ("{Sposs} foreign ministry", "The {Sdem} foreign ministry", "{S}", "{Slead}")


def f27_told_participle(sc: Scene) -> Built:
    """ "Latvia's foreign ministry said it had delivered a protest note to Tallinn, accusing
    Estonian border guards of beating a Latvian driver": the participle shares the reported
    clause's subject and its report, never asserted (FA)."""
    tname = sc.name(sc.t, capital=0.4)
    fill = {"T": tname, "Tposs": _poss(sc.t.name), "Tdem": sc.t.demonym, "Sdem": sc.s.demonym,
            "S": sc.s.name, "Sposs": _poss(sc.s.name), "Slead": sc.leader(sc.s)}  # fmt: skip
    who = sc.rng.choice(_MINISTRIES).format(**fill)
    pron = "he" if who == fill["Slead"] and who != sc.s.name else "it"
    note = sc.rng.choice(_NOTES).format(**fill)
    text = f"{_cap(who)} said {pron} {note}, {sc.rng.choice(_ACCUSING).format(**fill)}."
    want = (_e(sc.s, sc.t, _r("11"), frozenset({"reported"})),)
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED), _e(sc.t, sc.s, frozenset(), NOT_ASSERTED))
    return text, want, allowed


FACT27_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "f27_shifted_perfect": f27_shifted_perfect,
    "f27_never_carried": f27_never_carried,
    "f27_pledged_supply": f27_pledged_supply,
    "f27_ready_unplaced": f27_ready_unplaced,
    "f27_raised_with": f27_raised_with,
    "f27_characterised": f27_characterised,
    "f27_told_participle": f27_told_participle,
}
# Floors (fewest right of 24, most false assertions). On main (0631f34) before the fix, seed 0
# (``sample(name, 24, 0)``): shifted_perfect 0/24 (30 false: the agreement asserted both ways),
# never_carried 0 (the act `possible`, a folded "expel" lost, a leader's possessive giving the
# act to the target's state), pledged_supply 0 (24 false: the supplying asserted as aid),
# ready_unplaced 0 (`reported` under an unplaced office), raised_with 15 (the raised act noun a
# second act with no doer), characterised 0 (27 false: the characterised noun asserted). After:
# 24, 23, 24, 23, 24, 24, 0 false each.
FLOORS = {name: (23, 0) for name in FACT27_CONSTRUCTIONS}
