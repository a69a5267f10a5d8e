"""Round 23's leftovers (issue 9, leftovers29) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several verbs and phrasings:

- ``lo29_froze_his_accounts``: "A asked B to extradite a businessman. B froze his bank accounts":
  the tagger reads "accounts" after "his bank" as a present verb, so the freeze had no object
  and no row; an asset freeze is a sanction (163, PETRARCH2's FREEZE * {BANK ACCOUNT} [163])
  aimed at the state of the person, here the requester whose national he is;
- ``lo29_froze_named_person``: "X froze the bank accounts of NAME, a Y-ian official": the same
  freeze aimed at the state the apposition names (kept by an earlier round, guarded here);
- ``lo29_retaliate_by``: "X said it would retaliate by expelling Y's diplomats", "X would
  respond by imposing sanctions on Y": a pledge to retaliate by an act is a threat (GUIDE rule
  2: retaliation pledges are threats; the codebook's 130 note: conflictual behaviour forecast
  in the future tense is a threat), asserted and aimed at Y, with the codebook's sub-code of
  the act (1313 for expulsions, 1312 for sanctions, 1381 for closures); never the act itself
  asserted;
- ``lo29_aside_infinitive``: "Russia's threat, never acted on (made last week), to expel
  Britain's diplomats was criticised": the infinitive after an aside belongs to the noun before
  it (``_aside_infinitives``), so the threat Russia -> Britain 13 is asserted with its target;
- ``lo29_secured_release``: "India secured the release of sailors held by Iran": Iran -> India
  084 (``parties.secured_release``).

Scores on main (1629fda) before the fix, ``bench/phenomena.py`` seed 0: lo29_froze_his_accounts
about half (the "his bank accounts" shapes gave nothing), lo29_retaliate_by 0/24 (161 or 163
`possible`, no threat); lo29_froze_named_person already right.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap

_WHEN = ("", " on Monday", " last week", " on Friday")
_WANTED = ("a businessman", "a former minister", "a banker", "a former general", "a tycoon",
           "an opposition leader", "a former governor")  # fmt: skip
_ASKED = ("asked {B} to extradite {who}", "has asked {B} to extradite {who}",
          "requested the extradition of {who} from {B}", "wants {B} to hand over {who}")  # fmt: skip
_FROZE = ("froze his bank accounts", "has frozen his bank accounts", "froze his assets",
          "froze her bank accounts", "froze his accounts", "froze the man's bank accounts",
          "froze all his bank accounts")  # fmt: skip


def lo29_froze_his_accounts(sc: Scene) -> Built:
    """ "Togo asked Benin to extradite a businessman. Benin froze his bank accounts": Benin ->
    Togo 163, asserted; the request Togo -> Benin 02 beside it."""
    a, b = sc.name(sc.t, capital=0.2), sc.name(sc.s, capital=0.2)
    asked = sc.rng.choice(_ASKED).format(B=b, who=sc.rng.choice(_WANTED))
    froze = sc.rng.choice(_FROZE)
    text = f"{_cap(a)} {asked}. {_cap(sc.name(sc.s, capital=0.2))} {froze}{sc.rng.choice(_WHEN)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"16"}), ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({"02"}), ASSERTED),
    )
    return text, want, ()


_PERSONS = ("Ivan Petrov", "Ali Karimi", "Jose Moreno", "Chen Wei", "Ahmed Salem", "Paul Mensah")
_ROLES = ("a {Tdem} official", "a senior {Tdem} official", "a former {Tdem} minister",
          "a {Tdem} businessman", "{Tposs} deputy defence minister", "a {Tdem} general")  # fmt: skip
_FREEZES = ("froze the bank accounts of {p}, {r},", "froze the assets of {p}, {r},",
            "has frozen the assets of {p}, {r},", "froze the bank accounts of {p} ({r})")  # fmt: skip


def lo29_froze_named_person(sc: Scene) -> Built:
    """ "Britain froze the bank accounts of Ivan Petrov, a Russian official": Britain -> Russia
    163, asserted."""
    tname = sc.name(sc.t, capital=0.0)
    role = sc.rng.choice(_ROLES).format(
        Tdem=sc.t.demonym, Tposs=f"{tname}'" if tname.endswith("s") else f"{tname}'s"
    )
    act = sc.rng.choice(_FREEZES).format(p=sc.rng.choice(_PERSONS), r=role)
    when = sc.rng.choice((" on Monday", " last week", " on Friday"))
    text = f"{_cap(sc.name(sc.s, capital=0.2))} {act.rstrip(',')}{when}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"16"}), ASSERTED),), ()


_SAID = ("said it would", "said {S} would", "warned that it would", "said that it would",
         "would", "will")  # fmt: skip
_ANSWER = ("retaliate", "respond", "react", "hit back")
_BY = ("expelling {Tdem} diplomats", "expelling {Tposs} diplomats", "imposing sanctions on {T}",
       "expelling the {Tdem} ambassador", "closing its border with {T}",
       "banning imports from {T}", "cutting diplomatic ties with {T}")  # fmt: skip


def lo29_retaliate_by(sc: Scene) -> Built:
    """ "Poland said it would retaliate by expelling Belarusian diplomats": Poland -> Belarus 13
    (1313), asserted; the expulsion is no asserted act."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    said = sc.rng.choice(_SAID).format(S=sname)
    by = sc.rng.choice(_BY).format(
        T=tname, Tdem=sc.t.demonym, Tposs=f"{tname}'" if tname.endswith("s") else f"{tname}'s"
    )
    text = f"{_cap(sname)} {said} {sc.rng.choice(_ANSWER)} by {by}."
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"13"}), ASSERTED),), ()


