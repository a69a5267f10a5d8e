"""The lexicon by CAMEO root (issue 9, round 15, lex18): the roots the held-out sets miss most
(11 disapprove, 16 reduce relations, 17 coerce, 12 reject, 05 diplomatic cooperation, 02
appeal) and the intents (03), each as one construction that crosses the common news phrasings
of the root's sub-codes (from the CAMEO codebook, the PETRARCH2 verb dictionary and the
paraphrased classes of fresh5..fresh8_classes.md; every phrasing is the project's own) with the
suite's states and five forms:

- active: "Kenya criticised Uganda on Tuesday";
- passive with a by-phrase: "Uganda was criticised by Kenya";
- nominal: "Kenya's criticism of Uganda came on Tuesday", "the suspension of aid to Uganda by
  Kenya took effect on Monday" (the act stated by its noun, asserted);
- reported: "..., diplomats said", "according to diplomats, ..." (GUIDE rule 3, reported);
- hedged: "Kenya could / may V ..." (GUIDE rule 4, possible).

``l18_talked_intent`` is the spurious intent (03): a commitment, pledge, promise or plan that
is doubted, warned against, kept, broken or recalled is no intent made in the sentence.

A phrasing whose form reads badly in English has no entry for that form; the builder draws a
form the phrasing has. Left out as known gaps (no event on main or here): the ditransitive
passive "Uganda was promised new loans by Kenya", and a sentence-initial "Aid to X was
suspended by Y", whose capital "Aid" the parser reads as a verb ("development aid" is kept).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_REPORTED = frozenset({"reported"})
_POSSIBLE = frozenset({"possible"})
_NOT_ASSERTED = frozenset({"possible", "reported", "negated"})
_ANY = frozenset({"asserted", "possible", "reported", "negated"})
# Any reading but an intent (03), not asserted: what a sentence that makes no intent may leave
_NO_INTENT = Expect("*", "*", frozenset({f"{r:02d}" for r in range(1, 21)} - {"03"}), _NOT_ASSERTED)


@dataclass(frozen=True)
class Phrasing:
    """One sub-code's phrasing in its forms; "" where a form reads badly. Slots: {S} the
    actor, {T} the target, {Tposs}/{Sposs} their possessives, {Tdem} the target's demonym."""

    roots: str  # "|"-joined CAMEO roots the act may take
    base: str  # "criticise {T}"
    past: str  # "criticised {T}"
    passive: str = ""  # "{T} was criticised by {S}"
    nominal: str = ""  # "{Sposs} criticism of {T} came"


_DISAPPROVE = (
    Phrasing("11", "criticise {T}", "criticised {T}", "{T} was criticised by {S}",
             "{Sposs} criticism of {T} came"),
    Phrasing("11", "condemn {Tposs} missile test", "condemned {Tposs} missile test",
             "{Tposs} missile test was condemned by {S}",
             "{Sposs} condemnation of {Tposs} missile test came"),
    Phrasing("11", "denounce {Tposs} decision", "denounced {Tposs} decision",
             "{Tposs} decision was denounced by {S}",
             "{Sposs} denunciation of {Tposs} decision came"),
    Phrasing("11", "rebuke {T}", "rebuked {T}", "{T} was rebuked by {S}",
             "{Sposs} rebuke of {T} came"),
    Phrasing("11", "accuse {T} of bad faith", "accused {T} of bad faith",
             "{T} was accused of bad faith by {S}"),
    Phrasing("11", "blame {T} for the collapse of the talks",
             "blamed {T} for the collapse of the talks",
             "{T} was blamed by {S} for the collapse of the talks"),
    Phrasing("11", "deplore {Tposs} decision", "deplored {Tposs} decision",
             "{Tposs} decision was deplored by {S}"),
    Phrasing("11", "censure {T}", "censured {T}", "{T} was censured by {S}",
             "{Sposs} censure of {T} came"),
    Phrasing("11", "slam {Tposs} border policy", "slammed {Tposs} border policy",
             "{Tposs} border policy was slammed by {S}"),
    Phrasing("11", "lodge a formal protest with {T}", "lodged a formal protest with {T}", "",
             "{Sposs} formal protest to {T} came"),
    Phrasing("11", "complain to {T} about its fishing fleet",
             "complained to {T} about its fishing fleet", "",
             "{Sposs} complaint to {T} about its fishing fleet came"),
    Phrasing("11", "take {T} to the International Court of Justice",
             "took {T} to the International Court of Justice",
             "{T} was taken to the International Court of Justice by {S}"),
    Phrasing("11", "file a lawsuit against {T}", "filed a lawsuit against {T}", "",
             "{Sposs} lawsuit against {T} came"),
    Phrasing("11", "reprimand {T}", "reprimanded {T}", "{T} was reprimanded by {S}"),
    Phrasing("11", "lambast {T}", "lambasted {T}", "{T} was lambasted by {S}"),
    Phrasing("11", "accuse {T} of meddling in its affairs",
             "accused {T} of meddling in its affairs",
             "{T} was accused by {S} of meddling in its affairs",
             "{Sposs} accusation against {T} came"),
    Phrasing("11", "rail against {Tposs} tariffs", "railed against {Tposs} tariffs"),
    Phrasing("11", "hit out at {T}", "hit out at {T}"),
    Phrasing("11", "take {T} to task over its remarks", "took {T} to task over its remarks",
             "{T} was taken to task by {S} over its remarks"),
)  # fmt: skip

