"""Whom a denial of a deed answers: "Croatia accused Serbia of shelling the border. Serbia
denied that its troops fired on Croatian villages" (class DN of fresh5).

A denial of a hostile deed is CAMEO's "deny responsibility" (016, ``_denied_charge``); it is
aimed at the accuser: the doer of the latest accusation (11) against the denying state in the
last ``ACCUSATION_SENTENCES`` sentences, else the state the denied deed was done to (the
victim's state the story names), never the denier's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from realpolitik.extract._denied_charge import DENYING_VERBS, denied_accusation
from realpolitik.extract._dismissed_remarks import DISCARDING, SAID_WORDS
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.extract.parties.denied_victims import clause_victims

_DENIAL = "016"
_ACCUSE = "11"
ACCUSATION_SENTENCES = 3


def _denied_deed(s: Site) -> list[Arg]:
    """The targets of the deed the denial's that-clause negates, if a trigger."""
    clauses = [k for k in s.kids if k.dep_ == "ccomp"]
    clauses += [o for k in clauses for o in k.children if o.dep_ == "dobj"]  # "launched a raid"
    for k in clauses:
        deed = s.ctx.triggers.get(k.i)
        if deed is not None and deed.negated:
            return list(s.ctx.roles_of(deed).targets)
    return []


@acts_on(noun=False, codes=(_DENIAL,))
def denied_deed_accuser(s: Site, c: Candidates) -> Candidates:
    """ "X denied that its troops fired on Y": the accuser of an earlier sentence, else Y. A
    target read inside the denied deed itself ("Kenya accused Ethiopia of detaining Somali
    traders. Addis Ababa denied detaining any Somalis") is the deed's, not the denial's: the
    accuser named only earlier still takes the denial (leftovers39)."""
    if s.noun or not c.sources or not s.code.startswith(_DENIAL):
        return c
    in_deed = bool(c.targets) and _inside_deed(s, c.targets)
    if c.targets and not in_deed:
        return c
    if s.tok.lemma_.lower() not in DENYING_VERBS:
        return c
    own = {key(a) for a in c.sources}
    accusers = [
        a for a in recent(s, ACCUSATION_SENTENCES)
        if a.root == _ACCUSE and a.target is not None
        and (a.target.country or a.target.code) in own
        and (a.source.country or a.source.code) not in own
    ]  # fmt: skip
    if accusers:
        return c.with_targets([Arg(accusers[-1].source, EARLIER, s.tok.i)], 1)
    if in_deed:
        return c  # (no accuser: the deed's victim stays, the GUIDE's fallback)
    victims = [a for a in _denied_deed(s) if key(a) not in own] or clause_victims(s, own)
    return c.with_targets(victims, 1) if victims else c


# The complements that state the denied deed: "denied that ...", "denied detaining ...".
_DEED_DEPS = frozenset({"ccomp", "xcomp"})


def _inside_deed(s: Site, targets: Sequence[Arg]) -> bool:
    """Every target stands inside a clause or gerund the denial governs ("denied detaining any
    Somalis", where the parse repair hangs the gerund under its object), none is a charge."""
    spans = [
        (k.left_edge.i, k.right_edge.i) for k in s.kids
        if k.dep_ in _DEED_DEPS or (k.dep_ == "dobj" and any(t.tag_ == "VBG" for t in k.subtree))
    ]  # fmt: skip
    return bool(spans) and all(any(lo <= a.tok <= hi for lo, hi in spans) for a in targets)


@acts_on(noun=False, codes=(_DENIAL,), words=SAID_WORDS)
def dismissed_statement_critic(s: Site, c: Candidates) -> Candidates:
    """ "Ghana's embassy criticised the tariff, and Nigeria's ministry dismissed the embassy's
    statement": the statement dismissed (a denial, ``_dismissed_remarks``) is the criticism of
    its own sentence's earlier clause; its maker is the denial's target (clauses43, fresh30 E;
    an earlier sentence's criticism is the story's, read by the story stages)."""
    if c.targets or not c.sources or not s.code.startswith(_DENIAL):
        return c
    if s.tok.lemma_.lower() not in DISCARDING:
        return c
    if not any(k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in SAID_WORDS for k in s.kids):
        return c
    own = {key(a) for a in c.sources}
    for i, g in sorted(s.ctx.triggers.items(), reverse=True):
        if i >= s.tok.i or g.code[:2] != _ACCUSE or g.entry.pos != "V":
            continue
        critics = [
            Arg(a.ref, EARLIER, s.tok.i) for a in s.ctx.roles_of(g).sources if key(a) not in own
        ]
        if critics:
            return c.with_targets(critics, 1)
    return c


# The sector of courts (national "XXXJUD", the ICJ's "IGOUNOJUDICJ").
_COURT = "JUD"


@acts_on(codes=(_DENIAL,))
def no_court_denial(s: Site, c: Candidates) -> Candidates:
    """ "The International Court of Justice, which rejected its claim": a court that rejects a
    claim rules on it; it is accused of nothing, so its rejection is no denial (016) of any
    state's (names15, fresh7's DN)."""
    if not s.code.startswith(_DENIAL) or not c.sources:
        return c
    if not all(_COURT in a.ref.code[3:] for a in c.sources):
        return c
    return c.with_sources([])


@acts_on(noun=False, codes=(_DENIAL,))
def accuser_in_sentence(s: Site, c: Candidates) -> Candidates:
    """ "X accused Y of Z, allegations Y has dismissed", "..., which Y denied": the denial
    answers the accusation of its own sentence; its doer is the denial's target (leftovers45)."""
    if c.targets or not c.sources or not s.code.startswith(_DENIAL):
        return c
    acc = denied_accusation(s.tok)
    found = s.ctx.triggers.get(acc.i) if acc is not None else None
    if found is None:
        return c
    own = {key(a) for a in c.sources}
    accusers = [a for a in s.ctx.roles_of(found).sources if key(a) not in own]
    return c.with_targets(accusers, 1) if accusers else c
