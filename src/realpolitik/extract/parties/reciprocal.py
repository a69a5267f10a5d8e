"""Reciprocal acts: "A and B promised to defend each other" makes each doer the other's target.

A stage of ``parties.POLICY`` (after the verb stages), kept apart from ``verbs`` because it reads
the symmetric acts a verb governs rather than one argument slot.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._alternatives import alternative_doers
from realpolitik.extract._mediating import MEDIATOR_NOUNS, THIRD_PARTY_VERBS, mediating
from realpolitik.extract._syntax import pobjs, reciprocal_object
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token


@acts_on(noun=False)
def each_other(s: Site, c: Candidates) -> Candidates:
    """ "A and B promised to defend each other", "A and B pledged to deepen their cooperation":
    a reciprocal object, or a symmetric act the verb controls or takes as object, makes each
    subject the target of the others (``pair_up`` pairs them both ways)."""
    unplaced = bool(c.targets) and all(unknown(a) for a in c.targets)  # "each other's staff"
    if s.noun or len(c.sources) < 2:
        return c
    if len(c.sources) == 2 and _no_state_named(c) and not judges_an_act(s) and _neither_pair(s.tok):
        return c.with_targets(c.sources)  # ("neither capital has threatened to go to court")
    if c.targets and not unplaced:
        return c
    if alternative_doers(s.tok.doc, [a.tok for a in c.sources]):
        return c  # "if A or B agreed to ...": alternatives, not partners
    if (
        reciprocal_object(s.tok)
        or _the_other(s.tok)
        or (not unplaced and not judges_an_act(s) and (_joint(s) or _together(s)))
    ):
        return c.with_targets(c.sources)
    if unplaced and _missions(s, c):
        return c.with_targets(c.sources)
    return c


@acts_on(noun=True)
def light_verb_other(s: Site, c: Candidates) -> Candidates:
    """ "Neither Egypt nor Taiwan has paid a state visit to the other's capital": an act noun
    that a light verb with a distributive subject carries, aimed at "the other", is each
    doer's act toward the other, as the verb's own act is (``each_other``; clauses38, fresh26's
    class I)."""
    if len(c.sources) != 2 or s.tok.dep_ != "dobj":
        return c
    if c.targets and not all(unknown(a) for a in c.targets):
        return c
    return c.with_targets(c.sources) if _the_other(s.tok.head) else c


_EACH_WORDS = frozenset({"neither", "each", "both"})  # ("both sides accused the other")
# "neither capital", "neither the Kenyan president nor ..." (a preconjunction, clauses38)
_PAIR_MODS = frozenset({"det", "amod", "nmod", "preconj"})
_NEITHER = frozenset({"neither"})
_BODY = "IGO"  # (an international body: a venue, no side)
# Nouns that stand for each of the story's two states after "neither".
_SIDE_WORDS = frozenset(
    {"side", "government", "capital", "country", "state", "nation", "party", "neighbour",
     "neighbor", "administration", "leader"}
)  # fmt: skip
_OBJECT_DEPS = frozenset({"dobj", "dative"})
_OTHER_PREPS = frozenset({"on", "against", "to", "with"})  # "sanctions on the other"


def _pair_subject(verb: Token) -> bool:
    """``verb``'s subject (or its first conjunct's) takes each member of the pair in turn:
    "neither capital", "neither of them", "each side", "neither"."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            s0 = subj[0]
            kids = {c.lower_ for c in s0.children if c.dep_ in _PAIR_MODS}
            return s0.lower_ in _EACH_WORDS or bool(kids & _EACH_WORDS)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _no_state_named(c: Candidates) -> bool:
    """No target, or only international bodies ("to go to the International Court of Justice"):
    the venue of the act, not its other side (an unplaced envoy, "its ambassador", is
    ``side_envoys``')."""
    return all(a.ref.code.startswith(_BODY) for a in c.targets)


def _neither_pair(verb: Token) -> bool:
    """ "Neither government has threatened to take the matter to the regional bloc", "neither
    capital has sent troops": a "neither" subject read as the story's two states whose act
    names no one (its complement a body or nothing) is the act of each toward the other, denied
    for both (parties37, fresh19's L; fresh18's RE with "the other")."""
    for _ in range(3):
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            s0 = subj[0]
            if s0.lower_ in _NEITHER:  # "neither (of them)"
                return True
            named = s0.lemma_.lower() in _SIDE_WORDS  # never "neither Israel nor Syria"
            return named and any(c.dep_ == "det" and c.lower_ in _NEITHER for c in s0.children)
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _the_other(verb: Token) -> bool:
    """ "Neither capital has threatened the other", "each side accused the other", "neither has
    expelled the other's diplomats": with a distributive subject, "the other" (object, "on"
    object or owner of one) is the pair's remaining member, each in turn the target, both ways
    (parties35, fresh18's RE)."""
    if not _pair_subject(verb):
        return False
    heads = [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    for h in heads:
        objs = [c for c in h.children if c.dep_ in _OBJECT_DEPS]
        objs += [p for _, p in pobjs(h, _OTHER_PREPS)]
        objs += [p for o in list(objs) for _, p in pobjs(o, _OTHER_PREPS)]  # "sanctions on"
        objs += [c for o in objs for c in o.children if c.dep_ == "poss"]  # "the other's"
        for o in objs:
            if o.lower_ == "other" and any(c.lower_ == "the" for c in o.children):
                return True
    return False


# Missions that joint doers open, upgrade or close in each other's capitals.
MISSION_NOUNS = frozenset({"embassy", "consulate", "mission", "legation"})
# Envoys that joint doers exchange or name to each other in a diplomatic act (root 05, or its
# intent 032).
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "attache", "charge"})
_DIPLOMATIC = "05"
_DIPLOMATIC_INTENT = "032"  # "agreed to exchange ambassadors": the intent of a 05 act
_JOINT_OWNERS = frozenset({"their"})  # "reopen their embassies": the doers' own, in each other