_SECURED = ("secured", "won", "obtained", "has secured", "gained", "has won")
_HELD_PEOPLE = ("sailors held by {T}", "{Sdem} sailors held by {T}", "its citizens from {T}",
                "two {Sdem} nationals from {T}", "fishermen detained by {T}",
                "{Sdem} truck drivers held in {T}", "its citizens held in {T}",
                "seven {Sdem} fishermen jailed in {T}")  # fmt: skip


def lo29_secured_release(sc: Scene) -> Built:
    """ "India secured the release of sailors held by Iran": Iran -> India 084 (the holder
    releases them to the state that secured it), asserted."""
    people = sc.rng.choice(_HELD_PEOPLE).format(T=sc.name(sc.t, capital=0.0), Sdem=sc.s.demonym)
    sname = sc.name(sc.s, capital=0.2)
    text = f"{_cap(sname)} {sc.rng.choice(_SECURED)} the release of {people}{sc.rng.choice(_WHEN)}."
    return text, (Expect(sc.t.iso3, sc.s.iso3, frozenset({"08"}), ASSERTED),), ()


_ASIDES = ("never acted on", "made in March", "first voiced last year", "repeated on Friday",
           "issued on Monday", "made last week")  # fmt: skip
_THREATENED_ACTS = ("expel {Tposs} diplomats", "expel {Tdem} diplomats",
                    "impose sanctions on {T}", "cut ties with {T}",
                    "close its border with {T}")  # fmt: skip
_AFTER = ("was criticised", "drew protests", "was widely reported", "angered {T}",
          "was condemned")  # fmt: skip


def lo29_aside_infinitive(sc: Scene) -> Built:
    """ "Russia's threat, never acted on, to expel Britain's diplomats was criticised": the
    threat Russia -> Britain 13, asserted, its infinitive hung on the noun across the aside
    (the plan case, "Iran's plan, announced on Monday, to close ...", read as the aside's
    purpose and asserted before: tests/extract/test_leftovers29.py)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    fill = {"T": tname, "Tdem": sc.t.demonym,
            "Tposs": f"{tname}'" if tname.endswith("s") else f"{tname}'s"}  # fmt: skip
    sposs = f"{sname}'" if sname.endswith("s") else f"{sname}'s"
    aside, after = sc.rng.choice(_ASIDES), sc.rng.choice(_AFTER).format(**fill)
    act = sc.rng.choice(_THREATENED_ACTS).format(**fill)
    text = f"{_cap(sposs)} threat, {aside}, to {act} {after}."
    act_itself = Expect(sc.s.iso3, sc.t.iso3, frozenset(), NOT_ASSERTED)  # (possible, negated)
    return text, (Expect(sc.s.iso3, sc.t.iso3, frozenset({"13"}), ASSERTED),), (act_itself,)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo29_aside_infinitive": lo29_aside_infinitive,
    "lo29_secured_release": lo29_secured_release,
    "lo29_froze_his_accounts": lo29_froze_his_accounts,
    "lo29_froze_named_person": lo29_froze_named_person,
    "lo29_retaliate_by": lo29_retaliate_by,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
FLOORS["lo29_aside_infinitive"] = (22, 0)  # (a parse of "expel X-ian diplomats V-ed ..." loses Y)
