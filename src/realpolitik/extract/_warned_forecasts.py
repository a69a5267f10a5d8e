"""Warnings that forecast what a place, a crisis or a thing will become: no threat (practice4 WN).

GUIDE rule 2 codes a warning as a threat (13x) only when it names a consequence the speaker
will impose. "Warned that the Pacific should not become an arena for rivalry", "warned that the
crisis in Mali could spread to its neighbours", "cautioned that the Sahel could become a haven
for armed groups" forecast the fate of a place no party is, or of a state of affairs there: nobody is warned,
nothing is held out, and the warning is a plain statement. Left alone: a warning told to
someone ("warned Y that ...", other rules judge it), a clause whose subject is a party or its
means ("Y would pay", "it would respond", "our forces will", "Y's plan would wreck ..."), and a
clause that names a consequence ("any attack would be met with force", "would face sanctions").
The narrower readings (an act noun judged, firms or markets acting) are
``_warned_verdicts`` and ``_own_threats.warned_of_others``.

``warned_of_anothers_act`` (leftovers39): "Poland warned that Russia was about to (was poised
to, was preparing to, was going to) invade Ukraine" states another state's coming act; the
warner holds nothing out, so no threat of its own (the act stays Y's, possible). A warning whose
clause verb is itself an act ("warned that Y would invade") is folded into that act before
(``_folding.fold_control``) and never reaches here.

``warned_plight`` (practice13 WP): "the IMF warned that Y faced a high risk of debt distress",
"warned Y that it could face food shortages", "cautioned that Y was at risk of a recession"
forecast a plight of Y's (a risk, a crisis, a default, shortages): the warner imposes nothing, so
no threat, addressed or not. A clause that names a consequence ("Y would face sanctions",
"faced retaliation") is left to the threat reading.

``warned_trend`` (leftovers49): "the IMF warned that arrears were growing", "warned that Y's
debts were mounting (inflation was rising)" tells how a state of affairs moves: nobody is named
as the warning's addressee and nothing is held out, so no threat and no act aimed at anyone
(GUIDE rule 2), whoever owns the arrears. A warning told to someone stays with other rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import child
from realpolitik.extract._warned_verdicts import CONSEQUENCES, MET

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors
    from realpolitik.extract._triggers import Found

_WARNING = frozenset({"warn", "caution"})
_ADDRESSEE = frozenset({"dobj", "dative"})  # "warned Japan that ...": someone is warned
# What a forecast is about: a place no party is (a region, a sea: the parse's common nouns; an
# unplaced proper name, "the Pacific", "the Sahel", counts too) or a state of affairs there.
_FORECAST_SUBJECTS = frozenset(
    {"region", "area", "sea", "ocean", "continent", "world", "peninsula", "zone", "waters",
     "neighbourhood", "neighborhood", "subregion", "basin", "crisis", "situation", "instability",
     "unrest", "tension", "turmoil", "chaos", "violence", "conflict", "insecurity"}
)  # fmt: skip
# A subject's own words that make it a party's: "Greece's navy", "Greek ships", "Tokyo's move".
_OWNERS = frozenset({"poss", "compound", "amod", "nmod"})


def warned_forecast(f: Found, actors: DocActors) -> bool:
    """ "Warned that the region should not become a battleground": every that-clause of an
    unaddressed warning forecasts the fate of something no party is, and names no consequence;
    no threat."""
    clauses = _unaddressed_clauses(f)
    return bool(clauses) and all(_forecast(c, actors) for c in clauses)


def _unaddressed_clauses(f: Found) -> list[Token]:
    """The that-clauses of a warning told to no one (none for any other trigger)."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in _WARNING or f.code[:2] != "13":
        return []
    if any(c.dep_ in _ADDRESSEE for c in tok.children):
        return []
    return _that_clauses(tok)


