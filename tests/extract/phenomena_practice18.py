"""Round 32's practice set (issue 9, practice18: the Baltic) as suite constructions crossed with
the suite's states named by name, capital, demonym + sector or leader, and several phrasings:

- ``pr18_third_state_denial``: "X expelled a Y-ian diplomat. The Y-ian embassy denied that its
  staff had any contact with the man, and Z's foreign ministry praised X's decision"; "X's
  guards stopped migrants crossing from Y. X would ask Z to coordinate patrols. Y denied
  organising the crossings": a denial that names no one, in a paragraph that names a third
  state beside the two of the story, answers the state the story already paired with the
  denier, else the dateline's state (class TS, ``_story_states._among_several``);
- ``pr18_baltic_officials``: "Hanno Pevkur said ... Pevkur accused Y of ...", "Ryzhenkov
  criticised Y": the region's office-holders in office in 2025-2026, by full name and then by
  surname alone (class TB, ``people.tsv``);
- ``pr18_baltic_bodies``: "Frontex criticised Y", "Y lifted sanctions on Belavia", "the grid
  operator Elering accused Y's ...": the EU's border agency and the region's state firms as
  parties (class TB, ``groups.tsv``);
- ``pr18_among_them_list``: "X freed 52 prisoners, among them six Y-ian citizens, two Z-ian
  nationals and a W-ian citizen": each listed nationality's state is a target, not the first
  alone (class LS, ``_composed_actors.among_them_rest``).

Scores on main (43adbf23) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice18_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
    official_spoke,
)

_DAYS = ("on Monday", "on Tuesday", "on Thursday", "last week")
_SUSPECTS = ("the man", "the suspect", "the former officer", "the detained engineer")
_DENIALS = (
    "denied that its staff had any contact with {who}",
    "denied any contact with {who}",
    "denied that its staff had ever contacted {who}",
)  # fmt: skip
_PRAISES = ("praised {Sposs} decision", "welcomed {Sposs} decision", "backed {Sposs} move")
_CROSSERS = ("{Sdem} border guards stopped 140 migrants crossing from {T} {day}",
             "{Sdem} guards turned back dozens of migrants who had crossed from {T} {day}")  # fmt: skip
_ASKS = ("{Scap} would ask {Z} to coordinate patrols along the border",
         "The interior minister said {Scap} would ask {Z} to send more border guards",
         "{Scap} also plans to ask {Z} for help with patrols")  # fmt: skip
_DENIED_DEEDS = ("organising the crossings", "any role in the crossings",
                 "any involvement in the crossings")  # fmt: skip


def pr18_third_state_denial(sc: Scene) -> Built:
    """ "X expelled a Y-ian diplomat. The Y-ian embassy denied ..., and Z's ministry praised
    X's decision": Y -> X 016; "... X would ask Z to ... Y denied organising the crossings"
    (under X's dateline): Y -> X 016."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    sname, zname = sc.name(s, 0.0), sc.name(z, 0.0)
    day = rng.choice(_DAYS)
    if rng.random() < 0.5:
        who = rng.choice(_SUSPECTS)
        first = f"{sname} expelled a {t.demonym} diplomat {day}."
        denial = rng.choice(_DENIALS).format(who=who)
        praise = rng.choice(_PRAISES).format(Sposs=_poss(sname))
        second = f"The {t.demonym} embassy {denial}, and {_poss(zname)} foreign ministry {praise}."
        expect = (
            _e(s, t, _r("16"), ASSERTED),
            _e(t, s, _r("01"), ASSERTED),
            _e(z, s, _r("05"), ASSERTED),
        )
        return f"{first} {second}", expect, ()
    cross = rng.choice(_CROSSERS).format(Sdem=s.demonym, T=sc.name(t, 0.0), day=day)
    ask = rng.choice(_ASKS).format(Scap=s.capital, Z=zname)
    denied = f"{sc.name(t)} has repeatedly denied {rng.choice(_DENIED_DEEDS)}."
    text = f"{s.capital.upper()}, Aug. 4 - {_cap(cross)}. {ask}. {denied}"
    expect = (_e(t, s, _r("01"), ASSERTED),)
    allowed = (
        _e(s, z, _r("02", "03", "04"), NOT_ASSERTED | ASSERTED),
        Expect(s.iso3, t.iso3, frozenset(), NOT_ASSERTED | ASSERTED),
    )
    return text, expect, allowed


# (full name, surname alone, the code's first letters, a date in office)
_OFFICIALS = (
    ("Hanno Pevkur", "Pevkur", "EST", "2025-09-20"),
    ("Andris Spruds", "Spruds", "LVA", "2025-08-04"),
    ("Dovile Sakaliene", "Sakaliene", "LTU", "2025-05-14"),
    ("Maxim Ryzhenkov", "Ryzhenkov", "BLR", "2025-11-18"),
    ("Alexander Turchin", "Turchin", "BLR", "2026-01-15"),
    ("Antti Hakkanen", "Hakkanen", "FIN", "2026-01-15"),
    ("Mari Rantanen", "Rantanen", "FIN", "2026-02-10"),
    ("Rihards Kozlovskis", "Kozlovskis", "LVA", "2025-08-04"),
    ("John Coale", "Coale", "USA", "2025-09-11"),
)  # fmt: skip
_OPENERS = ("{full} spoke to reporters {day}.", "{full} arrived at the meeting {day}.")


def pr18_baltic_officials(sc: Scene) -> Built:
    """ "Hanno Pevkur spoke to reporters on Monday. Pevkur criticised Russia": EST -> RUS 11;
    also by full name alone in one sentence (dated 2025-2026)."""
    return official_spoke(sc, _OFFICIALS, _OPENERS, _DAYS)


_BODIES = ("Frontex", "The European Border and Coast Guard Agency",
           "Frontex, the EU's border agency,")  # fmt: skip
_BODY_ACTS = (("criticised {T}", "11"), ("accused {T} of pushing migrants", "11"),
              ("praised {T}", "05"), ("urged {T} to open its border to inspectors", "02"))  # fmt: skip
# (a state firm, its owner)
_FIRMS = (("Belavia", "BLR"), ("Belaruskali", "BLR"), ("Elering", "EST"), ("Latvenergo", "LVA"),
          ("Litgrid", "LTU"), ("Ignitis", "LTU"), ("Fingrid", "FIN"), ("Orlen", "POL"))  # fmt: skip
_ON_FIRMS = (("imposed sanctions on {F}", "16"), ("sanctioned {F}", "16"),
             ("lifted sanctions on {F}", "08"), ("criticised {F}", "11"))  # fmt: skip


def pr18_baltic_bodies(sc: Scene) -> Built:
    """ "Frontex criticised Belarus": IGO -> Y; "X lifted sanctions on Belavia": X -> BLR."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.5:
        act, root = rng.choice(_BODY_ACTS)
        tname = sc.name(t)
        text = f"{rng.choice(_BODIES)} {act.format(T=tname)} {rng.choice(_DAYS)}."
        return text, (Expect("IGO", t.iso3, _r(root), ASSERTED),), ()
    firm, owner = rng.choice([f for f in _FIRMS if f[1] != s.iso3])
    act, root = rng.choice(_ON_FIRMS)
    text = f"{sc.name(s)} {act.format(F=firm)} {rng.choice(_DAYS)}."
    return text, (Expect(s.iso3, owner, _r(root), ASSERTED),), ()


# A third listed nationality (adjective, code), none of the scene's states.
_THIRD = (("Polish", "POL"), ("Lithuanian", "LTU"), ("Latvian", "LVA"), ("Estonian", "EST"),
          ("Finnish", "FIN"), ("Swedish", "SWE"), ("Norwegian", "NOR"), ("Danish", "DNK"))  # fmt: skip
_FREED = (("freed 52 prisoners", "08"), ("released 14 detainees", "08"),
          ("set free 30 prisoners", "08"), ("deported 40 foreigners", "17"),
          ("arrested 25 people", "17"))  # fmt: skip
_PEOPLE = ("citizens", "nationals")
_LAST = ("a {W} citizen", "a {W} journalist", "three {W} nationals", "two {W} citizens")


def pr18_among_them_list(sc: Scene) -> Built:
    """ "Belarus freed 52 prisoners, among them six Lithuanian citizens, two Latvian nationals
    and a Polish citizen": X -> each listed state (class LS, ``among_them_rest``)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    wdem, wiso = rng.choice([w for w in _THIRD if w[1] not in (s.iso3, t.iso3, z.iso3)])
    act, root = rng.choice(_FREED)
    first = f"six {t.demonym} {rng.choice(_PEOPLE)}"
    second = f"two {z.demonym} {rng.choice(_PEOPLE)}"
    last = rng.choice(_LAST).format(W=wdem)
    text = f"{sc.name(s)} {act} {rng.choice(_DAYS)}, among them {first}, {second} and {last}."
    expect = tuple(Expect(s.iso3, iso, _r(root), ASSERTED) for iso in (t.iso3, z.iso3, wiso))
    return text, expect, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr18_third_state_denial": pr18_third_state_denial,
    "pr18_baltic_officials": pr18_baltic_officials,
    "pr18_baltic_bodies": pr18_baltic_bodies,
    "pr18_among_them_list": pr18_among_them_list,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
FLOORS["pr18_among_them_list"] = (20, 0)  # (parses of three-member lists vary)