_REDUCE = (
    Phrasing("16", "suspend aid to {T}", "suspended aid to {T}",
             "development aid to {T} was suspended by {S}",
             "the suspension of aid to {T} by {S} took effect"),
    Phrasing("16", "sever diplomatic ties with {T}", "severed diplomatic ties with {T}",
             "diplomatic ties with {T} were severed by {S}"),
    Phrasing("16", "downgrade diplomatic relations with {T}",
             "downgraded diplomatic relations with {T}",
             "diplomatic relations with {T} were downgraded by {S}",
             "{Sposs} downgrading of relations with {T} came"),
    Phrasing("16", "impose sanctions on {T}", "imposed sanctions on {T}",
             "sanctions were imposed on {T} by {S}", "{Sposs} sanctions on {T} took effect"),
    Phrasing("16", "suspend talks with {T}", "suspended talks with {T}",
             "talks with {T} were suspended by {S}",
             "the suspension of talks with {T} by {S} came"),
    Phrasing("16", "impose an arms embargo on {T}", "imposed an arms embargo on {T}",
             "an arms embargo was imposed on {T} by {S}",
             "{Sposs} arms embargo on {T} took effect"),
    Phrasing("16", "freeze military aid to {T}", "froze military aid to {T}",
             "military aid to {T} was frozen by {S}",
             "the freezing of military aid to {T} by {S} took effect"),
    Phrasing("16", "break off relations with {T}", "broke off relations with {T}",
             "relations with {T} were broken off by {S}"),
    Phrasing("16", "expel {Tposs} ambassador", "expelled {Tposs} ambassador",
             "{Tposs} ambassador was expelled by {S}",
             "{Sposs} expulsion of {Tposs} ambassador came"),
    Phrasing("16", "recall its ambassador from {T}", "recalled its ambassador from {T}"),
    Phrasing("16", "pull out of talks with {T}", "pulled out of talks with {T}", "",
             "{Sposs} withdrawal from talks with {T} came"),
    Phrasing("16", "halt imports from {T}", "halted imports from {T}",
             "imports from {T} were halted by {S}"),
    Phrasing("16", "ban imports of {Tdem} beef", "banned imports of {Tdem} beef",
             "imports of {Tdem} beef were banned by {S}",
             "{Sposs} ban on {Tdem} beef imports took effect"),
    Phrasing("16", "cut off gas supplies to {T}", "cut off gas supplies to {T}",
             "gas supplies to {T} were cut off by {S}"),
    Phrasing("16", "slap tariffs on {Tdem} steel", "slapped tariffs on {Tdem} steel",
             "tariffs were slapped on {Tdem} steel by {S}",
             "{Sposs} tariffs on {Tdem} steel took effect"),
    Phrasing("16", "blacklist 12 {Tdem} firms", "blacklisted 12 {Tdem} firms",
             "12 {Tdem} firms were blacklisted by {S}"),
    Phrasing("16", "close its embassy in {T}", "closed its embassy in {T}"),
    Phrasing("16", "put its talks with {T} on hold", "put its talks with {T} on hold"),
    Phrasing("16", "put its relations with {T} on hold", "put its relations with {T} on hold"),
    Phrasing("16", "kick out two {Tdem} diplomats", "kicked out two {Tdem} diplomats",
             "two {Tdem} diplomats were kicked out by {S}"),
)  # fmt: skip

