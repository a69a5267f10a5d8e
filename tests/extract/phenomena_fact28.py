"""fresh16's classes CS, OD, OR, TU, EX, ST and RB (issue 9, fact28) as suite constructions
crossed with the suite's states named by name, capital, demonym or leader, each with several
acts and phrasings:

- ``f28_speaker_conjunct``: "X's foreign ministry said the trawler had been fishing illegally
  and rejected Y's protest", "complained that the traders had been held for days and asked Y
  to ...": after a finished reported clause (a copula, a passive, a progressive), a subjectless
  rejection, request, demand or summons is the speaker's own act, asserted (CS);
- ``f28_fronted_date``: "On Monday X again demanded that Y release the fishermen": a fronted
  date with no comma and an adverb before the verb keeps the subject (OD);
- ``f28_release_held``: "X's president ordered the release of the 14 Y fishermen held since
  February", "... the Y crew seized off PLACE": the participle describes the people, the
  ordered release is X's act toward Y, no causative "held", no seizure by Y of the place (OR);
- ``f28_refusal_ultimatum``: "X said it would refuse further deliveries unless Y gave two days'
  notice": the refusal held out on an ultimatum Y must meet is the threat, 13 asserted (GUIDE
  rule 7; TU);
- ``f28_expected_decide``: "A judge in CAPITAL is expected to decide whether the Y men can be
  released": the passive evidential, never an appeal; nothing asserted (EX);
- ``f28_stop_sending``: "X should stop sending people back across the border": the cessation
  of a return, at most that act hedged, never an aid cut (16; ST);
- ``f28_retaliate_by``: "X could retaliate by cutting the licences it sold to Y trawlers": the
  by-clause names the act (16, possible), never force (19; RB).

Scores on main (c22ed05) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ASSERTED, NOT_ASSERTED, POSSIBLE, Built, Expect, Scene, _cap, _r


def _e(src: State, tgt: State | str, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt if isinstance(tgt, str) else tgt.iso3, roots, facts)


def _poss(name: str) -> str:
    return name + ("'" if name.endswith("s") else "'s")


def _speaker(sc: Scene) -> str:
    return sc.rng.choice((f"{_poss(sc.s.name)} foreign ministry", sc.leader(sc.s), sc.s.name,
                          f"the {sc.s.demonym} government", f"{_poss(sc.s.name)} foreign minister"))  # fmt: skip


# (finished reported clause: a copula, a passive or a progressive, naming no state)
_FINISHED = ("the trawler had been fishing illegally", "the boat had been fishing without a licence",
             "the traders had been held for days", "the men had been detained without charge",
             "the decision was unfair", "the seizure was lawful", "the crew had been treated well",
             "the lorries were being checked for contraband")  # fmt: skip
_REPORTING = ("said", "said that", "complained that", "insisted that")
# (the speaker's own act toward {T} / {Tposs} / {Tdem}; its roots)
_OWN_ACTS = (("rejected {Tposs} protest", "12"), ("asked {T} to free the crew", "02", "10"),
             ("demanded that {T} release the men", "10"),
             ("summoned the {Tdem} ambassador", "11"),
             ("rejected the complaint from {T}", "12", "01"),
             ("asked {T} to allow its consul into the detention centre", "02", "10"))  # fmt: skip


def f28_speaker_conjunct(sc: Scene) -> Built:
    """ "Chile's foreign ministry said the trawler had been fishing illegally and rejected
    Argentina's protest": the rejection is the speaker's, asserted."""
    act, *roots = sc.rng.choice(_OWN_ACTS)
    tname = sc.name(sc.t, capital=0.3)
    act = act.format(T=tname, Tposs=_poss(sc.t.name), Tdem=sc.t.demonym)
    text = (f"{_cap(_speaker(sc))} {sc.rng.choice(_REPORTING)} {sc.rng.choice(_FINISHED)} and "
            f"{act}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r(*roots), ASSERTED),)
    # (the complaint or insistence itself, toward Y or no one: allowed either way)
    allowed = (_e(sc.s, sc.t, frozenset(), ASSERTED | NOT_ASSERTED),
               _e(sc.s, "", _r("11", "10", "01"), ASSERTED | NOT_ASSERTED),
               # ("the traders had been held for days": a detention in the speaker's voice, as
               # "had been detained" is, since leftovers39's "held" row; never asserted)
               Expect("*", "*", _r("17"), NOT_ASSERTED))  # fmt: skip
    return text, want, allowed


_DATES = ("On Monday", "On Tuesday", "On Wednesday", "On Thursday", "On Friday", "On 5 May",
          "On March 12", "In June", "In October", "On Saturday")  # fmt: skip
_AGAIN = ("again", "also", "once more", "again")
# (act toward {T} / {Tposs} / {Tdem}; roots)
_DATED_ACTS = (("demanded that {T} release the fishermen", "10"),
               ("summoned the {Tdem} ambassador", "11"),
               ("accused {T} of meddling in its elections", "11"),
               ("rejected {Tposs} protest", "12"),
               ("expelled two {Tdem} diplomats", "16"),
               ("called on {T} to free the detained sailors", "10", "02"))  # fmt: skip


def f28_fronted_date(sc: Scene) -> Built:
    """ "On Monday Uruguay again demanded that Argentina release the fishermen": the subject is
    kept (no comma after the date)."""
    act, *roots = sc.rng.choice(_DATED_ACTS)
    subj = sc.rng.choice((sc.s.name, sc.s.capital, sc.leader(sc.s),
                          f"{_poss(sc.s.name)} foreign minister"))  # fmt: skip
    act = act.format(T=sc.name(sc.t, capital=0.3), Tposs=_poss(sc.t.name), Tdem=sc.t.demonym)
    text = f"{sc.rng.choice(_DATES)} {subj} {sc.rng.choice(_AGAIN)} {act}."
    want = (_e(sc.s, sc.t, _r(*roots), ASSERTED),)
    return text, want, (_e(sc.s, sc.t, frozenset(), ASSERTED | NOT_ASSERTED),)


_PEOPLE = ("fishermen", "traders", "sailors", "lorry drivers", "men", "farmers")
_HELD_SINCE = ("held since February", "detained in January", "arrested at the border",
               "held since March", "detained last month", "arrested in May", "seized off {C}",
               "seized off the coast", "detained off {C}")  # fmt: skip
_COUNTS = ("the 14", "the", "the three", "20", "the 40")
_FIRST_HELD = ("{Sdem} police detained {N} {Tdem} {P} in January. ", "")


def f28_release_held(sc: Scene) -> Built:
    """ "Togolese police detained 14 Beninese fishermen. Togo's president ordered the release
    of the 14 Beninese fishermen held since February": the release, X -> Y 08 asserted."""
    people = sc.rng.choice(_PEOPLE)
    first = sc.rng.choice(_FIRST_HELD).format(Sdem=_cap(sc.s.demonym), N="14",
                                              Tdem=sc.t.demonym, P=people)  # fmt: skip
    subj = sc.rng.choice((sc.leader(sc.s), f"{_poss(sc.s.name)} president", sc.s.name,
                          f"the {sc.s.demonym} government"))  # fmt: skip
    text = (f"{first}{_cap(subj)} ordered the release of {sc.rng.choice(_COUNTS)} "
            f"{sc.t.demonym} {people} {sc.rng.choice(_HELD_SINCE).format(C=sc.s.capital)}.")  # fmt: skip
    want = [_e(sc.s, sc.t, _r("08"), ASSERTED)]
    if first:
        want.append(_e(sc.s, sc.t, _r("17"), ASSERTED))
    return text, tuple(want), (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)


