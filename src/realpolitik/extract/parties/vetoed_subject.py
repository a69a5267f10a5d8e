"""A vetoed resolution is aimed at the state it is about (GUIDE rule 7, UN votes: a veto is the
vetoing state -> the resolution's sponsor or subject, 129, coded against the state the text
names; wire5, practice17 class VT). "Russia and China vetoed a Security Council resolution that
threatened Syria with sanctions", "vetoed a U.N. resolution condemning Syria", "blocked a draft
that would have imposed sanctions on Zimbabwe": the state named in the resolution's own relative
or participle clause (that clause's object, or its "on / against" object; also a participle
after a time phrase, "vetoed a resolution on Monday condemning Y") is the target, not the
body whose resolution it was ("a resolution on Syria" already finds Syria through the noun's
"on"). Only a clause of judgement or measure against the state (condemn, censure, threaten,
impose, sanction ...), a veto with no state target yet, and never the vetoing state itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._syntax import pobjs
from realpolitik.extract._tree import has_any
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown
from realpolitik.extract.parties._reading import first

if TYPE_CHECKING:
    from spacy.tokens import Token

_RESOLUTIONS = frozenset({"resolution", "resolutions", "draft", "motion"})
_ABOUT = ("on", "against")
_CLAUSES = frozenset({"relcl", "acl"})
# The clause verbs that make the named state the resolution's subject: a judgement or a measure
# against it. A resolution that "called on Y to V" is left as it was (practice12 codes that veto
# at the body: narrowed so, it cost that set's key).
_AGAINST = frozenset(
    {"condemn", "denounce", "censure", "criticise", "criticize", "deplore", "rebuke", "blame",
     "accuse", "threaten", "impose", "sanction", "punish", "penalise", "penalize", "target"}
)  # fmt: skip


def _about(clause: Token) -> list[Token]:
    """The clause's object and its "on / against" objects (also those of its object: "imposed
    sanctions on Y")."""
    objs = [g for g in clause.children if g.dep_ == "dobj"]
    out = list(objs)
    out += [p for _, p in pobjs(clause, _ABOUT)]
    for o in objs:
        out += [p for _, p in pobjs(o, _ABOUT)]
    return out


def _clauses(verb: Token, obj: Token) -> list[Token]:
    """The resolution's own clauses, and a participle the parser hung on the verb or on a time
    phrase between ("vetoed a resolution on Monday condemning Y")."""
    out = [k for k in obj.children if k.dep_ in _CLAUSES and k.lemma_.lower() in _AGAINST]
    for k in verb.children:
        if k.dep_ == "advcl" and k.tag_ == "VBG" and k.i > obj.i and k.lemma_.lower() in _AGAINST:
            out.append(k)
        elif k.dep_ in ("prep", "npadvmod") and k.i > obj.i:
            heads = [p for p in k.children if p.dep_ == "pobj"] if k.dep_ == "prep" else [k]
            out += [
                g
                for h in heads
                for g in h.children
                if g.dep_ in _CLAUSES and g.tag_ == "VBG" and g.lemma_.lower() in _AGAINST
            ]
    return out


@acts_on(noun=False, codes=("129",), words=_RESOLUTIONS)
def vetoed_resolution_subject(s: Site, c: Candidates) -> Candidates:
    """The state a vetoed resolution's own clause names (see the module doc)."""
    if not has_any(s.ctx.sent, _RESOLUTIONS) or not c.sources:
        return c
    if any(a.ref.country and not unknown(a) for a in c.targets):
        return c  # a state target already (the noun's "on Y")
    obj = s.child("dobj")
    if obj is None or obj.lower_ not in _RESOLUTIONS:
        return c
    home = {a.ref.country for a in c.sources}
    for k in _clauses(s.tok, obj):
        got = [a for a in first(s.actors, _about(k)) if a.ref.country and not unknown(a)]
        got = [a for a in got if a.ref.country not in home]
        if got:
            return c.with_targets(got)
    return c
