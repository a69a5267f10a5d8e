"""Round 30's practice set (issue 9, practice13: the Indian Ocean) as suite constructions crossed
with the suite's states named by name, capital, demonym + sector or leader, and several phrasings:

- ``pr13_warned_plight``: "the IMF warned that Y faced a high risk of debt distress", "X warned
  Y that it could face food shortages", "X's finance ministry cautioned that Y was at risk of a
  recession": a warning that forecasts a plight befalling Y imposes nothing, so it is no threat
  (GUIDE rule 2: 13x only when the warning names a consequence the speaker will impose); no
  event. A clause that names one ("Y would face sanctions") stays X -> Y 13 (class WP);
- ``pr13_gave_no_words``: "Y expelled two X-ian diplomats. X gave no public reaction", "X's
  foreign ministry provided no timetable", "X did not give any details": words withheld are no
  statement (010), no aid (07x) and no act; the act of the sentence before stays (class GN);
- ``pr13_credit_line``: "X announced a line of credit of N dollars for Y", "X's government
  extended a credit line to Y": a line of credit is a loan, economic aid X -> Y 07 (class LX).

Scores on main (cf5aeb11) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice13_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _article, _cap, _e, _poss, _r

# (the warner: {S} X's name or capital, {Sposs} its possessive, {Sdem} its demonym)
_WARNERS = ("{S}", "{Sposs} finance ministry", "the {Sdem} central bank", "{Sposs} government",
            "the International Monetary Fund", "the World Bank", "the IMF")  # fmt: skip
_WARN = ("warned", "cautioned", "warned on Monday", "warned in a report")
# (the plight befalling Y; {T} Y's name, "it" when Y is the one told)
_PLIGHTS = ("{T} faced a high risk of debt distress", "{T} could face a default next year",
            "{T} was at risk of a recession", "{T} faced severe food shortages",
            "{T} risked a balance of payments crisis", "{T} could face a fuel shortage",
            "{T} faced a deepening economic crisis", "{T} was at high risk of debt distress",
            "{T} could suffer a prolonged drought")  # fmt: skip
# (a consequence the warner names: the threat stands)
_CONSEQUENCES = ("{T} would face sanctions", "{T} would face consequences",
                 "{T} would face retaliation")  # fmt: skip


def pr13_warned_plight(sc: Scene) -> Built:
    """ "The IMF warned that Sri Lanka faced a high risk of debt distress": no threat, no event;
    "Russia warned that Georgia would face consequences": X -> Y 13."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname, tname = sc.name(s), sc.name(t)
    consequence = rng.random() < 0.2
    who = "{S}" if consequence else rng.choice(_WARNERS)
    warner = who.format(S=sname, Sposs=_poss(sname), Sdem=s.demonym)
    told = not consequence and rng.random() < 0.3
    clause = rng.choice(_CONSEQUENCES if consequence else _PLIGHTS)
    if told:
        text = f"{_cap(warner)} warned {tname} that {clause.format(T='it')}."
    else:
        text = f"{_cap(warner)} {rng.choice(_WARN)} that {clause.format(T=tname)}."
    want = (_e(s, t, _r("13"), ASSERTED),) if consequence else ()
    return text, want, ()


# (Y's act at X before the silence; {T} Y, {Sdem} X's demonym; CAMEO root)
_BEFORE = (("{T} expelled two {Sdem} diplomats", "16"), ("{T} seized {a_Sdem} fishing boat", "17"),
           ("{T} arrested three {Sdem} nationals", "17"),
           ("{T} summoned the {Sdem} ambassador", "11"))  # fmt: skip
# (whoever keeps silent: {S} X's name or capital)
_SILENT = ("{S}", "{Sposs} foreign ministry", "the {Sdem} government", "{Sposs} embassy")
_NO_WORDS = ("gave no public reaction", "gave no reaction", "offered no comment",
             "provided no details", "gave no explanation", "gave no timetable for a response",
             "did not give any details", "gave no indication of its next step",
             "provided no further information", "gave no reason")  # fmt: skip


def pr13_gave_no_words(sc: Scene) -> Built:
    """ "Tanzania expelled two Kenyan diplomats. Kenya gave no public reaction": Y -> X by the
    act's root, and nothing of X's."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname = sc.name(s)
    before, root = rng.choice(_BEFORE)
    first = before.format(T=sc.name(t, capital=0.0), Sdem=s.demonym, a_Sdem=_article(s.demonym))
    silent = rng.choice(_SILENT).format(S=sname, Sposs=_poss(sname), Sdem=s.demonym)
    when = rng.choice(("", " on Tuesday", " hours later", " so far"))
    text = f"{_cap(first)}. {_cap(silent)} {rng.choice(_NO_WORDS)}{when}."
    allowed = (Expect(t.iso3, s.iso3, _r("11", "16", "17"), frozenset({"asserted"})),)
    return text, (_e(t, s, _r(root), ASSERTED),), allowed


# (the lender: {S} X's name or capital, {Sposs} its possessive, {Sdem} its demonym, {Slead})
_LENDERS = ("{S}", "{Sposs} government", "the {Sdem} government", "{Slead}")
_LENT = ("announced a line of credit of {n} for {T}", "extended a line of credit to {T}",
         "extended a {n} line of credit to {T}", "approved a new line of credit for {T}",
         "opened a {n} credit line for {T}", "announced a {n} credit line for {T}",
         "granted {T} a line of credit of {n}", "offered {T} a {n} line of credit")  # fmt: skip
_SUMS = ("500 million dollars", "$1 billion", "200 million euros", "4,850 crore rupees")


def pr13_credit_line(sc: Scene) -> Built:
    """ "India announced a line of credit of 500 million dollars for Nepal": X -> Y 07; "offered
    Y a line of credit" is the offer, 03 (accepted beside 07 everywhere)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname = sc.name(s)
    who = rng.choice(_LENDERS).format(
        S=sname, Sposs=_poss(sname), Sdem=s.demonym, Slead=sc.leader(s)
    )
    phrase = rng.choice(_LENT)
    lent = phrase.format(n=rng.choice(_SUMS), T=sc.name(t))
    text = f"{_cap(who)} {lent}{rng.choice(('', ' on Monday', ' this week'))}."
    root = "03" if phrase.startswith("offered") else "07"  # (an offer is an intent, GUIDE rule 4)
    return text, (_e(s, t, _r(root), ASSERTED),), (Expect(s.iso3, t.iso3, _r("03"), ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr13_warned_plight": pr13_warned_plight,
    "pr13_gave_no_words": pr13_gave_no_words,
    "pr13_credit_line": pr13_credit_line,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