_REFUSED = ("further deliveries", "further returns", "further shipments", "further flights",
            "any more lorries", "further deportations")  # fmt: skip
_UNLESS = ("unless {T} gave two days' notice", "unless {T} paid its debts",
           "unless {T} signed the protocol", "if {T} did not give notice",
           "unless {T} reopened the bridge", "if {T} did not pay its debts")  # fmt: skip


def f28_refusal_ultimatum(sc: Scene) -> Built:
    """ "Chile said it would refuse further deliveries unless Argentina gave two days' notice":
    the threat, 13 asserted (the refusal itself, possible, allowed)."""
    cond = sc.rng.choice(_UNLESS).format(T=sc.name(sc.t, capital=0.3))
    lead = sc.leader(sc.s)
    who = sc.rng.choice(((sc.s.name, "it"), (f"{_poss(sc.s.name)} interior minister",
                          sc.s.capital), (lead, "it" if lead == sc.s.name else "his government"),
                         (f"the {sc.s.demonym} government", "it")))  # fmt: skip
    verb = sc.rng.choice(("said", "warned"))
    text = f"{_cap(who[0])} {verb} {who[1]} would refuse {sc.rng.choice(_REFUSED)} {cond}."
    want = (_e(sc.s, sc.t, _r("13"), ASSERTED),)
    return text, want, (_e(sc.s, sc.t, _r("12"), NOT_ASSERTED),)


