"""Stages that find a verbal trigger's target inside a clause it governs.

"Demanded that the US cancel" (the complement's subject), "threatened to cut off power to X"
(the infinitive's object or phrase), "..., killing 50" (the governing act's aim). Their order is
the policy in ``parties.POLICY``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._created_bodies import created_body
from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._knowledge_topics import topic_partners
from realpolitik.extract._measure_pronouns import antecedent
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import child, pobjs, target_preps
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties._reading import first
from realpolitik.extract.parties._verb_reading import _AIM_PREPS, verb_open
from realpolitik.extract.parties.apology_targets import own_threat
from realpolitik.extract.parties.asked_beneficiary import own_beneficiary

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbal roots whose target may be named inside a "that" clause: "demanded that the US cancel",
# "helped Colombia rebuild its ports".
_CLAUSE_TARGET_ROOTS = frozenset({"02", "07", "10", "11", "12", "13"})


@acts_on(noun=False, roots=_CLAUSE_TARGET_ROOTS)
def clause_subject(s: Site, c: Candidates) -> Candidates:
    """ "Demanded that the US cancel", "warned that X must stop": appeals, demands, complaints,
    rejections and threats target whoever their clause asks to act."""
    if not verb_open(s, c) or s.root not in _CLAUSE_TARGET_ROOTS:
        return c
    for k in s.kids:
        if k.dep_ in ("ccomp", "xcomp") and not _partner_lead_in(s, c, k):
            subj = child(k, "nsubj", "nsubjpass")
            if subj is not None:
                got = s.actors.resolve(subj)
                if own_beneficiary(s, c, subj, got):
                    continue  # "asked that the men be released": whom it is for (parties53)
                if own_threat(s.root, c.sources, got) and (
                    k.i in s.ctx.triggers or subj.pos_ == "NOUN"  # "its jets would shadow" (c39)
                ):
                    continue  # "warned it would stop issuing visas to X": its own act (lex22)
                return c.with_targets(got)
    return c


def lead_in(clause: Token, verb: Token) -> bool:
    """``clause`` is a lead-in before a colon that ``verb`` follows ("X has been blunter with Y:
    it funds ..."): what the acts after it concern, not their complement (parties47)."""
    if clause.i > verb.i:
        return False
    doc = verb.doc
    return any(t.text == ":" for t in doc[clause.i + 1 : verb.i])


def _partner_lead_in(s: Site, c: Candidates, clause: Token) -> bool:
    """``clause`` is a lead-in before a colon that names a state other than the doer's ("X has
    been blunter with Y: it funds ..."): the acts after it concern that state (``colon_partner``,
    ``elaboration_partner``); one that names the doer's own only ("Nor has Chad helped itself:
    its government has not sent ...") stays the complement it was read as."""
    if not lead_in(clause, s.tok):
        return False
    own = {a.ref.country for a in c.sources}
    for t in clause.subtree:
        m = s.actors.mention_of(t)
        if m is not None and m.ref.country and m.ref.country not in own:
            return True
    return False


_SHARED_THINGS = frozenset({"intelligence", "information", "data"})


# Border nouns whose "with X" names the state on the other side (lex19)
_BORDERS = frozenset({"border", "borders", "crossing", "crossings", "frontier", "post", "posts"})


@acts_on(noun=False)
def controlled_object(s: Site, c: Candidates) -> Candidates:
    """ "Threatened to cut off power to X", "agreed to send troops to X": a control verb's
    target is the object or "to/against" phrase of its infinitive."""
    if not verb_open(s, c) or "ctl" not in s.flags:
        return c
    for k in [*s.kids, *_gerunds(s.tok)]:
        if k.dep_ in ("xcomp", "pcomp"):
            obj = child(k, "dobj")
            if obj is not None and obj.lemma_.lower() in _SHARED_THINGS:
                obj = None  # "agreed to share intelligence": what is shared, no agency
            if obj is not None and created_body(obj):
                obj = None  # "agreed to set up a joint task force": what they make (parties42)
            if obj is not None and obj.pos_ == "PRON" and antecedent(obj) is not None:
                obj = None  # "declined the request but promised to review it": the request
            preps = target_preps(s.root)  # "agreed to meet at the Kremlin": a venue
            cands = [p for _, p in pobjs(k, preps)]
            if obj is not None:
                cands = [obj] + cands + [p for _, p in pobjs(obj, preps)]
            # "to station police at the border crossings with X": the border's other side
            cands += [q for t in k.subtree if t.lower_ in _BORDERS for _, q in pobjs(t, ("with",))]
            cands += topic_partners(k) + topic_partners(child(k, "dobj"))  # (TP, parties33)
            topic = s.ctx.knowledge_topics  # ("data on X's ships": no party)
            cands = [t for t in cands if t.i not in topic]
            return c.with_targets(_named_first(s, cands))
    return c


def _gerunds(tok: Token) -> list[Token]:
    """ "(remained) committed to working with X": the gerund after "to" stands for the
    infinitive (lex12)."""
    heads = [tok, *(k for k in tok.children if k.dep_ == "acomp")]
    tos = [p for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"]
    return [g for p in tos for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


def _named_first(s: Site, cands: list[Token]) -> list[Arg]:
    """The first candidate that names a placed actor; else the first that names any: in
    "promised to send troops to X" the unplaced troops give way to X."""
    got = first(s.actors, cands)
    if got and all(unknown(a) for a in got):
        for q in cands:
            named = s.actors.resolve(q)
            if named and not all(unknown(a) for a in named):
                return named
    return got


@acts_on(noun=False)
def main_act_victims(s: Site, c: Candidates) -> Candidates:
    """ "Launched rocket fire against X camps, killing 50": casualties of a main act are its
    target's, the aim of the governing clause or of its objects."""
    clause = s.tok.head if s.tok.dep_ == "conj" else s.tok  # "killing or wounding 50"
    if not verb_open(s, c) or clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return c
    if clause.i < clause.head.i:
        return c
    own = {key(a) for a in c.sources}
    head = clause.head
    heads = [head]
    for k in head.children:
        if k.dep_ == "dobj":
            heads += [k, *conjuncts(k)]
    for h in heads:
        for _, p in pobjs(h, _AIM_PREPS):
            got = [a for a in s.actors.resolve(p) if key(a) not in own]
            if got:
                return c.with_targets(got)
    return c
