"""Round 32's leftovers of the news helpers (issue 9; stop 44's "noticed, not done") as suite
constructions crossed with the suite's states named by name, capital, leader or demonym, and
several phrasings each:

- ``lo49_report_content``: "Neither government has commented on reports that S sold jets to
  T": the report noun's clause is told, not stated; S -> T `reported`, never asserted, and the
  comment's negation does not reach it ("denied reports that ..." stays a denial);
- ``lo49_warned_trend``: "S warned that arrears were growing": a warning about a state of
  affairs, told to no one, is no threat and no act (GUIDE rule 2);
- ``lo49_visa_issuing``: "S suspended (halted, froze) the issuing (issuance) of visas to
  T-ian citizens": an administrative sanction, 172, as "suspended visas";
- ``lo49_flown_back``: "S flew N migrants who had overstayed their visas back to CAPITAL": a
  deportation (174) to the capital's state; the relative clause's "their" makes the migrants
  no one's own evacuated people;
- ``lo49_set_free``: "T-ian fishermen were arrested by S and later set free", "S arrested N
  T-ian fishermen and later set them free": the arrest (173) and the release (0841), both S's;
- ``lo49_short_body``: "The IMF approved a loan to T. The fund suspended disbursements to T":
  the head noun of a body's name stands for the body named before (the IMF, the World Bank);
- ``lo49_state_bank``: "S's state lender suspended loans to T", "a S-ian contractor signed a
  deal with T": a state's lender or contractor is its business sector (S). ("The Export-Import
  Bank of S" is not here: "bank" as a sector word cost a held-out event, see the report.)
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, REPORTED, Built, Expect, Scene, _cap, _e, _poss, _r

_TIMES = ("", " on Monday", " on Thursday", " last week", " late on Friday")

_SILENT = ("Neither government has commented on reports that {S}",
           "Neither side has commented on reports that {S}",
           "{Tn} and {Sn} have not commented on reports that {S}",
           "There has been no comment on reports that {S}",
           "Officials have not responded to reports that {S}",
           "Reports that {S}")  # fmt: skip
_TOLD = (("sold fighter jets to {T}", "06"), ("supplied drones to {T}", "07"),
         ("expelled {Tposs} ambassador", "16"), ("had sold fighter jets to {T}", "06"),
         ("plans to sell fighter jets to {T}", "03"), ("had supplied drones to {T}", "07"),
         ("had expelled {Tposs} ambassador", "16"))  # fmt: skip


def lo49_report_content(sc: Scene) -> Built:
    """ "Neither government has commented on reports that China sold jets to Pakistan": CHN ->
    PAK 06 `reported` (not asserted)."""
    frame = sc.rng.choice(_SILENT)
    act, root = sc.rng.choice(_TOLD)
    t = sc.name(sc.t, capital=0.0)
    s = sc.name(sc.s, capital=0.0)
    told = f"{s} {act.format(T=t, Tposs=_poss(t))}"
    text = frame.format(S=told, Sn=s, Tn=t)
    if frame.startswith("Reports"):
        text += sc.rng.choice(
            (" surfaced on Monday", " circulated this week", " surfaced this week")
        )
    else:
        text += sc.rng.choice(("", " this week"))
    roots = _r(root, "06") if root == "03" else _r(root)  # (a plan: intent 03 or the sale)
    return _cap(text) + ".", (Expect(sc.s.iso3, sc.t.iso3, roots, REPORTED),), ()


_WARNERS = ("{S}", "{S}'s finance minister", "The {Sdem} finance ministry", "{Slead}",
            "The {Sdem} treasury")  # fmt: skip
_TRENDS = ("arrears were growing", "{Tposs} arrears were growing", "{Tposs} debts were mounting",
           "its debts were piling up", "arrears to {Tdem} contractors were growing",
           "inflation was rising", "the deficit was widening", "{Tposs} deficit was widening",
           "unpaid bills to {Tdem} firms were mounting")  # fmt: skip


def lo49_warned_trend(sc: Scene) -> Built:
    """ "Germany warned that Greece's arrears were growing": no event (no addressee, nothing
    held out)."""
    who = sc.rng.choice(_WARNERS).format(
        S=sc.name(sc.s, capital=0.0), Sdem=sc.s.demonym, Slead=sc.leader(sc.s)
    )
    t = sc.name(sc.t, capital=0.0)
    trend = sc.rng.choice(_TRENDS).format(Tposs=_poss(t), Tdem=sc.t.demonym)
    verb = sc.rng.choice(("warned", "warned", "cautioned"))
    return f"{who} {verb}{sc.rng.choice(_TIMES)} that {trend}.", (), ()


_SUSPEND = ("suspended", "halted", "froze", "stopped")
_ISSUING = ("the issuing of visas", "the issuance of visas", "the issuing of tourist visas",
            "the issuance of work visas")  # fmt: skip
_CITIZENS = ("to {Tdem} citizens", "for {Tdem} nationals", "to {Tdem} nationals")


def lo49_visa_issuing(sc: Scene) -> Built:
    """ "Russia suspended the issuing of visas to Georgian citizens": RUS -> GEO 17."""
    src = sc.rng.choice((sc.name(sc.s), sc.leader(sc.s)))
    whom = sc.rng.choice(_CITIZENS).format(Tdem=sc.t.demonym)
    text = (
        f"{src} {sc.rng.choice(_SUSPEND)} {sc.rng.choice(_ISSUING)} {whom}{sc.rng.choice(_TIMES)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_PEOPLE = ("migrants", "workers", "labourers", "people")
_RELATIVES = ("who had overstayed their visas", "whose visas had expired",
              "who had lost their jobs", "who had overstayed their permits",
              "who had entered without papers")  # fmt: skip


def lo49_flown_back(sc: Scene) -> Built:
    """ "Thailand flew 120 migrants who had overstayed their visas back to Vientiane": THA ->
    LAO 17."""
    verb = sc.rng.choice(("flew", "sent", "flew"))
    n = sc.rng.choice(("120", "57", "more than 300", "dozens of", "about 80"))
    rel = sc.rng.choice(_RELATIVES)
    text = (
        f"{sc.name(sc.s, capital=0.0)} {verb} {n} {sc.rng.choice(_PEOPLE)} {rel} back to "
        f"{sc.t.capital}{sc.rng.choice(_TIMES)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_HELD = ("fishermen", "sailors", "traders", "herders")
_ARREST = ("arrested", "detained", "seized")


def lo49_set_free(sc: Scene) -> Built:
    """ "Three Indian fishermen were arrested by Sri Lanka and later set free": LKA -> IND 17
    and 08."""
    held = f"{sc.rng.choice(('Three', 'Five', 'Twelve'))} {sc.t.demonym} {sc.rng.choice(_HELD)}"
    arrest = sc.rng.choice(_ARREST)
    s = sc.name(sc.s, capital=0.0)
    if sc.rng.random() < 0.5:
        later = sc.rng.choice(("later set free", "set free a week later", "then set free"))
        text = f"{held} were {arrest} by {s}{sc.rng.choice(_TIMES)} and {later}."
    else:
        later = sc.rng.choice(("later set them free", "set them free a week later"))
        held = held[0].lower() + held[1:]
        text = f"{_cap(s)} {arrest} {held}{sc.rng.choice(_TIMES)} and {later}."
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.s, sc.t, _r("08"), ASSERTED)), ()


_BODIES = (("The IMF", "IGOBUSIMF", "fund"), ("The International Monetary Fund", "IGOBUSIMF", "fund"),
           ("The World Bank", "IGOUNODEVWBK", "bank"))  # fmt: skip
_FIRST = ("approved a loan to {T}", "praised {T}", "approved a 3 billion dollar loan for {T}")
_THEN = (("suspended disbursements to {T}", "16"), ("suspended lending to {T}", "16"),
         ("criticised {T}", "11"), ("halted loans to {T}", "16"))  # fmt: skip


def lo49_short_body(sc: Scene) -> Built:
    """ "The IMF approved a loan to Pakistan. The fund suspended disbursements": IMF -> PAK."""
    body, _code, noun = sc.rng.choice(_BODIES)  # (the suite keys an IGO by its first 3 letters)
    first = sc.rng.choice(_FIRST).format(T=sc.name(sc.t, capital=0.0))
    then, root = sc.rng.choice(_THEN)
    when = sc.rng.choice(("", " in May", " on Friday", " this week"))
    text = f"{body} {first}. The {noun} {then.format(T=sc.name(sc.t, capital=0.0))}{when}."
    first_root = "05" if first.startswith("praised") else "07"
    return (
        text,
        (
            Expect("IGO", sc.t.iso3, _r(first_root), ASSERTED),
            Expect("IGO", sc.t.iso3, _r(root), ASSERTED),
        ),
        (),
    )


_BANKS = ("{Sposs} state lender", "{a_Sdem} contractor", "{Sdem} contractors",
          "{Sposs} state-owned lender", "{a_Sdem} state contractor")  # fmt: skip
_LENDS = (("signed a loan agreement with {T}", "05"), ("suspended loans to {T}", "16"),
          ("signed a deal with {T} to build a port", "05"))  # fmt: skip


def lo49_state_bank(sc: Scene) -> Built:
    """ "China's state lender suspended loans to Zambia": CHN -> ZMB."""
    bank = sc.rng.choice(_BANKS)
    if "contractor" in bank:
        act, root = sc.rng.choice(_LENDS[::2])
    else:
        act, root = sc.rng.choice(_LENDS)
    s = sc.name(sc.s, capital=0.0)
    dem = sc.s.demonym
    who = bank.format(
        S=s, Sposs=_poss(s), Sdem=dem, a_Sdem=("an " if dem[:1] in "AEIOU" else "a ") + dem
    )
    text = f"{_cap(who)} {act.format(T=sc.name(sc.t, capital=0.0))}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo49_report_content": lo49_report_content,
    "lo49_warned_trend": lo49_warned_trend,
    "lo49_visa_issuing": lo49_visa_issuing,
    "lo49_flown_back": lo49_flown_back,
    "lo49_set_free": lo49_set_free,
    "lo49_short_body": lo49_short_body,
    "lo49_state_bank": lo49_state_bank,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
