"""State long forms, the doer's own capital and a singular "national" (issue 9, names15:
fresh7's classes SN and PL and a suite miss), as suite constructions crossed with the suite's
states, the long forms of the actor tables and several phrasings each.

- ``n15_long_form``: "The Republic of Congo protested to T": every "X of the Y" long form of the
  countries table written without "the" (and "the Republic of Ireland", "Republic of Turkey"),
  as doer or as target;
- ``n15_fronted_capital``: "In SCAP, the interior ministry denied the report": a fronted scene
  phrase is where the doer speaks, never the act's target;
- ``n15_visit_own_capital``: "S's president invited the pope to visit SCAP": the doer's own
  capital as a visit's destination is no target;
- ``n15_wanted_national``: "A Tdem national wanted for fraud was detained in SCAP by Sdem
  police": the singular "national" (parsed as an adjective or under a clausal subject) is the
  arrest's target;
- ``n15_own_charges``: "Sdem police arrested two Tdem traders. The traders denied the charges":
  the arrested deny their own charges, no state's denial (016);
- ``n15_region_thing``: "S sent troops to European missions": a region's adjective on a noun of
  no actor is no party.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from phenomena_tables import _table
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _article, _cap, _poss, _time

_ANYROOT: frozenset[str] = frozenset()
_OF_THE = " of the "
_EXTRA = (("IRL", "the Republic of Ireland"), ("TUR", "the Republic of Turkey"))
_ACTS = (
    ("{S} protested to {T}{when}.", "11"),
    ("{S} criticized {T}{when}.", "11"),
    ("{S} accused {T} of meddling in its affairs{when}.", "11"),
    ("{T} criticized {S}{when}.", "11"),
    ("{T} praised {S}{when}.", "05"),
)  # fmt: skip


@cache
def _long_forms() -> tuple[tuple[str, str], ...]:
    """(ISO3, long form without "the" after "of") for every such alias of the table."""
    out = list(_EXTRA)
    for r in _table("countries.tsv"):
        if len(r) > 7 and not r[6]:  # (states of today)
            for alias in r[7].split("|"):
                if _OF_THE in alias and not any(ch in alias for ch in "(),"):
                    out.append((r[0], "the " + alias.replace(_OF_THE, " of ")))
    return tuple(out)


def n15_long_form(sc: Scene) -> Built:
    """ "The Republic of Congo protested to Gabon", "Kenya criticized the Republic of Sudan"."""
    t = sc.t
    iso3, form = sc.rng.choice([f for f in _long_forms() if f[0] != t.iso3])
    act, root = sc.rng.choice(_ACTS)
    text = _cap(act.format(S=form, T=sc.name(t, 0.0), when=_time(sc)))
    src, tgt = (t.iso3, iso3) if act.startswith("{T}") else (iso3, t.iso3)
    return text, (Expect(src, tgt, frozenset({root}), ASSERTED),), ()


_MINISTRIES = ("the interior ministry", "the foreign ministry", "the government", "officials")
_FRONTED = (
    "denied the report",
    "criticized the decision",
    "welcomed the agreement",
    "rejected the accusation",
)  # fmt: skip


def n15_fronted_capital(sc: Scene) -> Built:
    """ "In Tbilisi, the interior ministry denied the report": no event aimed at the capital's
    own state (the doer may be placed there, or stay unplaced, with no target)."""
    s = sc.s
    who, act = sc.rng.choice(_MINISTRIES), sc.rng.choice(_FRONTED)
    text = f"In {s.capital}, {who} {act}{_time(sc)}."
    allowed = (Expect("*", "", _ANYROOT, ANY),)
    return text, (), allowed


# (sector words, "the delegation", are read as the doer's own government by the domestic-pair
# rule: not this class)
_INVITEES = ("the pope", "the visitors", "the UN secretary-general", "foreign investors")
_VISITS = (
    "invited {who} to visit {cap}",
    "asked {who} to come to {cap}",
    "invited {who} to travel to {cap}",
)  # fmt: skip


def n15_visit_own_capital(sc: Scene) -> Built:
    """ "Kenya's president invited the pope to visit Nairobi": the inviter's own capital is
    where the visit goes, never the target of the invitation or of the visit."""
    s = sc.s
    doer = sc.rng.choice((f"{_poss(s.name)} president", f"The {s.demonym} government"))
    verb = sc.rng.choice(_VISITS).format(who=sc.rng.choice(_INVITEES), cap=s.capital)
    text = _cap(f"{doer} {verb}{_time(sc)}.")
    allowed = (
        Expect("*", "", _ANYROOT, ANY),
        Expect("---", "*", _ANYROOT, ANY),
        Expect("*", "---", _ANYROOT, ANY),
        Expect("*", "IGO", _ANYROOT, ANY),
        Expect("IGO", "*", _ANYROOT, ANY),
    )
    return text, (), allowed


_WANTED = (
    "{a_Tdem} national wanted for fraud was detained in {Scap} by {Sdem} police",
    "{a_Tdem} national wanted for smuggling was arrested in {Scap} by {Sdem} police",
    "{a_Tdem} national wanted for drug trafficking was detained in {Scap} by {Sdem} police",
)  # fmt: skip


def n15_wanted_national(sc: Scene) -> Built:
    """ "A Kittitian national wanted for fraud was detained in Caracas by Venezuelan police":
    the national's state is the target (the singular noun, tagged as an adjective)."""
    s, t = sc.s, sc.t
    text = sc.rng.choice(_WANTED).format(
        a_Tdem=_cap(_article(t.demonym)), Scap=s.capital, Sdem=s.demonym
    )
    return text + ".", (Expect(s.iso3, t.iso3, frozenset({"17"}), ASSERTED),), ()


