"""Round 36's practice set of 1979-1999 Levant wire copy (practice27, classes MV and IN of
``bench/gold/reviews/practice27_classes.md``), crossed with the suite's states and phrasings:

- ``w11_flown_person``: "S freed the Tdem dissident and flew him to T", "S flew the freed Tdem
  pilot (the Tdem defectors) to T": a person carried is no visit of S's (04); the release is
  its own act; the near miss "Sposs president flew to T" stays the visit (class MV);
- ``w11_initialled_text``: "S and T initialled an agenda (a draft text, a framework) for peace
  talks": S <-> T a signing (05), as "initialled an accord"; the near miss "S and T discussed an
  agenda for talks" is no signing (class IN);
- ``w11_after_one_of_whom``: "S granted asylum to two of T's generals, one of whom ran Tposs
  army, and Tcap accused Scap of harbouring traitors": T -> S an accusation (11), the clause
  after the closed ", one of whom ..." the main clause's conjunct; the near miss "... one of
  whom had fled in June" has no accusation (class AC);
- ``w11_community_site``: "S declared war on Tposs troops in S, and Tdem artillery pounded the
  Christian enclave (Druze villages, the Shiite quarter) in reply": T -> S force (19), the
  place named by its people's faith lies in the paragraph's other state, never T's own; the
  near miss "Sdem troops pounded the Druze villages" keeps the home reading S -> S (class
  OT)."""

from __future__ import annotations

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _r, _time

_CARRIED = ("dissident", "cleric", "defector", "activist", "pilot", "sailor")


def w11_flown_person(sc: Scene) -> Built:
    """ "S freed the T-ian cleric and flew him to T": no visit by S (04); "S's president flew to
    T" stays the visit."""
    rng, s, t = sc.rng, sc.s, sc.t
    r = rng.random()
    if r < 0.2:
        text = f"{s.name}'s president flew to {t.name}{_time(sc)}."
        return text, (Expect(s.iso3, t.iso3, _r("04"), ASSERTED),), ()
    who = rng.choice(_CARRIED)
    verb = rng.choice(("freed", "released"))
    if r < 0.6:
        text = f"{s.name} {verb} the {t.demonym} {who}{_time(sc)} and flew him to {t.name}."
    elif r < 0.8:
        text = f"{s.name} flew the freed {t.demonym} {who} to {t.name}{_time(sc)}."
    else:
        text = f"{s.name} {verb} two {t.demonym} {who}s and flew them to {t.name}{_time(sc)}."
    allowed = (Expect(s.iso3, t.iso3, _r("08", "06"), ANY),)
    return text, (), allowed


_TEXTS = ("an agenda", "a draft text", "a framework", "a draft agenda", "a draft declaration")


def w11_initialled_text(sc: Scene) -> Built:
    """ "S and T initialled an agenda for peace talks": S <-> T 05; "S and T discussed an agenda
    for talks" is no signing."""
    rng, s, t = sc.rng, sc.s, sc.t
    what = rng.choice(_TEXTS)
    if rng.random() < 0.15:
        text = f"{s.name} and {t.name} discussed {what} for peace talks{_time(sc)}."
        allowed = (Expect(s.iso3, t.iso3, _r("04"), ANY), Expect(t.iso3, s.iso3, _r("04"), ANY))
        return text, (), allowed
    pair = rng.choice(
        (f"{s.name} and {t.name}", f"{s.name}'s and {t.name}'s negotiators",
         f"The {s.demonym} and {t.demonym} foreign ministers")
    )  # fmt: skip
    text = f"{pair} initialled {what} for peace negotiations{_time(sc)}."
    want = (Expect(s.iso3, t.iso3, _r("05"), ASSERTED), Expect(t.iso3, s.iso3, _r("05"), ASSERTED))
    return text, want, ()


_QUANTIFIERS = ("one", "two", "both", "most", "some", "all")
_SHELTERED = ("generals", "officers", "dissidents", "defectors", "ministers")
_ACCUSED_OF = ("harbouring traitors", "sheltering criminals", "plotting against it",
               "hiding fugitives")  # fmt: skip


def w11_after_one_of_whom(sc: Scene) -> Built:
    """ "S granted asylum to two of T's generals, one of whom ran T's army, and T accused S of
    harbouring traitors": T -> S 11; with no comma-closed relative and no second subject there
    is no accusation."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice(_SHELTERED)
    q = rng.choice(_QUANTIFIERS)
    grant = rng.choice(("granted asylum", "gave refuge", "gave shelter"))
    accuser = sc.name(t, capital=0.5)
    accused = sc.name(s, capital=0.5)
    if rng.random() < 0.15:
        text = (f"{s.name} {grant}{_time(sc)} to three {t.demonym} {who}, {q} of whom had fled "
                f"in June.")  # fmt: skip
        return text, (), (Expect(s.iso3, t.iso3, _r("07", "04", "08"), ANY),)
    text = (f"{s.name} {grant}{_time(sc)} to three {t.demonym} {who}, {q} of whom ran "
            f"{t.name}'s army, and {accuser} accused {accused} of {rng.choice(_ACCUSED_OF)}.")  # fmt: skip
    allowed = (Expect(s.iso3, t.iso3, _r("07", "04", "08"), ANY),)
    return text, (Expect(t.iso3, s.iso3, _r("11"), ASSERTED),), allowed


_FAITH_SITES = ("the Christian enclave", "Druze villages", "the Shiite quarter",
                "Sunni districts", "the Maronite heartland", "Moslem villages")  # fmt: skip
_POUNDED = ("pounded", "shelled", "bombarded")


def w11_community_site(sc: Scene) -> Built:
    """ "S declared war on T's troops in S, and T-ian artillery pounded the Christian enclave in
    reply": T -> S 19; "S-ian troops pounded the Druze villages" stays S -> S."""
    rng, s, t = sc.rng, sc.s, sc.t
    where = rng.choice(_FAITH_SITES)
    verb = rng.choice(_POUNDED)
    r = rng.random()
    if r < 0.15:
        text = f"{s.demonym} troops {verb} {where}{_time(sc)}."
        return text, (Expect(s.iso3, s.iso3, _r("19"), ASSERTED),), ()
    if r < 0.6:
        text = (f"{s.name} declared war on {t.name}'s troops in {s.name}{_time(sc)}, and "
                f"{t.demonym} artillery {verb} {where} in reply.")  # fmt: skip
        allowed = (Expect(s.iso3, t.iso3, _r("19", "13", "17"), ANY),)
    else:
        text = (f"{s.name} accused {t.name} of massing troops on its border{_time(sc)}, and "
                f"{t.demonym} gunners {verb} {where} hours later.")  # fmt: skip
        allowed = (
            Expect(s.iso3, t.iso3, _r("11", "12"), ANY),
            Expect(t.iso3, s.iso3, _r("15"), ANY),  # (the massing, as S tells it)
        )
    return text, (Expect(t.iso3, s.iso3, _r("19"), ASSERTED),), allowed


W11_CONSTRUCTIONS = {
    "w11_flown_person": w11_flown_person,
    "w11_initialled_text": w11_initialled_text,
    "w11_after_one_of_whom": w11_after_one_of_whom,
    "w11_community_site": w11_community_site,
}
# Floors (fewest right of 24, most false assertions).
W11_FLOORS = {name: (22, 0) for name in W11_CONSTRUCTIONS}