# What a plight forecast is about: hardship that befalls the clause's subject, imposed by no one.
_PLIGHTS = frozenset(
    {"risk", "crisis", "shortage", "famine", "default", "distress", "recession", "collapse",
     "hardship", "drought", "hunger", "starvation", "slowdown", "downturn", "deficit",
     "inflation", "bankruptcy", "insolvency", "epidemic", "blackout", "meltdown", "emergency"}
)  # fmt: skip
# The clause verbs by which a plight befalls its subject ("faced", "risked", "was at risk of").
_BEFALL = frozenset({"face", "risk", "suffer", "be", "head", "slide", "confront"})
# The slots a plight fills: "faced a risk" (dobj), "was at risk" / "headed for a crisis" (pobj).
_PLIGHT_SLOTS = frozenset({"dobj", "attr", "prep"})


def warned_plight(f: Found) -> bool:
    """ "Warned that Y faced a high risk of debt distress": every that-clause of the warning
    forecasts a plight befalling its subject and names no consequence; no threat."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in _WARNING or f.code[:2] != "13":
        return False
    clauses = _that_clauses(tok)
    return bool(clauses) and all(_plight(c) for c in clauses)


def _plight(clause: Token) -> bool:
    if clause.lemma_.lower() not in _BEFALL:
        return False
    slots = [c for c in clause.children if c.dep_ in _PLIGHT_SLOTS]
    nouns = [k for c in slots for k in (c.children if c.dep_ == "prep" else (c,))]
    if not any(n.lemma_.lower() in _PLIGHTS for n in nouns if n.dep_ != "prep"):
        return False
    words = {t.lemma_.lower() for c in slots for t in c.subtree}  # (the subject is no consequence)
    return not (words & (CONSEQUENCES | MET))


# States of affairs that grow or shrink (a sum owed, a price level, a strain); never a party's
# means, so a trend of theirs ("Y's troops were massing") is not one.
_TREND_SUBJECTS = frozenset(
    {"arrear", "arrears", "debt", "deficit", "inflation", "price", "cost", "unemployment",
     "backlog", "loss", "bill", "shortfall", "tension", "poverty", "hunger", "shortage",
     "borrowing", "liability", "imbalance", "gap", "outflow", "reserve", "spending"}
)  # fmt: skip
_TRENDS = frozenset(
    {"grow", "mount", "rise", "climb", "swell", "increase", "worsen", "deepen", "soar", "balloon",
     "spiral", "accumulate", "pile", "widen", "fall", "shrink", "dwindle", "decline", "build"}
)  # fmt: skip


def warned_trend(f: Found) -> bool:
    """ "Warned that arrears were growing": every that-clause of an unaddressed warning tells a
    state of affairs rising or falling and names no consequence; no threat."""
    clauses = _unaddressed_clauses(f)
    trends = [c for c in clauses if _trend(c)]
    # (after "warned on Monday that ..." the parse may hang the subject as a clause of its own)
    return bool(trends) and all(c in trends or _trend_subject(c) for c in clauses)


def _trend_subject(tok: Token) -> bool:
    """A trend's subject: also a clause head with no subject, auxiliary or object of its own
    ("that arrears to Y's firms were growing", "arrears" tagged a verb)."""
    if tok.lemma_.lower() not in _TREND_SUBJECTS and tok.lower_ not in _TREND_SUBJECTS:
        return False
    return tok.pos_ == "NOUN" or not any(
        c.dep_ in _OWN_ARGS and c.lower_ != "that" for c in tok.children
    )  # (its "that" read as a subject)


_OWN_ARGS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "mark"})


def _trend(clause: Token) -> bool:
    # (the parse may hang the subject on the auxiliary: "debts were mounting")
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ != "that"]
    subjects += [
        s for a in clause.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"
    ]
    subj = subjects[0] if subjects else None  # ("that" read as the subject)
    if clause.lemma_.lower() not in _TRENDS or (subj is not None and not _trend_subject(subj)):
        return False
    if subj is None and not any(
        _trend_subject(s) for s in clause.head.children if s.dep_ == "ccomp"
    ):
        return False
    words = {t.lemma_.lower() for t in clause.subtree}
    return not (words & (CONSEQUENCES | MET))


def warned_of_anothers_act(f: Found, triggers: set[int], actors: DocActors) -> bool:
    """ "Poland warned that Russia was about to invade Ukraine": an unaddressed warning whose
    that-clause is no act itself (a copula or "preparing" before the act's infinitive), whose
    subject names another state than the warner's, and that names no consequence; no threat."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() not in _WARNING or f.code != "130":
        return False
    if any(c.dep_ in _ADDRESSEE for c in tok.children):
        return False
    clauses = _that_clauses(tok)
    if not clauses:
        return False
    speaker = child(tok, "nsubj")
    own = {a.ref.country for a in actors.resolve(speaker)} if speaker is not None else set()
    return all(_anothers_act(c, triggers, actors, own) for c in clauses)


def _anothers_act(
    clause: Token, triggers: set[int], actors: DocActors, own: set[str | None]
) -> bool:
    subj = child(clause, "nsubj") or child(clause, "nsubjpass")  # ("was poised to")
    if clause.i in triggers or subj is None or subj.pos_ == "PRON":
        return False
    doers = {a.ref.country for a in actors.resolve(subj)}
    if not doers or "" in doers or doers & own:
        return False
    act = _imminent(clause)
    if act is None:
        return False
    named = [act, *(k for k in act.children if k.dep_ == "dobj")]  # ("to launch strikes")
    return (
        any(t.i in triggers for t in named) and act.lemma_.lower() not in MET
    )  # ("Y was about to face sanctions": a consequence)


# "was about (poised, set, ready, going) to V", "was preparing (planning, going) to V".
_ABOUT = frozenset({"about", "poised", "set", "ready", "going", "likely"})
_PREPARING = frozenset({"prepare", "plan", "go", "poise", "set", "move", "intend"})
# The infinitive's attachment: "was set to expel" may hang "to expel" as an adverbial (seeds41).
_INFINITIVE = frozenset({"xcomp", "advcl"})


def _imminent(clause: Token) -> Token | None:
    """The to-infinitive act of a clause that says someone is about to do it."""
    heads = [clause] if clause.lemma_.lower() in _PREPARING else []
    if clause.lemma_.lower() == "be":
        heads = [k for k in clause.children if k.dep_ == "acomp" and k.lower_ in _ABOUT]
    for head in heads:
        for k in head.children:
            if k.dep_ in _INFINITIVE and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in k.children
            ):
                return k
    return None


def _that_clauses(tok: Token) -> list[Token]:
    """The warning's that-clauses: its own ("warned that ..."), and one the parse hangs on the
    noun of an "in a statement / in a letter" phrase ("warned in a statement that ...")."""
    out = [c for c in tok.children if c.dep_ == "ccomp"]
    for prep in (c for c in tok.children if c.dep_ == "prep"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            out += [
                c for c in noun.children
                if c.dep_ == "acl" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            ]  # fmt: skip
    return out


def _forecast(clause: Token, actors: DocActors) -> bool:
    subj = child(clause, "nsubj") or child(clause, "nsubjpass")
    if subj is None or _partisan(subj, actors):
        return False
    if subj.pos_ != "PROPN" and subj.lemma_.lower() not in _FORECAST_SUBJECTS:
        return False
    words = {t.lemma_.lower() for t in clause.subtree}
    return not (words & (CONSEQUENCES | MET))


def _partisan(subj: Token, actors: DocActors) -> bool:
    """The subject is a party, its organ or means, or something a party owns."""
    if subj.lemma_.lower() in CONSEQUENCES or actors.mention_of(subj) is not None:
        return True
    return any(c.dep_ in _OWNERS and actors.mention_of(c) is not None for c in subj.children)