def _missions(s: Site, c: Candidates) -> bool:
    """ "The two kingdoms agreed to open embassies", "if the two governments exchange
    ambassadors", "reopen their embassies": joint doers' missions (or, in a diplomatic act,
    envoys) with no other owner named are in each other's capitals (context14, fresh7's J)."""
    doc = s.tok.doc
    diplomatic = s.root == _DIPLOMATIC or s.code[:3] == _DIPLOMATIC_INTENT
    nouns = MISSION_NOUNS | (ENVOY_NOUNS if diplomatic else frozenset())
    return all(
        0 <= a.tok < len(doc)
        and doc[a.tok].lemma_.lower() in nouns
        and not any(_owner(k) for k in doc[a.tok].children)
        for a in c.targets
    )


def _owner(k: Token) -> bool:
    """A modifier that names whose the mission is: not the joint doers' own "their"."""
    if k.dep_ == "poss":
        return k.lower_ not in _JOINT_OWNERS
    return k.dep_ in ("amod", "compound")


# Codes of verbs that judge an act rather than do it together: comment (01), praise or defend
# (051, 052), criticise (11), reject (12).
JUDGING_ROOTS = frozenset({"01", "11", "12"})
JUDGING_CODES = frozenset({"051", "052"})


def judges_an_act(s: Site) -> bool:
    """ "Russia and France welcomed the deal", "A and B condemned the pact": the doers judge the
    symmetric act their verb takes as object; they do not do it with each other (the deal may
    be anyone's), so its symmetry makes them no targets of each other."""
    return s.root in JUDGING_ROOTS or s.code[:3] in JUDGING_CODES


_TOGETHER = frozenset({"together", "jointly"})


def _together(s: Site) -> bool:
    """ "their armies have trained together": the doers act with each other (parties55,
    fresh29's A)."""
    return any(k.dep_ == "advmod" and k.lower_ in _TOGETHER for k in s.kids)


def _joint(s: Site) -> bool:
    """The verb controls or takes as object a symmetric act: "pledged to deepen their ties";
    not one it offers to mediate ("offered to broker talks": between others, leftovers17) or
    to guarantee ("ready to guarantee the ceasefire", leftovers67)."""
    heads = [s.tok] + [
        k
        for k in s.kids
        if k.dep_ in ("xcomp", "ccomp")
        and not mediating(k)
        and k.lemma_.lower() not in THIRD_PARTY_VERBS
    ]
    for h in heads:
        acts = [s.ctx.triggers.get(h.i)] if h is not s.tok else []
        acts += [s.ctx.triggers.get(o.i) for o in h.children if o.dep_ in ("dobj", "pobj")]
        acts += [s.ctx.triggers.get(p.i) for _, p in pobjs(h, ("in", "on", "to"))]
        if any(a is not None and "recip" in a.entry.flags for a in acts):
            return True
    return False


# Words that make "with X ..." an absolute that says who was there: "with a Norwegian envoy
# present / in the room / looking on / in attendance".
ONLOOKER_WORDS = frozenset(
    {"present", "room", "attendance", "looking", "watching", "observing", "listening", "hand"}
)


# Roles a "with X as ROLE" phrase gives a third party in the act of others (leftovers46): "A and
# B held talks, with Turkey as host (as mediator)" names no partner of the talks.
_ROLE_NOUNS = MEDIATOR_NOUNS | frozenset({"host", "co-host", "chair", "moderator", "witness"})
_ROLE_ARTICLES = frozenset({"the", "a", "an", "its", "their", "chief", "main", "sole"})


def _as_role(pobj: Token) -> bool:
    """ "with Turkey as host", "with Ashraf Ghani as the mediator": the "with" phrase's "as"
    (hung on its noun or on the verb after it) names a role taken in others' act."""
    role = next((k for k in pobj.children if k.dep_ == "prep" and k.lower_ == "as"), None)
    if role is not None:
        return any(p.lemma_.lower() in _ROLE_NOUNS for p in role.children if p.dep_ == "pobj")
    doc, end = pobj.doc, pobj.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].lower_ != "as":
        return False
    i = end + 2
    while i + 1 < len(doc) and i < end + 4 and doc[i].lower_ in _ROLE_ARTICLES:
        i += 1
    return doc[i].lemma_.lower() in _ROLE_NOUNS


def onlooker(prep: str, pobj: Token) -> bool:
    """ "A and B met in Rome, with a Norwegian envoy present": a "with" phrase set off by a
    comma whose noun is said to be there (present, in the room, looking on) names an onlooker,
    not the partner of the meeting; the joint subjects stay each other's partners."""
    if prep != "with":
        return False
    if _as_role(pobj):
        return True
    with_ = next((a for a in pobj.ancestors if a.lower_ == "with"), None)  # (or "looking on")
    if with_ is None or with_.i == 0 or with_.doc[with_.i - 1].text != ",":
        return False
    return any(t.lower_ in ONLOOKER_WORDS for t in with_.subtree)
