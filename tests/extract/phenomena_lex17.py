"""fresh8's lexicon and factuality classes (issue 9, round 14b, lex17: fresh8_classes.md AT,
NS, EL and two L rows) as suite constructions. Each phrasing is the project's own, written from
the phenomenon, the GUIDE and the CAMEO codebook, crossed with the suite's states named by
name, capital, leader or demonym, in several tenses.

- ``l17_attribution_noun``: "X summoned Y's ambassador, a ministry statement said", "a
  statement from X's foreign ministry said": the statement names who reports (GUIDE rule 3),
  never a statement act (010) of its own;
- ``l17_conditional_negation``: "Y has not paid. If it does not, X will impose sanctions on Y",
  "..., X's lawmakers have threatened to ...": the "not" of the elided condition is the
  condition's, never the main clause's;
- ``l17_elided_positive``: "Z has not condemned Y's test, but X has": X's act stands, asserted,
  beside Z's negated one;
- ``l17_answered_protest``: "X answered Y's protests by V-ing": the protests are what is
  answered (background), no act of the sentence; the answer is X's act;
- ``l17_objection_kept``: "X has not dropped / withdrawn its objection to Y's dam": the
  objection stands (11, asserted or reported); "X dropped its objection" states no objection;
- ``l17_blocked_lorries``: "X blocked Y's lorries at the border", "X's leaders could block Y
  lorries": a state's restriction (CAMEO 191); protesters who block them obstruct (144);
- ``l17_insisted_claim``: "X insists the dam is safe", "maintains that the checks are legal":
  a claim, no demand; "X insisted that Y withdraw its troops" stays a demand (10);
- ``l17_handed_fugitive``: "X police arrested a Y fugitive and handed him to Y officers": the
  hand-over is judicial cooperation (CAMEO 063), never aid (07).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_REPORTED_OR_ASSERTED = frozenset({"asserted", "reported"})
_POSSIBLE_OR_ASSERTED = frozenset({"possible", "asserted"})
_NEGATED = frozenset({"negated"})

# (act phrase, its roots): acts a ministry announces
_ANNOUNCED = (
    ("summoned {Tposs} ambassador", "11"),
    ("called in {Tposs} ambassador", "11"),
    ("condemned {Tposs} missile test", "11"),
    ("summoned the {Tdem} envoy", "11"),
)
_ATTRIBUTIONS = (
    ", a ministry statement said",
    ", a statement from the foreign ministry said",
    ", a statement from {Sposs} foreign ministry said",
    ", a government statement said on Tuesday",
    ", the ministry said in a statement",
    ", a foreign ministry statement added",
)


def l17_attribution_noun(sc: Scene) -> Built:
    """ "Kenya summoned Uganda's ambassador, a ministry statement said": the summons, reported
    or asserted; the statement is the attribution, no act."""
    who = sc.name(sc.s)
    act, roots = sc.rng.choice(_ANNOUNCED)
    tname = sc.name(sc.t, capital=0.0)
    vp = act.format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    tail = sc.rng.choice(_ATTRIBUTIONS).format(Sposs=_poss(sc.s.name))
    done = Expect(sc.s.iso3, sc.t.iso3, frozenset(roots.split("|")), _REPORTED_OR_ASSERTED)
    return _cap(f"{who} {vp}{_time(sc)}{tail}."), (done,), ()


_UNMET = (
    "{T} has not paid the debt",
    "{T} has not withdrawn its troops",
    "{T} has not released the fishermen",
)
_ELIDED_IFS = ("If it does not,", "If it has not,", "Unless it does,", "If it doesn't,")
_CONSEQUENCES = (
    ("{S} will impose sanctions on {T}", "13|16", _POSSIBLE_OR_ASSERTED),
    ("{Sdem} lawmakers have threatened to impose sanctions on {T}", "13", ASSERTED),
    ("{S} has threatened to expel {Tposs} ambassador", "13", ASSERTED),
    ("{S} could recall its ambassador from {T}", "13|16", frozenset({"possible"})),
)


def l17_conditional_negation(sc: Scene) -> Built:
    """ "Uganda has not paid. If it does not, Kenyan lawmakers have threatened to impose
    sanctions on Kampala": the threat stands; the condition's "not" is its own."""
    tname = sc.name(sc.t, capital=0.0)
    first = sc.rng.choice(_UNMET).format(T=tname)
    cond = sc.rng.choice(_ELIDED_IFS).strip()
    main, roots, facts = sc.rng.choice(_CONSEQUENCES)
    t2 = sc.name(sc.t)
    vp = main.format(S=sc.name(sc.s), Sdem=sc.s.demonym, T=t2, Tposs=_poss(t2))
    threat = Expect(sc.s.iso3, sc.t.iso3, frozenset(roots.split("|")), facts)
    unmet = Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED)
    return f"{_cap(first)}. {cond} {vp}.", (threat,), (unmet,)