_COERCE = (
    Phrasing("17", "seize {a_Tdem} oil tanker", "seized {a_Tdem} oil tanker",
             "{a_Tdem} oil tanker was seized by {S}",
             "the seizure of {a_Tdem} oil tanker by {S} came"),
    Phrasing("17", "detain 12 {Tdem} fishermen", "detained 12 {Tdem} fishermen",
             "12 {Tdem} fishermen were detained by {S}",
             "the detention of 12 {Tdem} fishermen by {S} came"),
    Phrasing("17", "arrest two {Tdem} nationals", "arrested two {Tdem} nationals",
             "two {Tdem} nationals were arrested by {S}",
             "the arrest of two {Tdem} nationals by {S} came"),
    Phrasing("17", "deport 40 {Tdem} migrants", "deported 40 {Tdem} migrants",
             "40 {Tdem} migrants were deported by {S}",
             "the deportation of 40 {Tdem} migrants by {S} came"),
    Phrasing("17", "confiscate three {Tdem} fishing boats",
             "confiscated three {Tdem} fishing boats",
             "three {Tdem} fishing boats were confiscated by {S}",
             "the confiscation of three {Tdem} fishing boats by {S} came"),
    Phrasing("17", "expel two {Tdem} journalists", "expelled two {Tdem} journalists",
             "two {Tdem} journalists were expelled by {S}",
             "the expulsion of two {Tdem} journalists by {S} came"),
    Phrasing("17", "impound {a_Tdem} cargo ship", "impounded {a_Tdem} cargo ship",
             "{a_Tdem} cargo ship was impounded by {S}"),
    Phrasing("17", "expel 300 {Tdem} workers", "expelled 300 {Tdem} workers",
             "300 {Tdem} workers were expelled by {S}",
             "the expulsion of 300 {Tdem} workers by {S} came"),
    Phrasing("17", "jail a {Tdem} journalist", "jailed a {Tdem} journalist",
             "a {Tdem} journalist was jailed by {S}"),
    Phrasing("16|17", "freeze the assets of {Tdem} banks", "froze the assets of {Tdem} banks",
             "the assets of {Tdem} banks were frozen by {S}"),
    Phrasing("16|17", "expel two {Tdem} diplomats", "expelled two {Tdem} diplomats",
             "two {Tdem} diplomats were expelled by {S}",
             "the expulsion of two {Tdem} diplomats by {S} came"),
    Phrasing("17", "round up dozens of {Tdem} migrants", "rounded up dozens of {Tdem} migrants",
             "dozens of {Tdem} migrants were rounded up by {S}"),
    Phrasing("17", "lock up three {Tdem} activists", "locked up three {Tdem} activists",
             "three {Tdem} activists were locked up by {S}"),
    Phrasing("17", "take three {Tdem} soldiers into custody",
             "took three {Tdem} soldiers into custody",
             "three {Tdem} soldiers were taken into custody by {S}"),
    Phrasing("17", "send back 50 {Tdem} migrants", "sent back 50 {Tdem} migrants",
             "50 {Tdem} migrants were sent back by {S}"),
    Phrasing("17", "kick out 30 {Tdem} workers", "kicked out 30 {Tdem} workers",
             "30 {Tdem} workers were kicked out by {S}"),
)  # fmt: skip

_REJECT = (
    Phrasing("12", "reject {Tposs} proposal", "rejected {Tposs} proposal",
             "{Tposs} proposal was rejected by {S}", "{Sposs} rejection of {Tposs} proposal came"),
    Phrasing("12", "turn down {Tposs} request for talks", "turned down {Tposs} request for talks",
             "{Tposs} request for talks was turned down by {S}"),
    Phrasing("12", "rebuff {Tposs} offer of talks", "rebuffed {Tposs} offer of talks",
             "{Tposs} offer of talks was rebuffed by {S}"),
    Phrasing("12", "refuse {Tposs} demand for compensation",
             "refused {Tposs} demand for compensation",
             "{Tposs} demand for compensation was refused by {S}",
             "{Sposs} refusal of {Tposs} demand for compensation came"),
    Phrasing("12", "dismiss {Tposs} peace plan", "dismissed {Tposs} peace plan",
             "{Tposs} peace plan was dismissed by {S}"),
    Phrasing("12", "veto {Tposs} resolution", "vetoed {Tposs} resolution",
             "{Tposs} resolution was vetoed by {S}", "{Sposs} veto of {Tposs} resolution came"),
    Phrasing("12", "refuse to meet {Tposs} envoy", "refused to meet {Tposs} envoy"),
    Phrasing("12", "turn down {Tposs} request for aid", "turned down {Tposs} request for aid",
             "{Tposs} request for aid was turned down by {S}"),
    Phrasing("12", "refuse to release the {Tdem} fishermen",
             "refused to release the {Tdem} fishermen"),
    Phrasing("12", "reject {Tposs} offer to mediate", "rejected {Tposs} offer to mediate",
             "{Tposs} offer to mediate was rejected by {S}"),
    Phrasing("12", "decline {Tposs} invitation to the summit",
             "declined {Tposs} invitation to the summit",
             "{Tposs} invitation to the summit was declined by {S}"),
    Phrasing("12", "spurn {Tposs} overtures", "spurned {Tposs} overtures",
             "{Tposs} overtures were spurned by {S}"),
    Phrasing("12", "reject {Tposs} demand for an apology",
             "rejected {Tposs} demand for an apology",
             "{Tposs} demand for an apology was rejected by {S}",
             "{Sposs} rejection of {Tposs} demand for an apology came"),
)  # fmt: skip

