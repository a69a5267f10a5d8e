"""Round 31's first-wave leftovers (issue 9, leftovers47): what practice15 and leftovers46
noticed and did not do, as suite constructions crossed with the suite's states named by name,
capital, leader or demonym and several phrasings:

- ``lo47_troop_pledge``: "X pledged (promised, vowed, offered) to deploy (send) 500 troops
  (a battalion, peacekeepers) to Y": X -> Y 03, never a threat (main: 138 asserted);
- ``lo47_visa_suspension``: "X suspended visas (work permits, the issuance of visas) for Y-ian
  nationals": X -> Y 172, the GUIDE's administrative sanction (main: 160);
- ``lo47_suspended_lending``: "The IMF (World Bank, X) suspended disbursements (loans,
  lending) to Y": the body's (or X's) suspension of aid, 162 (main: no row for
  disbursements);
- ``lo47_hosted_talks``: "Z hosted (mediated, brokered) talks between A and B": A <-> B 04 as
  well as Z's mediation (main: the talks the hosting's object, dropped);
- ``lo47_lent_sum``: "X (X's Exim Bank) lent Y 500 million dollars": X -> Y 07 (main: "Y" read
  as the sum's modifier, the loan aimed at no one).
(left: "pledged to deploy another battalion" with no destination gives X's 03 aimed at its own
forces; thanks or praise in a relative clause is still background; "the Export-Import Bank of
Korea" names no actor; "X's decision to cut ties with Y won it ..." asserts the cut; "he" after
an untabled secretary-general; "received no such request" a negated 020.)
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_PLEDGING = ("pledged", "promised", "vowed", "offered", "has pledged", "agreed")
_POSTING = ("deploy", "send", "dispatch", "deploy", "send")
_FORCES = ("500 troops", "another battalion", "1,000 soldiers", "peacekeepers",
           "a battalion of infantry", "200 military trainers", "more troops")  # fmt: skip
_WHEN = ("", " by March", " next year", " within weeks", " this year")


def lo47_troop_pledge(sc: Scene) -> Built:
    """ "France pledged to deploy another battalion to Chad by March": FRA -> TCD 03 (a
    promise of troops to Y), never a threat of force aimed at Y or at the pledger's own
    battalion."""
    doer = sc.rng.choice((sc.name(sc.s, capital=0.3), sc.leader(sc.s)))
    text = (f"{_cap(doer)} {sc.rng.choice(_PLEDGING)} to {sc.rng.choice(_POSTING)} "
            f"{sc.rng.choice(_FORCES)} to {sc.name(sc.t, capital=0.0)}{sc.rng.choice(_WHEN)}.")  # fmt: skip
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset(), NOT_ASSERTED),)  # (the sending itself)
    return text, (_e(sc.s, sc.t, _r("03"), ASSERTED),), allowed


_VISAS = ("visas for {D} nationals", "visas for {D} citizens", "work permits for {D} nationals",
          "the issuance of visas to {D} citizens", "visas for {D} travellers",
          "all visas for {D} nationals", "tourist visas for {D} citizens")  # fmt: skip


def lo47_visa_suspension(sc: Scene) -> Built:
    """ "Japan suspended visas for Chinese nationals": JPN -> CHN 172 (an administrative
    sanction, GUIDE), not the suspension of a treaty (160)."""
    what = sc.rng.choice(_VISAS).format(D=sc.t.demonym)
    verb = sc.rng.choice(("suspended", "has suspended", "suspended", "on Monday suspended"))
    text = f"{_cap(sc.name(sc.s))} {verb} {what}{sc.rng.choice(('', ' on Monday', ''))}."
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_BODIES = ("The IMF", "The International Monetary Fund", "The World Bank",
           "The African Development Bank")  # fmt: skip
_SUSPENDED = ("disbursements to {T}", "loans to {T}", "lending to {T}",
              "a loan disbursement to {T}", "new loans to {T}", "disbursements of aid to {T}")  # fmt: skip


def lo47_suspended_lending(sc: Scene) -> Built:
    """ "The IMF suspended disbursements to Zambia", "Japan suspended loans to Laos": the
    suspension of aid, 162, at Y."""
    what = sc.rng.choice(_SUSPENDED).format(T=sc.name(sc.t, capital=0.0))
    if sc.rng.random() < 0.6:
        body, src = sc.rng.choice(_BODIES), "IGO"
    else:
        body, src = _cap(sc.name(sc.s, capital=0.0)), sc.s.iso3
    verb = sc.rng.choice(("suspended", "has suspended", "suspended"))
    text = f"{body} {verb} {what}{sc.rng.choice(('', ' on Friday', ''))}."
    return text, (Expect(src, sc.t.iso3, _r("16"), ASSERTED),), ()


_HOSTING = ("hosted", "mediated", "brokered", "hosted", "facilitated")
_TALKS = ("talks", "negotiations", "peace talks", "talks", "fresh talks")


def lo47_hosted_talks(sc: Scene) -> Built:
    """ "Qatar hosted talks between Ethiopia and Egypt": ETH <-> EGY 04, and Qatar's
    mediation (045) to both."""
    a, b, z = sc.s, sc.t, sc.z
    host = sc.rng.choice((sc.name(z, capital=0.0), sc.name(z, capital=0.0), sc.leader(z)))
    where = sc.rng.choice(("", f" in {z.capital}", " on Monday", f" in {z.capital} on Tuesday"))
    pa = sc.rng.choice((sc.name(a, capital=0.0), sc.leader(a)))
    pb = sc.rng.choice((sc.name(b, capital=0.0), sc.leader(b)))
    text = f"{_cap(host)} {sc.rng.choice(_HOSTING)} {sc.rng.choice(_TALKS)} between {pa} and {pb}{where}."
    expected = (_e(a, b, _r("04"), ASSERTED), _e(b, a, _r("04"), ASSERTED),
                _e(z, a, _r("04"), ASSERTED), _e(z, b, _r("04"), ASSERTED))  # fmt: skip
    return text, expected, ()


_LENDERS = ("{X}", "{X}", "{Xp} Exim Bank", "The {D} Exim Bank", "{X}")
_SUMS = ("500 million dollars", "200 million euros", "1.5 billion dollars",
         "300 million dollars", "80 million euros")  # fmt: skip
_FOR = ("", " for a railway", " to build a dam", " last year", " on Monday")


def lo47_lent_sum(sc: Scene) -> Built:
    """ "China's Exim Bank lent Laos 500 million dollars": CHN -> LAO 07 (the dative after
    "lent" receives; the parser hangs it on the sum)."""
    x = sc.name(sc.s, capital=0.0)
    lender = sc.rng.choice(_LENDERS).format(X=x, Xp=_poss(x), D=sc.s.demonym)
    verb = sc.rng.choice(("lent", "lent", "has lent", "granted", "loaned"))
    text = (f"{_cap(lender)} {verb} {sc.name(sc.t, capital=0.0)} {sc.rng.choice(_SUMS)}"
            f"{sc.rng.choice(_FOR)}.")  # fmt: skip
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset(), ANY),)
    return text, (_e(sc.s, sc.t, _r("07"), ASSERTED),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo47_troop_pledge": lo47_troop_pledge,
    "lo47_visa_suspension": lo47_visa_suspension,
    "lo47_suspended_lending": lo47_suspended_lending,
    "lo47_hosted_talks": lo47_hosted_talks,
    "lo47_lent_sum": lo47_lent_sum,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