# (negated act, its roots): the act one state has not done and another has
_ELIDED_ACTS = (
    ("condemned {Tposs} missile test", "11"),
    ("expelled {Tdem} diplomats", "16|17"),
    ("recognised {Tposs} new government", "05|06"),
    ("imposed sanctions on {T}", "16"),
    ("criticised {T}", "11"),
)
_ELIDED_AUX = (("has not", "has"), ("did not", "did"), ("had not", "had"))


def l17_elided_positive(sc: Scene) -> Built:
    """ "Bolivia has not condemned Peru's missile test, but Chile has": Chile's condemnation is
    asserted, Bolivia's negated."""
    act, roots = sc.rng.choice(_ELIDED_ACTS)
    tname = sc.name(sc.t, capital=0.0)
    vp = act.format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    neg, aux = sc.rng.choice(_ELIDED_AUX)
    zname, sname = sc.name(sc.z, capital=0.0), sc.name(sc.s)
    if neg == "did not":
        vp = vp.replace("imposed", "impose").replace("expelled", "expel")
        vp = vp.replace("condemned", "condemn").replace("recognised", "recognise")
        vp = vp.replace("criticised", "criticise")
    rs = frozenset(roots.split("|"))
    done = Expect(sc.s.iso3, sc.t.iso3, rs, ASSERTED)
    undone = Expect(sc.z.iso3, sc.t.iso3, rs, _NEGATED)
    text = f"{zname} {neg} {vp}{_time(sc)}, but {sname} {aux}."
    return _cap(text), (done,), (undone,)


_HANDED_TO = ("officers", "police", "authorities", "border police")
_HANDINGS = (
    "{Sdem} police arrested {a_Tdem} fugitive in {Scap} and handed him to {Tdem} {to}",
    "{Sdem} police handed the suspect to {Tdem} {to}",
    "{Sdem} police handed the {Tdem} suspect over to {Tdem} {to}",
    "{S} has handed the fugitive to {Tdem} {to} at the border",
)


def l17_handed_fugitive(sc: Scene) -> Built:
    """ "Spanish police arrested a French fugitive and handed him to French officers": the
    hand-over is judicial cooperation (063), no aid."""
    a_t = ("an " if sc.t.demonym[0] in "AEIOU" else "a ") + sc.t.demonym
    text = sc.rng.choice(_HANDINGS).format(
        Sdem=sc.s.demonym, S=sc.name(sc.s), Scap=sc.s.capital, a_Tdem=a_t, Tdem=sc.t.demonym,
        to=sc.rng.choice(_HANDED_TO),
    )  # fmt: skip
    handed = Expect(sc.s.iso3, sc.t.iso3, frozenset({"06"}), ASSERTED)
    arrest = Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED)
    return _cap(text + _time(sc) + "."), (handed,), (arrest,)


_ANSWERED = (
    "{Tdem} protests",
    "{Tposs} demands",
    "{Tposs} accusations",
    "{Tdem} criticism",
    "the {Tdem} protests",
)
_ANSWER_VERBS = ("answered", "has answered", "countered", "responded to")
_ANSWERS = (
    ("by summoning {Tposs} ambassador", "11"),
    ("by expelling two {Tdem} diplomats", "16|17"),
    ("by inviting {Tdem} engineers to tour the dam", "02|03"),
)


def l17_answered_protest(sc: Scene) -> Built:
    """ "Ethiopia has answered Egyptian protests by inviting engineers from Cairo": the
    invitation is Ethiopia's act; the protests are no act of the sentence."""
    tname = sc.name(sc.t, capital=0.0)
    fill = {"Tdem": sc.t.demonym, "Tposs": _poss(tname)}
    what = sc.rng.choice(_ANSWERED).format(**fill)
    how, roots = sc.rng.choice(_ANSWERS)
    verb = sc.rng.choice(_ANSWER_VERBS)
    text = f"{sc.name(sc.s)} {verb} {what}{_time(sc)} {how.format(**fill)}"
    answer = Expect(sc.s.iso3, sc.t.iso3, frozenset(roots.split("|")), ASSERTED)
    tour = Expect("*", "*", frozenset({"04"}), NOT_ASSERTED)  # the tour asked for (RQ)
    return _cap(text + "."), (answer,), (tour,)