_COOPERATE = (
    Phrasing("05", "praise {T}", "praised {T}", "{T} was praised by {S}",
             "{Sposs} praise for {T} came"),
    Phrasing("05", "recognise {Tposs} new government", "recognised {Tposs} new government",
             "{Tposs} new government was recognised by {S}",
             "{Sposs} recognition of {Tposs} new government came"),
    Phrasing("05", "apologise to {T}", "apologised to {T}", "", "{Sposs} apology to {T} came"),
    Phrasing("05", "commend {T} for its restraint", "commended {T} for its restraint",
             "{T} was commended by {S} for its restraint"),
    Phrasing("05", "hail {Tposs} mediation", "hailed {Tposs} mediation",
             "{Tposs} mediation was hailed by {S}"),
    Phrasing("05", "defend {Tposs} decision", "defended {Tposs} decision",
             "{Tposs} decision was defended by {S}"),
    Phrasing("05", "thank {T} for its help", "thanked {T} for its help",
             "{T} was thanked by {S} for its help"),
    Phrasing("05", "congratulate {Tposs} president on his re-election",
             "congratulated {Tposs} president on his re-election", "",
             "{Sposs} congratulations to {Tposs} president came"),
    Phrasing("05", "sign a defence pact with {T}", "signed a defence pact with {T}"),
    Phrasing("05", "voice support for {Tposs} bid to host the games",
             "voiced support for {Tposs} bid to host the games"),
    Phrasing("05", "endorse {Tposs} candidate for the UN post",
             "endorsed {Tposs} candidate for the UN post",
             "{Tposs} candidate for the UN post was endorsed by {S}",
             "{Sposs} endorsement of {Tposs} candidate came"),
    Phrasing("05", "offer an apology to {T}", "offered an apology to {T}",
             "an apology was offered to {T} by {S}"),
    Phrasing("05", "issue an apology to {T}", "issued an apology to {T}"),
    Phrasing("05", "pay tribute to {Tposs} peacekeepers", "paid tribute to {Tposs} peacekeepers"),
)  # fmt: skip

_APPEAL = (
    Phrasing("02", "urge {T} to show restraint", "urged {T} to show restraint",
             "{T} was urged by {S} to show restraint"),
    Phrasing("02", "call on {T} to show restraint", "called on {T} to show restraint",
             "", "{Sposs} call for restraint by {T} came"),
    Phrasing("02", "ask {T} for help", "asked {T} for help", "{T} was asked by {S} for help",
             "{Sposs} request for help from {T} came"),
    Phrasing("02", "appeal to {T} for help", "appealed to {T} for help", "",
             "{Sposs} appeal to {T} for help came"),
    Phrasing("02|10", "press {T} to resume talks", "pressed {T} to resume talks",
             "{T} was pressed by {S} to resume talks"),
    Phrasing("02", "request talks with {T}", "requested talks with {T}", "",
             "{Sposs} request for talks with {T} came"),
    Phrasing("02", "appeal to {T} for humanitarian aid", "appealed to {T} for humanitarian aid",
             "", "{Sposs} appeal to {T} for humanitarian aid came"),
    Phrasing("02", "ask {T} to mediate", "asked {T} to mediate",
             "{T} was asked by {S} to mediate"),
    Phrasing("02", "urge {T} to release the detained fishermen",
             "urged {T} to release the detained fishermen",
             "{T} was urged by {S} to release the detained fishermen"),
    Phrasing("02", "seek {Tposs} help", "sought {Tposs} help", "{Tposs} help was sought by {S}"),
    Phrasing("02", "implore {T} to reopen the border", "implored {T} to reopen the border",
             "{T} was implored by {S} to reopen the border"),
    Phrasing("02", "reach out to {T} for help", "reached out to {T} for help"),
    Phrasing("02", "plead with {T} to reopen the border", "pleaded with {T} to reopen the border"),
)  # fmt: skip