_ARRESTED = ("traders", "fishermen", "students", "sailors")
_ARRESTS = (
    "arrested two {Tdem} {who}",
    "detained three {Tdem} {who}",
    "arrested four {Tdem} {who}",
)
_DENY = ("The {who} denied the charges.", "The {who} deny the charges.",
         "The {who} have denied the charges.")  # fmt: skip


def n15_own_charges(sc: Scene) -> Built:
    """ "Indian police arrested two Nepali traders. The traders denied the charges": the
    arrest, and no denial by any state."""
    s, t = sc.s, sc.t
    who = sc.rng.choice(_ARRESTED)
    arrest = sc.rng.choice(_ARRESTS).format(Tdem=t.demonym, who=who)
    text = f"{s.demonym} police {arrest}{_time(sc)}. " + sc.rng.choice(_DENY).format(who=who)
    want = (Expect(s.iso3, t.iso3, frozenset({"17"}), ASSERTED),)
    allowed = (Expect("*", "*", frozenset({"17"}), ANY),)
    return text, want, allowed


_REGIONS = ("European", "African", "Asian")
_THINGS = (
    ("sent troops to {R} missions", "07"),
    ("sent aid to {R} schools", "07"),
    ("sent engineers to {R} ports", "07"),
)  # fmt: skip


def n15_region_thing(sc: Scene) -> Built:
    """ "Vienna could send troops to European missions": no region as the target."""
    s = sc.s
    act, _root = sc.rng.choice(_THINGS)
    text = f"{sc.name(s)} {act.format(R=sc.rng.choice(_REGIONS))}{_time(sc)}."
    allowed = (Expect("*", "", _ANYROOT, ANY), Expect("*", "---", _ANYROOT, ANY))
    return text, (), allowed


NAMES15_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n15_long_form": n15_long_form,
    "n15_fronted_capital": n15_fronted_capital,
    "n15_visit_own_capital": n15_visit_own_capital,
    "n15_wanted_national": n15_wanted_national,
    "n15_own_charges": n15_own_charges,
    "n15_region_thing": n15_region_thing,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before names15 (8512103) the same 24 scored (right, false assertions):
# n15_long_form 10/1, n15_fronted_capital 0/24, n15_visit_own_capital 12/12,
# n15_wanted_national 21/3, n15_own_charges 11/13, n15_region_thing 0/24; after names15 all
# 24/0.
FLOORS = {name: (24, 0) for name in NAMES15_CONSTRUCTIONS}
