"""fresh8's context classes (issue 9, context15: RQ, V, J/PB), crossed with states, capitals,
leaders, demonyms and phrasings.

c15a: "S called on T to let consular officers visit the detainees", "S asked T to allow its
officials to visit ...", "S offered to let T's experts inspect the site": the appeal (S -> T) or
the offer (S -> any) is the only event; the permitted visit, inspection or entry is asked for or
offered, not done (not even possible).
c15b: "S's foreign ministry called in T's ambassador (on Monday) and asked for the traders'
release / demanded an explanation": a summons of T (110), and the conjoined request is aimed at
T too.
c15c: "S's President NAME was received by his T counterpart (NAME) in T's capital (, and the two
signed an agreement on X)": T hosts S (043) and S visits T (042); "the two" sign both ways.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time


def _e(a: State, b: State | str, root: str) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset({root}), ASSERTED)


# -- c15a -----------------------------------------------------------------------------------
_ASKING = ("called on {T} to", "asked {T} to", "urged {T} to", "appealed to {T} to")
_PERMIT = (
    "let {who} visit the detained {people}", "allow {who} to visit the detained {people}",
    "permit {who} to enter the border area", "let {who} inspect the dam",
    "allow {who} to see the prisoners",
)  # fmt: skip
_WHO_ASKED = ("consular officers", "its diplomats", "{Sdem} officials", "{Sdem} doctors")
_WHO_OFFERED = ("{Tdem} experts", "{Tdem} inspectors", "{Tdem} engineers", "{Tposs} experts")
_PEOPLE = ("students", "traders", "fishermen", "workers")


def c15a_permitted(sc: Scene) -> Built:
    """ "Nepal called on India to let consular officers visit the detained students", "Japan
    offered to let Korean experts inspect the plant": the appeal or offer only."""
    rng, s, t = sc.rng, sc.s, sc.t
    names = {"Sdem": s.demonym, "Tdem": t.demonym, "Tposs": _poss(t.name)}
    src = rng.choice(
        (
            sc.name(s, capital=0.3),
            f"{_poss(s.name)} foreign ministry",
            f"the {s.demonym} government",
        )
    )
    if rng.random() < 0.6:
        who = rng.choice(_WHO_ASKED).format(**names)
        lead = rng.choice(_ASKING).format(T=t.name)
        want = _e(s, t, "02")
    else:
        who = rng.choice(_WHO_OFFERED).format(**names)
        lead = rng.choice(("offered to", "has offered to"))
        want = Expect(s.iso3, "*", frozenset({"03"}), ASSERTED)
    act = rng.choice(_PERMIT).format(who=who, people=rng.choice(_PEOPLE))
    text = f"{_cap(src)} {lead} {act}{_time(sc)}."
    return text, (want,), ()


# -- c15b -----------------------------------------------------------------------------------
_ENVOY = ("ambassador", "envoy", "ambassador")
_AND_ASKED = (
    ("asked for the traders' release", "02"), ("demanded an explanation", "10"),
    ("asked for the release of the fishermen", "02"), ("demanded compensation", "10"),
    ("", ""),
)  # fmt: skip


def c15b_called_in(sc: Scene) -> Built:
    """ "The Kenyan foreign ministry called in Ethiopia's ambassador on Monday and asked for the
    traders' release": a summons of T, and the request aimed at T."""
    rng, s, t = sc.rng, sc.s, sc.t
    src = rng.choice(
        (f"the {s.demonym} foreign ministry", f"{_poss(s.name)} foreign ministry", s.name,
         s.capital)
    )  # fmt: skip
    envoy = rng.choice(
        (f"{_poss(t.name)} {rng.choice(_ENVOY)}", f"the {t.demonym} {rng.choice(_ENVOY)}")
    )
    more, root = rng.choice(_AND_ASKED)
    text = f"{_cap(src)} called in {envoy}{_time(sc)}" + (f" and {more}." if more else ".")
    want = (_e(s, t, "11"), _e(s, t, root)) if root else (_e(s, t, "11"),)
    return text, want, ()


# -- c15c -----------------------------------------------------------------------------------
_SIGNED = (
    "an agreement on rare earths", "a trade agreement", "a memorandum on energy cooperation",
    "a protocol on border crossings",
)  # fmt: skip


def c15c_received_signed(sc: Scene) -> Built:
    """ "Mongolian Prime Minister NAME was received by his Japanese counterpart NAME in Tokyo on
    Monday, and the two signed an agreement": T hosts S, S visits T; both sign, each way."""
    rng, s, t = sc.rng, sc.s, sc.t
    s_lead, t_lead = s.leader(sc.date), t.leader(sc.date)
    office = rng.choice(("president", "prime minister"))
    guest = rng.choice((f"{_poss(s.name)} {office}", f"the {s.demonym} {office}"))
    if s_lead and rng.random() < 0.5:  # "Mongolian Prime Minister NAME"
        guest = f"{s.demonym} {office.title()} {s_lead}"
    host = f"his {t.demonym} counterpart" + (f" {t_lead}" if t_lead and rng.random() < 0.6 else "")
    text = f"{guest} was received by {host} in {t.capital}{_time(sc)}"
    want = [_e(t, s, "04"), _e(s, t, "04")]
    if rng.random() < 0.6:
        text += f", and the two signed {rng.choice(_SIGNED)}"
        want += [_e(s, t, "05"), _e(t, s, "05")]
    return _cap(text) + ".", tuple(want), ()


CONTEXT15_CONSTRUCTIONS = {
    "c15a_permitted": c15a_permitted,
    "c15b_called_in": c15b_called_in,
    "c15c_received_signed": c15c_received_signed,
}
FLOORS = {name: (23, 0) for name in CONTEXT15_CONSTRUCTIONS}
# Main before context15 (a24924d; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): c15a 11/3 (the permitted visit or inspection emitted, asserted under "let"),
# c15b 0/4 (no summons: "in" read as a preposition; the request with no target, or the
# doer's own state), c15c 8/0 (a titled guest's hosting lost; "the two" signing at the
# guest only, or not at all). After: c15a 24/0, c15b 24/0, c15c 23/0. Not yet: "charge
# d'affaires" as the summoned envoy, a bare name as the received guest ("NAME was received
# by ..."), and "the two leaders" after a passive hosting.