_INTENT = (
    Phrasing("03", "pledge aid to {T}", "pledged aid to {T}", "aid was pledged to {T} by {S}",
             "{Sposs} pledge of aid to {T} came"),
    Phrasing("03", "offer {T} help", "offered {T} help", "{T} was offered help by {S}",
             "{Sposs} offer of help to {T} came"),
    Phrasing("03", "promise {T} new loans", "promised {T} new loans"),
    Phrasing("03", "vow to deepen ties with {T}", "vowed to deepen ties with {T}"),
    Phrasing("03", "agree to hold talks with {T}", "agreed to hold talks with {T}"),
    Phrasing("03", "offer to mediate between {T} and the rebels",
             "offered to mediate between {T} and the rebels"),
    Phrasing("03", "promise {T} military support", "promised {T} military support"),
    Phrasing("03", "pledge to boost trade with {T}", "pledged to boost trade with {T}", "",
             "{Sposs} pledge to boost trade with {T} came"),
    Phrasing("03", "offer talks to {T}", "offered talks to {T}", "talks were offered to {T} by {S}",
             "{Sposs} offer of talks to {T} came"),
)  # fmt: skip

_DAYS = (" on Tuesday", " on Monday", " late on Friday")
_REPORTERS = (", diplomats said", ", officials said", ", state media reported")
_HEDGES = ("could", "may", "might")


def _phrased(sc: Scene, table: tuple[Phrasing, ...]) -> Built:
    """One phrasing of ``table`` in one form, crossed with the scene's states."""
    p = sc.rng.choice(table)
    forms = ["active", "reported", "hedged"]
    forms += ["passive"] * bool(p.passive) + ["nominal"] * bool(p.nominal)
    form = sc.rng.choice(forms)
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    a_t = ("an " if sc.t.demonym[:1] in "AEIOU" else "a ") + sc.t.demonym
    slots = {"S": sname, "T": tname, "Sposs": _poss(sname), "Tposs": _poss(tname),
             "Tdem": sc.t.demonym, "a_Tdem": a_t}  # fmt: skip
    facts = ASSERTED
    if form == "active":
        text = f"{sname} {p.past.format(**slots)}{_time(sc)}"
    elif form == "passive":
        text = p.passive.format(**slots) + _time(sc)
    elif form == "nominal":
        text = p.nominal.format(**slots) + sc.rng.choice(_DAYS)
    elif form == "reported":
        text = f"{sname} {p.past.format(**slots)}{_time(sc)}{sc.rng.choice(_REPORTERS)}"
        # a refusal told by a speaker of no known state is the refuser's act (GUIDE rule 4)
        facts = ASSERTED if p.roots == "12" else _REPORTED
    else:
        text = f"{sname} {sc.rng.choice(_HEDGES)} {p.base.format(**slots)}"
        facts = _POSSIBLE
    act = Expect(sc.s.iso3, sc.t.iso3, frozenset(p.roots.split("|")), facts)
    # the act asked, offered or pledged (02, 03) is not done: any reading not asserted
    rest = (Expect("*", "*", frozenset(), _NOT_ASSERTED),)
    return _cap(text + "."), (act,), rest


def l18_disapprove(sc: Scene) -> Built:
    """ "Kenya criticised Uganda", "Uganda's missile test was condemned by Kenya", "Kenya's
    censure of Uganda came on Monday": DISAPPROVE (CAMEO 11: 111 criticise, 112 accuse)."""
    return _phrased(sc, _DISAPPROVE)


def l18_reduce(sc: Scene) -> Built:
    """ "Kenya suspended aid to Uganda", "diplomatic ties with Uganda were severed by Kenya",
    "the suspension of talks with Uganda by Kenya": REDUCE RELATIONS (CAMEO 16: 161-164)."""
    return _phrased(sc, _REDUCE)


def l18_coerce(sc: Scene) -> Built:
    """ "Kenya seized a Ugandan oil tanker", "12 Ugandan fishermen were detained by Kenya", "the
    deportation of 40 Ugandan migrants by Kenya": COERCE (CAMEO 17: 171, 173, 174)."""
    return _phrased(sc, _COERCE)


