"""Round 26's practice set (issue 9, practice6) as suite constructions crossed with the suite's
states named by name, capital or demonym, leaders, and several phrasings each:

- ``p6_welcomed_guest``: "Y's prime minister NAME was welcomed by NAME in X's capital", "NAME
  welcomed his Y-ian counterpart", "the Y-ian foreign minister was welcomed in X-capital by
  NAME": a person welcomed is a guest hosted, never an act approved (class WL): X -> Y 04 and
  Y -> X 04 asserted (043 and the visit 042), never X -> Y 05;
- ``p6_not_one_subject``: "Not one X-ian minister has visited Y since March", "not a single
  X-ian official condemned Y's decision": a subject that counts no one denies its verb (class
  NQ): X -> Y negated, nothing asserted;
- ``p6_summons_and_protest``: "X summoned Y's ambassador and lodged a formal protest (issued a
  stern warning)": the noun act on the conjoined light verb is aimed where the summons is
  (class CP): X -> Y 11 (13) asserted, no act without a target;
- ``p6_visa_required``: "X began requiring visas from Y-ian citizens", "X reintroduced visas for
  citizens of Y", "... from citizens of 20 countries, among them Y and Z": a visa requirement
  is an administrative sanction (class VR): X -> Y (and Z) 17 asserted;
- ``p6_pronoun_accepts``: "X's foreign minister met NAME and invited her to X-capital; she
  accepted", "X's president invited NAME to X-capital. She accepted.": the answering pronoun is
  the one invited, even through "her" or across a sentence (class PR): X -> Y 03 and Y -> X 03
  asserted, never an acceptance by X;
- ``p6_share_statistic``: "X's deliveries made up 19 percent of Y's imports", "X-ian investment
  accounts for a third of Y's foreign capital": a share is a figure, no act (class SN): nothing
  asserted.

Scores on main (2bdf4fc3) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice6_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
)


def _person(sc: Scene, st_name: str, dem: str, lead: str | None) -> str:
    """A named leader, or an office named by the state's demonym."""
    if lead and sc.rng.random() < 0.6:
        return lead
    return sc.rng.choice((f"the {dem} foreign minister", f"the {dem} president",
                          f"{_poss(st_name)} prime minister", f"the {dem} defence minister"))  # fmt: skip


_WELCOMES = (
    "{G} was welcomed by {H} in {Scap} on Wednesday",
    "{G} was welcomed in {Scap} by {H}",
    "{Hc} welcomed {G} in {Scap} on Tuesday",
    "{Hc} welcomed {G} at the presidential palace",
    "On his first trip abroad, {G} was welcomed by {H} in {Scap}",
    "{Hc} welcomed his {Tdem} counterpart in {Scap} on Monday",
)


def p6_welcomed_guest(sc: Scene) -> Built:
    """ "Czech Prime Minister Andrej Babis was welcomed by Robert Fico in Bratislava": SVK -> CZE
    043 and CZE -> SVK 042, never 051."""
    s, t = sc.s, sc.t
    host = sc.leader(s) if s.leader(sc.date) else f"the {s.demonym} president"
    guest = _person(sc, t.name, t.demonym, t.leader(sc.date))
    text = sc.rng.choice(_WELCOMES).format(
        G=guest, H=host, Hc=_cap(host), Scap=s.capital, Tdem=t.demonym
    )
    want = (
        _e(s, t, frozenset({"04"}), ASSERTED),
        _e(t, s, frozenset({"04"}), ASSERTED),
    )
    return _cap(text) + ".", want, ()


_DENIED = (
    ("Not one {Sdem} minister has visited {T} since March", "04"),
    ("Not a single {Sdem} official condemned {Tposs} decision", "11"),
    ("Not a single {Sdem} minister has criticised {T} over the arrests", "11"),
    ("Not one {Sdem} diplomat has met {Tposs} envoy since the election", "04"),
    ("Not even one {Sdem} official protested against {Tposs} decision", "11"),
    ("Not one {Sdem} minister has travelled to {T} this year", "04"),
)  # fmt: skip