_COURTS = ("A judge in {C}", "A court in {C}", "{Sposs} supreme court", "A magistrate in {C}")
_DECIDE = ("is expected to decide {W} whether the {Tdem} {P} can be released",
           "is expected to rule {W} on whether the {Tdem} {P} can be freed",
           "is expected to decide {W} whether the {Tdem} {P} can be sent home",
           "is expected to announce {W} that the {Tdem} {P} will be released")  # fmt: skip
_WHEN = ("on Friday", "next week", "this month", "on Monday")


def f28_expected_decide(sc: Scene) -> Built:
    """ "A judge in Santiago is expected to decide on Friday whether the Argentine men can be
    released": nothing asserted, no appeal."""
    court = sc.rng.choice(_COURTS).format(C=sc.s.capital, Sposs=_poss(sc.s.name))
    decide = sc.rng.choice(_DECIDE).format(W=sc.rng.choice(_WHEN), Tdem=sc.t.demonym,
                                           P=sc.rng.choice(_PEOPLE))  # fmt: skip
    return f"{court} {decide}.", (), (Expect("*", "*", _r("08", "17", "03"), NOT_ASSERTED),)


_STOP = ("should stop sending people back across the border",
         "must stop sending migrants back across the border",
         "should stop sending people back without notice",
         "ought to stop sending migrants home without notice",
         "should stop sending people back to {T}")  # fmt: skip


def f28_stop_sending(sc: Scene) -> Built:
    """ "Latvia should stop sending people back across the border without notice": at most the
    return (17) hedged, never a cut of aid (16)."""
    text = f"{_cap(sc.name(sc.s, capital=0.3))} {sc.rng.choice(_STOP)}."
    text = text.format(T=sc.name(sc.t, capital=0.3))
    return text, (), (Expect("*", "*", _r("17"), NOT_ASSERTED),)


_SEIZED = (
    "{Tdem} coast guards seized a {Sdem} ferry last week. ",
    "{T} detained two {Sdem} trawlers on Monday. ",
    "",
)
_IFS = ("If they do, ", "If it does, ", "")
_RETALIATE = ("could retaliate by cutting the licences it sold to {Tdem} trawlers",
              "could retaliate by cutting the fishing licences of {Tdem} boats",
              "might retaliate by cutting the permits it granted to {Tdem} trawlers")  # fmt: skip


def f28_retaliate_by(sc: Scene) -> Built:
    """ "Benin could retaliate by cutting the licences it sold to Togolese trawlers": the cut
    licences, X -> Y 16 possible, never force (19)."""
    first = sc.rng.choice(_SEIZED).format(Tdem=_cap(sc.t.demonym), Sdem=sc.s.demonym,
                                          T=sc.t.name)  # fmt: skip
    act = sc.rng.choice(_RETALIATE).format(Tdem=sc.t.demonym)
    iff = sc.rng.choice(_IFS) if first else ""
    subj = sc.name(sc.s, capital=0.3)
    text = f"{first}{iff}{subj if iff else _cap(subj)} {act}."
    want = [_e(sc.s, sc.t, _r("16"), POSSIBLE)]
    allowed = [_e(sc.s, sc.t, _r("13"), ASSERTED)]  # (a held-out retaliation: its threat)
    if first:
        want.append(_e(sc.t, sc.s, _r("17"), ASSERTED))
    return _cap(text), tuple(want), tuple(allowed)


FACT28_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "f28_speaker_conjunct": f28_speaker_conjunct,
    "f28_fronted_date": f28_fronted_date,
    "f28_release_held": f28_release_held,
    "f28_refusal_ultimatum": f28_refusal_ultimatum,
    "f28_expected_decide": f28_expected_decide,
    "f28_stop_sending": f28_stop_sending,
    "f28_retaliate_by": f28_retaliate_by,
}
# Floors (fewest right of 24, most false assertions). On main (c22ed05) before the fix, seed 0
# (``sample(name, 24, 0)``): speaker_conjunct 14/24 (1 false: the request left to the reported
# subject), fronted_date 19 (the subject lost), release_held 5 (13 false: the release read as a
# causative "held", a detention, "seized off PLACE" a seizure), refusal_ultimatum 11 (the refusal with no target, no threat),
# expected_decide 17 (7 false: the evidential read as an appeal), stop_sending 0 (an aid cut,
# 16), retaliate_by 0 (force, 19, or nothing). After: 24, 23 (a leader named May read as a
# date's neighbour), 24, 24, 24, 24, 24; 0 false each.
FLOORS = {name: (23, 0) for name in FACT28_CONSTRUCTIONS}