def l18_reject(sc: Scene) -> Built:
    """ "Kenya rejected Uganda's proposal", "Uganda's request for talks was turned down by
    Kenya", "Kenya's veto of Uganda's resolution": REJECT (CAMEO 12)."""
    return _phrased(sc, _REJECT)


def l18_cooperate(sc: Scene) -> Built:
    """ "Kenya praised Uganda", "Uganda's new government was recognised by Kenya", "Kenya's
    apology to Uganda": DIPLOMATIC COOPERATION (CAMEO 05: 051, 052, 054, 055)."""
    return _phrased(sc, _COOPERATE)


def l18_appeal(sc: Scene) -> Built:
    """ "Kenya urged Uganda to show restraint", "Uganda was asked by Kenya for help", "Kenya's
    appeal to Uganda for help": APPEAL (CAMEO 02)."""
    return _phrased(sc, _APPEAL)


def l18_intent(sc: Scene) -> Built:
    """ "Kenya pledged aid to Uganda", "Uganda was offered help by Kenya", "Kenya vowed to
    deepen ties with Uganda": INTENT (CAMEO 03, an explicit commitment, GUIDE rule 4)."""
    return _phrased(sc, _INTENT)


# (sentence, roots the verb's own act may take toward the other state): an intent noun that is
# doubted, warned against, kept, broken or recalled is no intent made in the sentence (no 03)
_TALKED_INTENTS = (
    ("{S} cast doubt on {Tposs} commitment to the ceasefire", "01|11", "st"),
    ("{S} raised questions about {Tposs} pledge to cut tariffs", "01|11", "st"),
    ("{S} expressed doubts about {Tposs} promise to reopen the border", "01|11", "st"),
    ("{S} warned against {Tposs} plan to build the dam", "01|11|13", "st"),
    ("{S} reminded {T} of its pledge to reopen the border", "01|02|10|11", "st"),
    ("{S} held {T} to its promise to withdraw its troops", "02|10|11", "st"),
    ("{T} broke its pledge to withdraw its troops from {S}", "11|12", "ts"),
    ("{T} has not honoured its commitment to {S}", "11|12", "ts"),
)


def l18_talked_intent(sc: Scene) -> Built:
    """ "Kenya cast doubt on Uganda's commitment to the ceasefire", "Uganda broke its pledge to
    withdraw its troops from Kenya": the intent is a topic or an earlier undertaking, never an
    intent (03) made in the sentence; the verb's own act, if any, stands."""
    text, roots, way = sc.rng.choice(_TALKED_INTENTS)
    sname, tname = sc.name(sc.s), sc.name(sc.t)
    text = text.format(S=sname, T=tname, Tposs=_poss(tname))
    tail = sc.rng.choice(("", _time(sc), sc.rng.choice(_REPORTERS)))
    src, tgt = (sc.s, sc.t) if way == "st" else (sc.t, sc.s)
    own = Expect(src.iso3, tgt.iso3, frozenset(roots.split("|")), _ANY)
    return _cap(f"{text}{tail}."), (), (own, _NO_INTENT)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l18_disapprove": l18_disapprove,
    "l18_reduce": l18_reduce,
    "l18_coerce": l18_coerce,
    "l18_reject": l18_reject,
    "l18_cooperate": l18_cooperate,
    "l18_appeal": l18_appeal,
    "l18_intent": l18_intent,
    "l18_talked_intent": l18_talked_intent,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex18 (be4b489) the same 24 scored (right, false assertions): l18_disapprove
# 23/0 ("railed against X's tariffs" as X's sanction); l18_reduce 17/1 (passives "ties / talks
# with X were broken off by Y", "imports from X were halted" with no target; "put its talks
# with X on hold" as talks, 04, and "... relations ... on hold" no event);
# l18_coerce 11/3 (no "impound", "confiscation", "rounded / locked up", "taken into custody";
# "sent back X's migrants" as aid, 07; "expulsion of / kicked out X's workers" 166);
# l18_reject 24/0; l18_cooperate 19/2 ("offered an apology" an intent, 030; "paid tribute" no
# event); l18_appeal 23/0
# ("reached out to X for help" no event); l18_intent 24/0; l18_talked_intent 1/11 (an intent,
# 03, from the doubted, warned-against, broken or recalled pledge / commitment / plan). After
# lex18: 24/0 each.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