_KEPT = (
    "has not dropped its objection to {Tposs} dam",
    "had not withdrawn its objection to {Tposs} pipeline",
    "has not dropped its complaint against {T}",
    "has not withdrawn its objection to {Tposs} plan",
)
_DROPPED = (
    "dropped its objection to {Tposs} dam",
    "has withdrawn its complaint against {T}",
    "withdrew its objection to {Tposs} plan",
)


def l17_objection_kept(sc: Scene) -> Built:
    """ "Georgia has not dropped its objection to Turkey's dam": the objection stands;
    "Georgia dropped its objection" gives no objection."""
    tname = sc.name(sc.t, capital=0.0)
    fill = {"T": tname, "Tposs": _poss(tname)}
    who = sc.name(sc.s)
    if sc.rng.random() < 0.3:
        text = f"{who} {sc.rng.choice(_DROPPED).format(**fill)}{_time(sc)}."
        return _cap(text), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    vp = sc.rng.choice(_KEPT).format(**fill)
    kept = Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), _REPORTED_OR_ASSERTED)
    return _cap(f"{who} {vp}."), (kept,), ()


_BLOCKERS = ("{S}", "{Sdem} leaders", "{Sposs} government", "{Sdem} border police")
_BLOCKED = (
    "blocked {Tdem} lorries at the border",
    "has blocked {Tdem} trucks at the border crossings",
    "could block {Tdem} lorries at the border",
    "blocked {Tdem} goods at the frontier",
)


def l17_blocked_lorries(sc: Scene) -> Built:
    """ "Kenya blocked Ugandan lorries at the border": a state's restriction of movement
    (191); "could block" is possible."""
    sname = sc.name(sc.s)
    who = sc.rng.choice(_BLOCKERS).format(S=sname, Sdem=sc.s.demonym, Sposs=_poss(sname))
    vp = sc.rng.choice(_BLOCKED).format(Tdem=sc.t.demonym)
    facts = frozenset({"possible"}) if vp.startswith("could") else ASSERTED
    block = Expect(sc.s.iso3, sc.t.iso3, frozenset({"19"}), facts)
    return _cap(f"{who} {vp}{_time(sc)}."), (block,), ()


_CLAIMS = (
    "insists the dam is safe",
    "insisted that its border checks were legal",
    "maintains that the project is lawful",
    "insisted the new rules were fair to {Tdem} traders",
    "insists that the pipeline is safe",
)
_DEMANDS = (
    "insisted that {T} withdraw its troops",
    "insisted that {T} pay the debt",
    "has insisted that {T} reopen the border",
)


def l17_insisted_claim(sc: Scene) -> Built:
    """ "Ethiopia's government insists the dam is safe": a claim, no act; "insisted that Sudan
    withdraw its troops" is a demand on Sudan."""
    sname = sc.name(sc.s)
    who = sc.rng.choice((sname, f"{_poss(sname)} government"))
    tname = sc.name(sc.t)
    if sc.rng.random() < 0.3:
        vp = sc.rng.choice(_DEMANDS).format(T=tname)
        demand = Expect(sc.s.iso3, sc.t.iso3, frozenset({"10"}), ASSERTED)
        asked = Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED)  # the act asked, not done
        return _cap(f"{who} {vp}."), (demand,), (asked,)
    vp = sc.rng.choice(_CLAIMS).format(Tdem=sc.t.demonym)
    return _cap(f"{who} {vp}."), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l17_attribution_noun": l17_attribution_noun,
    "l17_conditional_negation": l17_conditional_negation,
    "l17_elided_positive": l17_elided_positive,
    "l17_answered_protest": l17_answered_protest,
    "l17_objection_kept": l17_objection_kept,
    "l17_blocked_lorries": l17_blocked_lorries,
    "l17_insisted_claim": l17_insisted_claim,
    "l17_handed_fugitive": l17_handed_fugitive,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex17 (a24924d) the same 24 scored (right, false assertions):
# l17_attribution_noun 5/19 (the statement as 010; "called in" no summons); l17_conditional_negation
# 19/0 (the threat negated); l17_elided_positive 0/0 (the elided act lost); l17_answered_protest
# 0/24 (the protests as the protesters' own act, 14); l17_objection_kept 0/7 (the objection
# negated; "dropped its objection" an objection, "withdrew" a retreat); l17_handed_fugitive 8/16
# (aid, 07); l17_blocked_lorries 0/19 (a protest, 14); l17_insisted_claim 9/15 (a demand on
# the own state, 10). After lex17: 24/0 each.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
