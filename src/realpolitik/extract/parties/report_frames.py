"""Stages for who reports an act: never its doer or target, and no event of its own.

"X's intelligence agency said that Y sent troops to Z", "according to X's news agency, the two
presidents signed": who reports an act is neither of its parties (``not_the_reporter``). "X
attacked Y, officials said", "Seoul said Pyongyang sent troops": a speech verb whose clause holds
another event is the source of the report, not an event, unless it names an addressee
(``report_frame``). Their order is the policy in ``parties.POLICY``; re-exported by ``context``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import ATTRIBUTION_PREPS, child
from realpolitik.extract.factuality import REPORT_GOVERNORS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token


@acts_on(words=ATTRIBUTION_PREPS | REPORT_GOVERNORS)  # (``_attributions.reporters`` needs one)
def not_the_reporter(s: Site, c: Candidates) -> Candidates:
    """ "X's intelligence agency said that Y sent troops to Z", "according to X's news agency,
    the two presidents signed": who reports an act is never its doer or target."""
    if not c.sources and not c.targets:
        return c  # (nothing to drop: who reports it is not read)
    avoid = s.reporters
    if not avoid:
        return c
    return c.without_tokens(avoid)


def _trailing_report(tok: Token) -> bool:
    """ "X will cut ties with Y, a senior official said": a speech verb after the clause it
    reports names the report's source, even when the clause's act is outside the lexicon."""
    for k in tok.children:
        if k.dep_ in ("ccomp", "parataxis") and k.i < tok.i and k.pos_ in ("VERB", "AUX"):
            return True
    # "..., an official said" parsed as a clause attached to the reported verb
    if tok.dep_ not in ("parataxis", "conj") or tok.head.i > tok.i:
        return False
    subj = next((k for k in tok.children if k.dep_ == "nsubj"), None)
    if subj is None or any(k.dep_ in ("ccomp", "xcomp") for k in tok.children):
        return False
    lo = min(t.i for t in subj.subtree)
    return lo > 0 and tok.doc[lo - 1].text == ","


_DEMAND = "10"
_ACCUSE = "112"  # allege: a report verb that is itself an accusation of the clause's doer
_SINGULAR = frozenset({"NN", "NNP", "NNPS"})  # ("the Philippines pay": a state, singular)


def _mandative(verb: Token) -> bool:
    """A that-clause in the subjunctive ("insisted that Vietnam pay"): a singular subject with
    a bare verb and no auxiliary asks for the act rather than reporting it."""
    for c in verb.children:
        if c.dep_ != "ccomp" or c.tag_ not in ("VB", "VBP"):
            continue
        subj = child(c, "nsubj")
        if subj is not None and subj.tag_ in _SINGULAR and child(c, "aux") is None:
            return True
    return False


def _reports_another_event(s: Site) -> bool:
    f = s.found
    tok = f.tok
    if tok.lemma_.lower() not in REPORT_GOVERNORS or f.entry.pos != "V":
        return False
    if "clause" in f.entry.flags:  # read from its clause ("said X must"): the event itself
        return False
    if f.code[:3] == _ACCUSE:
        return False  # "alleged that Y had seized ...": an accusation of Y (CAMEO 112), Y's act reported
    if f.code[:2] == _DEMAND and _mandative(tok):
        return False  # "insisted that Vietnam pay compensation": a demand, not a report
    if any(k.dep_ in ("dobj", "dative") for k in tok.children):
        return False  # "told Y that ...": an addressee makes it an event of its own
    if _trailing_report(tok):
        return True
    for g in s.ctx.triggers.values():
        if g is f or g.absorbed:
            continue
        t = g.tok
        for _ in range(6):
            if t.head.i == t.i:
                break
            if t.head.i == tok.i:
                if t.dep_ in ("ccomp", "parataxis"):
                    return True
                break
            t = t.head
    return False


def report_frame(s: Site, c: Candidates) -> Candidates:
    """ "X attacked Y, officials said", "Seoul said Pyongyang sent troops": a speech verb whose
    clause holds another event is the source of the report (its factuality), not an event of
    its own, unless it names an addressee ("told Y that ...")."""
    if not c.pairs or not _reports_another_event(s):
        return c
    return c.with_pairs([], "report_frame")