def p6_not_one_subject(sc: Scene) -> Built:
    """ "Not one Polish minister has visited Hungary since March": POL -> HUN 04 negated."""
    t = sc.name(sc.t, capital=0.0)
    phrase, root = sc.rng.choice(_DENIED)
    text = phrase.format(Sdem=sc.s.demonym, T=t, Tposs=_poss(t)) + "."
    want = (_e(sc.s, sc.t, frozenset({root}), NEGATED),)
    return text, want, (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_SUMMONERS = ("{S}", "{Sposs} foreign ministry", "The {Sdem} foreign ministry", "{Slead}")
_ENVOYS = ("{Tposs} ambassador", "the {Tdem} ambassador", "the {Tdem} envoy",
           "{Tposs} charge d'affaires")  # fmt: skip
_SECONDS = (("lodged a formal protest", "11"), ("lodged a strong complaint", "11"),
            ("lodged a protest", "11"), ("issued a stern warning", "13"))  # fmt: skip


def p6_summons_and_protest(sc: Scene) -> Built:
    """ "Romania summoned Russia's ambassador and lodged a formal protest": ROU -> RUS 11."""
    s = sc.name(sc.s, capital=0.2)
    t = sc.name(sc.t, capital=0.0)
    lead = sc.leader(sc.s) if sc.s.leader(sc.date) else s
    who = sc.rng.choice(_SUMMONERS).format(S=s, Sposs=_poss(s), Sdem=sc.s.demonym, Slead=lead)
    envoy = sc.rng.choice(_ENVOYS).format(Tposs=_poss(t), Tdem=sc.t.demonym)
    second, root = sc.rng.choice(_SECONDS)
    when = sc.rng.choice(("", " on Monday", " late on Sunday"))
    text = f"{_cap(who)} summoned {envoy}{when} and {second}."
    want = (_e(sc.s, sc.t, frozenset({"11", root}), ASSERTED),)
    if root != "11":
        want += (_e(sc.s, sc.t, frozenset({root}), ASSERTED),)
    return text, want, ()


_VISAS = (
    "{S} began requiring visas from {Tdem} citizens on Tuesday",
    "{S} began requiring visas on arrival from citizens of {T}",
    "{S} reintroduced visas for {Tdem} nationals on Monday",
    "{S} introduced visas for citizens of {T} this week",
    "{S} imposed visas on {Tdem} citizens",
    "{S} began requiring visas on arrival from citizens of 20 countries, among them {T} and {Z}",
)


def p6_visa_required(sc: Scene) -> Built:
    """ "Namibia began requiring visas from German citizens": NAM -> DEU 17 asserted."""
    s, t, z = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0), sc.name(sc.z, capital=0.0)
    phrase = sc.rng.choice(_VISAS)
    text = phrase.format(S=s, T=t, Tdem=sc.t.demonym, Z=z) + "."
    want = (_e(sc.s, sc.t, frozenset({"17"}), ASSERTED),)
    if "{Z}" in phrase:
        want += (_e(sc.s, sc.z, frozenset({"17"}), ASSERTED),)
    return _cap(text), want, (_e(sc.s, sc.t, frozenset({"16"}), ANY),)


_INVITES = (
    "{Hc} met {G} and invited {P} to {Scap}; {p} accepted",
    "{Hc} met {G} on Monday and invited {P} to visit {Scap}; {p} accepted",
    "{Hc} invited {G} to {Scap}. {pc} accepted",
    "{Hc} invited {G} to visit {Scap} next year. {pc} accepted the same day",
    "{Hc} invited {G} to {Scap}, and {p} accepted",
)


def p6_pronoun_accepts(sc: Scene) -> Built:
    """ "Sybiha met Sandu and invited her to Kyiv; she accepted": MDA -> UKR 036, never UKR's."""
    s, t = sc.s, sc.t
    host = sc.rng.choice((f"{_poss(s.name)} foreign minister", f"the {s.demonym} president",
                          f"{_poss(s.name)} prime minister"))  # fmt: skip
    lead = t.leader(sc.date)
    guest = lead if lead else f"{_poss(t.name)} president"
    obj, pron = sc.rng.choice((("her", "she"), ("him", "he")))
    text = sc.rng.choice(_INVITES).format(
        Hc=_cap(host), G=guest, P=obj, p=pron, pc=_cap(pron), Scap=s.capital
    )
    want = (
        _e(s, t, frozenset({"03"}), ASSERTED),
        _e(t, s, frozenset({"03"}), ASSERTED),
    )
    allowed = (_e(s, t, frozenset({"04", "02"}), ANY), _e(t, s, frozenset({"04"}), NOT_ASSERTED))
    return text + ".", want, allowed


_SHARES = (
    "{Sdem} deliveries had made up 19 percent of {Tposs} electricity imports in December",
    "{Sdem} investment makes up a third of {Tposs} foreign capital",
    "{Sdem} gas deliveries accounted for 40 percent of {Tposs} imports last year",
    "{Sdem} arms deliveries represent half of {Tposs} weapons imports",
    "{Sposs} aid makes up 12 percent of {Tposs} budget",
)


def p6_share_statistic(sc: Scene) -> Built:
    """ "Slovak deliveries made up 19 percent of Ukraine's imports": a figure, no act."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    body = sc.rng.choice(_SHARES).format(Sdem=sc.s.demonym, Sposs=_poss(s), Tposs=_poss(t))
    voice = sc.rng.choice(("", f"{_poss(t)} energy ministry said ", "Officials said "))
    return _cap(voice + body) + ".", (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p6_welcomed_guest": p6_welcomed_guest,
    "p6_not_one_subject": p6_not_one_subject,
    "p6_summons_and_protest": p6_summons_and_protest,
    "p6_visa_required": p6_visa_required,
    "p6_pronoun_accepts": p6_pronoun_accepts,
    "p6_share_statistic": p6_share_statistic,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
